/**
 * CNF encoding of a FiniteModel for the search engine. Every auxiliary variable is functionally
 * determined by the model variables, so the number of CNF models equals the number of
 * configurations (model counting stays exact).
 *
 * - domain 2: one boolean (value 1 = true); domain 1: one boolean forced true; domain ≥ 3: one-hot
 *   with at-least-one and at-most-one (pairwise, or a determined ladder for big domains).
 * - clause constraint: one clause; conflicts table: one clause per forbidden row;
 *   supports table: the complement as conflicts when small, else one determined selector per row.
 * - optionally, a selector literal per constraint (for explanations over constraints): the
 *   constraint is enforced when its selector is true.
 */
import { EngineError, flatTuples, type FiniteModel, type TableConstraint } from './model.ts';
import { neg, pos } from './sat.ts';

export interface CnfEncoding {
  readonly nVars: number;
  readonly clauses: number[][];
  /** Literal true iff variable x takes value v. */
  valueLit(x: number, v: number): number;
  decode(model: Uint8Array): Int32Array;
  /** Selector variable per constraint, or null when encoded without selectors. */
  readonly selectors: Int32Array | null;
  /** SAT variables that encode model variable x. */
  readonly varsOf: readonly (readonly number[])[];
  /** 1 for variables worth branching on (model variables and selectors); auxiliaries are determined. */
  readonly decisionVars: Uint8Array;
}

export function encodeCnf(model: FiniteModel, opts: { selectors?: boolean; maxClauses?: number } = {}): CnfEncoding {
  const maxClauses = opts.maxClauses ?? 5_000_000;
  let nVars = 0;
  const clauses: number[][] = [];
  const push = (c: number[]): void => {
    if (clauses.length >= maxClauses) throw new EngineError(`search encoding exceeds ${maxClauses} clauses`);
    clauses.push(c);
  };
  const base: number[] = [];
  const varsOf: number[][] = [];
  for (const v of model.variables) {
    const d = v.domainSize;
    base.push(nVars);
    if (d === 1) {
      varsOf.push([nVars]);
      push([pos(nVars)]);
      nVars++;
    } else if (d === 2) {
      varsOf.push([nVars]);
      nVars++;
    } else {
      const b = nVars;
      varsOf.push(Array.from({ length: d }, (_, i) => b + i));
      nVars += d;
      push(Array.from({ length: d }, (_, i) => pos(b + i)));
      if (d <= 16) {
        for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) push([neg(b + i), neg(b + j)]);
      } else {
        // ladder s_i <-> (x_0 or ... or x_i), i < d-1; determined by x.
        const s = nVars;
        nVars += d - 1;
        for (let i = 0; i < d - 1; i++) {
          push([neg(b + i), pos(s + i)]);
          if (i > 0) {
            push([neg(s + i - 1), pos(s + i)]);
            push([neg(s + i), pos(s + i - 1), pos(b + i)]);
          } else push([neg(s), pos(b)]);
        }
        for (let i = 1; i < d; i++) push([neg(s + i - 1), neg(b + i)]);
      }
    }
  }
  const dom = (x: number): number => model.variables[x]!.domainSize;
  const valueLit = (x: number, v: number): number => {
    const d = dom(x);
    const b = base[x]!;
    if (d === 1) return pos(b);
    if (d === 2) return v === 1 ? pos(b) : neg(b);
    return pos(b + v);
  };
  let selectors: Int32Array | null = null;
  if (opts.selectors) {
    selectors = new Int32Array(model.constraints.length);
    for (let i = 0; i < model.constraints.length; i++) selectors[i] = nVars++;
  }
  const encodeTable = (c: TableConstraint, guard: number[]): void => {
    const k = c.scope.length;
    const flat = flatTuples(c);
    const rows = new Map<string, number[]>();
    for (let r = 0; r < flat.length; r += k) {
      const row = Array.from(flat.subarray(r, r + k));
      rows.set(row.join(','), row);
    }
    let forbidden: number[][] | null = null;
    if (c.mode === 'conflicts') forbidden = [...rows.values()];
    else {
      let total = 1;
      for (const x of c.scope) total *= dom(x);
      if (total <= 4 * rows.size + 256) {
        forbidden = [];
        const row = new Array<number>(k).fill(0);
        for (let t = 0; t < total; t++) {
          let rest = t;
          for (let i = k - 1; i >= 0; i--) {
            row[i] = rest % dom(c.scope[i]!);
            rest = Math.floor(rest / dom(c.scope[i]!));
          }
          if (!rows.has(row.join(','))) forbidden.push([...row]);
        }
      }
    }
    if (forbidden !== null) {
      for (const row of forbidden) push([...row.map((v, i) => valueLit(c.scope[i]!, v) ^ 1), ...guard]);
      return;
    }
    const alo: number[] = [...guard];
    for (const row of rows.values()) {
      const t = nVars++;
      alo.push(pos(t));
      const lits = row.map((v, i) => valueLit(c.scope[i]!, v));
      for (const l of lits) push([neg(t), l]);
      push([...lits.map((l) => l ^ 1), pos(t)]);
    }
    push(alo);
  };
  model.constraints.forEach((c, ci) => {
    const guard = selectors === null ? [] : [neg(selectors[ci]!)];
    if (c.kind === 'table') {
      encodeTable(c, guard);
      return;
    }
    const byVar = new Map<number, Set<number>>();
    for (const lit of c.literals) {
      let set = byVar.get(lit.variable);
      if (set === undefined) byVar.set(lit.variable, (set = new Set()));
      for (const v of lit.values) set.add(v);
    }
    const out: number[] = [...guard];
    for (const [x, values] of byVar) {
      if (values.size >= dom(x)) return; // always true
      for (const v of values) out.push(valueLit(x, v));
    }
    push(out);
  });
  const decode = (m: Uint8Array): Int32Array =>
    Int32Array.from(model.variables, (v, x) => {
      const d = v.domainSize;
      const b = base[x]!;
      if (d === 1) return 0;
      if (d === 2) return m[b] ? 1 : 0;
      for (let i = 0; i < d; i++) if (m[b + i]) return i;
      return 0;
    });
  const decisionVars = new Uint8Array(nVars);
  for (const vs of varsOf) for (const v of vs) decisionVars[v] = 1;
  if (selectors !== null) for (const v of selectors) decisionVars[v] = 1;
  return { nVars, clauses, valueLit, decode, selectors, varsOf, decisionVars };
}
