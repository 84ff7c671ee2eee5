import { describe, expect, it } from 'vitest';
import type { Catalog, Rule } from './catalog-schema.ts';
import { optionAvailability } from './option-availability.ts';
import { buildOrderSpec } from './order-spec.ts';
import { resolveSelections } from './resolve-selections.ts';
import { cellMatches, conditionHolds, findViolations, hardRules, ruleGroups, ruleHolds } from './rules.ts';
import { defaultSelections, type Selections } from './selections.ts';
import { loadDeskV2, makeCatalog, multi, single } from './test-support.ts';

const clock = { now: '2026-11-30T09:15:00.000Z', today: '2026-11-30' };

const bikeGroups = [
  single('frame', 'Frame', [
    { id: 'steel', label: 'Steel' },
    { id: 'wood', label: 'Wood' },
    { id: 'carbon', label: 'Carbon' },
  ]),
  { id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 100, max: 200, step: 10, default: 120 },
  multi('extras', 'Extras', [
    { id: 'light', label: 'Light' },
    { id: 'bell', label: 'Bell' },
    { id: 'rack', label: 'Rack' },
    { id: 'basket', label: 'Basket' },
  ]),
  { id: 'name', kind: 'text', label: 'Name', maxLength: 12 },
];

function bike(rules: unknown[]): Catalog {
  return makeCatalog({ schemaVersion: 2, groups: bikeGroups, rules });
}

