/**
 * A small exact CSP solver for subsets of a model's constraints (used by explanations): only the
 * variables in the subset's scopes matter, so it stays small. Tables use simple tabular reduction
 * (STR: alive-row lists restored by size on backtracking), clauses use unit propagation.
 */
import { flatTuples, UNASSIGNED, type Assignment, type Constraint, type FiniteModel } from './model.ts';

export class CspBudgetExceeded extends Error {}

interface Table {
  readonly scope: Int32Array; // local variable indices
  readonly flat: Int32Array;
  readonly supports: boolean;
  readonly alive: Int32Array;
  size: number;
}

interface Clause {
  readonly vars: Int32Array;
  readonly allowed: Uint8Array[]; // per literal, per value of its variable
}

/** Whether the constraints (by index) have a solution that agrees with `a` on their variables. */
export function subsetConsistent(model: FiniteModel, constraintIdx: readonly number[], a: Assignment, maxNodes = 200_000): boolean {
  const local = new Map<number, number>();
  const vars: number[] = [];
  const cons: Constraint[] = constraintIdx.map((i) => model.constraints[i]!);
  const loc = (x: number): number => {
    let l = local.get(x);
    if (l === undefined) {
      l = vars.length;
      local.set(x, l);
      vars.push(x);
    }
    return l;
  };
  const tables: Table[] = [];
  const clauses: Clause[] = [];
  for (const c of cons) {
    if (c.kind === 'table') {
      const flat = flatTuples(c);
      const rows = c.scope.length === 0 ? 0 : flat.length / c.scope.length;
      tables.push({ scope: Int32Array.from(c.scope, loc), flat, supports: c.mode === 'supports', alive: Int32Array.from({ length: rows }, (_, i) => i), size: rows });
    } else {
      const byVar = new Map<number, Uint8Array>();
      for (const lit of c.literals) {
        const l = loc(lit.variable);
        let m = byVar.get(l);
        if (m === undefined) byVar.set(l, (m = new Uint8Array(model.variables[lit.variable]!.domainSize)));
        for (const v of lit.values) m[v] = 1;
      }
      clauses.push({ vars: Int32Array.from(byVar.keys()), allowed: [...byVar.values()] });
    }
  }
  const n = vars.length;
  const dom: Uint8Array[] = vars.map((x) => {
    const d = new Uint8Array(model.variables[x]!.domainSize);
    if (a[x] !== UNASSIGNED) d[a[x]!] = 1;
    else d.fill(1);
    return d;
  });
  const size = Int32Array.from(dom, (d) => d.reduce((s, b) => s + b, 0));
  let nodes = 0;

  const remove = (x: number, v: number): boolean => {
    if (!dom[x]![v]) return false;
    dom[x]![v] = 0;
    size[x]!--;
    return true;
  };

  /** Returns false on a wipe-out. */
  const propagate = (): boolean => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const t of tables) {
        const k = t.scope.length;
        let i = 0;
        while (i < t.size) {
          const r = t.alive[i]!;
          let okRow = true;
          for (let j = 0; j < k; j++) {
            if (!dom[t.scope[j]!]![t.flat[r * k + j]!]) {
              okRow = false;
              break;
            }
          }
          if (okRow) i++;
          else {
            t.size--;
            t.alive[i] = t.alive[t.size]!;
            t.alive[t.size] = r;
          }
        }
        if (t.supports) {
          if (t.size === 0) return false;
          for (let j = 0; j < k; j++) {
            const x = t.scope[j]!;
            const seen = new Uint8Array(dom[x]!.length);
            for (let i2 = 0; i2 < t.size; i2++) seen[t.flat[t.alive[i2]! * k + j]!] = 1;
            for (let v = 0; v < seen.length; v++) if (dom[x]![v] && !seen[v]) changed = remove(x, v) || changed;
            if (size[x] === 0) return false;
          }
        } else {
          for (let i2 = 0; i2 < t.size; i2++) {
            const r = t.alive[i2]!;
            let open = -1;
            let openCount = 0;
            for (let j = 0; j < k; j++) {
              if (size[t.scope[j]!]! > 1) {
                open = j;
                openCount++;
              }
            }
            if (openCount === 0) return false;
            if (openCount === 1) {
              const x = t.scope[open]!;
              changed = remove(x, t.flat[r * k + open]!) || changed;
              if (size[x] === 0) return false;
            }
          }
        }
      }
      for (const c of clauses) {
        let candidates = 0;
        let last = -1;
        let satisfied = false;
        for (let j = 0; j < c.vars.length && !satisfied; j++) {
          const d = dom[c.vars[j]!]!;
          const al = c.allowed[j]!;
          let any = false;
          let all = true;
          for (let v = 0; v < d.length; v++) {
            if (!d[v]) continue;
            if (al[v]) any = true;
            else all = false;
          }
          if (any && all) satisfied = true;
          else if (any) {
            candidates++;
            last = j;
          }
        }
        if (satisfied) continue;
        if (candidates === 0) return false;
        if (candidates === 1) {
          const x = c.vars[last]!;
          const al = c.allowed[last]!;
          for (let v = 0; v < al.length; v++) if (!al[v]) changed = remove(x, v) || changed;
          if (size[x] === 0) return false;
        }
      }
    }
    return true;
  };

  const search = (): boolean => {
    if (++nodes > maxNodes) throw new CspBudgetExceeded();
    if (!propagate()) return false;
    let best = -1;
    for (let x = 0; x < n; x++) if (size[x]! > 1 && (best < 0 || size[x]! < size[best]!)) best = x;
    if (best < 0) return true; // all fixed and propagation found no violation
    const savedDom = dom.map((d) => d.slice());
    const savedSize = size.slice();
    const savedAlive = tables.map((t) => t.size);
    const values: number[] = [];
    for (let v = 0; v < dom[best]!.length; v++) if (dom[best]![v]) values.push(v);
    for (const v of values) {
      dom[best]!.fill(0);
      dom[best]![v] = 1;
      size[best] = 1;
      if (search()) return true;
      savedDom.forEach((d, i) => dom[i]!.set(d));
      size.set(savedSize);
      tables.forEach((t, i) => (t.size = savedAlive[i]!));
    }
    return false;
  };
  return search();
}
