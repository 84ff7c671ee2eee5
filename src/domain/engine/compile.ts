/**
 * Compiles a FiniteModel into a reduced, ordered multi-valued decision diagram (MDD).
 *
 * Node 0 is the false terminal, node 1 the true terminal. Every other node sits at a level
 * (a variable, via `order`) and has one child per value of that variable. Children always have
 * smaller ids than their parents, so one pass over ids in either direction is a topological pass.
 * A child may skip levels: the skipped variables are free on that edge (any value). Identical
 * nodes are shared (unique table) and nodes whose children are all equal are removed.
 *
 * Storage is typed arrays; conjunction is apply-AND with a (lossy) computed table. Budgets on node
 * count and time (injected clock) turn an explosion into a `too-big` result, never a wrong answer.
 */
import { constraintScope, flatTuples, validateModel, type Constraint, type FiniteModel } from './model.ts';

export interface CompiledMdd {
  readonly kind: 'mdd';
  readonly variableCount: number;
  /** Domain size per variable. */
  readonly domainSizes: Int32Array;
  /** Level → variable. */
  readonly order: Int32Array;
  /** Variable → level. */
  readonly levelOf: Int32Array;
  /** Number of nodes including the two terminals. */
  readonly nodeCount: number;
  /** Node → level (`variableCount` for terminals). */
  readonly level: Int32Array;
  /** Node → offset of its first child in `kids`; length nodeCount + 1. */
  readonly start: Int32Array;
  readonly kids: Int32Array;
  /** 0 (no configuration), 1 (every combination valid) or the top node `nodeCount - 1`. */
  readonly root: number;
}

export type OrderingHeuristic = 'given' | 'force' | 'bfs' | 'reverse-bfs';

export interface CompileOptions {
  /** Live-node budget (default 3,000,000). */
  readonly maxNodes?: number;
  /** Time budget in ms; needs `now`. */
  readonly timeBudgetMs?: number;
  /** Injected clock in ms (e.g. `performance.now`). Without it there is no time budget. */
  readonly now?: () => number;
  /** Called with the fraction done, 0..1. */
  readonly onProgress?: (fraction: number) => void;
  /** Variable-order heuristics to try; the smallest diagram wins. Default: all. */
  readonly heuristics?: readonly OrderingHeuristic[];
  /** A fixed variable order (level → variable); overrides `heuristics`. */
  readonly variableOrder?: readonly number[];
}

export interface CompileStats {
  readonly heuristic: OrderingHeuristic | 'fixed';
  readonly triedHeuristics: readonly string[];
  readonly nodeCount: number;
  readonly edgeCount: number;
}

export type CompileResult =
  | { readonly ok: true; readonly mdd: CompiledMdd; readonly stats: CompileStats }
  | { readonly ok: false; readonly reason: 'too-big' | 'timeout'; readonly message: string };

class BudgetExceeded extends Error {
  constructor(readonly reason: 'too-big' | 'timeout') {
    super(reason);
  }
}

export const FALSE_NODE = 0;
export const TRUE_NODE = 1;

/** Hash-consed MDD node store with apply-AND. Internal to compilation. */
class Builder {
  level: Int32Array;
  start: Int32Array;
  kids: Int32Array;
  size = 2;
  kidsUsed = 0;
  private table: Int32Array;
  private tableMask: number;
  private cache: Int32Array;
  private cacheMask: number;
  readonly stack: Int32Array;
  sp = 0;
  private ticks = 0;

  constructor(
    readonly n: number,
    readonly domOfLevel: Int32Array,
    private readonly maxNodes: number,
    private readonly deadline: number,
    private readonly now: (() => number) | undefined,
  ) {
    this.level = new Int32Array(1024);
    this.start = new Int32Array(1025);
    this.kids = new Int32Array(4096);
    this.level[0] = n;
    this.level[1] = n;
    this.table = new Int32Array(1 << 12);
    this.tableMask = (1 << 12) - 1;
    this.cacheMask = (1 << 16) - 1;
    this.cache = new Int32Array(3 << 16);
    let total = 0;
    for (let i = 0; i < n; i++) total += domOfLevel[i]!;
    this.stack = new Int32Array(total + 1);
  }

  checkTime(): void {
    if (this.now !== undefined && this.now() > this.deadline) throw new BudgetExceeded('timeout');
  }

  private hashOf(lvl: number, buf: Int32Array, off: number, d: number): number {
    let h = Math.imul(lvl + 1, 0x9e3779b1);
    for (let i = 0; i < d; i++) h = Math.imul(h ^ buf[off + i]!, 0x85ebca77) ^ (h >>> 13);
    return (h ^ (h >>> 16)) >>> 0;
  }

