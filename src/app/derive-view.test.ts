import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../domain/load-catalog.ts';
import { deriveView } from './derive-view.ts';

const result = parseCatalog(readFileSync(new URL('../../catalog/standing-desk.json', import.meta.url), 'utf8'), 'catalog/standing-desk.json');
if (!result.ok) throw new Error('desk does not load');
const desk = result.catalog;

describe('deriveView: trading time for choice', () => {
  // Standard desk: the white laminate top (4 days) is the slowest part; + 2 days assembly = 6.
  const view = deriveView(desk, {}, '2026-11-30');

  it('names the chosen value that takes longest to make', () => {
    expect(view.leadTime.businessDays).toBe(6);
    expect(view.leadTimeDrivers).toEqual([{ groupId: 'top', valueId: 'laminate-white' }]);
  });

  it('says how many business days each other value would add or save', () => {
    expect(view.leadTimeDeltas.get('top/solid-walnut')).toBe(12 - 4); // walnut top: 12 days to make
    expect(view.leadTimeDeltas.get('top/solid-oak')).toBe(9 - 4);
    expect(view.leadTimeDeltas.get('top/laminate-anthracite')).toBe(0);
    expect(view.leadTimeDeltas.get('frame/moss')).toBe(8 - 4 + 2); // 8-day frame, and the moss lead-time rule adds 2
    expect(view.leadTimeDeltas.has('top/laminate-white')).toBe(false); // already chosen
  });

  it('leaves out values the customer cannot choose now', () => {
    const wide = deriveView(desk, { width: 190 }, '2026-11-30');
    expect(wide.availability.get('top')?.blockedValues.has('solid-walnut')).toBe(true);
    expect(wide.leadTimeDeltas.has('top/solid-walnut')).toBe(false);
  });
});
