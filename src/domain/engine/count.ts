/**
 * Exact model counting (#SAT) by DPLL with unit propagation, component decomposition and
 * component caching (as in Cachet / sharpSAT, without clause learning). BigInt results.
 * Literals use the encoding of sat.ts (`2v`, `2v+1`).
 */

export interface CountBudget {
  /** Maximum number of branching decisions (default 50 million). */
  readonly maxDecisions?: number;
  /** Injected clock (ms) and an absolute deadline on it. */
  readonly now?: () => number;
  readonly deadline?: number;
  /** Maximum cache entries (default 2 million); when full the cache is cleared. */
  readonly maxCacheEntries?: number;
}

export type CountResult = { readonly ok: true; readonly count: bigint } | { readonly ok: false; readonly reason: 'budget'; readonly message: string };

class GaveUp extends Error {}

export function countModels(nVars: number, clauseList: readonly (readonly number[])[], assumptions: readonly number[] = [], budget: CountBudget = {}): CountResult {
  const maxDecisions = budget.maxDecisions ?? 50_000_000;
  const maxCache = budget.maxCacheEntries ?? 2_000_000;
  // Deduplicate literals; drop tautologies.
  const clauses: Int32Array[] = [];
  for (const c of clauseList) {
    const s = [...new Set(c)].sort((a, b) => a - b);
    let taut = false;
    for (let i = 1; i < s.length; i++) if (s[i] === (s[i - 1]! ^ 1)) taut = true;
    if (!taut) clauses.push(Int32Array.from(s));
  }
  for (const c of clauses) if (c.length === 0) return { ok: true, count: 0n };
  const nC = clauses.length;
  // occurrence lists (clause id, literal) per variable, flattened
  const occCount = new Int32Array(nVars + 1);
  for (const c of clauses) for (const l of c) occCount[(l >> 1) + 1]!++;
  for (let v = 0; v < nVars; v++) occCount[v + 1]! += occCount[v]!;
  const occStart = occCount;
  const occClause = new Int32Array(occStart[nVars]!);
  const occLit = new Int32Array(occStart[nVars]!);
  const fill = occStart.slice(0, nVars);
  clauses.forEach((c, ci) => {
    for (const l of c) {
      const v = l >> 1;
      const at = fill[v]!++;
      occClause[at] = ci;
      occLit[at] = l;
    }
  });
  const vals = new Int8Array(nVars); // 1 true, -1 false, 0 free
  const nTrue = new Int32Array(nC);
  const nFalse = new Int32Array(nC);
  const trail = new Int32Array(nVars);
  let trailSize = 0;
  const unitQueue: number[] = [];
  let conflict = false;

  const assign = (lit: number): void => {
    const v = lit >> 1;
    vals[v] = lit & 1 ? -1 : 1;
    trail[trailSize++] = lit;
    for (let i = occStart[v]!; i < occStart[v + 1]!; i++) {
      const ci = occClause[i]!;
      if (occLit[i] === lit) nTrue[ci]!++;
      else {
        const f = ++nFalse[ci]!;
        if (nTrue[ci] === 0) {
          const len = clauses[ci]!.length;
          if (f === len) conflict = true;
          else if (f === len - 1) unitQueue.push(ci);
        }
      }
    }
  };
  const propagate = (): boolean => {
    while (unitQueue.length > 0 && !conflict) {
      const ci = unitQueue.pop()!;
      if (nTrue[ci]! > 0) continue;
      const c = clauses[ci]!;
      for (let k = 0; k < c.length; k++) {
        if (vals[c[k]! >> 1] === 0) {
          assign(c[k]!);
          break;
        }
      }
    }
    unitQueue.length = 0;
    const ok = !conflict;
    conflict = false;
    return ok;
  };
  const undo = (mark: number): void => {
    while (trailSize > mark) {
      const lit = trail[--trailSize]!;
      const v = lit >> 1;
      vals[v] = 0;
      for (let i = occStart[v]!; i < occStart[v + 1]!; i++) {
        const ci = occClause[i]!;
        if (occLit[i] === lit) nTrue[ci]!--;
        else nFalse[ci]!--;
      }
    }
  };

  // Top level: units and assumptions.
  for (const lit of assumptions) {
    const v = lit >> 1;
    if (vals[v] !== 0) {
      if ((vals[v] === 1) !== ((lit & 1) === 0)) return { ok: true, count: 0n };
      continue;
    }
    assign(lit);
    if (!propagate()) return { ok: true, count: 0n };
  }
  clauses.forEach((c, ci) => {
    if (c.length === 1 && nTrue[ci] === 0) unitQueue.push(ci);
  });
  if (!propagate()) return { ok: true, count: 0n };

  const cache = new Map<string, bigint>();
  const visitVar = new Int32Array(nVars);
  const visitClause = new Int32Array(nC);
  let stamp = 0;
  let decisions = 0;
  const score = new Int32Array(nVars);

  /** Splits the free variables among `vars` into components; returns [components, freeCount]. */
  const components = (vars: Int32Array | readonly number[]): { comps: { vars: number[]; clauses: number[] }[]; free: number } => {
    stamp++;
    const comps: { vars: number[]; clauses: number[] }[] = [];
    let free = 0;
    for (const v0 of vars) {
      if (vals[v0] !== 0 || visitVar[v0] === stamp) continue;
      visitVar[v0] = stamp;
      const cv = [v0];
      const cc: number[] = [];
      for (let qi = 0; qi < cv.length; qi++) {
        const v = cv[qi]!;
        let deg = 0;
        for (let i = occStart[v]!; i < occStart[v + 1]!; i++) {
          const ci = occClause[i]!;
          if (nTrue[ci]! > 0) continue;
          deg++;
          if (visitClause[ci] === stamp) continue;
          visitClause[ci] = stamp;
          cc.push(ci);
          const c = clauses[ci]!;
          for (let k = 0; k < c.length; k++) {
            const w = c[k]! >> 1;
            if (vals[w] === 0 && visitVar[w] !== stamp) {
              visitVar[w] = stamp;
              cv.push(w);
            }
          }
        }
        score[v] = deg;
      }
      if (cc.length === 0) free++;
      else comps.push({ vars: cv, clauses: cc });
    }
    return { comps, free };
  };

  // Cache key: the free variables and the open clauses of the component. Binary clauses are left
  // out: one whose two variables are both free is necessarily open, so the variables determine it.
  const keyOf = (vars: number[], cls: number[]): string => {
    const vs = Int32Array.from(vars).sort();
    let nLong = 0;
    for (const c of cls) if (clauses[c]!.length > 2) nLong++;
    const cs = new Int32Array(nLong);
    nLong = 0;
    for (const c of cls) if (clauses[c]!.length > 2) cs[nLong++] = c;
    cs.sort();
    const codes = new Uint16Array(2 * (vs.length + cs.length) + 1);
    let i = 0;
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j]!;
      codes[i++] = v & 0xffff;
      codes[i++] = v >>> 16;
    }
    codes[i++] = 0xffff;
    for (let j = 0; j < cs.length; j++) {
      const c = cs[j]!;
      codes[i++] = c & 0xffff;
      codes[i++] = c >>> 16;
    }
    let s = '';
    for (let j = 0; j < codes.length; j += 8192) s += String.fromCharCode.apply(null, codes.subarray(j, j + 8192) as unknown as number[]);
    return s;
  };

  const pow2 = (k: number): bigint => (k === 0 ? 1n : 1n << BigInt(k));

  const countComponent = (vars: number[], cls: number[]): bigint => {
    let best = vars[0]!;
    let bestScore = -1;
    for (const v of vars) {
      if (score[v]! > bestScore) {
        bestScore = score[v]!;
        best = v;
      }
    }
    const key = keyOf(vars, cls);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (++decisions > maxDecisions) throw new GaveUp();
    if ((decisions & 1023) === 0 && budget.now !== undefined && budget.deadline !== undefined && budget.now() > budget.deadline) throw new GaveUp();
    let total = 0n;
    for (const lit of [pos1(best), pos1(best) | 1]) {
      const mark = trailSize;
      assign(lit);
      if (propagate()) {
        const { comps, free } = components(vars);
        let prod = pow2(free);
        for (const comp of comps) {
          const c = countComponent(comp.vars, comp.clauses);
          if (c === 0n) {
            prod = 0n;
            break;
          }
          prod *= c;
        }
        total += prod;
      }
      undo(mark);
    }
    if (cache.size >= maxCache) cache.clear();
    cache.set(key, total);
    return total;
  };

  try {
    const all = Array.from({ length: nVars }, (_, v) => v);
    const { comps, free } = components(all);
    let result = pow2(free);
    for (const comp of comps) {
      const c = countComponent(comp.vars, comp.clauses);
      result *= c;
      if (c === 0n) break;
    }
    return { ok: true, count: result };
  } catch (e) {
    if (e instanceof GaveUp) return { ok: false, reason: 'budget', message: `model counting gave up after ${decisions} decisions` };
    throw e;
  }
}

function pos1(v: number): number {
  return v << 1;
}