function rule(catalog: Catalog, id: string): Rule {
  const found = catalog.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** A full selection: the catalog defaults with some groups changed. */
function full(catalog: Catalog, changes: Selections): Selections {
  return { ...defaultSelections(catalog), ...changes };
}

describe('conditions', () => {
  it('"is" and "in" on a multi group hold when the value is included', () => {
    expect(conditionHolds({ option: 'extras', is: 'rack' }, { extras: ['light', 'rack'] })).toBe(true);
    expect(conditionHolds({ option: 'extras', is: 'rack' }, { extras: ['light'] })).toBe(false);
    expect(conditionHolds({ option: 'extras', in: ['rack', 'basket'] }, { extras: ['basket'] })).toBe(true);
    expect(conditionHolds({ option: 'extras', in: ['rack', 'basket'] }, { extras: [] })).toBe(false);
  });

  it('"filled" on a text: whitespace only is not filled', () => {
    expect(conditionHolds({ option: 'name', filled: true }, { name: 'Ada' })).toBe(true);
    expect(conditionHolds({ option: 'name', filled: true }, { name: '' })).toBe(false);
    expect(conditionHolds({ option: 'name', filled: true }, { name: ' \t ' })).toBe(false);
    expect(conditionHolds({ option: 'name', filled: false }, { name: '' })).toBe(true);
    expect(conditionHolds({ option: 'name', filled: false }, { name: '  ' })).toBe(true);
    expect(conditionHolds({ option: 'name', filled: false }, { name: ' x ' })).toBe(false);
  });

  it('numeric bounds combine (gte and lt)', () => {
    const range = { option: 'size', gte: 150, lt: 170 };
    expect([140, 150, 160, 170].map((size) => conditionHolds(range, { size }))).toEqual([false, true, true, false]);
  });
});

describe('excludes rules', () => {
  const catalog = bike([
    {
      id: 'no-carbon-basket',
      kind: 'excludes',
      message: 'No basket on carbon.',
      conditions: [
        { option: 'frame', is: 'carbon' },
        { option: 'extras', is: 'basket' },
      ],
    },
    {
      id: 'three-way',
      kind: 'excludes',
      message: 'Not all three.',
      conditions: [
        { option: 'frame', is: 'wood' },
        { option: 'size', gt: 180 },
        { option: 'name', filled: true },
      ],
    },
  ]);

  it('are broken only when every condition holds', () => {
    const ids = (changes: Selections) => findViolations(catalog, full(catalog, changes)).map((r) => r.id);
    expect(ids({ frame: 'carbon', extras: ['light', 'basket'] })).toEqual(['no-carbon-basket']);
    expect(ids({ frame: 'carbon', extras: ['light'] })).toEqual([]);
    expect(ids({ frame: 'steel', extras: ['basket'] })).toEqual([]);
    expect(ids({ frame: 'wood', size: 190, name: 'Ada' })).toEqual(['three-way']);
    expect(ids({ frame: 'wood', size: 190, name: '' })).toEqual([]);
    expect(ids({ frame: 'wood', size: 180, name: 'Ada' })).toEqual([]);
  });

  it('a customer-chosen conflict stays; a free group is repaired', () => {
    expect(resolveSelections(catalog, { frame: 'carbon', extras: ['basket'] })).toMatchObject({ frame: 'carbon', extras: ['basket'] });
    expect(findViolations(catalog, resolveSelections(catalog, { frame: 'carbon', extras: ['basket'] })).map((r) => r.id)).toEqual(['no-carbon-basket']);
  });
});

describe('table rules', () => {
  const catalog = bike([
    {
      id: 'frame-size',
      kind: 'table',
      message: 'This frame is not made in this size with these extras.',
      options: ['frame', 'size', 'extras'],
      allowed: [
        ['steel', '*', '*'],
        [['wood', 'carbon'], { gte: 100, lt: 160 }, '*'],
        ['carbon', { gte: 160 }, 'rack'],
      ],
    },
    {
      id: 'heavy-loads',
      kind: 'table',
      message: 'Big bikes carry no heavy loads, and no bells at all.',
      options: ['extras', 'size'],
      forbidden: [
        [['basket', 'rack'], { gt: 180 }],
        ['bell', '*'],
      ],
    },
  ]);
  const allowed = rule(catalog, 'frame-size');
  const forbidden = rule(catalog, 'heavy-loads');
  const holds = (r: Rule, changes: Selections) => ruleHolds(r, full(catalog, changes));

  it('"allowed": a configuration must match some row', () => {
    expect(holds(allowed, { frame: 'steel', size: 200, extras: ['bell'] })).toBe(true); // row 1: "*" everywhere else
    expect(holds(allowed, { frame: 'wood', size: 150 })).toBe(true); // row 2: a list and a range
    expect(holds(allowed, { frame: 'wood', size: 160 })).toBe(false); // lt 160 excludes 160; row 3 is carbon only
    expect(holds(allowed, { frame: 'carbon', size: 150 })).toBe(true); // row 2
  });

  it('"allowed": a multi group cell matches when the value is included', () => {
    expect(holds(allowed, { frame: 'carbon', size: 170, extras: ['light', 'rack'] })).toBe(true);
    expect(holds(allowed, { frame: 'carbon', size: 170, extras: ['light'] })).toBe(false);
    expect(holds(allowed, { frame: 'carbon', size: 170, extras: [] })).toBe(false);
  });

  it('"forbidden": a configuration may match no row', () => {
    expect(holds(forbidden, { extras: ['basket'], size: 190 })).toBe(false);
    expect(holds(forbidden, { extras: ['light', 'rack'], size: 190 })).toBe(false); // a list cell: any included value
    expect(holds(forbidden, { extras: ['basket'], size: 180 })).toBe(true); // gt 180 excludes 180
    expect(holds(forbidden, { extras: [], size: 200 })).toBe(true);
    expect(holds(forbidden, { extras: ['bell'], size: 100 })).toBe(false); // "*" matches any size
    expect(holds(forbidden, { extras: ['light'], size: 200 })).toBe(true);
  });

  it('findViolations reports broken tables in catalog order', () => {
    expect(findViolations(catalog, full(catalog, { frame: 'wood', size: 190, extras: ['rack'] })).map((r) => r.id)).toEqual(['frame-size', 'heavy-loads']);
  });

  it('cellMatches: "*", an id, a list and a range', () => {
    expect(cellMatches('*', undefined)).toBe(true);
    expect(cellMatches('*', [])).toBe(true);
    expect(cellMatches('wood', 'wood')).toBe(true);
    expect(cellMatches('wood', 'steel')).toBe(false);
    expect(cellMatches('rack', ['light', 'rack'])).toBe(true);
    expect(cellMatches(['wood', 'carbon'], 'carbon')).toBe(true);
    expect(cellMatches(['wood', 'carbon'], 'steel')).toBe(false);
    expect(cellMatches(['rack', 'basket'], ['bell'])).toBe(false);
    expect(cellMatches({ gte: 150, lt: 165 }, 160)).toBe(true);
    expect(cellMatches({ gte: 150, lt: 165 }, 165)).toBe(false);
    expect(cellMatches({ gte: 150 }, 'wood')).toBe(false);
    expect(cellMatches('wood', 150)).toBe(false);
  });

  it('a free group is repaired into an allowed row', () => {
    // Wood at 190 cm, both chosen: no row allows it, and adding extras (the free group) cannot help.
    expect(findViolations(catalog, resolveSelections(catalog, { frame: 'wood', size: 190 })).map((r) => r.id)).toEqual(['frame-size']);
    // Wood alone: the size (120 by default) already fits row 2.
    expect(resolveSelections(catalog, { frame: 'wood' })).toMatchObject({ frame: 'wood', size: 120 });
    // Carbon at 170: the extras are free and take "rack" (the one addition that fits row 3).
    expect(resolveSelections(catalog, { frame: 'carbon', size: 170 })).toMatchObject({ extras: ['rack'] });
  });
});

describe('"filled" conditions in rules', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    groups: [bikeGroups[0], { ...bikeGroups[3], default: 'ADA' }],
    rules: [
      {
        id: 'names-need-wood',
        kind: 'requires',
        message: 'Names are burnt into wood.',
        if: { option: 'name', filled: true },
        then: { option: 'frame', in: ['steel', 'wood'] },
      },
    ],
  });

  it('a filled name with carbon breaks the rule, an empty or blank name does not', () => {
    const ids = (changes: Selections) => findViolations(catalog, full(catalog, changes)).map((r) => r.id);
    expect(ids({ frame: 'carbon', name: 'Ada' })).toEqual(['names-need-wood']);
    expect(ids({ frame: 'carbon', name: '' })).toEqual([]);
    expect(ids({ frame: 'carbon', name: '   ' })).toEqual([]);
  });

  it('an unchosen text is emptied to fit the customer\'s choice ("adjusted" in the spec)', () => {
    expect(resolveSelections(catalog, { frame: 'carbon' })).toEqual({ frame: 'carbon', name: '' });
    const result = buildOrderSpec(catalog, { frame: 'carbon' }, clock);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spec.choices.map((c) => [c.groupId, c.value, c.source])).toEqual([
      ['frame', 'carbon', 'customer'],
      ['name', '', 'adjusted'],
    ]);
  });
});

