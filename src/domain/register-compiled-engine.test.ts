import { describe, expect, it } from 'vitest';
import { catalogToModel } from './catalog-model.ts';
import { engineFor, hasEngine, registerCompiledEngine } from './configuration-engine.ts';
import { compile } from './engine/compile.ts';
import type { Selections } from './selections.ts';
import { loadDesk } from './test-support.ts';

describe('registerCompiledEngine (a diagram compiled in a worker)', () => {
  it('answers exactly like an engine compiled on the spot', () => {
    const here = loadDesk();
    const fromWorker = loadDesk();
    const result = compile(catalogToModel(fromWorker).model);
    if (!result.ok) throw new Error(result.message);
    // What a worker posts back is a structured clone of plain typed arrays.
    registerCompiledEngine(fromWorker, structuredClone(result.mdd));
    expect(hasEngine(fromWorker)).toBe(true);
    const cases: Selections[] = [{}, { width: 190, motor: 'single' }, { accessories: ['drawer'] }, { top: 'solid-walnut' }];
    for (const choices of cases) {
      const a = engineFor(here).availability(choices);
      const b = engineFor(fromWorker).availability(choices);
      expect(b.map((g) => [g.groupId, [...g.blockedValues.keys()], g.allowedNumbers])).toEqual(a.map((g) => [g.groupId, [...g.blockedValues.keys()], g.allowedNumbers]));
      expect(engineFor(fromWorker).resolve(choices)).toEqual(engineFor(here).resolve(choices));
      expect(engineFor(fromWorker).count(choices)).toBe(engineFor(here).count(choices));
    }
  });

  it('refuses a diagram compiled for another catalog', () => {
    const desk = loadDesk();
    const other = compile({ variables: [{ id: 'x', domainSize: 2 }], constraints: [] });
    if (!other.ok) throw new Error(other.message);
    expect(() => registerCompiledEngine(desk, other.mdd)).toThrow('does not belong to this catalog');
  });
});
