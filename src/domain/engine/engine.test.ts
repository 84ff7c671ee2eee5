import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine, type Answer, type Engine } from './engine.ts';
import { emptyAssignment, isSolution, UNASSIGNED, withConstraints, type Assignment, type FiniteModel } from './model.ts';
import { allSolutions, bruteConsistent, bruteCount, bruteDomains, bruteFixCost } from './oracle.ts';
import { modelCase } from './test-arbitraries.ts';

const kinds = ['compiled', 'search'] as const;

function ok<T>(r: Answer<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function engineOf(model: FiniteModel, kind: (typeof kinds)[number]): Engine {
  // the compiled engine explains constraints with the CSP checker, the search engine with SAT
  const e = createEngine(model, { forceSearch: kind === 'search', explainConstraints: kind === 'search' ? 'sat' : 'csp' });
  expect(e.kind).toBe(kind);
  return e;
}

describe.each(kinds)('%s engine against brute force', (kind) => {
  it('valid domains, counts and dead values equal enumeration', () => {
    fc.assert(
      fc.property(modelCase(), ({ model, assignments }) => {
        const e = engineOf(model, kind);
        const sols = allSolutions(model);
        expect(ok(e.count())).toBe(BigInt(sols.length));
        for (const a of [emptyAssignment(model), ...assignments]) {
          expect(ok(e.validDomains(a))).toEqual(bruteDomains(model, sols, a));
          expect(ok(e.count(a))).toBe(bruteCount(sols, a));
        }
        const empty = bruteDomains(model, sols, emptyAssignment(model));
        const dead = empty.flatMap((d, variable) => d.flatMap((okv, value) => (okv ? [] : [{ variable, value }])));
        expect(ok(e.deadValues())).toEqual(dead);
      }),
      { numRuns: kind === 'search' ? 150 : 250 },
    );
  });

  it('boolean (CNF-like) models', () => {
    fc.assert(
      fc.property(modelCase({ boolean: true, maxVars: 7 }), ({ model, assignments }) => {
        const e = engineOf(model, kind);
        const sols = allSolutions(model);
        expect(ok(e.count())).toBe(BigInt(sols.length));
        for (const a of assignments) expect(ok(e.validDomains(a))).toEqual(bruteDomains(model, sols, a));
      }),
      { numRuns: 150 },
    );
  });

  it('every enabled value extends: picking enabled values always finishes', () => {
    fc.assert(
      fc.property(modelCase(), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), ({ model }, picks) => {
        const e = engineOf(model, kind);
        const a = emptyAssignment(model);
        if (ok(e.count()) === 0n) return;
        for (let step = 0; step < model.variables.length; step++) {
          const doms = ok(e.validDomains(a));
          const free = model.variables.map((_, i) => i).filter((i) => a[i] === UNASSIGNED);
          const x = free[picks[step % picks.length]! % free.length]!;
          const enabled = doms[x]!.flatMap((okv, v) => (okv ? [v] : []));
          expect(enabled.length).toBeGreaterThan(0);
          a[x] = enabled[picks[(step + 1) % picks.length]! % enabled.length]!;
        }
        expect(isSolution(model, a)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('explanations: the conflict blocks the value and is minimal; the fix is minimal and works', () => {
    fc.assert(
      fc.property(modelCase(), fc.nat(), fc.nat(), ({ model, assignments }, xs, vs) => {
        const e = engineOf(model, kind);
        const sols = allSolutions(model);
        for (const a of assignments) {
          const x = xs % model.variables.length;
          const v = vs % model.variables[x]!.domainSize;
          const ex = ok(e.explain(a, x, v));
          const withTarget = (choices: readonly { variable: number; value: number }[]): Assignment => {
            const p = emptyAssignment(model);
            for (const c of choices) p[c.variable] = c.value;
            p[x] = v;
            return p;
          };
          const others = a.slice();
          others[x] = v;
          expect(ex.selectable).toBe(bruteConsistent(sols, others));
          expect(ex.dead).toBe(!sols.some((s) => s[x] === v));
          const fixCost = bruteFixCost(sols, a, x, v);
          const fix = ok(e.smallestFix(a, x, v));
          if (fixCost < 0) expect(fix).toBeNull();
          else {
            expect(fix!.length).toBe(fixCost);
            const b = a.slice();
            for (const c of fix!) b[c.variable] = c.value;
            expect(ok(e.validDomains(b))[x]![v]).toBe(true);
            expect(ex.fix?.length).toBe(fixCost);
          }
          if (ex.selectable || ex.dead) {
            expect(ex.conflict).toEqual([]);
            continue;
          }
          // the conflict is a subset of the choices, blocks the value, and every member matters
          for (const c of ex.conflict) expect(a[c.variable]).toBe(c.value);
          expect(bruteConsistent(sols, withTarget(ex.conflict))).toBe(false);
          ex.conflict.forEach((_, i) => {
            expect(bruteConsistent(sols, withTarget(ex.conflict.filter((_, j) => j !== i)))).toBe(true);
          });
          // the constraints: with only them, the conflict still blocks; dropping any one unblocks
          expect(ex.constraints).not.toBeNull();
          const idx = ex.constraints!.map((id) => model.constraints.findIndex((c) => c.id === id));
          const sub = (keep: number[]): boolean => bruteConsistent(allSolutions(withConstraints(model, keep)), withTarget(ex.conflict));
          expect(sub(idx)).toBe(false);
          idx.forEach((_, i) => expect(sub(idx.filter((_, j) => j !== i))).toBe(true));
        }
      }),
      { numRuns: kind === 'search' ? 120 : 200 },
    );
  });
});

describe('engine facade', () => {
  it('falls back to search when the diagram is too big, with the reason', () => {
    const model: FiniteModel = {
      variables: Array.from({ length: 8 }, (_, i) => ({ id: `x${i}`, domainSize: 5 })),
      constraints: Array.from({ length: 7 }, (_, i) => ({ kind: 'table' as const, id: `ne${i}`, scope: [i, (i + 3) % 8], tuples: [0, 1, 2, 3, 4].map((v) => [v, v]), mode: 'conflicts' as const })),
    };
    const e = createEngine(model, { compile: { maxNodes: 20 } });
    expect(e.kind).toBe('search');
    expect(e.compileFailure).toMatch(/budget/);
    expect(ok(e.count())).toBe(ok(createEngine(model).count()));
  });

  it('rejects bad assignments and targets clearly', () => {
    const model: FiniteModel = { variables: [{ id: 'a', domainSize: 2 }], constraints: [] };
    const e = createEngine(model);
    expect(() => e.validDomains(new Int32Array([5]))).toThrow(/outside 0..1/);
    expect(() => e.validDomains(new Int32Array([0, 0]))).toThrow(/2 entries/);
    expect(() => e.explain(new Int32Array([0]), 3, 0)).toThrow(/no value/);
  });

  it('search gives up (never guesses) when the budget is exhausted', () => {
    let t = 0;
    const model: FiniteModel = {
      variables: Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, domainSize: 3 })),
      constraints: [{ kind: 'clause', id: 'c', literals: [{ variable: 0, values: [1] }] }],
    };
    const e = createEngine(model, { forceSearch: true, now: () => (t += 10), search: { queryBudgetMs: 5, countBudgetMs: 5 } });
    const r = e.validDomains(emptyAssignment(model));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('gave-up');
  });
});
