import { describe, expect, it } from 'vitest';
import type { CatalogProblem } from './catalog-error.ts';
import { validateCatalog } from './load-catalog.ts';
import { catalogV2Data, catalogV2Problems } from './test-support.ts';

const components = [{ id: 'bolt', sku: 'BOLT-1', name: 'Bolt', leadTimeDays: 1, price: 10 }];

const frame = {
  id: 'frame',
  kind: 'single',
  label: 'Frame',
  default: 'steel',
  values: [
    { id: 'steel', label: 'Steel', components: [{ component: 'bolt' }] },
    { id: 'wood', label: 'Wood' },
  ],
};
const size = { id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 100, max: 200, step: 10, default: 120 };
const extras = {
  id: 'extras',
  kind: 'multi',
  label: 'Extras',
  values: [
    { id: 'light', label: 'Light' },
    { id: 'rack', label: 'Rack' },
  ],
};
const name = { id: 'name', kind: 'text', label: 'Name', maxLength: 12 };
/** groups: 0 frame (single), 1 size (number), 2 extras (multi), 3 name (text). */
const groups = [frame, size, extras, name];

function problems(fields: Record<string, unknown>): readonly CatalogProblem[] {
  return catalogV2Problems({ components, groups, ...fields });
}

function error(pointer: string, message: string): CatalogProblem {
  return { file: 'test.json', pointer, message, severity: 'error' };
}

const table = (rest: Record<string, unknown>) => ({ id: 't', kind: 'table', message: 'Not made.', ...rest });

describe('validation of schema-2 catalogs: the base test catalog', () => {
  it('is valid as written', () => {
    expect(problems({})).toEqual([]);
    const result = validateCatalog(catalogV2Data({ components, groups }), 'test.json');
    expect(result.ok).toBe(true);
  });
});

describe('table rules', () => {
  it('a row with the wrong number of cells', () => {
    expect(problems({ rules: [table({ options: ['frame', 'size'], allowed: [['steel', '*'], ['wood']] })] })).toEqual([
      error('/rules/0/allowed/1', 'a row has 1 cells; the table has 2 options'),
    ]);
    expect(problems({ rules: [table({ options: ['frame'], forbidden: [['wood', '*']] })] })).toEqual([
      error('/rules/0/forbidden/0', 'a row has 2 cells; the table has 1 options'),
    ]);
  });

  it('an unknown value in a cell, alone or in a list', () => {
    expect(
      problems({
        rules: [
          table({
            options: ['frame', 'extras'],
            allowed: [
              ['oak', '*'],
              ['steel', ['light', 'bell']],
            ],
          }),
        ],
      }),
    ).toEqual([
      error('/rules/0/allowed/0/0', '"oak" is not a value of group "frame"'),
      error('/rules/0/allowed/1/1', '"bell" is not a value of group "extras"'),
    ]);
  });

  it('a range cell on a choice group, and a value id cell on a number group', () => {
    expect(
      problems({
        rules: [
          table({
            options: ['frame', 'size'],
            forbidden: [
              [{ gte: 1 }, '*'],
              ['wood', 'big'],
            ],
          }),
        ],
      }),
    ).toEqual([
      error('/rules/0/forbidden/0/0', '"frame" is not a number option; use value ids'),
      error('/rules/0/forbidden/1/1', '"size" is a number option; use a range such as {"gte": 150} or "*"'),
    ]);
  });

  it('a value id or a range cell on a text group is refused at the cell', () => {
    expect(problems({ rules: [table({ options: ['name'], forbidden: [['ada'], [{ gte: 1 }]] })] }).map((p) => p.pointer)).toEqual([
      '/rules/0/forbidden/0/0',
      '/rules/0/forbidden/1/0',
    ]);
    expect(problems({ rules: [table({ options: ['name', 'frame'], forbidden: [['*', 'wood']] })] })).toEqual([]);
  });

  it('an unknown option, and an option listed twice', () => {
    expect(problems({ rules: [table({ options: ['frame', 'colour'], allowed: [['steel', '*']] })] })).toEqual([
      error('/rules/0/options/1', 'unknown option group "colour"'),
    ]);
    expect(problems({ rules: [table({ options: ['frame', 'frame'], allowed: [['steel', 'steel']] })] })).toEqual([
      error('/rules/0/options', 'an option appears twice in the table'),
    ]);
  });

  it('both "allowed" and "forbidden", or neither', () => {
    const both = problems({ rules: [table({ options: ['frame'], allowed: [['steel']], forbidden: [['wood']] })] });
    expect(both).toContainEqual(error('/rules/0', 'a table lists either "allowed" or "forbidden" rows'));
    const neither = problems({ rules: [table({ options: ['frame'] })] });
    expect(neither).toContainEqual(error('/rules/0', 'a table lists either "allowed" or "forbidden" rows'));
  });

  it('a default configuration no row allows', () => {
    expect(
      problems({
        rules: [
          table({
            options: ['frame', 'size'],
            allowed: [
              ['wood', '*'],
              ['steel', { gte: 150 }],
            ],
          }),
        ],
      }),
    ).toEqual([error('/rules/0', 'the default configuration breaks this rule ("Not made."); change a default')]);
  });
});

