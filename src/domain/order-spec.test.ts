import { describe, expect, it } from 'vitest';
import { buildOrderSpec, ORDER_SPEC_SCHEMA_VERSION, type OrderSpec } from './order-spec.ts';
import { loadDesk } from './test-support.ts';

const desk = loadDesk();
const clock = { now: '2026-11-30T09:15:00.000Z', today: '2026-11-30' };

function specOf(choices: Record<string, unknown>): OrderSpec {
  const result = buildOrderSpec(desk, choices as never, clock);
  if (!result.ok) throw new Error(`refused: ${result.violations.map((r) => r.id).join(', ')}`);
  return result.spec;
}

describe('buildOrderSpec: a valid configuration', () => {
  // Customer: 170 cm wide, solid walnut, a drawer. The motor must then be dual (rule), the rest defaults.
  const spec = specOf({ width: 170, top: 'solid-walnut', accessories: ['drawer'] });

  it('identifies the schema, the moment and the catalog', () => {
    expect(spec.schemaVersion).toBe(2);
    expect(ORDER_SPEC_SCHEMA_VERSION).toBe(2);
    expect(spec.createdAt).toBe(clock.now);
    expect(spec.catalog).toEqual({ id: 'standing-desk', version: '2026.11.1', name: 'Standing desk' });
  });

  it('lists a choice for every group, with labels, units and who chose it', () => {
    expect(spec.choices).toEqual([
      { groupId: 'width', group: 'Width', kind: 'number', value: 170, labels: ['170 cm'], unit: 'cm', source: 'customer' },
      { groupId: 'depth', group: 'Depth', kind: 'number', value: 70, labels: ['70 cm'], unit: 'cm', source: 'default' },
      { groupId: 'top', group: 'Top', kind: 'single', value: 'solid-walnut', labels: ['Solid walnut'], source: 'customer' },
      { groupId: 'frame', group: 'Frame colour', kind: 'single', value: 'black', labels: ['Graphite black'], source: 'default' },
      // Not chosen by the customer: resolved to dual by wide-desk-needs-dual-motor.
      { groupId: 'motor', group: 'Motor', kind: 'single', value: 'dual', labels: ['Dual motor'], source: 'adjusted' },
      { groupId: 'accessories', group: 'Accessories', kind: 'multi', value: ['drawer'], labels: ['Drawer'], source: 'customer' },
    ]);
  });

  it('gives the dimensions with units', () => {
    expect(spec.dimensions).toEqual([
      { groupId: 'width', label: 'Width', value: 170, unit: 'cm' },
      { groupId: 'depth', label: 'Depth', value: 70, unit: 'cm' },
    ]);
  });

  it('gives the bill of materials with SKUs', () => {
    const bom = Object.fromEntries(spec.billOfMaterials.map((line) => [line.sku, line.quantity]));
    expect(bom).toEqual({
      'DSK-CTRL-01': 1,
      'DSK-FIX-01': 1,
      'DSK-TOP-SWN': 1,
      'DSK-FRM-BLK': 1,
      'DSK-MOT-01': 2,
      'DSK-CTL-2M': 1,
      'DSK-ACC-DR': 1,
    });
    expect(spec.billOfMaterials.find((l) => l.componentId === 'top-solid-walnut')).toMatchObject({ leadTimeDays: 12, name: 'Desktop, solid American walnut, 30 mm' });
  });

  it('gives price lines that sum to the total', () => {
    expect(spec.price.currency).toBe('EUR');
    expect(Object.fromEntries(spec.price.lines.map((l) => [l.id, l.amount]))).toEqual({
      base: 49900,
      width: 21000, // 70 cm above 100 × 300
      depth: 4000, // 10 cm above 60 × 400
      'top/solid-walnut': 45000,
      'motor/dual': 12000,
      'accessories/drawer': 6900,
    });
    expect(spec.price.total).toBe(138800);
    expect(spec.price.total).toBe(spec.price.lines.reduce((sum, l) => sum + l.amount, 0));
  });

  it('gives the lead time with the order and ship dates', () => {
    // 12 (walnut) + 2 business days from Mon 30 Nov 2026, skipping the 8 Dec holiday → Mon 21 Dec.
    expect(spec.leadTime).toEqual({
      productionDays: 12,
      adjustments: [],
      assemblyDays: 2,
      businessDays: 14,
      orderDate: '2026-11-30',
      shipDate: '2026-12-21',
      delivery: null,
      drivers: ['top-solid-walnut'],
    });
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('with no choices: every source is "default"', () => {
    const defaults = specOf({});
    expect(defaults.choices.every((c) => c.source === 'default')).toBe(true);
    expect(defaults.price.total).toBe(49900 + 12000 + 4000);
  });
});

describe('buildOrderSpec: an invalid configuration', () => {
  it('width 170 with a single motor, both chosen, is refused with the broken rule', () => {
    const result = buildOrderSpec(desk, { width: 170, motor: 'single' }, clock);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor']);
    expect(result.violations[0]?.message).toBe('Desks wider than 160 cm need the dual motor to lift evenly.');
  });

  it('reports every broken rule', () => {
    const result = buildOrderSpec(desk, { width: 190, top: 'solid-walnut', depth: 60, accessories: ['drawer'], motor: 'single' }, clock);
    expect(result.ok ? [] : result.violations.map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor', 'walnut-up-to-180', 'drawer-needs-depth-70']);
  });
});
