import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogToModel, encodeChoices } from './catalog-model.ts';
import { isSolution } from './engine/model.ts';
import { parseCatalog } from './load-catalog.ts';
import { findViolations } from './rules.ts';
import { incompleteGroups } from './selections.ts';
import { loadDesk, makeCatalog, selectionArbitrary } from './test-support.ts';
import type { Catalog } from './catalog-schema.ts';

function loadCurrentDesk(): Catalog {
  const result = parseCatalog(readFileSync(new URL('../../catalog/standing-desk.json', import.meta.url), 'utf8'), 'catalog/standing-desk.json');
  if (!result.ok) throw new Error('desk does not load');
  return result.catalog;
}

/** The model must accept exactly the complete selections that break no rule. */
function expectSameSolutions(catalog: Catalog) {
  const { model } = catalogToModel(catalog);
  fc.assert(
    fc.property(selectionArbitrary(catalog), (selection) => {
      // Valid: no rule broken and every group's value acceptable (multi-group counts included).
      const valid = findViolations(catalog, selection).length === 0 && incompleteGroups(catalog, selection).length === 0;
      expect(isSolution(model, encodeChoices(catalogToModel(catalog), catalog, selection))).toBe(valid);
    }),
    { numRuns: 300 },
  );
}

describe('catalogToModel', () => {
  it('gives one variable per single/number group and one yes/no variable per multi value', () => {
    const desk = loadDesk();
    const { model, groupVariables } = catalogToModel(desk);
    expect(groupVariables.get('width')).toHaveLength(1);
    expect(model.variables[groupVariables.get('width')![0]!]!.domainSize).toBe(21); // 100..200 step 5
    expect(groupVariables.get('accessories')).toHaveLength(5);
    expect(model.constraints.map((c) => c.id)).toEqual(['wide-desk-needs-dual-motor', 'walnut-up-to-180', 'drawer-needs-depth-70']);
  });

  it('accepts exactly the valid complete configurations of the schema-1 desk', () => expectSameSolutions(loadDesk()));
  it('accepts exactly the valid complete configurations of the current desk (excludes, text, defaults)', () => expectSameSolutions(loadCurrentDesk()));

  it('turns tables, multi-group counts and filled texts into constraints with the same meaning', () => {
    const catalog = makeCatalog({
      schemaVersion: 2,
      groups: [
        { id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 150, max: 200, step: 10, default: 170 },
        { id: 'frame', kind: 'single', label: 'Frame', default: 'm', values: [{ id: 's', label: 'S' }, { id: 'm', label: 'M' }, { id: 'l', label: 'L' }] },
        { id: 'extras', kind: 'multi', label: 'Extras', minCount: 1, maxCount: 2, default: ['rack'], values: [{ id: 'rack', label: 'Rack' }, { id: 'lights', label: 'Lights' }, { id: 'bell', label: 'Bell' }] },
        { id: 'name', kind: 'text', label: 'Name', maxLength: 10 },
      ],
      rules: [
        { id: 'size-table', kind: 'table', message: 'Frame by size', options: ['size', 'frame'], allowed: [[{ lt: 165 }, 's'], [{ gte: 160, lt: 185 }, 'm'], [{ gte: 180 }, ['l', 'm']]] },
        { id: 'no-bell-with-name', kind: 'excludes', message: 'No bell with a name', conditions: [{ option: 'name', filled: true }, { option: 'extras', is: 'bell' }] },
        { id: 'lights-forbidden-on-s', kind: 'table', message: 'Small frames have no lights', options: ['frame', 'extras'], forbidden: [['s', 'lights']] },
      ],
    });
    expectSameSolutions(catalog);
  });
});
