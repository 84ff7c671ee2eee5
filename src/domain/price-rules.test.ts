import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog-schema.ts';
import { billOfMaterials, resolveQuantity } from './bill-of-materials.ts';
import { priceBreakdown, type PriceLine } from './price-breakdown.ts';
import { defaultSelections, type Selections } from './selections.ts';
import { loadDeskV2, makeCatalog, multi, selectionArbitrary, single } from './test-support.ts';

function amounts(lines: readonly PriceLine[]): Record<string, number> {
  return Object.fromEntries(lines.map((line) => [line.id, line.amount]));
}

function line(lines: readonly PriceLine[], id: string): PriceLine | undefined {
  return lines.find((l) => l.id === id);
}

const pcs = (id: string, min: number, max: number, initial: number) => ({
  id,
  kind: 'number',
  label: id[0]!.toUpperCase() + id.slice(1),
  unit: 'pcs',
  min,
  max,
  step: 1,
  default: initial,
});

describe('resolveQuantity', () => {
  it('a fixed quantity is itself', () => {
    expect(resolveQuantity(3, {})).toBe(3);
  });

  it('a formula is value × times + plus, rounded up, never below 0', () => {
    expect(resolveQuantity({ option: 'n', times: 2, plus: 2 }, { n: 3 })).toBe(8);
    expect(resolveQuantity({ option: 'n', times: 0.5, plus: 0 }, { n: 3 })).toBe(2); // 1.5 → 2
    expect(resolveQuantity({ option: 'n', times: 1, plus: -4 }, { n: 3 })).toBe(0); // −1 → 0
    expect(resolveQuantity({ option: 'n', times: 0.07, plus: 0 }, { n: 100 })).toBe(7); // 7.000000000000001 in floating point, not 8
    expect(resolveQuantity({ option: 'n', times: 1, plus: 1 }, {})).toBe(1); // a missing option counts as 0
  });
});

describe('priced components', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    basePrice: 1000,
    components: [
      { id: 'manual', sku: 'MAN-1', name: 'Manual', leadTimeDays: 0 },
      { id: 'bracket', sku: 'BRK-1', name: 'Bracket', leadTimeDays: 1, price: 75 },
      { id: 'shelf', sku: 'SHF-1', name: 'Shelf board', leadTimeDays: 2, price: 1250 },
      { id: 'support', sku: 'SUP-1', name: 'Support', leadTimeDays: 1, price: 400 },
      { id: 'cap', sku: 'CAP-1', name: 'Cap', leadTimeDays: 1, price: 50 },
      { id: 'screw', sku: 'SCR-1', name: 'Screw', leadTimeDays: 1, price: 10 },
    ],
    baseComponents: [
      { component: 'manual' },
      { component: 'bracket', quantity: { option: 'shelves', times: 2, plus: 2 } },
      { component: 'shelf', quantity: { option: 'shelves' } },
      { component: 'support', quantity: { option: 'width', times: 0.025 } },
      { component: 'cap', quantity: { option: 'shelves', plus: -4 } },
      { component: 'screw', quantity: { option: 'width', times: 0.07 } },
    ],
    groups: [pcs('shelves', 0, 10, 3), { id: 'width', kind: 'number', label: 'Width', unit: 'cm', min: 60, max: 120, step: 10, default: 80 }],
  });
  const bom = (selections: Selections) => Object.fromEntries(billOfMaterials(catalog, selections).map((l) => [l.component.id, l.quantity]));

  it('3 shelves, 80 cm: unit price × quantity per component; unpriced and zero-quantity components give no line', () => {
    const selections = { shelves: 3, width: 80 };
    // bracket 3 × 2 + 2 = 8; shelf 3; support 80 × 0.025 = 2; cap 3 − 4 → 0; screw 80 × 0.07 = 5.6 → 6.
    expect(bom(selections)).toEqual({ manual: 1, bracket: 8, shelf: 3, support: 2, screw: 6 });
    const price = priceBreakdown(catalog, selections);
    expect(amounts(price.lines)).toEqual({ base: 1000, 'component/bracket': 600, 'component/shelf': 3750, 'component/support': 800, 'component/screw': 60 });
    expect(price.total).toBe(6210);
    expect(line(price.lines, 'component/shelf')).toEqual({
      id: 'component/shelf',
      label: 'Shelf board × 3',
      perUnit: { units: 3, unit: 'pcs', unitPrice: 1250 },
      amount: 3750,
      source: { kind: 'component', componentId: 'shelf' },
    });
  });

  it('6 shelves, 100 cm: quantities rounded up (2.5 → 3), and 7.000000000000001 is 7', () => {
    const selections = { shelves: 6, width: 100 };
    expect(bom(selections)).toEqual({ manual: 1, bracket: 14, shelf: 6, support: 3, cap: 2, screw: 7 });
    const price = priceBreakdown(catalog, selections);
    expect(amounts(price.lines)).toEqual({
      base: 1000,
      'component/bracket': 1050,
      'component/shelf': 7500,
      'component/support': 1200,
      'component/cap': 100,
      'component/screw': 70,
    });
    expect(price.total).toBe(10920);
  });

  it('0 shelves: no shelf in the bill of materials and no shelf price line', () => {
    const selections = { shelves: 0, width: 60 };
    // bracket 0 × 2 + 2 = 2; support 1.5 → 2; screw 4.2 → 5.
    expect(bom(selections)).toEqual({ manual: 1, bracket: 2, support: 2, screw: 5 });
    const price = priceBreakdown(catalog, selections);
    expect(amounts(price.lines)).toEqual({ base: 1000, 'component/bracket': 150, 'component/support': 800, 'component/screw': 50 });
    expect(price.total).toBe(2000);
  });

  it('a single unit is labelled without "× 1"', () => {
    const one = makeCatalog({
      schemaVersion: 2,
      components: [{ id: 'lamp', sku: 'LMP-1', name: 'Lamp', leadTimeDays: 1, price: 990 }],
      groups: [
        single('light', 'Light', [
          { id: 'none', label: 'None' },
          { id: 'lamp', label: 'Lamp', components: [{ component: 'lamp' }] },
        ]),
      ],
    });
    expect(line(priceBreakdown(one, { light: 'lamp' }).lines, 'component/lamp')).toMatchObject({ label: 'Lamp', amount: 990 });
    expect(line(priceBreakdown(one, { light: 'none' }).lines, 'component/lamp')).toBeUndefined();
  });
});

