/** fast-check generators of small random models and partial assignments, for the engine tests. */
import fc from 'fast-check';
import { UNASSIGNED, type Constraint, type FiniteModel } from './model.ts';

export interface ModelCase {
  readonly model: FiniteModel;
  readonly assignments: Int32Array[];
}

/** A random model with 2–6 variables of domain 1–4, random tables and clauses, plus partial assignments. */
export const modelCase = (opts: { maxVars?: number; maxDom?: number; boolean?: boolean } = {}): fc.Arbitrary<ModelCase> =>
  fc
    .record({
      doms: fc.array(fc.integer({ min: opts.boolean ? 2 : 1, max: opts.boolean ? 2 : (opts.maxDom ?? 4) }), { minLength: 2, maxLength: opts.maxVars ?? 6 }),
      seeds: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), fc.double({ min: 0.15, max: 0.85, noNaN: true })), { maxLength: 6 }),
      aSeeds: fc.array(fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
    })
    .map(({ doms, seeds, aSeeds }) => {
      const n = doms.length;
      const variables = doms.map((d, i) => ({ id: `v${i}`, domainSize: d }));
      const constraints: Constraint[] = seeds.map(([s1, s2, s3, isTable, density], ci) => {
        // tiny deterministic PRNG from the seeds
        let st = (s1 * 2654435761 + s2 * 40503 + s3 + ci) >>> 0;
        const rnd = (): number => {
          st = (Math.imul(st ^ (st >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
          st ^= st >>> 12;
          return (st >>> 0) / 4294967296;
        };
        const arity = 1 + Math.floor(rnd() * Math.min(3, n));
        const pool = Array.from({ length: n }, (_, i) => i);
        const scope: number[] = [];
        for (let k = 0; k < arity; k++) scope.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
        if (isTable && !opts.boolean) {
          const tuples: number[][] = [];
          const total = scope.reduce((p, x) => p * doms[x]!, 1);
          for (let t = 0; t < total; t++) {
            if (rnd() >= density) continue;
            let rest = t;
            tuples.push(scope.map((x) => {
              const v = rest % doms[x]!;
              rest = Math.floor(rest / doms[x]!);
              return v;
            }));
          }
          return { kind: 'table', id: `c${ci}`, scope, tuples, mode: rnd() < 0.5 ? 'supports' : 'conflicts' };
        }
        return {
          kind: 'clause',
          id: `c${ci}`,
          literals: scope.map((x) => ({ variable: x, values: Array.from({ length: doms[x]! }, (_, v) => v).filter(() => rnd() < 0.4) })),
        };
      });
      const assignments = aSeeds.map((vals) =>
        Int32Array.from(doms, (d, i) => {
          const r = vals[i % vals.length]! % (d + 2);
          return r >= d ? UNASSIGNED : r;
        }),
      );
      return { model: { variables, constraints }, assignments };
    });