describe('excludes and requires rules', () => {
  it('an unknown value inside an excludes condition', () => {
    const rules = [
      {
        id: 'x',
        kind: 'excludes',
        message: 'm',
        conditions: [
          { option: 'size', gt: 150 },
          { option: 'frame', is: 'oak' },
        ],
      },
    ];
    expect(problems({ rules })).toEqual([error('/rules/0/conditions/1/is', '"oak" is not a value of group "frame"')]);
  });

  it('an excludes rule the defaults break', () => {
    const rules = [
      {
        id: 'x',
        kind: 'excludes',
        message: 'No steel at 120.',
        conditions: [
          { option: 'size', lte: 120 },
          { option: 'frame', is: 'steel' },
        ],
      },
    ];
    expect(problems({ rules })).toEqual([error('/rules/0', 'the default configuration breaks this rule ("No steel at 120."); change a default')]);
  });

  it('"filled" on a non-text group; "is" on a text group', () => {
    const rules = [{ id: 'r', kind: 'requires', message: 'm', if: { option: 'size', filled: true }, then: { option: 'name', is: 'ada' } }];
    expect(problems({ rules })).toEqual([
      error('/rules/0/if/option', '"size" is not a text option; "filled" applies to text options'),
      error('/rules/0/then/option', '"name" is a text option; conditions on it can only use "filled": true or false'),
    ]);
  });

  it('a numeric comparison on a text group is refused at its option', () => {
    const rules = [{ id: 'r', kind: 'requires', message: 'm', if: { option: 'name', gt: 1 }, then: { option: 'frame', is: 'wood' } }];
    expect(problems({ rules }).map((p) => p.pointer)).toEqual(['/rules/0/if/option']);
  });

  // BUG (wording): the messages for text groups misname them. Expected: messages that say the group is a
  // text option (usable only with "filled" in conditions, "*" in table cells). Actual:
  //   {"option": "name", "gt": 1}      → '"name" is a choice, not a number; use "is" or "in"'
  //   table cell "ada" on a text group → '"name" is a text option; use a range such as {"gte": 150} or "*"'
  //   table cell {"gte": 1} on a text  → '"name" is not a number option; use value ids'
  // (load-catalog.ts, checkCondition and checkCell) — each advises something that is also refused.
  it('messages about text groups call them text options and suggest what works', () => {
    const found = problems({
      rules: [
        { id: 'r', kind: 'requires', message: 'm', if: { option: 'name', gt: 1 }, then: { option: 'frame', is: 'wood' } },
        table({ options: ['name'], forbidden: [['ada'], [{ gte: 1 }]] }),
      ],
    });
    expect(found).toHaveLength(3);
    for (const problem of found) {
      expect(problem.message).toContain('text option');
      expect(problem.message).not.toMatch(/choice|use a range|use value ids/);
    }
  });
});