describe('text option prices', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    basePrice: 1000,
    components: [{ id: 'engraver', sku: 'ENG-1', name: 'Engraving pass', leadTimeDays: 0, price: 300 }],
    groups: [{ id: 'name', kind: 'text', label: 'Name', maxLength: 20, price: 900, components: [{ component: 'engraver' }] }],
  });

  it('a filled text adds its price and its components', () => {
    const price = priceBreakdown(catalog, { name: 'Ada' });
    expect(price.lines.map((l) => [l.id, l.label, l.amount])).toEqual([
      ['base', 'Test product (base)', 1000],
      ['name', 'Name: “Ada”', 900],
      ['component/engraver', 'Engraving pass', 300],
    ]);
    expect(line(price.lines, 'name')?.source).toEqual({ kind: 'option', groupId: 'name' });
    expect(price.total).toBe(2200);
  });

  it('an empty or whitespace-only text adds nothing', () => {
    for (const name of ['', '   ', '\u00a0']) {
      const price = priceBreakdown(catalog, { name });
      expect(price.lines.map((l) => l.id)).toEqual(['base']);
      expect(price.total).toBe(1000);
      expect(billOfMaterials(catalog, { name })).toEqual([]);
    }
  });

  it('the desk: engraving "Ada" adds 29.00 (its component has no price of its own)', () => {
    const desk = loadDeskV2();
    const price = priceBreakdown(desk, { ...defaultSelections(desk), engraving: 'Ada' });
    expect(amounts(price.lines)).toEqual({ base: 49900, width: 12000, depth: 4000, engraving: 2900 });
    expect(line(price.lines, 'engraving')?.label).toBe('Engraving: “Ada”');
    expect(billOfMaterials(desk, { ...defaultSelections(desk), engraving: 'Ada' }).map((l) => l.component.id)).toContain('engraving');
  });
});