  /** The node at `lvl` with children `buf[off .. off+d)`, shared and reduced. */
  mk(lvl: number, buf: Int32Array, off: number): number {
    const d = this.domOfLevel[lvl]!;
    const first = buf[off]!;
    let same = true;
    for (let i = 1; i < d; i++) {
      if (buf[off + i] !== first) {
        same = false;
        break;
      }
    }
    if (same) return first;
    if ((++this.ticks & 255) === 0) this.checkTime();
    const h = this.hashOf(lvl, buf, off, d);
    let slot = h & this.tableMask;
    for (;;) {
      const e = this.table[slot]!;
      if (e === 0) break;
      const node = e - 1;
      if (this.level[node] === lvl) {
        const s = this.start[node]!;
        let eq = true;
        for (let i = 0; i < d; i++) {
          if (this.kids[s + i] !== buf[off + i]) {
            eq = false;
            break;
          }
        }
        if (eq) return node;
      }
      slot = (slot + 1) & this.tableMask;
    }
    if (this.size >= this.maxNodes) throw new BudgetExceeded('too-big');
    const node = this.size++;
    if (node >= this.level.length) {
      const grownLevel = new Int32Array(this.level.length * 2);
      grownLevel.set(this.level);
      this.level = grownLevel;
      const grownStart = new Int32Array(this.level.length + 1);
      grownStart.set(this.start);
      this.start = grownStart;
    }
    if (this.kidsUsed + d > this.kids.length) {
      const grown = new Int32Array(Math.max(this.kids.length * 2, this.kidsUsed + d));
      grown.set(this.kids);
      this.kids = grown;
    }
    this.level[node] = lvl;
    this.start[node] = this.kidsUsed;
    this.kids.set(buf.subarray(off, off + d), this.kidsUsed);
    this.kidsUsed += d;
    this.start[node + 1] = this.kidsUsed;
    this.table[slot] = node + 1;
    if (this.size * 2 > this.table.length) this.rehash(this.table.length * 2);
    return node;
  }

  private rehash(capacity: number): void {
    this.table = new Int32Array(capacity);
    this.tableMask = capacity - 1;
    for (let node = 2; node < this.size; node++) {
      const lvl = this.level[node]!;
      let slot = this.hashOf(lvl, this.kids, this.start[node]!, this.domOfLevel[lvl]!) & this.tableMask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.tableMask;
      this.table[slot] = node + 1;
    }
    const want = Math.min(1 << 22, Math.max(1 << 16, capacity));
    if (want > this.cacheMask + 1) {
      this.cache = new Int32Array(want * 3);
      this.cacheMask = want - 1;
    }
  }

