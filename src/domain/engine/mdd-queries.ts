/**
 * Queries on a compiled MDD, each a constant number of linear passes over the nodes.
 * See compile.ts for the node layout (children have smaller ids; edges may skip free levels).
 */
import type { CompiledMdd } from './compile.ts';
import { UNASSIGNED, type Assignment, type Domains } from './model.ts';

/** A choice to make: variable := value. */
export interface Change {
  readonly variable: number;
  readonly value: number;
}

/** Marks nodes that reach the true terminal through edges consistent with `a`. */
function upMarks(m: CompiledMdd, a: Assignment): Uint8Array {
  const up = new Uint8Array(m.nodeCount);
  up[1] = 1;
  const { level, start, kids, order } = m;
  for (let u = 2; u < m.nodeCount; u++) {
    const av = a[order[level[u]!]!]!;
    const s = start[u]!;
    if (av !== UNASSIGNED) {
      up[u] = up[kids[s + av]!]!;
      continue;
    }
    const e = start[u + 1]!;
    for (let i = s; i < e; i++) {
      if (up[kids[i]!]) {
        up[u] = 1;
        break;
      }
    }
  }
  return up;
}

/** Whether the partial assignment extends to a complete valid configuration. */
export function mddConsistent(m: CompiledMdd, a: Assignment): boolean {
  if (m.root <= 1) return m.root === 1;
  return upMarks(m, a)[m.root] === 1;
}

/**
 * Valid domains: for each variable, the values it can take so that the *other* assigned
 * variables keep their values and the configuration can still be completed.
 */
export function mddValidDomains(m: CompiledMdd, a: Assignment): Domains {
  const n = m.variableCount;
  const doms: Domains = Array.from(m.domainSizes, (d) => new Array<boolean>(d).fill(false));
  if (m.root === 0) return doms;
  const cover = new Int32Array(n + 1);
  if (m.root === 1) {
    for (const d of doms) d.fill(true);
    return doms;
  }
  const { level, start, kids, order } = m;
  const up = upMarks(m, a);
  const down = new Uint8Array(m.nodeCount);
  down[m.root] = 1;
  if (up[m.root]) {
    cover[0]! += 1;
    cover[level[m.root]!]! -= 1;
  }
  for (let u = m.nodeCount - 1; u >= 2; u--) {
    if (!down[u]) continue;
    const lu = level[u]!;
    const x = order[lu]!;
    const av = a[x]!;
    const s = start[u]!;
    const d = start[u + 1]! - s;
    const dom = doms[x]!;
    for (let v = 0; v < d; v++) {
      const w = kids[s + v]!;
      if (w === 0) continue;
      const consistent = av === UNASSIGNED || av === v;
      if (consistent) down[w] = 1;
      if (up[w]) {
        dom[v] = true;
        if (consistent) {
          const lw = level[w]!;
          if (lw > lu + 1) {
            cover[lu + 1]! += 1;
            cover[lw]! -= 1;
          }
        }
      }
    }
  }
  let run = 0;
  for (let l = 0; l < n; l++) {
    run += cover[l]!;
    if (run > 0) doms[order[l]!]!.fill(true);
  }
  return doms;
}

/** Number of complete valid configurations consistent with `a` (all variables, exact). */
export function mddCount(m: CompiledMdd, a?: Assignment): bigint {
  const n = m.variableCount;
  const { level, start, kids, order, domainSizes } = m;
  // suffix[l] = product of free choices at levels l..n-1 (1 for assigned variables).
  const suffix: bigint[] = new Array<bigint>(n + 1);
  suffix[n] = 1n;
  for (let l = n - 1; l >= 0; l--) {
    const x = order[l]!;
    const free = a === undefined || a[x] === UNASSIGNED;
    suffix[l] = suffix[l + 1]! * (free ? BigInt(domainSizes[x]!) : 1n);
  }
  if (m.root === 0) return 0n;
  if (m.root === 1) return suffix[0]!;
  // cnt[u] = completions of levels level(u)..n-1 below u.
  const cnt: bigint[] = new Array<bigint>(m.nodeCount);
  cnt[0] = 0n;
  cnt[1] = 1n;
  for (let u = 2; u < m.nodeCount; u++) {
    const lu = level[u]!;
    const av = a === undefined ? UNASSIGNED : a[order[lu]!]!;
    const s = start[u]!;
    const e = start[u + 1]!;
    let total = 0n;
    for (let i = s; i < e; i++) {
      if (av !== UNASSIGNED && i - s !== av) continue;
      const w = kids[i]!;
      if (w === 0) continue;
      const lw = level[w]!;
      const c = cnt[w]!;
      total += lw === lu + 1 ? c : (c * suffix[lu + 1]!) / suffix[lw]!;
    }
    cnt[u] = total;
  }
  const lr = level[m.root]!;
  return (cnt[m.root]! * suffix[0]!) / suffix[lr]!;
}

/**
 * Fewest changes to the assigned variables (other than `variable`) that make variable=value
 * extend to a complete configuration. `[]` if it already does; `null` if no configuration uses it.
 */