describe('default rules', () => {
  const defaultRule = (rest: Record<string, unknown>) => ({ id: 'd', kind: 'default', if: { option: 'size', gte: 150 }, ...rest });

  it("a value that is not one of the group's values", () => {
    expect(problems({ rules: [defaultRule({ option: 'frame', value: 'oak' })] })).toEqual([error('/rules/0/value', '"oak" is not an option of Frame')]);
  });

  it('a number value off the steps or out of range', () => {
    expect(problems({ rules: [defaultRule({ option: 'size', value: 155 })] })).toEqual([error('/rules/0/value', 'Size goes in steps of 10 cm')]);
    expect(problems({ rules: [defaultRule({ option: 'size', value: 250 })] })).toEqual([error('/rules/0/value', 'Size must be between 100 and 200 cm')]);
  });

  it('a multi value that is not a list, or lists a value twice', () => {
    expect(problems({ rules: [defaultRule({ option: 'extras', value: 'light' })] })).toEqual([error('/rules/0/value', 'Extras must be a list of options')]);
    expect(problems({ rules: [defaultRule({ option: 'extras', value: ['light', 'light'] })] })).toEqual([
      error('/rules/0/value', 'Extras lists an option twice'),
    ]);
  });

  it('an unknown option, and an unknown group in its condition', () => {
    expect(problems({ rules: [defaultRule({ option: 'colour', value: 'red' })] })).toEqual([error('/rules/0/option', 'unknown option group "colour"')]);
    expect(problems({ rules: [defaultRule({ if: { option: 'legs', gt: 2 }, option: 'frame', value: 'wood' })] })).toEqual([
      error('/rules/0/if/option', 'unknown option group "legs"'),
    ]);
  });

  it('a valid default rule that holds for the defaults is not a "broken rule"', () => {
    expect(problems({ rules: [defaultRule({ if: { option: 'size', lte: 120 }, option: 'frame', value: 'wood' })] })).toEqual([]);
  });
});

describe('price rules', () => {
  it('tiers out of order, or repeated', () => {
    const tiers = [
      { from: 1, unitPrice: 10 },
      { from: 150, unitPrice: 8 },
      { from: 150, unitPrice: 7 },
      { from: 100, unitPrice: 9 },
    ];
    expect(problems({ priceRules: [{ id: 'p', kind: 'tiers', label: 'Per cm', option: 'size', tiers }] })).toEqual([
      error('/priceRules/0/tiers/2/from', 'tiers must be in increasing order of "from"'),
      error('/priceRules/0/tiers/3/from', 'tiers must be in increasing order of "from"'),
    ]);
  });

  it('tiers over a group that is not a number option', () => {
    expect(problems({ priceRules: [{ id: 'p', kind: 'tiers', label: 'L', option: 'extras', tiers: [{ from: 1, unitPrice: 1 }] }] })).toEqual([
      error('/priceRules/0/option', '"extras" is not a number option'),
    ]);
  });

  it('a surcharge "per" a non-number or unknown option', () => {
    expect(problems({ priceRules: [{ id: 'p', kind: 'surcharge', label: 'L', amount: 5, per: 'frame' }] })).toEqual([
      error('/priceRules/0/per', '"frame" is not a number option'),
    ]);
    expect(problems({ priceRules: [{ id: 'p', kind: 'surcharge', label: 'L', amount: 5, per: 'legs' }] })).toEqual([
      error('/priceRules/0/per', 'unknown option group "legs"'),
    ]);
  });

  it('a bad condition in a surcharge or percent rule, and duplicate ids', () => {
    expect(
      problems({
        priceRules: [
          { id: 'p', kind: 'surcharge', label: 'L', amount: 5, if: { option: 'frame', is: 'oak' } },
          { id: 'p', kind: 'percent', label: 'L', percent: 10, if: { not: { option: 'legs', gt: 1 } } },
        ],
      }),
    ).toEqual([
      error('/priceRules/0/if/is', '"oak" is not a value of group "frame"'),
      error('/priceRules/1/id', 'duplicate price rule id "p"'),
      error('/priceRules/1/if/not/option', 'unknown option group "legs"'),
    ]);
  });

  it('a percent outside −100…100 and a fractional surcharge', () => {
    const found = problems({
      priceRules: [
        { id: 'p', kind: 'percent', label: 'L', percent: 150 },
        { id: 'q', kind: 'surcharge', label: 'L', amount: 2.5 },
      ],
    });
    expect(found.map((p) => p.pointer)).toEqual(['/priceRules/0/percent', '/priceRules/1/amount']);
    expect(found[1]?.message).toBe('expected integer cents, got 2.5');
  });
});

describe('lead-time rules', () => {
  it('an unknown group in the condition, and duplicate ids', () => {
    const leadTimeRules = [
      { id: 'l', label: 'L', if: { option: 'legs', gt: 1 }, addDays: 1 },
      { id: 'l', label: 'L', if: { option: 'frame', is: 'wood' }, addDays: -1 },
    ];
    expect(problems({ leadTimeRules })).toEqual([
      error('/leadTimeRules/0/if/option', 'unknown option group "legs"'),
      error('/leadTimeRules/1/id', 'duplicate lead-time rule id "l"'),
    ]);
  });

  it('addDays must be a whole number', () => {
    expect(problems({ leadTimeRules: [{ id: 'l', label: 'L', if: { option: 'frame', is: 'wood' }, addDays: 1.5 }] }).map((p) => p.pointer)).toEqual([
      '/leadTimeRules/0/addDays',
    ]);
  });
});

