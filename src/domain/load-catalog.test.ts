import { describe, expect, it } from 'vitest';
import { formatProblem, type CatalogProblem } from './catalog-error.ts';
import { MAX_CATALOG_DEPTH, parseCatalog, validateCatalog, type CatalogResult } from './load-catalog.ts';
import { deskData, deskText } from './test-support.ts';

const FILE = 'catalog/standing-desk.json';

/* eslint-disable @typescript-eslint/no-explicit-any -- mutating raw JSON copies */
function mutated(change: (catalog: any) => void): CatalogResult {
  const copy = structuredClone(deskData());
  change(copy);
  return parseCatalog(JSON.stringify(copy), FILE);
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function problemsOf(result: CatalogResult): readonly CatalogProblem[] {
  if (result.ok) throw new Error('expected the catalog to be refused');
  return result.problems;
}

function expectProblem(result: CatalogResult, pointer: string, phrase: string | RegExp): void {
  const problems = problemsOf(result);
  const atPointer = problems.filter((p) => p.pointer === pointer);
  expect(atPointer, `problems: ${problems.map(formatProblem).join('\n')}`).not.toHaveLength(0);
  expect(atPointer.some((p) => (typeof phrase === 'string' ? p.message.includes(phrase) : phrase.test(p.message)))).toBe(true);
  for (const p of problems) {
    expect(p.file).toBe(FILE);
    expect(p.severity).toBe('error');
  }
}

describe('parseCatalog: the sample desk', () => {
  it('validates and applies defaults', () => {
    const result = parseCatalog(deskText(), FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { catalog } = result;
    expect(catalog.id).toBe('standing-desk');
    expect(catalog.groups.map((g) => g.id)).toEqual(['width', 'depth', 'top', 'frame', 'motor', 'accessories']);
    expect(catalog.rules).toHaveLength(3);
    // Defaults filled in by the schema: frame values have no "parts", component refs without quantity get 1.
    const frame = catalog.groups.find((g) => g.id === 'frame');
    expect(frame?.kind === 'single' && frame.values[0]?.parts).toEqual([]);
    const top = catalog.groups.find((g) => g.id === 'top');
    expect(top?.kind === 'single' && top.values[0]?.components).toEqual([{ component: 'top-laminate-white', quantity: 1 }]);
  });
});

describe('parseCatalog: shape errors, located by JSON pointer', () => {
  it('a float price', () => {
    const result = mutated((c) => (c.groups[2].values[1].price = 12.5));
    expectProblem(result, '/groups/2/values/1/price', 'expected integer cents, got 12.5');
    expect(problemsOf(result)).toHaveLength(1);
  });

  it('a price given as a string', () => {
    expectProblem(
      mutated((c) => (c.basePrice = '499.00')),
      '/basePrice',
      'expected integer cents, got "499.00"',
    );
  });

  it('an unknown key points at that key', () => {
    expectProblem(
      mutated((c) => (c.groups[3].colour = 'red')),
      '/groups/3/colour',
      'unknown key "colour"',
    );
    expectProblem(
      mutated((c) => (c.colour = 'red')),
      '/colour',
      'unknown key',
    );
  });

  it('a missing required field', () => {
    expectProblem(
      mutated((c) => delete c.currency),
      '/currency',
      'required',
    );
  });

  it('a malformed condition lists the condition forms', () => {
    const misspelt = mutated((c) => (c.rules[1].then = { option: 'width', below: 180 }));
    expectProblem(misspelt, '/rules/1/then/below', 'unknown key "below"');
    expectProblem(misspelt, '/rules/1/then', 'needs at least one of gt, gte, lt, lte');
    expectProblem(
      mutated((c) => (c.rules[0].if = { when: 'width' })),
      '/rules/0/if',
      'expected a condition',
    );
  });

  it('pointers escape "/" and "~" in keys (RFC 6901)', () => {
    expectProblem(
      mutated((c) => (c.groups[0]['a/b~c'] = 1)),
      '/groups/0/a~1b~0c',
      'unknown key',
    );
  });

  it('a reserved id', () => {
    expectProblem(
      mutated((c) => (c.groups[3].values[0].id = 'constructor')),
      '/groups/3/values/0/id',
      'reserved',
    );
  });
});

describe('parseCatalog: __proto__ keys', () => {
  it('a top-level "__proto__" key is an unknown key, and nothing is polluted', () => {
    const text = deskText().replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": { "polluted": true },');
    expect(text).toContain('__proto__');
    const result = parseCatalog(text, FILE);
    expectProblem(result, '/__proto__', 'unknown key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a nested "__proto__" key too', () => {
    const text = deskText().replace('"label": "Width",', '"label": "Width", "__proto__": { "polluted": true, "kind": "single" },');
    const result = parseCatalog(text, FILE);
    expectProblem(result, '/groups/0/__proto__', 'unknown key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});

describe('parseCatalog: reference and consistency errors', () => {
  it('a duplicate value id', () => {
    expectProblem(
      mutated((c) => (c.groups[3].values[1].id = 'black')),
      '/groups/3/values/1/id',
      'duplicate value id "black"',
    );
  });

  it('a duplicate component, group and rule id', () => {
    const result = mutated((c) => {
      c.components[1].id = 'control-panel';
      c.groups[1].id = 'width';
      c.rules[2].id = 'walnut-up-to-180';
    });
    expectProblem(result, '/components/1/id', 'duplicate component id');
    expectProblem(result, '/groups/1/id', 'duplicate option group id');
    expectProblem(result, '/rules/2/id', 'duplicate rule id');
  });

  it('a dangling component reference, in a value and in the base components', () => {
    expectProblem(
      mutated((c) => (c.groups[2].values[0].components[0].component = 'top-marble')),
      '/groups/2/values/0/components/0/component',
      'unknown component "top-marble"',
    );
    expectProblem(
      mutated((c) => (c.baseComponents[1].component = 'glue')),
      '/baseComponents/1/component',
      'unknown component "glue"',
    );
  });

  it('a rule referencing an unknown group and an unknown value', () => {
    const result = mutated((c) => {
      c.rules[0].if = { option: 'height', gt: 100 };
      c.rules[0].then = { option: 'motor', is: 'quad' };
      c.rules[2].if = { option: 'accessories', in: ['cable-tray', 'footrest'] };
    });
    expectProblem(result, '/rules/0/if/option', 'unknown option group "height"');
    expectProblem(result, '/rules/0/then/is', '"quad" is not a value of group "motor"');
    expectProblem(result, '/rules/2/if/in/1', '"footrest" is not a value of group "accessories"');
    expect(problemsOf(result)).toHaveLength(3);
  });

  it('finds unknown references inside all/any/not', () => {
    expectProblem(
      mutated((c) => (c.rules[1].if = { all: [{ option: 'top', is: 'solid-walnut' }, { not: { option: 'legs', is: 'x' } }] })),
      '/rules/1/if/all/1/not/option',
      'unknown option group "legs"',
    );
  });

  it('a numeric comparison on a choice group, and "is" on a number group', () => {
    expectProblem(
      mutated((c) => (c.rules[1].if = { option: 'top', gt: 3 })),
      '/rules/1/if/option',
      '"top" is a choice, not a number',
    );
    expectProblem(
      mutated((c) => (c.rules[1].then = { option: 'width', is: 'narrow' })),
      '/rules/1/then/option',
      '"width" is a number',
    );
  });

  it('a number default that is not on a step', () => {
    expectProblem(
      mutated((c) => (c.groups[0].default = 142)),
      '/groups/0/default',
      'default 142 is not one of 100, 105',
    );
    expectProblem(
      mutated((c) => (c.groups[1].default = 95)),
      '/groups/1/default',
      'default 95',
    );
  });

  it('a single-choice default that is not one of its values', () => {
    expectProblem(
      mutated((c) => (c.groups[4].default = 'triple')),
      '/groups/4/default',
      'default "triple" is not a value of group "motor"',
    );
  });

  it('min above max, and a step that does not divide the range', () => {
    expectProblem(
      mutated((c) => Object.assign(c.groups[1], { min: 95, max: 90, default: 95 })),
      '/groups/1/min',
      'min 95 is greater than max 90',
    );
    expectProblem(
      mutated((c) => (c.groups[1].step = 7)),
      '/groups/1/step',
      'not a whole number of steps of 7',
    );
  });

  it('a default configuration that breaks a rule', () => {
    // width 170 by default, with the single motor by default.
    expectProblem(
      mutated((c) => (c.groups[0].default = 170)),
      '/rules/0',
      'the default configuration breaks this rule',
    );
    const result = mutated((c) => {
      c.groups[5].default = ['drawer'];
      c.groups[1].default = 60;
    });
    expectProblem(result, '/rules/2', 'The drawer needs a desk at least 70 cm deep.');
  });
});

describe('parseCatalog: hostile or broken input', () => {
  it('invalid JSON text → one problem at the document root', () => {
    const result = parseCatalog('{ "schemaVersion": 1, ', FILE);
    expectProblem(result, '', 'not valid JSON');
    expect(formatProblem(problemsOf(result)[0]!)).toMatch(/^catalog\/standing-desk\.json: \/: not valid JSON/);
  });

  it('an empty file', () => {
    expectProblem(parseCatalog('', FILE), '', 'not valid JSON');
  });

  it('JSON that is not an object', () => {
    expectProblem(parseCatalog('[1, 2, 3]', FILE), '', 'expected object');
    expect(validateCatalog(null, FILE).ok).toBe(false);
  });

  it('1000 nested "not" conditions → a clear error, not a crash', () => {
    let condition = '{ "option": "width", "gt": 160 }';
    for (let i = 0; i < 1000; i++) condition = `{ "not": ${condition} }`;
    const text = deskText().replace('"if": { "option": "width", "gt": 160 }', `"if": ${condition}`);
    expect(text).not.toBe(deskText());
    let result: CatalogResult | undefined;
    expect(() => (result = parseCatalog(text, FILE))).not.toThrow();
    const problems = problemsOf(result!);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`nested deeper than ${MAX_CATALOG_DEPTH} levels`);
    expect(problems[0]!.pointer.startsWith('/rules/0/if/not/not/')).toBe(true);
  });

  it('100 000 nested arrays → an error, not a crash', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    let result: CatalogResult | undefined;
    expect(() => (result = parseCatalog(text, FILE))).not.toThrow();
    expect(problemsOf(result!)).toHaveLength(1);
  });

  it('reasonable nesting is accepted', () => {
    const condition = { all: [{ any: [{ not: { option: 'top', is: 'bamboo' } }, { option: 'width', lte: 180 }] }] };
    const result = mutated((c) => (c.rules[1].then = condition));
    expect(result.ok).toBe(true);
  });
});

describe('parseCatalog: reports all problems at once', () => {
  it('three independent shape mistakes → at least three problems', () => {
    const result = mutated((c) => {
      c.groups[2].values[1].price = 12.5;
      c.groups[3].colour = 'red';
      c.components[0].sku = 'lower case';
    });
    const problems = problemsOf(result);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expectProblem(result, '/groups/2/values/1/price', 'expected integer cents');
    expectProblem(result, '/groups/3/colour', 'unknown key');
    expectProblem(result, '/components/0/sku', 'SKUs');
  });

  it('three independent reference mistakes → at least three problems', () => {
    const result = mutated((c) => {
      c.groups[0].default = 142;
      c.groups[2].values[0].components[0].component = 'top-marble';
      c.rules[0].then.is = 'quad';
    });
    expect(problemsOf(result).length).toBeGreaterThanOrEqual(3);
    expectProblem(result, '/groups/0/default', 'default 142');
    expectProblem(result, '/groups/2/values/0/components/0/component', 'unknown component');
    expectProblem(result, '/rules/0/then/is', '"quad"');
  });
});

describe('formatProblem', () => {
  it('gives "file: /pointer: message"', () => {
    expect(formatProblem({ file: 'catalog/desk.json', pointer: '/groups/3/price', message: 'expected integer cents, got 12.5', severity: 'error' })).toBe(
      'catalog/desk.json: /groups/3/price: expected integer cents, got 12.5',
    );
  });

  it('shows the root as "/" and marks warnings', () => {
    expect(formatProblem({ file: 'a.json', pointer: '', message: 'not valid JSON', severity: 'error' })).toBe('a.json: /: not valid JSON');
    expect(formatProblem({ file: 'a.json', pointer: '/rules', message: 'unused', severity: 'warning' })).toBe('a.json: /rules: warning: unused');
  });
});