export function mddSmallestFix(m: CompiledMdd, a: Assignment, variable: number, value: number): Change[] | null {
  if (m.root === 0) return null;
  if (m.root === 1) return [];
  const { level, start, kids, order } = m;
  const INF = 0x3fffffff;
  const cost = new Int32Array(m.nodeCount).fill(INF);
  const choice = new Int32Array(m.nodeCount).fill(-1);
  cost[1] = 0;
  for (let u = 2; u < m.nodeCount; u++) {
    const x = order[level[u]!]!;
    const av = a[x]!;
    const s = start[u]!;
    const d = start[u + 1]! - s;
    let best = INF;
    let bestV = -1;
    for (let v = 0; v < d; v++) {
      if (x === variable && v !== value) continue;
      const w = kids[s + v]!;
      if (w === 0) continue;
      const c = cost[w]! + (x !== variable && av !== UNASSIGNED && av !== v ? 1 : 0);
      if (c < best) {
        best = c;
        bestV = v;
      }
    }
    cost[u] = best;
    choice[u] = bestV;
  }
  if (cost[m.root]! >= INF) return null;
  const changes: Change[] = [];
  let u = m.root;
  while (u > 1) {
    const x = order[level[u]!]!;
    const v = choice[u]!;
    if (x !== variable && a[x] !== UNASSIGNED && a[x] !== v) changes.push({ variable: x, value: v });
    u = kids[start[u]! + v]!;
  }
  return changes;
}

/**
 * Per-value counts: for each variable and value, the number of complete configurations with that
 * value, keeping the *other* assigned variables (its own assignment ignored). Two BigInt passes.
 */
export function mddCountPerValue(m: CompiledMdd, a: Assignment): bigint[][] {
  const n = m.variableCount;
  const { level, start, kids, order, domainSizes } = m;
  const out: bigint[][] = Array.from(domainSizes, (d) => new Array<bigint>(d).fill(0n));
  if (m.root === 0) return out;
  const eff = (l: number): bigint => {
    const x = order[l]!;
    return a[x] === UNASSIGNED ? BigInt(domainSizes[x]!) : 1n;
  };
  // prefix[l] = product of eff over levels < l; suffix[l] = product over levels >= l.
  const prefix: bigint[] = new Array<bigint>(n + 1);
  const suffix: bigint[] = new Array<bigint>(n + 1);
  prefix[0] = 1n;
  for (let l = 0; l < n; l++) prefix[l + 1] = prefix[l]! * eff(l);
  suffix[n] = 1n;
  for (let l = n - 1; l >= 0; l--) suffix[l] = suffix[l + 1]! * eff(l);
  const between = (lo: number, hi: number): bigint => (hi === lo ? 1n : suffix[lo]! / suffix[hi]!);
  const up: bigint[] = new Array<bigint>(m.nodeCount).fill(0n);
  up[1] = 1n;
  for (let u = 2; u < m.nodeCount; u++) {
    const lu = level[u]!;
    const av = a[order[lu]!]!;
    let total = 0n;
    for (let i = start[u]!; i < start[u + 1]!; i++) {
      if (av !== UNASSIGNED && i - start[u]! !== av) continue;
      const w = kids[i]!;
      if (w !== 0) total += up[w]! * between(lu + 1, level[w]!);
    }
    up[u] = total;
  }
  const down: bigint[] = new Array<bigint>(m.nodeCount).fill(0n);
  const lr = level[m.root]!;
  if (m.root > 1) down[m.root] = between(0, lr);
  // Skipped-level contributions: weight per level range, spread to each value of the skipped variables.
  const skipW: bigint[] = new Array<bigint>(n + 1).fill(0n);
  const addSkip = (lo: number, hi: number, weightTimesAll: bigint): void => {
    // each configuration counted in weightTimesAll passes free levels lo..hi-1.
    for (let l = lo; l < hi; l++) skipW[l] = skipW[l]! + weightTimesAll / eff(l);
  };
  if (m.root === 1) {
    addSkip(0, n, suffix[0]!);
  } else if (lr > 0) addSkip(0, lr, up[m.root]! * suffix[0]! / suffix[lr]!);
  for (let u = m.nodeCount - 1; u >= 2; u--) {
    const dn = down[u]!;
    if (dn === 0n) continue;
    const lu = level[u]!;
    const x = order[lu]!;
    const av = a[x]!;
    const s = start[u]!;
    for (let v = 0; v < start[u + 1]! - s; v++) {
      const w = kids[s + v]!;
      if (w === 0) continue;
      const lw = level[w]!;
      const mult = between(lu + 1, lw);
      // this value of x, ignoring x's own assignment:
      out[x]![v] = out[x]![v]! + dn * up[w]! * mult;
      if (av === UNASSIGNED || av === v) {
        down[w] = down[w]! + dn * mult;
        if (lw > lu + 1) addSkip(lu + 1, lw, dn * up[w]! * mult);
      }
    }
  }
  for (let l = 0; l < n; l++) {
    const w = skipW[l]!;
    if (w === 0n) continue;
    const x = order[l]!;
    for (let v = 0; v < domainSizes[x]!; v++) out[x]![v] = out[x]![v]! + w;
  }
  return out;
}