describe('surcharges', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    basePrice: 1000,
    groups: [
      { id: 'width', kind: 'number', label: 'Width', unit: 'cm', min: 60, max: 120, step: 10, default: 80 },
      pcs('shelves', 0, 10, 3),
      single('finish', 'Finish', [
        { id: 'raw', label: 'Raw' },
        { id: 'oiled', label: 'Oiled' },
      ]),
    ],
    priceRules: [
      { id: 'handling', kind: 'surcharge', label: 'Handling', amount: 500 },
      { id: 'wide', kind: 'surcharge', label: 'Wide', if: { option: 'width', gte: 110 }, amount: 2000 },
      { id: 'per-shelf', kind: 'surcharge', label: 'Shelf fitting', per: 'shelves', amount: 150 },
      { id: 'oil-per-shelf', kind: 'surcharge', label: 'Oiling', if: { option: 'finish', is: 'oiled' }, per: 'shelves', amount: 25 },
    ],
  });

  it('without "if" always applies; "per" multiplies by the option\'s value', () => {
    const price = priceBreakdown(catalog, { width: 80, shelves: 3, finish: 'raw' });
    expect(amounts(price.lines)).toEqual({ base: 1000, 'rule/handling': 500, 'rule/per-shelf': 450 });
    expect(price.total).toBe(1950);
    expect(line(price.lines, 'rule/per-shelf')).toEqual({
      id: 'rule/per-shelf',
      label: 'Shelf fitting',
      perUnit: { units: 3, unit: 'shelves', unitPrice: 150 },
      amount: 450,
      source: { kind: 'price-rule', ruleId: 'per-shelf' },
    });
    expect(line(price.lines, 'rule/handling')).toEqual({
      id: 'rule/handling',
      label: 'Handling',
      amount: 500,
      source: { kind: 'price-rule', ruleId: 'handling' },
    });
  });

  it('with "if" only when it holds; "per" a zero value gives no line', () => {
    const price = priceBreakdown(catalog, { width: 110, shelves: 0, finish: 'raw' });
    expect(amounts(price.lines)).toEqual({ base: 1000, 'rule/handling': 500, 'rule/wide': 2000 });
    expect(price.total).toBe(3500);
  });

  it('"if" and "per" together', () => {
    const price = priceBreakdown(catalog, { width: 80, shelves: 4, finish: 'oiled' });
    expect(amounts(price.lines)).toEqual({ base: 1000, 'rule/handling': 500, 'rule/per-shelf': 600, 'rule/oil-per-shelf': 100 });
    expect(price.total).toBe(2200);
  });

  it('the desk: oversize freight only over 180 × 80 cm', () => {
    const desk = loadDeskV2();
    const priceAt = (width: number, depth: number) => priceBreakdown(desk, { ...defaultSelections(desk), width, depth, motor: 'dual' });
    expect(line(priceAt(185, 85).lines, 'rule/oversize-freight')).toMatchObject({
      amount: 4500,
      label: 'Oversize top (over 180 × 80 cm): extra packaging and freight',
    });
    expect(line(priceAt(180, 85).lines, 'rule/oversize-freight')).toBeUndefined();
    expect(line(priceAt(185, 80).lines, 'rule/oversize-freight')).toBeUndefined();
    // 49900 + 85 × 300 + 25 × 400 + 12000 (dual) + 4500
    expect(priceAt(185, 85).total).toBe(101900);
  });
});

describe('quantity tiers', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    basePrice: 1000,
    groups: [pcs('shelves', 0, 20, 1)],
    priceRules: [
      {
        id: 'volume',
        kind: 'tiers',
        label: 'Shelves',
        option: 'shelves',
        tiers: [
          { from: 1, unitPrice: 100 },
          { from: 5, unitPrice: 80 },
          { from: 10, unitPrice: 60 },
        ],
      },
      { id: 'bulk', kind: 'tiers', label: 'Bulk discount', option: 'shelves', tiers: [{ from: 10, unitPrice: -10 }] },
    ],
  });
  const volume = (shelves: number) => line(priceBreakdown(catalog, { shelves }).lines, 'rule/volume')?.amount;

  it('uses the tier with the largest "from" ≤ the value, per unit', () => {
    expect(volume(1)).toBe(100);
    expect(volume(4)).toBe(400);
    expect(volume(5)).toBe(400); // 5 × 80
    expect(volume(9)).toBe(720);
    expect(volume(10)).toBe(600);
    expect(volume(20)).toBe(1200);
  });

  it('no line for 0, nor below the first tier', () => {
    expect(volume(0)).toBeUndefined();
    expect(line(priceBreakdown(catalog, { shelves: 9 }).lines, 'rule/bulk')).toBeUndefined();
  });

  it('a negative unit price is a discount; the line shows units and unit price', () => {
    const price = priceBreakdown(catalog, { shelves: 12 });
    expect(amounts(price.lines)).toEqual({ base: 1000, 'rule/volume': 720, 'rule/bulk': -120 });
    expect(line(price.lines, 'rule/volume')?.perUnit).toEqual({ units: 12, unit: 'shelves', unitPrice: 60 });
    expect(price.total).toBe(1600);
  });
});

