import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, type CompiledMdd } from './compile.ts';
import { mddConsistent, mddCount, mddCountPerValue, mddSmallestFix, mddValidDomains } from './mdd-queries.ts';
import { emptyAssignment, isSolution, UNASSIGNED } from './model.ts';
import { allSolutions, bruteConsistent, bruteCount, bruteDomains, bruteFixCost } from './oracle.ts';
import { modelCase } from './test-arbitraries.ts';

function compiled(m: Parameters<typeof compile>[0], heuristics?: Parameters<typeof compile>[1]): CompiledMdd {
  const r = compile(m, heuristics);
  if (!r.ok) throw new Error(r.message);
  return r.mdd;
}

describe('MDD compilation against brute force', () => {
  it('valid domains, counts, consistency and per-value counts equal enumeration', () => {
    fc.assert(
      fc.property(modelCase(), fc.constantFrom('force', 'bfs', 'given', 'reverse-bfs' as const), ({ model, assignments }, h) => {
        const mdd = compiled(model, { heuristics: [h] });
        const sols = allSolutions(model);
        expect(mddCount(mdd)).toBe(BigInt(sols.length));
        for (const a of [emptyAssignment(model), ...assignments]) {
          expect(mddValidDomains(mdd, a)).toEqual(bruteDomains(model, sols, a));
          expect(mddCount(mdd, a)).toBe(bruteCount(sols, a));
          expect(mddConsistent(mdd, a)).toBe(bruteConsistent(sols, a));
          const per = mddCountPerValue(mdd, a);
          model.variables.forEach((v, x) => {
            for (let val = 0; val < v.domainSize; val++) {
              const b = a.slice();
              b[x] = val;
              expect(per[x]![val]).toBe(bruteCount(sols, b));
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every enabled value extends to a complete configuration (greedy walk never dead-ends)', () => {
    fc.assert(
      fc.property(modelCase(), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), ({ model }, picks) => {
        const mdd = compiled(model);
        const a = emptyAssignment(model);
        const start = mddValidDomains(mdd, a);
        if (start.some((d) => !d.includes(true))) {
          expect(mddCount(mdd)).toBe(0n);
          return;
        }
        for (let step = 0; step < model.variables.length; step++) {
          const doms = mddValidDomains(mdd, a);
          const free = model.variables.map((_, i) => i).filter((i) => a[i] === UNASSIGNED);
          const x = free[picks[step % picks.length]! % free.length]!;
          const enabled = doms[x]!.flatMap((ok, v) => (ok ? [v] : []));
          expect(enabled.length).toBeGreaterThan(0);
          a[x] = enabled[picks[(step + 3) % picks.length]! % enabled.length]!;
        }
        expect(isSolution(model, a)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('smallest fix is minimal and makes the value selectable', () => {
    fc.assert(
      fc.property(modelCase(), fc.nat(), fc.nat(), ({ model, assignments }, xs, vs) => {
        const mdd = compiled(model);
        const sols = allSolutions(model);
        for (const a of assignments) {
          const x = xs % model.variables.length;
          const v = vs % model.variables[x]!.domainSize;
          const fix = mddSmallestFix(mdd, a, x, v);
          const expected = bruteFixCost(sols, a, x, v);
          if (expected < 0) {
            expect(fix).toBeNull();
            continue;
          }
          expect(fix).not.toBeNull();
          expect(fix!.length).toBe(expected);
          const b = a.slice();
          for (const c of fix!) b[c.variable] = c.value;
          expect(mddValidDomains(mdd, b)[x]![v]).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports too-big instead of a wrong answer', () => {
    const n = 16;
    // x_i != x_j pairs over a big domain: width grows quickly.
    const model = {
      variables: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, domainSize: 12 })),
      constraints: Array.from({ length: n - 1 }, (_, i) => ({
        kind: 'table' as const,
        id: `ne${i}`,
        scope: [i, (i * 7 + 5) % n === i ? (i + 1) % n : (i * 7 + 5) % n],
        tuples: Array.from({ length: 12 }, (_, v) => [v, v]),
        mode: 'conflicts' as const,
      })),
    };
    const r = compile(model, { maxNodes: 50 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('too-big');
  });

  it('reports timeout with an injected clock', () => {
    let t = 0;
    const n = 40;
    const model = {
      variables: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, domainSize: 6 })),
      constraints: Array.from({ length: n - 2 }, (_, i) => ({
        kind: 'table' as const,
        id: `c${i}`,
        scope: [i, i + 1, i + 2],
        tuples: Array.from({ length: 216 }, (_, r) => [r % 6, Math.floor(r / 6) % 6, Math.floor(r / 36)]).filter((t) => (t[0]! * t[1]! + t[2]! + i) % 3 !== 0),
        mode: 'supports' as const,
      })),
    };
    const r = compile(model, { now: () => (t += 1), timeBudgetMs: 10 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(compile(model).ok).toBe(true);
  });

  it('counts variables no constraint mentions, and handles trivially true/false models', () => {
    const free = { variables: [{ id: 'a', domainSize: 3 }, { id: 'b', domainSize: 5 }], constraints: [] };
    expect(mddCount(compiled(free))).toBe(15n);
    const unsat = { ...free, constraints: [{ kind: 'clause' as const, id: 'empty', literals: [] }] };
    const mdd = compiled(unsat);
    expect(mddCount(mdd)).toBe(0n);
    expect(mddValidDomains(mdd, emptyAssignment(unsat))).toEqual([[false, false, false], [false, false, false, false, false]]);
    expect(mddSmallestFix(mdd, emptyAssignment(unsat), 0, 1)).toBeNull();
  });
});

describe('compile progress', () => {
  it('reports increasing fractions ending at 1', () => {
    const n = 30;
    const model = {
      variables: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, domainSize: 3 })),
      constraints: Array.from({ length: n - 1 }, (_, i) => ({ kind: 'table' as const, id: `c${i}`, scope: [i, i + 1], tuples: [[0, 0], [1, 2], [2, 1], [2, 2]], mode: 'supports' as const })),
    };
    const seen: number[] = [];
    const r = compile(model, { onProgress: (f) => seen.push(f) });
    expect(r.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });
});