  and(a0: number, b0: number): number {
    let a = a0;
    let b = b0;
    if (a === 0 || b === 0) return 0;
    if (a === 1 || a === b) return b;
    if (b === 1) return a;
    if (a > b) {
      const t = a;
      a = b;
      b = t;
    }
    const ci = ((((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 7) & this.cacheMask) >>> 0) * 3;
    if (this.cache[ci] === a && this.cache[ci + 1] === b) return this.cache[ci + 2]!;
    const la = this.level[a]!;
    const lb = this.level[b]!;
    const l = la < lb ? la : lb;
    const d = this.domOfLevel[l]!;
    const off = this.sp;
    this.sp += d;
    const sa = this.start[a]!;
    const sb = this.start[b]!;
    for (let v = 0; v < d; v++) {
      const ca = la === l ? this.kids[sa + v]! : a;
      const cb = lb === l ? this.kids[sb + v]! : b;
      this.stack[off + v] = this.and(ca, cb);
    }
    const r = this.mk(l, this.stack, off);
    this.sp = off;
    this.cache[ci] = a;
    this.cache[ci + 1] = b;
    this.cache[ci + 2] = r;
    return r;
  }

  /** Keeps only nodes reachable from `roots`; renumbers (order preserved) and returns the new roots. */
  gc(roots: number[]): number[] {
    const mark = new Uint8Array(this.size);
    mark[0] = 1;
    mark[1] = 1;
    for (const r of roots) mark[r] = 1;
    for (let u = this.size - 1; u >= 2; u--) {
      if (!mark[u]) continue;
      for (let i = this.start[u]!; i < this.start[u + 1]!; i++) mark[this.kids[i]!] = 1;
    }
    const remap = new Int32Array(this.size);
    let next = 2;
    let kidsNext = 0;
    remap[0] = 0;
    remap[1] = 1;
    for (let u = 2; u < this.size; u++) {
      if (!mark[u]) continue;
      const nu = next++;
      remap[u] = nu;
      const s = this.start[u]!;
      const e = this.start[u + 1]!;
      this.level[nu] = this.level[u]!;
      this.start[nu] = kidsNext;
      for (let i = s; i < e; i++) this.kids[kidsNext++] = remap[this.kids[i]!]!;
      this.start[nu + 1] = kidsNext;
    }
    this.size = next;
    this.kidsUsed = kidsNext;
    this.cache.fill(0);
    let cap = 1 << 12;
    while (cap < this.size * 2) cap *= 2;
    this.rehash(cap);
    return roots.map((r) => remap[r]!);
  }

  /** Table constraint as an MDD (`levels`: level of each scope position). */
  tableNode(flat: Int32Array, k: number, levels: Int32Array, supports: boolean): number {
    const rows = flat.length / k;
    const idx = new Int32Array(rows);
    for (let r = 0; r < rows; r++) idx[r] = r;
    // Column permutation: scope positions ordered by level.
    const perm = Array.from({ length: k }, (_, i) => i).sort((x, y) => levels[x]! - levels[y]!);
    const sorted = Array.from(idx).sort((x, y) => {
      for (const c of perm) {
        const d = flat[x * k + c]! - flat[y * k + c]!;
        if (d !== 0) return d;
      }
      return 0;
    });
    const build = (lo: number, hi: number, depth: number): number => {
      if (depth === k) return supports ? TRUE_NODE : FALSE_NODE;
      const col = perm[depth]!;
      const lvl = levels[col]!;
      const d = this.domOfLevel[lvl]!;
      const off = this.sp;
      this.sp += d;
      this.stack.fill(supports ? FALSE_NODE : TRUE_NODE, off, off + d);
      let i = lo;
      while (i < hi) {
        const val = flat[sorted[i]! * k + col]!;
        let j = i + 1;
        while (j < hi && flat[sorted[j]! * k + col] === val) j++;
        this.stack[off + val] = build(i, j, depth + 1);
        i = j;
      }
      const r = this.mk(lvl, this.stack, off);
      this.sp = off;
      return r;
    };
    return build(0, rows, 0);
  }

  /** Clause: at least one (level, allowed values) literal holds. */
  clause(lits: Map<number, Set<number>>): number {
    const levels = [...lits.keys()].sort((x, y) => y - x);
    let node = FALSE_NODE;
    for (const lvl of levels) {
      const allowed = lits.get(lvl)!;
      const d = this.domOfLevel[lvl]!;
      if (allowed.size >= d) return TRUE_NODE;
      const off = this.sp;
      for (let v = 0; v < d; v++) this.stack[off + v] = allowed.has(v) ? TRUE_NODE : node;
      node = this.mk(lvl, this.stack, off);
    }
    return node;
  }
}

function constraintMdd(b: Builder, c: Constraint, levelOf: Int32Array): number {
  if (c.kind === 'clause') {
    const lits = new Map<number, Set<number>>();
    for (const lit of c.literals) {
      const lvl = levelOf[lit.variable]!;
      let set = lits.get(lvl);
      if (set === undefined) lits.set(lvl, (set = new Set()));
      for (const v of lit.values) set.add(v);
    }
    return b.clause(lits);
  }
  const levels = Int32Array.from(c.scope, (x) => levelOf[x]!);
  return b.tableNode(flatTuples(c), c.scope.length, levels, c.mode === 'supports');
}

// ---------------------------------------------------------------- variable orders

/** Sum over constraints of (last level − first level): a cheap proxy for diagram size. */
export function orderSpan(model: FiniteModel, order: readonly number[]): number {
  const levelOf = new Int32Array(model.variables.length);
  order.forEach((x, l) => (levelOf[x] = l));
  let span = 0;
  for (const c of model.constraints) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of constraintScope(c)) {
      const l = levelOf[x]!;
      if (l < lo) lo = l;
      if (l > hi) hi = l;
    }
    if (hi > lo) span += hi - lo;
  }
  return span;
}

function adjacency(model: FiniteModel): number[][] {
  const n = model.variables.length;
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const c of model.constraints) {
    const s = constraintScope(c);
    if (s.length <= 32) {
      for (const x of s) for (const y of s) if (x !== y) adj[x]!.add(y);
    } else {
      for (let i = 1; i < s.length; i++) {
        adj[s[i - 1]!]!.add(s[i]!);
        adj[s[i]!]!.add(s[i - 1]!);
      }
    }
  }
  return adj.map((set) => [...set]);
}