describe('percentages', () => {
  const withPercents = (basePrice: number, ...percents: number[]) =>
    makeCatalog({
      schemaVersion: 2,
      basePrice,
      groups: [pcs('count', 1, 2, 1)],
      priceRules: percents.map((percent, i) => ({ id: `p${i}`, kind: 'percent', label: `${percent} %`, percent })),
    });

  it('5 % of 10.10 is 0.505 → 0.51 (halves away from zero)', () => {
    const price = priceBreakdown(withPercents(1010, 5), { count: 1 });
    expect(line(price.lines, 'rule/p0')).toEqual({
      id: 'rule/p0',
      label: '5 %',
      percentOf: { percent: 5, base: 1010 },
      amount: 51,
      source: { kind: 'price-rule', ruleId: 'p0' },
    });
    expect(price.total).toBe(1061);
  });

  it('−5 % of 10.10 is −0.505 → −0.51', () => {
    const price = priceBreakdown(withPercents(1010, -5), { count: 1 });
    expect(line(price.lines, 'rule/p0')?.amount).toBe(-51);
    expect(price.total).toBe(959);
  });

  it('±15 % of 10.10 = ±1.515 → ±1.52', () => {
    expect(line(priceBreakdown(withPercents(1010, 15), { count: 1 }).lines, 'rule/p0')?.amount).toBe(152);
    expect(line(priceBreakdown(withPercents(1010, -15), { count: 1 }).lines, 'rule/p0')?.amount).toBe(-152);
  });

  it('a percentage is of everything before it, including earlier rules', () => {
    // 1010 + 5 % (51) = 1061; −5 % of 1061 = −53.05 → −53; total 1008.
    const price = priceBreakdown(withPercents(1010, 5, -5), { count: 1 });
    expect(amounts(price.lines)).toEqual({ base: 1010, 'rule/p0': 51, 'rule/p1': -53 });
    expect(line(price.lines, 'rule/p1')?.percentOf).toEqual({ percent: -5, base: 1061 });
    expect(price.total).toBe(1008);
  });

  it('a zero amount gives no line; −100 % cancels everything before it', () => {
    expect(priceBreakdown(withPercents(0, 10), { count: 1 }).lines.map((l) => l.id)).toEqual(['base']);
    expect(priceBreakdown(withPercents(1999, -100), { count: 1 }).total).toBe(0);
  });

  it('with "if", options, surcharges: an express order then a discount', () => {
    const catalog = makeCatalog({
      schemaVersion: 2,
      basePrice: 1000,
      groups: [
        single('finish', 'Finish', [
          { id: 'raw', label: 'Raw' },
          { id: 'oiled', label: 'Oiled', price: 500 },
        ]),
        single('rush', 'Delivery', [
          { id: 'standard', label: 'Standard' },
          { id: 'express', label: 'Express' },
        ]),
      ],
      priceRules: [
        { id: 'handling', kind: 'surcharge', label: 'Handling', amount: 100 },
        { id: 'express', kind: 'percent', label: 'Express', if: { option: 'rush', is: 'express' }, percent: 10 },
        { id: 'loyalty', kind: 'percent', label: 'Loyalty', percent: -3 },
      ],
    });
    // 1000 + 500 + 100 = 1600; +10 % = 160 → 1760; −3 % of 1760 = −52.8 → −53; total 1707.
    const express = priceBreakdown(catalog, { finish: 'oiled', rush: 'express' });
    expect(amounts(express.lines)).toEqual({ base: 1000, 'finish/oiled': 500, 'rule/handling': 100, 'rule/express': 160, 'rule/loyalty': -53 });
    expect(express.total).toBe(1707);
    // Standard delivery: no express line; −3 % of 1600 = −48; total 1552.
    const standard = priceBreakdown(catalog, { finish: 'oiled', rush: 'standard' });
    expect(amounts(standard.lines)).toEqual({ base: 1000, 'finish/oiled': 500, 'rule/handling': 100, 'rule/loyalty': -48 });
    expect(standard.total).toBe(1552);
  });
});

