import { describe, expect, it } from 'vitest';
import { leadTime, leadTimeDays } from './lead-time.ts';
import { defaultSelections } from './selections.ts';
import { loadDesk, makeCatalog } from './test-support.ts';

const desk = loadDesk();
const defaults = defaultSelections(desk);

describe('leadTime on the desk', () => {
  it('solid walnut top: 12 production days (the top) + 2 assembly days', () => {
    const lead = leadTime(desk, { ...defaults, top: 'solid-walnut' }, '2026-11-30');
    expect(lead.productionDays).toBe(12);
    expect(lead.assemblyDays).toBe(2);
    expect(lead.businessDays).toBe(14);
    expect(lead.drivers.map((c) => c.id)).toEqual(['top-solid-walnut']);
    // From Mon 30 Nov 2026: Dec 1–4 (4), Mon 7 (5), Tue 8 is a catalog holiday, 9–11 (8),
    // 14–18 (13), Mon 21 Dec (14).
    expect(lead.shipDate).toBe('2026-12-21');
  });

  it('leadTimeDays counts the same business days without the dates (as the configurator compares options)', () => {
    for (const selections of [defaults, { ...defaults, top: 'solid-walnut' }, { ...defaults, accessories: ['drawer', 'cable-tray'] }]) {
      const { shipDate: _ship, delivery: _delivery, assemblyDays: _assembly, ...days } = leadTime(desk, selections, '2026-11-30');
      expect(leadTimeDays(desk, selections)).toEqual(days);
    }
  });

  it('default desk: the laminate top (4 days) drives production', () => {
    const lead = leadTime(desk, defaults, '2026-11-30');
    expect(lead.productionDays).toBe(4);
    expect(lead.businessDays).toBe(6);
    expect(lead.drivers.map((c) => c.id)).toEqual(['top-laminate-white']);
    expect(lead.shipDate).toBe('2026-12-09'); // 1,2,3,4,7,(8 holiday),9
  });

  it('lists every component that ties for the slowest', () => {
    const lead = leadTime(desk, { ...defaults, accessories: ['drawer'] }, '2026-11-30');
    expect(lead.productionDays).toBe(4);
    expect(lead.drivers.map((c) => c.id).sort()).toEqual(['drawer', 'top-laminate-white']);
  });

  it('a slow accessory or frame can be the driver', () => {
    const lead = leadTime(desk, { ...defaults, frame: 'moss', accessories: ['monitor-arm'] }, '2026-11-30');
    expect(lead.productionDays).toBe(8);
    expect(lead.drivers.map((c) => c.id)).toEqual(['frame-moss']);
  });

  it('uses the catalog holidays over the year end', () => {
    // Ordered Thu 24 Dec 2026 (holiday): 25 hol, weekend, so counting starts Mon 28 Dec.
    // 6 business days: 29 (1), 30 (2), 31 hol, 1 Jan hol, weekend, 4 (3), 5 (4), 6 hol, 7 (5), 8 Jan (6).
    expect(leadTime(desk, defaults, '2026-12-24').shipDate).toBe('2027-01-08');
    // Walnut, 14 days from the same date: 8 Jan is day 6, 11–15 Jan (11), 18, 19, 20 Jan (14).
    expect(leadTime(desk, { ...defaults, top: 'solid-walnut' }, '2026-12-24').shipDate).toBe('2027-01-20');
  });

  it('a catalog with no components only waits for assembly', () => {
    const catalog = makeCatalog({
      assemblyDays: 3,
      groups: [{ id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 1, max: 2, step: 1, default: 1 }],
    });
    const lead = leadTime(catalog, { size: 1 }, '2026-11-27');
    expect(lead.productionDays).toBe(0);
    expect(lead.drivers).toEqual([]);
    expect(lead.businessDays).toBe(3);
    expect(lead.shipDate).toBe('2026-12-02'); // Fri 27 Nov + 3 → Mon, Tue, Wed
  });
});
