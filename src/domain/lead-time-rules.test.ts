import { describe, expect, it } from 'vitest';
import { leadTime } from './lead-time.ts';
import { buildOrderSpec } from './order-spec.ts';
import { defaultSelections } from './selections.ts';
import { loadDeskV2, makeCatalog, single } from './test-support.ts';

const MONDAY = '2026-11-30';

describe('lead-time adjustments', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    assemblyDays: 1,
    components: [
      { id: 'fast', sku: 'FST-1', name: 'Fast part', leadTimeDays: 2 },
      { id: 'slow', sku: 'SLW-1', name: 'Slow part', leadTimeDays: 5 },
      { id: 'engraver', sku: 'ENG-1', name: 'Engraving pass', leadTimeDays: 0 },
    ],
    baseComponents: [{ component: 'fast' }],
    groups: [
      single('finish', 'Finish', [
        { id: 'raw', label: 'Raw' },
        { id: 'lacquer', label: 'Lacquer', components: [{ component: 'slow' }] },
      ]),
      { id: 'name', kind: 'text', label: 'Name', maxLength: 20, leadTimeDays: 3, components: [{ component: 'engraver' }] },
      single('rush', 'Delivery', [
        { id: 'standard', label: 'Standard' },
        { id: 'express', label: 'Express' },
      ]),
    ],
    leadTimeRules: [
      { id: 'lacquer-cure', label: 'Lacquer cures', if: { option: 'finish', is: 'lacquer' }, addDays: 2 },
      { id: 'express', label: 'Express production', if: { option: 'rush', is: 'express' }, addDays: -4 },
    ],
  });

  it('none by default: production 2 + assembly 1', () => {
    const lead = leadTime(catalog, { finish: 'raw', name: '', rush: 'standard' }, MONDAY);
    expect(lead.adjustments).toEqual([]);
    expect(lead.productionDays).toBe(2);
    expect(lead.businessDays).toBe(3);
  });

  it('a filled text option and a lead-time rule add days, listed with their labels', () => {
    const lead = leadTime(catalog, { finish: 'lacquer', name: 'Ada', rush: 'standard' }, MONDAY);
    expect(lead.productionDays).toBe(5);
    expect(lead.adjustments).toEqual([
      { id: 'name', label: 'Name', days: 3 },
      { id: 'rule/lacquer-cure', label: 'Lacquer cures', days: 2 },
    ]);
    expect(lead.assemblyDays).toBe(1);
    expect(lead.businessDays).toBe(11); // 5 + 3 + 2 + 1
    expect(lead.shipDate).toBe('2026-12-15'); // Dec 1–4 (4), 7–11 (9), 14 (10), 15 (11)
    expect(lead.drivers.map((c) => c.id)).toEqual(['slow']);
  });

  it('a whitespace-only text adds no days', () => {
    expect(leadTime(catalog, { finish: 'raw', name: '  ', rush: 'standard' }, MONDAY).adjustments).toEqual([]);
  });

  it('a rule can subtract days', () => {
    const lead = leadTime(catalog, { finish: 'lacquer', name: 'Ada', rush: 'express' }, MONDAY);
    expect(lead.adjustments.map((a) => [a.id, a.days])).toEqual([
      ['name', 3],
      ['rule/lacquer-cure', 2],
      ['rule/express', -4],
    ]);
    expect(lead.businessDays).toBe(7); // 5 + 3 + 2 − 4 + 1
  });

  it('the total never goes below 0 (2 − 4 + 1 → 0): ships on the first business day', () => {
    const lead = leadTime(catalog, { finish: 'raw', name: '', rush: 'express' }, MONDAY);
    expect(lead.adjustments).toEqual([{ id: 'rule/express', label: 'Express production', days: -4 }]);
    expect(lead.businessDays).toBe(0);
    expect(lead.shipDate).toBe(MONDAY);
    expect(leadTime(catalog, { finish: 'raw', name: '', rush: 'express' }, '2026-11-28').shipDate).toBe(MONDAY); // ordered on a Saturday
  });
});

describe('lead time of the schema-2 desk', () => {
  const desk = loadDeskV2();
  const defaults = defaultSelections(desk);

  it('a moss frame adds 2 days on top of its 8 production days', () => {
    const lead = leadTime(desk, { ...defaults, frame: 'moss' }, MONDAY);
    expect(lead.productionDays).toBe(8);
    expect(lead.adjustments).toEqual([{ id: 'rule/moss-small-batches', label: 'Moss green is powder-coated in small batches', days: 2 }]);
    expect(lead.businessDays).toBe(12); // 8 + 2 + 2 assembly
    // Dec 1–4 (4), 7 (5), 8 is a catalog holiday, 9–11 (8), 14–17 (12).
    expect(lead.shipDate).toBe('2026-12-17');
  });

  it('engraving adds 1 day; other frames add nothing', () => {
    const lead = leadTime(desk, { ...defaults, frame: 'moss', engraving: 'Ada' }, MONDAY);
    expect(lead.adjustments.map((a) => [a.id, a.days])).toEqual([
      ['engraving', 1],
      ['rule/moss-small-batches', 2],
    ]);
    expect(lead.businessDays).toBe(13);
    expect(lead.shipDate).toBe('2026-12-18');
    expect(leadTime(desk, { ...defaults, frame: 'aluminium' }, MONDAY).adjustments).toEqual([]);
  });

  it('labels follow the catalog language', () => {
    const es = loadDeskV2('es');
    const lead = leadTime(es, { ...defaultSelections(es), frame: 'moss', engraving: 'Ada' }, MONDAY);
    expect(lead.adjustments.map((a) => a.label)).toEqual(['Grabado', 'El verde musgo se pinta en lotes pequeños']);
  });

  it('the order spec carries the adjustments', () => {
    const result = buildOrderSpec(desk, { frame: 'moss', engraving: 'Ada' }, { now: '2026-11-30T09:00:00.000Z', today: MONDAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spec.leadTime).toMatchObject({
      productionDays: 8,
      adjustments: [
        { id: 'engraving', label: 'Engraving', days: 1 },
        { id: 'rule/moss-small-batches', label: 'Moss green is powder-coated in small batches', days: 2 },
      ],
      assemblyDays: 2,
      businessDays: 13,
      shipDate: '2026-12-18',
      drivers: ['frame-moss'],
    });
  });
});