/** Cuthill–McKee style breadth-first order over the constraint graph. */
function bfsOrder(model: FiniteModel): number[] {
  const adj = adjacency(model);
  const n = adj.length;
  const seen = new Uint8Array(n);
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((x, y) => adj[x]!.length - adj[y]!.length || x - y);
  const order: number[] = [];
  for (const startVar of byDegree) {
    if (seen[startVar]) continue;
    seen[startVar] = 1;
    const queue = [startVar];
    for (let qi = 0; qi < queue.length; qi++) {
      const x = queue[qi]!;
      order.push(x);
      const next = adj[x]!.filter((y) => !seen[y]).sort((p, q) => adj[p]!.length - adj[q]!.length || p - q);
      for (const y of next) {
        seen[y] = 1;
        queue.push(y);
      }
    }
  }
  return order;
}

/** FORCE (Aloul, Markov, Sakallah 2003): move variables toward their constraints' centres of gravity. */
function forceOrder(model: FiniteModel, initial: readonly number[]): number[] {
  const n = model.variables.length;
  const scopes = model.constraints.map(constraintScope).filter((s) => s.length > 1);
  let order = [...initial];
  let best = order;
  let bestSpan = orderSpan(model, order);
  const pos = new Float64Array(n);
  for (let iter = 0; iter < 30; iter++) {
    order.forEach((x, l) => (pos[x] = l));
    const sum = new Float64Array(n);
    const cnt = new Float64Array(n);
    for (const s of scopes) {
      let cog = 0;
      for (const x of s) cog += pos[x]!;
      cog /= s.length;
      for (const x of s) {
        sum[x]! += cog;
        cnt[x]! += 1;
      }
    }
    const target = Float64Array.from({ length: n }, (_, x) => (cnt[x]! > 0 ? sum[x]! / cnt[x]! : pos[x]!));
    order = Array.from({ length: n }, (_, i) => i).sort((x, y) => target[x]! - target[y]! || pos[x]! - pos[y]!);
    const span = orderSpan(model, order);
    if (span < bestSpan) {
      bestSpan = span;
      best = order;
    } else if (span >= bestSpan && iter > 5) break;
  }
  return best;
}

export function variableOrder(model: FiniteModel, heuristic: OrderingHeuristic): number[] {
  const identity = model.variables.map((_, i) => i);
  switch (heuristic) {
    case 'given':
      return identity;
    case 'bfs':
      return bfsOrder(model);
    case 'reverse-bfs':
      return bfsOrder(model).reverse();
    case 'force':
      return forceOrder(model, bfsOrder(model));
  }
}

// ---------------------------------------------------------------- compile

function compileWithOrder(
  model: FiniteModel,
  order: readonly number[],
  maxNodes: number,
  deadline: number,
  now: (() => number) | undefined,
  progress: (f: number) => void,
): CompiledMdd {
  const n = model.variables.length;
  const levelOf = new Int32Array(n);
  const domOfLevel = new Int32Array(n);
  order.forEach((x, l) => {
    levelOf[x] = l;
    domOfLevel[l] = model.variables[x]!.domainSize;
  });
  const b = new Builder(n, domOfLevel, maxNodes, deadline, now);
  // Conjunction order: constraints sorted by their first then last level, then a balanced tree
  // of pairwise ANDs (neighbours share variables, so partial results stay local).
  const keyed = model.constraints.map((c) => {
    const ls = constraintScope(c).map((x) => levelOf[x]!);
    return { c, lo: Math.min(...ls, n), hi: Math.max(...ls, -1) };
  });
  keyed.sort((p, q) => p.lo - q.lo || p.hi - q.hi);
  let roots: number[] = [];
  let falseSeen = false;
  for (const { c } of keyed) {
    const r = constraintMdd(b, c, levelOf);
    if (r === FALSE_NODE) falseSeen = true;
    if (r !== TRUE_NODE) roots.push(r);
  }
  if (falseSeen) roots = [FALSE_NODE];
  const totalSteps = Math.max(1, roots.length - 1);
  let steps = 0;
  let liveAfterGc = b.size;
  while (roots.length > 1) {
    const next: number[] = [];
    for (let i = 0; i < roots.length; i += 2) {
      if (i + 1 < roots.length) {
        b.checkTime();
        const r = b.and(roots[i]!, roots[i + 1]!);
        steps++;
        if (r === FALSE_NODE) {
          next.length = 0;
          next.push(FALSE_NODE);
          break;
        }
        next.push(r);
        if (b.size > 2 * liveAfterGc && b.size > 200_000) {
          const all = b.gc([...next, ...roots.slice(i + 2)]);
          const nextLen = next.length;
          next.splice(0, nextLen, ...all.slice(0, nextLen));
          roots = [...roots.slice(0, i + 2), ...all.slice(nextLen)];
          liveAfterGc = b.size;
        }
        if ((steps & 15) === 0) progress(steps / totalSteps);
      } else next.push(roots[i]!);
    }
    roots = next;
  }
  const root0 = roots.length === 0 ? TRUE_NODE : roots[0]!;
  const [root] = b.gc([root0]);
  const size = b.size;
  return {
    kind: 'mdd',
    variableCount: n,
    domainSizes: Int32Array.from(model.variables, (v) => v.domainSize),
    order: Int32Array.from(order),
    levelOf,
    nodeCount: size,
    level: b.level.slice(0, size),
    start: b.start.slice(0, size + 1),
    kids: b.kids.slice(0, b.kidsUsed),
    root: root!,
  };
}

