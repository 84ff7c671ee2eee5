import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairCandidates, resolveSelections } from './resolve-selections.ts';
import { findViolations } from './rules.ts';
import { defaultSelections, findGroup, type Selections } from './selections.ts';
import { loadDesk, makeCatalog, selectionArbitrary } from './test-support.ts';

const desk = loadDesk();
const defaults = defaultSelections(desk);

describe('resolveSelections on the desk', () => {
  it('no choices → the defaults', () => {
    expect(resolveSelections(desk, {})).toEqual({
      width: 140,
      depth: 70,
      top: 'laminate-white',
      frame: 'black',
      motor: 'single',
      accessories: [],
    });
  });

  it('unchosen groups take their defaults', () => {
    expect(resolveSelections(desk, { top: 'bamboo', depth: 80 })).toEqual({ ...defaults, top: 'bamboo', depth: 80 });
  });

  it('width 170 chosen → the free motor resolves to dual', () => {
    expect(resolveSelections(desk, { width: 170 })).toEqual({ ...defaults, width: 170, motor: 'dual' });
  });

  it('drawer chosen with depth 60 chosen: an explicit conflict stays', () => {
    const resolved = resolveSelections(desk, { accessories: ['drawer'], depth: 60 });
    expect(resolved.depth).toBe(60);
    expect(resolved.accessories).toEqual(['drawer']);
    expect(findViolations(desk, resolved).map((r) => r.id)).toEqual(['drawer-needs-depth-70']);
  });

  it('never changes explicit conflicting choices (width 170 + single motor)', () => {
    const resolved = resolveSelections(desk, { width: 170, motor: 'single' });
    expect(resolved).toEqual({ ...defaults, width: 170, motor: 'single' });
    expect(findViolations(desk, resolved).map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor']);
  });

  it('repairs the free groups around a conflict it cannot fix (walnut at 190: motor still goes dual)', () => {
    const resolved = resolveSelections(desk, { width: 190, top: 'solid-walnut' });
    expect(resolved).toMatchObject({ width: 190, top: 'solid-walnut', motor: 'dual' });
    expect(findViolations(desk, resolved).map((r) => r.id)).toEqual(['walnut-up-to-180']);
  });

  it('chosen multi values come back in catalog order', () => {
    expect(resolveSelections(desk, { accessories: ['castors', 'cable-tray', 'drawer'] }).accessories).toEqual(['cable-tray', 'drawer', 'castors']);
  });

  it('ignores choices for groups the catalog does not have', () => {
    expect(resolveSelections(desk, { colour: 'red' })).toEqual(defaults);
  });

  it('property: the customer’s choices always come through unchanged', () => {
    fc.assert(
      fc.property(selectionArbitrary(desk), fc.array(fc.constantFrom(...desk.groups.map((g) => g.id))), (full, keys) => {
        const choices: Record<string, Selections[string]> = {};
        for (const key of keys) choices[key] = full[key]!;
        const resolved = resolveSelections(desk, choices);
        for (const group of desk.groups) {
          const chosen = choices[group.id];
          if (chosen === undefined) continue;
          if (Array.isArray(chosen)) expect([...(resolved[group.id] as string[])].sort()).toEqual([...chosen].sort());
          else expect(resolved[group.id]).toBe(chosen);
        }
        expect(Object.keys(resolved).sort()).toEqual(desk.groups.map((g) => g.id).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('property: choices taken from a valid desk resolve to a valid desk', () => {
    const validDesk = selectionArbitrary(desk).filter((s) => findViolations(desk, s).length === 0);
    fc.assert(
      fc.property(validDesk, fc.array(fc.constantFrom(...desk.groups.map((g) => g.id))), (full, keys) => {
        const choices: Record<string, Selections[string]> = {};
        for (const key of keys) choices[key] = full[key]!;
        expect(findViolations(desk, resolveSelections(desk, choices))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('repairCandidates', () => {
  it('number groups: every other step, nearest first (ties: smaller first)', () => {
    const width = findGroup(desk, 'width')!;
    const candidates = repairCandidates(width, 170) as number[];
    expect(candidates.slice(0, 5)).toEqual([165, 175, 160, 180, 155]);
    expect(candidates).toHaveLength(20); // 21 steps from 100 to 200, minus 170
    expect(candidates).not.toContain(170);
  });

  it('single groups: every other value', () => {
    expect(repairCandidates(findGroup(desk, 'motor')!, 'single')).toEqual(['dual']);
  });

  it('multi groups: one removal or one addition, within the count limits', () => {
    const catalog = makeCatalog({
      groups: [
        {
          id: 'extras',
          kind: 'multi',
          label: 'Extras',
          default: ['a'],
          minCount: 1,
          maxCount: 2,
          values: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
            { id: 'c', label: 'C' },
          ],
        },
      ],
    });
    const extras = findGroup(catalog, 'extras')!;
    expect(repairCandidates(extras, ['a'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]); // cannot go below minCount 1
    expect(repairCandidates(extras, ['c', 'a'])).toEqual([['c'], ['a']]); // at maxCount 2: removals only
  });
});