describe('default rules', () => {
  const catalog = makeCatalog({
    schemaVersion: 2,
    groups: [
      { id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 100, max: 200, step: 10, default: 120 },
      single('motor', 'Motor', [
        { id: 'single', label: 'Single' },
        { id: 'dual', label: 'Dual' },
        { id: 'triple', label: 'Triple' },
      ]),
      single('frame', 'Frame', [
        { id: 'steel', label: 'Steel' },
        { id: 'wood', label: 'Wood' },
      ]),
      multi('extras', 'Extras', [
        { id: 'light', label: 'Light' },
        { id: 'rack', label: 'Rack' },
      ]),
    ],
    rules: [
      { id: 'huge-triple', kind: 'default', if: { option: 'size', gte: 170 }, option: 'motor', value: 'triple' },
      { id: 'big-dual', kind: 'default', message: 'Big desks start with two motors.', if: { option: 'size', gte: 150 }, option: 'motor', value: 'dual' },
      { id: 'dual-wood', kind: 'default', if: { option: 'motor', is: 'dual' }, option: 'frame', value: 'wood' },
      { id: 'biggest-extras', kind: 'default', if: { option: 'size', gte: 200 }, option: 'extras', value: ['light', 'rack'] },
      {
        id: 'no-triple-rack',
        kind: 'excludes',
        message: 'No rack with three motors.',
        conditions: [
          { option: 'motor', is: 'triple' },
          { option: 'extras', is: 'rack' },
        ],
      },
    ],
  });

  it('do nothing when their condition does not hold', () => {
    expect(resolveSelections(catalog, {})).toEqual(defaultSelections(catalog));
    expect(resolveSelections(catalog, { size: 140 })).toEqual({ size: 140, motor: 'single', frame: 'steel', extras: [] });
  });

  it('set a free group when the condition holds; a later default can read an earlier one', () => {
    expect(resolveSelections(catalog, { size: 160 })).toEqual({ size: 160, motor: 'dual', frame: 'wood', extras: [] });
  });

  it('the first matching rule wins', () => {
    // Both huge-triple and big-dual hold at 180; huge-triple comes first. motor is then not dual, so dual-wood does not apply.
    expect(resolveSelections(catalog, { size: 180 })).toEqual({ size: 180, motor: 'triple', frame: 'steel', extras: [] });
  });

  it("never override the customer's choice", () => {
    expect(resolveSelections(catalog, { size: 180, motor: 'single' })).toEqual({ size: 180, motor: 'single', frame: 'steel', extras: [] });
    expect(resolveSelections(catalog, { size: 160, frame: 'steel' })).toEqual({ size: 160, motor: 'dual', frame: 'steel', extras: [] });
    expect(resolveSelections(catalog, { size: 200, extras: [] })).toMatchObject({ extras: [] });
  });

  it('set multi groups too', () => {
    // At 200 with a single motor (chosen): extras start as light + rack.
    expect(resolveSelections(catalog, { size: 200, motor: 'single' })).toEqual({ size: 200, motor: 'single', frame: 'steel', extras: ['light', 'rack'] });
  });

  it('are soft: defaults that would break a hard rule together do not make the configuration invalid', () => {
    // At 200 both huge-triple (motor triple) and biggest-extras (light + rack) hold, but no-triple-rack forbids both:
    // the free groups must end up valid; how the conflict is settled is the resolver's choice.
    const resolved = resolveSelections(catalog, { size: 200 });
    expect(resolved.size).toBe(200);
    expect(findViolations(catalog, resolved)).toEqual([]);
    const result = buildOrderSpec(catalog, { size: 200 }, clock);
    expect(result.ok).toBe(true);
  });

  it('are never violations, whatever the selection', () => {
    expect(hardRules(catalog).map((r) => r.id)).toEqual(['no-triple-rack']);
    const against = { size: 180, motor: 'single', frame: 'steel', extras: ['light'] };
    for (const r of catalog.rules.filter((r) => r.kind === 'default')) expect(ruleHolds(r, against)).toBe(true);
    expect(findViolations(catalog, against)).toEqual([]);
    const result = buildOrderSpec(catalog, { size: 180, motor: 'single' }, clock);
    expect(result.ok).toBe(true);
  });

  it('groups a default rule moved are "adjusted" in the order spec; chosen ones are the customer\'s', () => {
    const result = buildOrderSpec(catalog, { size: 160 }, clock);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spec.choices.map((c) => [c.groupId, c.source])).toEqual([
      ['size', 'customer'],
      ['motor', 'adjusted'],
      ['frame', 'adjusted'],
      ['extras', 'default'],
    ]);
  });
});