describe('component quantity formulas', () => {
  const withQuantity = (quantity: unknown) => ({
    ...frame,
    values: [
      { id: 'steel', label: 'Steel', components: [{ component: 'bolt', quantity }] },
      { id: 'wood', label: 'Wood' },
    ],
  });

  it('on an unknown option', () => {
    expect(problems({ groups: [withQuantity({ option: 'legs' }), size, extras, name] })).toEqual([
      error('/groups/0/values/0/components/0/quantity/option', 'unknown option group "legs"'),
    ]);
  });

  it('on a non-number option, in values, base components and text options', () => {
    expect(
      problems({
        baseComponents: [{ component: 'bolt', quantity: { option: 'extras', times: 2 } }],
        groups: [withQuantity({ option: 'frame' }), size, extras, { ...name, components: [{ component: 'bolt', quantity: { option: 'name' } }] }],
      }),
    ).toEqual([
      error('/baseComponents/0/quantity/option', '"extras" is not a number option'),
      error('/groups/0/values/0/components/0/quantity/option', '"frame" is not a number option'),
      error('/groups/3/components/0/quantity/option', '"name" is not a number option'),
    ]);
  });

  it('on a number option is fine, with fractional times and negative plus', () => {
    expect(problems({ groups: [withQuantity({ option: 'size', times: 0.05, plus: -2 }), size, extras, name] })).toEqual([]);
  });

  it('a quantity that is neither a whole number nor a formula', () => {
    const found = problems({ groups: [withQuantity(2.5), size, extras, name] });
    expect(found.map((p) => p.pointer)).toEqual(['/groups/0/values/0/components/0/quantity']);
  });

  it('an unknown component in a text option', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, components: [{ component: 'laser' }] }] })).toEqual([
      error('/groups/3/components/0/component', 'unknown component "laser"'),
    ]);
  });
});

describe('text options', () => {
  it('an invalid pattern', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, pattern: '[a-z' }] })).toEqual([error('/groups/3/pattern', 'not a valid regular expression')]);
    expect(problems({ groups: [frame, size, extras, { ...name, pattern: '(?<' }] })).toEqual([error('/groups/3/pattern', 'not a valid regular expression')]);
  });

  it('Unicode property escapes are valid patterns', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, pattern: "[\\p{L}\\p{N} .,'&!?-]*" }] })).toEqual([]);
  });

  // BUG: safePattern only compiles the pattern wrapped as ^(?:pattern)$, so a pattern that is not a
  // valid expression on its own but closes the wrapper's group ("a)|(?:b") compiles and is accepted.
  // Expected: refused at /groups/3/pattern ("not a valid regular expression").
  // Actual: accepted; the wrapper's anchors are split across the alternation (^(?:a)|(?:b)$), so the
  // pattern no longer has to match the whole text (see text-options.test.ts).
  it('a pattern that is only valid inside the wrapper (unbalanced ")") is refused', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, pattern: 'a)|(?:b' }] })).toEqual([
      error('/groups/3/pattern', 'not a valid regular expression'),
    ]);
  });

  it('a default longer than maxLength', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, maxLength: 5, default: 'Barbara' }] })).toEqual([
      error('/groups/3/default', 'Name is at most 5 characters'),
    ]);
  });

  it('a default the pattern refuses, or with a control character', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, pattern: '[A-Z]*', default: 'ada' }] })).toEqual([
      error('/groups/3/default', 'Name has characters that cannot be made'),
    ]);
    expect(problems({ groups: [frame, size, extras, { ...name, default: 'a\nb' }] })).toEqual([
      error('/groups/3/default', 'Name cannot contain control characters'),
    ]);
  });

  it('a required text may have an empty default (the customer must fill it)', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, required: true }] })).toEqual([]);
  });

  it('maxLength must be between 1 and 500', () => {
    expect(problems({ groups: [frame, size, extras, { ...name, maxLength: 0 }] }).map((p) => p.pointer)).toEqual(['/groups/3/maxLength']);
    expect(problems({ groups: [frame, size, extras, { ...name, maxLength: 501 }] }).map((p) => p.pointer)).toEqual(['/groups/3/maxLength']);
  });
});