describe('property: a catalog using every price feature', () => {
  const catalog: Catalog = makeCatalog({
    schemaVersion: 2,
    basePrice: 12345,
    components: [
      { id: 'board', sku: 'BRD-1', name: 'Board', leadTimeDays: 3, price: 999 },
      { id: 'pin', sku: 'PIN-1', name: 'Pin', leadTimeDays: 1, price: 7 },
      { id: 'free-part', sku: 'FRE-1', name: 'Free part', leadTimeDays: 1 },
      { id: 'engraver', sku: 'ENG-1', name: 'Engraving pass', leadTimeDays: 0, price: 333 },
    ],
    baseComponents: [
      { component: 'board', quantity: { option: 'shelves', times: 1, plus: -1 } },
      { component: 'pin', quantity: { option: 'length', times: 3.3, plus: 0.5 } },
      { component: 'free-part' },
    ],
    groups: [
      pcs('shelves', 0, 12, 4),
      { id: 'length', kind: 'number', label: 'Length', unit: 'm', min: 1, max: 3, step: 0.01, default: 1.5, pricePerUnit: 25 },
      single('finish', 'Finish', [
        { id: 'raw', label: 'Raw' },
        { id: 'oiled', label: 'Oiled', price: 1555, components: [{ component: 'pin', quantity: { option: 'shelves', times: 0.5 } }] },
      ]),
      multi('extras', 'Extras', [
        { id: 'hooks', label: 'Hooks', price: 333 },
        { id: 'doors', label: 'Doors', price: 4999 },
      ]),
      { id: 'name', kind: 'text', label: 'Name', maxLength: 20, price: 1234, components: [{ component: 'engraver', quantity: { option: 'shelves' } }] },
    ],
    priceRules: [
      { id: 'handling', kind: 'surcharge', label: 'Handling', amount: 495 },
      { id: 'long', kind: 'surcharge', label: 'Long', if: { option: 'length', gt: 2.5 }, amount: 1500 },
      { id: 'per-metre', kind: 'surcharge', label: 'Per metre', per: 'length', amount: 333 },
      {
        id: 'volume',
        kind: 'tiers',
        label: 'Volume',
        option: 'shelves',
        tiers: [
          { from: 1, unitPrice: 105 },
          { from: 6, unitPrice: 95 },
          { from: 10, unitPrice: 85 },
        ],
      },
      { id: 'vat-like', kind: 'percent', label: 'Levy', percent: 7.5 },
      { id: 'named', kind: 'percent', label: 'Gift', if: { option: 'name', filled: true }, percent: 2.5 },
      { id: 'discount', kind: 'percent', label: 'Discount', if: { option: 'extras', is: 'doors' }, percent: -12.5 },
    ],
  });
  const texts = fc.oneof(fc.constantFrom('', ' ', '  \t ', 'Ada', ' Ada ', '😀'), fc.string({ maxLength: 20 }));
  const selections = fc.tuple(selectionArbitrary(catalog), texts).map(([s, name]): Selections => ({ ...s, name }));

  it('total === sum of lines; every amount a safe integer; each line follows its rule', () => {
    fc.assert(
      fc.property(selections, (s) => {
        const price = priceBreakdown(catalog, s);
        expect(price.total).toBe(price.lines.reduce((sum, l) => sum + l.amount, 0));
        expect(Number.isSafeInteger(price.total)).toBe(true);
        let before = 0;
        for (const l of price.lines) {
          expect(Number.isSafeInteger(l.amount)).toBe(true);
          if (l.percentOf) {
            expect(l.percentOf.base).toBe(before);
            // Rounded once to the nearest cent.
            expect(Math.abs(l.amount - (before * l.percentOf.percent) / 100)).toBeLessThanOrEqual(0.5 + 1e-9);
            expect(l.amount).not.toBe(0);
          }
          if (l.source.kind === 'component') {
            expect(l.perUnit && l.perUnit.units > 0).toBe(true);
            expect(l.amount).toBe(l.perUnit!.unitPrice * l.perUnit!.units);
          }
          before += l.amount;
        }
        const filled = (s.name as string).trim() !== '';
        expect(price.lines.some((l) => l.id === 'name')).toBe(filled);
        expect(price.lines.some((l) => l.id === 'component/engraver')).toBe(filled && (s.shelves as number) > 0);
        expect(price.lines.some((l) => l.id === 'component/free-part')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