/** Compiles the model; tries several variable orders and keeps the smallest diagram. */
export function compile(model: FiniteModel, options: CompileOptions = {}): CompileResult {
  validateModel(model);
  const maxNodes = options.maxNodes ?? 3_000_000;
  const now = options.now;
  const t0 = now?.() ?? 0;
  const deadline = now !== undefined && options.timeBudgetMs !== undefined ? t0 + options.timeBudgetMs : Infinity;
  const report = options.onProgress ?? (() => {});
  let candidates: { name: OrderingHeuristic | 'fixed'; order: number[] }[];
  if (options.variableOrder !== undefined) {
    const order = [...options.variableOrder];
    const seen = new Set(order);
    if (order.length !== model.variables.length || seen.size !== order.length || order.some((x) => !Number.isInteger(x) || x < 0 || x >= order.length)) {
      throw new Error('compile: variableOrder must be a permutation of the variable indices');
    }
    candidates = [{ name: 'fixed', order }];
  } else {
    const heuristics = options.heuristics ?? (['force', 'bfs', 'given'] as const);
    const unique = new Map<string, { name: OrderingHeuristic; order: number[]; span: number }>();
    for (const h of heuristics) {
      const order = variableOrder(model, h);
      const key = order.join(',');
      if (!unique.has(key)) unique.set(key, { name: h, order, span: orderSpan(model, order) });
    }
    candidates = [...unique.values()].sort((p, q) => p.span - q.span);
  }
  let best: CompiledMdd | undefined;
  let bestName: OrderingHeuristic | 'fixed' = 'fixed';
  let failure: BudgetExceeded | undefined;
  const tried: string[] = [];
  let firstMs = 0;
  for (let i = 0; i < candidates.length; i++) {
    const cand = candidates[i]!;
    const startMs = now?.() ?? 0;
    // Later trials get at most twice the first one's time and must beat the best size.
    const trialDeadline = i === 0 || now === undefined ? deadline : Math.min(deadline, startMs + 2 * firstMs + 50);
    const trialMax = best === undefined ? maxNodes : Math.min(maxNodes, Math.max(4 * best.nodeCount, 50_000));
    try {
      const mdd = compileWithOrder(model, cand.order, trialMax, trialDeadline, now, (f) => report((i + f) / candidates.length));
      tried.push(`${cand.name}:${mdd.nodeCount}`);
      if (best === undefined || mdd.nodeCount < best.nodeCount) {
        best = mdd;
        bestName = cand.name;
      }
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
      tried.push(`${cand.name}:${e.reason}`);
      if (best === undefined) failure = e;
      // The order with the smallest span failed: the others rarely do better, and the caller is
      // waiting for the search fallback.
      if (best === undefined) break;
    }
    if (i === 0) firstMs = (now?.() ?? 0) - startMs;
    report((i + 1) / candidates.length);
  }
  if (best === undefined) {
    const reason = failure?.reason ?? 'too-big';
    return {
      ok: false,
      reason,
      message:
        reason === 'timeout'
          ? `compilation did not finish within ${options.timeBudgetMs} ms`
          : `decision diagram exceeds the budget of ${maxNodes} nodes`,
    };
  }
  return { ok: true, mdd: best, stats: { heuristic: bestName, triedHeuristics: tried, nodeCount: best.nodeCount, edgeCount: best.kids.length } };
}
