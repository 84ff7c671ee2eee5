import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSelections } from './resolve-selections.ts';
import { findViolations } from './rules.ts';
import { defaultSelections, type Selections } from './selections.ts';
import { loadDesk, selectionArbitrary } from './test-support.ts';

const desk = loadDesk();
const defaults = defaultSelections(desk);

describe('resolveSelections on the desk', () => {
  it('no choices → the defaults', () => {
    expect(resolveSelections(desk, {})).toEqual({
      width: 140,
      depth: 70,
      top: 'laminate-white',
      frame: 'black',
      motor: 'single',
      accessories: [],
    });
  });

  it('unchosen groups take their defaults', () => {
    expect(resolveSelections(desk, { top: 'bamboo', depth: 80 })).toEqual({ ...defaults, top: 'bamboo', depth: 80 });
  });

  it('width 170 chosen → the free motor resolves to dual', () => {
    expect(resolveSelections(desk, { width: 170 })).toEqual({ ...defaults, width: 170, motor: 'dual' });
  });

  it('drawer chosen with depth 60 chosen: an explicit conflict stays', () => {
    const resolved = resolveSelections(desk, { accessories: ['drawer'], depth: 60 });
    expect(resolved.depth).toBe(60);
    expect(resolved.accessories).toEqual(['drawer']);
    expect(findViolations(desk, resolved).map((r) => r.id)).toEqual(['drawer-needs-depth-70']);
  });

  it('never changes explicit conflicting choices (width 170 + single motor)', () => {
    const resolved = resolveSelections(desk, { width: 170, motor: 'single' });
    expect(resolved).toEqual({ ...defaults, width: 170, motor: 'single' });
    expect(findViolations(desk, resolved).map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor']);
  });

  it('repairs the free groups around a conflict it cannot fix (walnut at 190: motor still goes dual)', () => {
    const resolved = resolveSelections(desk, { width: 190, top: 'solid-walnut' });
    expect(resolved).toMatchObject({ width: 190, top: 'solid-walnut', motor: 'dual' });
    expect(findViolations(desk, resolved).map((r) => r.id)).toEqual(['walnut-up-to-180']);
  });

  it('chosen multi values come back in catalog order', () => {
    expect(resolveSelections(desk, { accessories: ['castors', 'cable-tray', 'drawer'] }).accessories).toEqual(['cable-tray', 'drawer', 'castors']);
  });

  it('ignores choices for groups the catalog does not have', () => {
    expect(resolveSelections(desk, { colour: 'red' })).toEqual(defaults);
  });

  it('property: the customer’s choices always come through unchanged', () => {
    fc.assert(
      fc.property(selectionArbitrary(desk), fc.array(fc.constantFrom(...desk.groups.map((g) => g.id))), (full, keys) => {
        const choices: Record<string, Selections[string]> = {};
        for (const key of keys) choices[key] = full[key]!;
        const resolved = resolveSelections(desk, choices);
        for (const group of desk.groups) {
          const chosen = choices[group.id];
          if (chosen === undefined) continue;
          if (Array.isArray(chosen)) expect([...(resolved[group.id] as string[])].sort()).toEqual([...chosen].sort());
          else expect(resolved[group.id]).toBe(chosen);
        }
        expect(Object.keys(resolved).sort()).toEqual(desk.groups.map((g) => g.id).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('property: choices taken from a valid desk resolve to a valid desk', () => {
    const validDesk = selectionArbitrary(desk).filter((s) => findViolations(desk, s).length === 0);
    fc.assert(
      fc.property(validDesk, fc.array(fc.constantFrom(...desk.groups.map((g) => g.id))), (full, keys) => {
        const choices: Record<string, Selections[string]> = {};
        for (const key of keys) choices[key] = full[key]!;
        expect(findViolations(desk, resolveSelections(desk, choices))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