describe('ruleGroups', () => {
  const catalog = bike([
    {
      id: 'requires',
      kind: 'requires',
      message: 'm',
      if: { all: [{ option: 'size', gt: 150 }, { not: { option: 'name', filled: true } }] },
      then: {
        any: [
          { option: 'frame', is: 'steel' },
          { option: 'frame', is: 'wood' },
        ],
      },
    },
    {
      id: 'excludes',
      kind: 'excludes',
      message: 'm',
      conditions: [
        { option: 'frame', is: 'carbon' },
        {
          any: [
            { option: 'extras', is: 'rack' },
            { option: 'size', gt: 190 },
          ],
        },
      ],
    },
    { id: 'table', kind: 'table', message: 'm', options: ['extras', 'frame'], forbidden: [['bell', 'carbon']] },
    { id: 'default', kind: 'default', if: { option: 'name', filled: true }, option: 'extras', value: ['light'] },
  ]);
  const groups = (id: string) => [...ruleGroups(rule(catalog, id))].sort();

  it('names every group a rule reads or sets, for every kind', () => {
    expect(groups('requires')).toEqual(['frame', 'name', 'size']);
    expect(groups('excludes')).toEqual(['extras', 'frame', 'size']);
    expect(groups('table')).toEqual(['extras', 'frame']);
    expect(groups('default')).toEqual(['extras', 'name']);
  });
});

describe('the schema-2 desk: excludes and default rules', () => {
  const desk = loadDeskV2();

  it('castors with a single motor break the excludes rule', () => {
    const ids = (changes: Selections) => findViolations(desk, full(desk, changes)).map((r) => r.id);
    expect(ids({ accessories: ['castors'] })).toEqual(['castors-need-dual-motor']);
    expect(ids({ accessories: ['castors'], motor: 'dual' })).toEqual([]);
    expect(ids({ accessories: ['cable-tray'] })).toEqual([]);
  });

  it('a chosen single motor blocks castors (naming the excludes rule); a free motor does not', () => {
    const accessories = (choices: Selections) => optionAvailability(desk, choices).find((a) => a.groupId === 'accessories');
    const blocked = accessories({ motor: 'single' })?.blockedValues.get('castors');
    expect(blocked?.rules.map((r) => r.id)).toEqual(['castors-need-dual-motor']);
    expect(accessories({})?.blockedValues.has('castors')).toBe(false);
    expect(resolveSelections(desk, { accessories: ['castors'] }).motor).toBe('dual');
  });

  it('over 160 cm the motor starts dual (default rule), unless the customer chose it', () => {
    expect(resolveSelections(desk, { width: 165 }).motor).toBe('dual');
    expect(resolveSelections(desk, { width: 160 }).motor).toBe('single');
    const result = buildOrderSpec(desk, { width: 165, motor: 'single' }, clock);
    expect(result.ok ? [] : result.violations.map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor']);
  });
});
