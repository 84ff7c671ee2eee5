import { describe, expect, it } from 'vitest';
import type { Condition } from './catalog-schema.ts';
import { conditionGroups, conditionHolds, findViolations, ruleGroups, ruleHolds } from './rules.ts';
import { defaultSelections } from './selections.ts';
import { loadDesk } from './test-support.ts';

const desk = loadDesk();
const defaults = defaultSelections(desk);

const sel = { width: 170, top: 'solid-walnut', accessories: ['drawer', 'castors'] };

describe('conditionHolds', () => {
  it('is: single value equality', () => {
    expect(conditionHolds({ option: 'top', is: 'solid-walnut' }, sel)).toBe(true);
    expect(conditionHolds({ option: 'top', is: 'solid-oak' }, sel)).toBe(false);
    expect(conditionHolds({ option: 'frame', is: 'black' }, sel)).toBe(false); // absent group
  });

  it('is on a multi group: includes the value', () => {
    expect(conditionHolds({ option: 'accessories', is: 'drawer' }, sel)).toBe(true);
    expect(conditionHolds({ option: 'accessories', is: 'monitor-arm' }, sel)).toBe(false);
    expect(conditionHolds({ option: 'accessories', is: 'drawer' }, { accessories: [] })).toBe(false);
  });

  it('in: single value is one of the list; multi group has any of them', () => {
    expect(conditionHolds({ option: 'top', in: ['solid-oak', 'solid-walnut'] }, sel)).toBe(true);
    expect(conditionHolds({ option: 'top', in: ['bamboo', 'oak-veneer'] }, sel)).toBe(false);
    expect(conditionHolds({ option: 'accessories', in: ['monitor-arm', 'castors'] }, sel)).toBe(true);
    expect(conditionHolds({ option: 'accessories', in: ['monitor-arm', 'cable-tray'] }, sel)).toBe(false);
    expect(conditionHolds({ option: 'width', in: ['170'] }, sel)).toBe(false); // a number is never "in" ids
  });

  it('gt / gte / lt / lte, alone and combined', () => {
    expect(conditionHolds({ option: 'width', gt: 160 }, sel)).toBe(true);
    expect(conditionHolds({ option: 'width', gt: 170 }, sel)).toBe(false);
    expect(conditionHolds({ option: 'width', gte: 170 }, sel)).toBe(true);
    expect(conditionHolds({ option: 'width', gte: 171 }, sel)).toBe(false);
    expect(conditionHolds({ option: 'width', lt: 170 }, sel)).toBe(false);
    expect(conditionHolds({ option: 'width', lt: 171 }, sel)).toBe(true);
    expect(conditionHolds({ option: 'width', lte: 170 }, sel)).toBe(true);
    expect(conditionHolds({ option: 'width', lte: 169 }, sel)).toBe(false);
    expect(conditionHolds({ option: 'width', gt: 160, lte: 180 }, sel)).toBe(true);
    expect(conditionHolds({ option: 'width', gt: 160, lte: 165 }, sel)).toBe(false);
  });

  it('a numeric comparison never holds for a non-number or a missing group', () => {
    expect(conditionHolds({ option: 'top', gt: 0 }, sel)).toBe(false);
    expect(conditionHolds({ option: 'depth', lt: 1000 }, sel)).toBe(false);
  });

  it('all / any / not', () => {
    const wide: Condition = { option: 'width', gt: 160 };
    const oak: Condition = { option: 'top', is: 'solid-oak' };
    const walnut: Condition = { option: 'top', is: 'solid-walnut' };
    expect(conditionHolds({ all: [wide, walnut] }, sel)).toBe(true);
    expect(conditionHolds({ all: [wide, oak] }, sel)).toBe(false);
    expect(conditionHolds({ any: [oak, wide] }, sel)).toBe(true);
    expect(conditionHolds({ any: [oak, { option: 'width', lt: 100 }] }, sel)).toBe(false);
    expect(conditionHolds({ not: oak }, sel)).toBe(true);
    expect(conditionHolds({ not: walnut }, sel)).toBe(false);
    expect(conditionHolds({ not: { all: [wide, { not: oak }] } }, sel)).toBe(false);
  });

  it('does not read inherited properties as choices', () => {
    expect(conditionHolds({ option: 'constructor', is: 'x' }, {})).toBe(false);
    expect(conditionHolds({ option: 'toString', gt: 0 }, {})).toBe(false);
  });
});

describe('ruleHolds', () => {
  const rule = desk.rules.find((r) => r.id === 'wide-desk-needs-dual-motor')!;
  it('holds when the if-part does not, and otherwise when the then-part does', () => {
    expect(ruleHolds(rule, { width: 150, motor: 'single' })).toBe(true);
    expect(ruleHolds(rule, { width: 170, motor: 'dual' })).toBe(true);
    expect(ruleHolds(rule, { width: 170, motor: 'single' })).toBe(false);
  });
});

describe('findViolations on the desk', () => {
  const ids = (s: Record<string, unknown>) => findViolations(desk, { ...defaults, ...(s as object) }).map((r) => r.id);

  it('the defaults break nothing', () => {
    expect(ids({})).toEqual([]);
  });

  it('width 170 with a single motor → wide-desk-needs-dual-motor', () => {
    expect(ids({ width: 170, motor: 'single' })).toEqual(['wide-desk-needs-dual-motor']);
    expect(ids({ width: 160, motor: 'single' })).toEqual([]);
    expect(ids({ width: 170, motor: 'dual' })).toEqual([]);
  });

  it('walnut at 190 → walnut-up-to-180', () => {
    expect(ids({ top: 'solid-walnut', width: 190, motor: 'dual' })).toEqual(['walnut-up-to-180']);
    expect(ids({ top: 'solid-walnut', width: 180, motor: 'dual' })).toEqual([]);
    expect(ids({ top: 'solid-oak', width: 190, motor: 'dual' })).toEqual([]);
  });

  it('drawer at depth 60 → drawer-needs-depth-70', () => {
    expect(ids({ accessories: ['drawer'], depth: 60 })).toEqual(['drawer-needs-depth-70']);
    expect(ids({ accessories: ['drawer'], depth: 70 })).toEqual([]);
    expect(ids({ accessories: ['castors'], depth: 60 })).toEqual([]);
  });

  it('reports several violations in catalog order', () => {
    expect(ids({ width: 190, motor: 'single', top: 'solid-walnut', accessories: ['cable-tray', 'drawer'], depth: 65 })).toEqual([
      'wide-desk-needs-dual-motor',
      'walnut-up-to-180',
      'drawer-needs-depth-70',
    ]);
  });
});

describe('conditionGroups / ruleGroups', () => {
  it('collects every group a condition or rule reads', () => {
    expect([...conditionGroups({ all: [{ option: 'width', gt: 1 }, { any: [{ not: { option: 'top', is: 'bamboo' } }, { option: 'frame', in: ['moss'] }] }] })].sort()).toEqual([
      'frame',
      'top',
      'width',
    ]);
    expect([...ruleGroups(desk.rules[2]!)].sort()).toEqual(['accessories', 'depth']);
  });
});
