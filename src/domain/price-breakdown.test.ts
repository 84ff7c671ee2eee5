import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBreakdown, type PriceLine } from './price-breakdown.ts';
import { defaultSelections, findGroup } from './selections.ts';
import { loadDesk, makeCatalog, selectionArbitrary } from './test-support.ts';

const desk = loadDesk();
const defaults = defaultSelections(desk);

function amounts(lines: readonly PriceLine[]): Record<string, number> {
  return Object.fromEntries(lines.map((line) => [line.id, line.amount]));
}

describe('priceBreakdown on the desk', () => {
  it('prices the default desk: base + width and depth above their priceFrom', () => {
    const price = priceBreakdown(desk, defaults);
    expect(price.currency).toBe('EUR');
    // width 140: 40 cm × 300; depth 70: 10 cm × 400; laminate, black frame, single motor are free.
    expect(amounts(price.lines)).toEqual({ base: 49900, width: 12000, depth: 4000 });
    expect(price.total).toBe(49900 + 12000 + 4000);
  });

  it('prices width per cm above 100 cm (170 cm → 70 × 300 = 21000)', () => {
    const price = priceBreakdown(desk, { ...defaults, width: 170, motor: 'dual' });
    const width = price.lines.find((line) => line.id === 'width');
    expect(width).toMatchObject({
      amount: 21000,
      perUnit: { units: 70, unit: 'cm', unitPrice: 300, from: 100 },
      source: { kind: 'option', groupId: 'width' },
    });
    expect(width?.label).toContain('170 cm');
  });

  it('adds a delta line per priced value, naming its source', () => {
    const price = priceBreakdown(desk, {
      ...defaults,
      top: 'solid-walnut',
      frame: 'aluminium',
      motor: 'dual',
      accessories: ['monitor-arm', 'cable-tray'],
    });
    expect(amounts(price.lines)).toEqual({
      base: 49900,
      width: 12000,
      depth: 4000,
      'top/solid-walnut': 45000,
      'frame/aluminium': 6000,
      'motor/dual': 12000,
      'accessories/cable-tray': 4900,
      'accessories/monitor-arm': 8900,
    });
    expect(price.lines.find((l) => l.id === 'top/solid-walnut')?.source).toEqual({ kind: 'option', groupId: 'top', valueId: 'solid-walnut' });
    expect(price.lines.find((l) => l.id === 'accessories/cable-tray')?.label).toBe('Accessories: Cable tray');
    expect(price.lines[0]?.source).toEqual({ kind: 'base' });
    expect(price.total).toBe(49900 + 12000 + 4000 + 45000 + 6000 + 12000 + 4900 + 8900);
  });

  it('gives no line for zero-price values nor for sizes at priceFrom', () => {
    const price = priceBreakdown(desk, { ...defaults, width: 100, depth: 60, top: 'laminate-anthracite', frame: 'white' });
    expect(price.lines.map((l) => l.id)).toEqual(['base']);
    expect(price.total).toBe(49900);
  });

  it('property: total is the sum of the lines, all amounts are safe integers, every line has a real source', () => {
    fc.assert(
      fc.property(selectionArbitrary(desk), (selections) => {
        const price = priceBreakdown(desk, selections);
        expect(price.total).toBe(price.lines.reduce((sum, line) => sum + line.amount, 0));
        expect(Number.isSafeInteger(price.total)).toBe(true);
        for (const line of price.lines) {
          expect(Number.isSafeInteger(line.amount)).toBe(true);
          if (line.source.kind === 'base') {
            expect(line.amount).toBe(desk.basePrice);
            continue;
          }
          // The desk has no priced components or price rules: every other line is an option's.
          expect(line.source.kind).toBe('option');
          if (line.source.kind !== 'option') continue;
          const group = findGroup(desk, line.source.groupId);
          expect(group).toBeDefined();
          if (!group) continue;
          if (group.kind === 'number') {
            expect(line.source.valueId).toBeUndefined();
            expect(line.perUnit).toBeDefined();
            const units = (selections[group.id] as number) - (group.priceFrom ?? group.min);
            expect(line.perUnit?.units).toBe(units);
            expect(line.amount).toBe(Math.round(units * (group.pricePerUnit as number)));
          } else if (group.kind === 'single' || group.kind === 'multi') {
            const valueId = line.source.valueId;
            const value = group.values.find((v) => v.id === valueId);
            expect(value).toBeDefined();
            expect(line.amount).toBe(value?.price);
            expect(line.amount).not.toBe(0);
            const chosen = selections[group.id];
            expect(Array.isArray(chosen) ? chosen.includes(value!.id) : chosen === value?.id).toBe(true);
          }
        }
        // Every priced chosen value has its line.
        for (const id of selections.accessories as string[]) expect(price.lines.some((l) => l.id === `accessories/${id}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('priceBreakdown with fractional units', () => {
  const catalog = makeCatalog({
    basePrice: 10000,
    groups: [
      { id: 'length', kind: 'number', label: 'Length', unit: 'm', min: 1, max: 3, step: 0.01, default: 1, pricePerUnit: 25 },
      { id: 'finish', kind: 'single', label: 'Finish', default: 'raw', values: [{ id: 'raw', label: 'Raw' }, { id: 'oiled', label: 'Oiled', price: 1500 }] },
    ],
  });

  it('rounds a per-unit line once, halves away from zero (0.58 m × 25 = 14.5 → 15)', () => {
    const price = priceBreakdown(catalog, { length: 1.58, finish: 'oiled' });
    const length = price.lines.find((l) => l.id === 'length');
    expect(length?.perUnit?.units).toBe(0.58);
    expect(length?.perUnit?.from).toBe(1); // priceFrom defaults to min
    expect(length?.amount).toBe(15);
    expect(price.total).toBe(10000 + 15 + 1500);
  });

  it('0.3 m × 25 = 7.5 → 8, despite 1.3 − 1 being 0.30000000000000004', () => {
    expect(priceBreakdown(catalog, { length: 1.3, finish: 'raw' }).lines.find((l) => l.id === 'length')?.amount).toBe(8);
  });
});
