/**
 * A small CDCL SAT solver (MiniSat style): two watched literals, 1UIP learning, VSIDS with a
 * binary heap, phase saving, Luby restarts, learnt-clause reduction, solving under assumptions
 * with an assumption core on UNSAT. Literals are `2*var` (positive) and `2*var+1` (negative).
 */

export type SatOutcome = 'sat' | 'unsat' | 'unknown';

export const pos = (v: number): number => v << 1;
export const neg = (v: number): number => (v << 1) | 1;

function luby(y: number, i0: number): number {
  let size = 1;
  let seq = 0;
  let i = i0;
  while (size < i + 1) {
    seq++;
    size = 2 * size + 1;
  }
  while (size - 1 !== i) {
    size = (size - 1) >> 1;
    seq--;
    i = i % size;
  }
  return Math.pow(y, seq);
}

export class SatSolver {
  readonly nVars: number;
  private clauses: (Int32Array | null)[] = [];
  private learnt: boolean[] = [];
  private clauseAct: number[] = [];
  private watches: number[][];
  private assigns: Int8Array;
  private levelOf: Int32Array;
  private reason: Int32Array;
  private trail: Int32Array;
  private trailSize = 0;
  private qhead = 0;
  private trailLim: number[] = [];
  private activity: Float64Array;
  private varInc = 1;
  private claInc = 1;
  private heap: Int32Array;
  private heapPos: Int32Array;
  private heapSize = 0;
  private seen: Uint8Array;
  /** Preferred phase per variable (1 = true). Callers may steer it. */
  readonly phase: Uint8Array;
  private ok = true;
  private numLearnts = 0;
  private maxLearnts = 20000;
  /** Model of the last SAT answer: 1 true, 0 false per variable. */
  readonly model: Uint8Array;
  /** On UNSAT under assumptions: the assumptions involved (a subset). */
  core: number[] = [];
  conflicts = 0;

  private readonly decisionVar: Uint8Array | undefined;

  /**
   * `decisionVars`: if given, branching only picks these (others are expected to be fixed by
   * propagation, e.g. determined auxiliary variables); any left free at the end are decided too.
   */
  constructor(nVars: number, decisionVars?: Uint8Array) {
    this.decisionVar = decisionVars;
    this.nVars = nVars;
    this.watches = Array.from({ length: 2 * nVars }, () => []);
    this.assigns = new Int8Array(nVars);
    this.levelOf = new Int32Array(nVars);
    this.reason = new Int32Array(nVars).fill(-1);
    this.trail = new Int32Array(nVars);
    this.activity = new Float64Array(nVars);
    this.heap = new Int32Array(nVars);
    this.heapPos = new Int32Array(nVars).fill(-1);
    this.seen = new Uint8Array(nVars);
    this.phase = new Uint8Array(nVars);
    this.model = new Uint8Array(nVars);
    for (let v = 0; v < nVars; v++) this.heapInsert(v);
  }

  get okay(): boolean {
    return this.ok;
  }

  value(lit: number): number {
    const a = this.assigns[lit >> 1]!;
    return lit & 1 ? -a : a;
  }

  // ------------------------------------------------------------ heap (max activity)
  private heapUp(i0: number): void {
    const { heap, heapPos, activity } = this;
    let i = i0;
    const v = heap[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pv = heap[p]!;
      if (activity[pv]! >= activity[v]!) break;
      heap[i] = pv;
      heapPos[pv] = i;
      i = p;
    }
    heap[i] = v;
    heapPos[v] = i;
  }

  private heapDown(i0: number): void {
    const { heap, heapPos, activity } = this;
    let i = i0;
    const v = heap[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.heapSize) break;
      const r = l + 1;
      const c = r < this.heapSize && activity[heap[r]!]! > activity[heap[l]!]! ? r : l;
      if (activity[heap[c]!]! <= activity[v]!) break;
      heap[i] = heap[c]!;
      heapPos[heap[i]!] = i;
      i = c;
    }
    heap[i] = v;
    heapPos[v] = i;
  }

  private heapInsert(v: number): void {
    if (this.heapPos[v]! >= 0 || (this.decisionVar !== undefined && !this.decisionVar[v])) return;
    this.heap[this.heapSize] = v;
    this.heapPos[v] = this.heapSize;
    this.heapSize++;
    this.heapUp(this.heapSize - 1);
  }

  private heapPop(): number {
    const v = this.heap[0]!;
    this.heapSize--;
    this.heapPos[v] = -1;
    if (this.heapSize > 0) {
      this.heap[0] = this.heap[this.heapSize]!;
      this.heapPos[this.heap[0]!] = 0;
      this.heapDown(0);
    }
    return v;
  }

  private bumpVar(v: number): void {
    if ((this.activity[v]! += this.varInc) > 1e100) {
      for (let i = 0; i < this.nVars; i++) this.activity[i]! *= 1e-100;
      this.varInc *= 1e-100;
    }
    const p = this.heapPos[v]!;
    if (p >= 0) this.heapUp(p);
  }

  // ------------------------------------------------------------ trail
  private get decisionLevel(): number {
    return this.trailLim.length;
  }

  private enqueue(lit: number, from: number): void {
    const v = lit >> 1;
    this.assigns[v] = lit & 1 ? -1 : 1;
    this.levelOf[v] = this.decisionLevel;
    this.reason[v] = from;
    this.trail[this.trailSize++] = lit;
  }

  private cancelUntil(lvl: number): void {
    if (this.decisionLevel <= lvl) return;
    const lim = this.trailLim[lvl]!;
    for (let i = this.trailSize - 1; i >= lim; i--) {
      const lit = this.trail[i]!;
      const v = lit >> 1;
      this.assigns[v] = 0;
      this.reason[v] = -1;
      this.phase[v] = lit & 1 ? 0 : 1;
      this.heapInsert(v);
    }
    this.trailSize = lim;
    this.qhead = lim;
    this.trailLim.length = lvl;
  }

  /** Adds a clause (at decision level 0). Returns false if the formula became unsatisfiable. */
  addClause(lits0: readonly number[]): boolean {
    if (!this.ok) return false;
    this.cancelUntil(0);
    const lits: number[] = [];
    const sorted = [...lits0].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; i++) {
      const l = sorted[i]!;
      if (l >> 1 >= this.nVars || l < 0) throw new Error(`SAT: literal ${l} out of range`);
      if (i > 0 && sorted[i - 1] === l) continue;
      if (i > 0 && sorted[i - 1] === (l ^ 1)) return true; // tautology
      const val = this.value(l);
      if (val === 1) return true;
      if (val === -1) continue;
      lits.push(l);
    }
    if (lits.length === 0) return (this.ok = false);
    if (lits.length === 1) {
      this.enqueue(lits[0]!, -1);
      if (this.propagate() >= 0) this.ok = false;
      return this.ok;
    }
    this.attach(Int32Array.from(lits), false);
    return true;
  }

  private attach(c: Int32Array, learnt: boolean): number {
    const ci = this.clauses.length;
    this.clauses.push(c);
    this.learnt.push(learnt);
    this.clauseAct.push(learnt ? this.claInc : 0);
    this.watches[c[0]!]!.push(ci);
    this.watches[c[1]!]!.push(ci);
    if (learnt) this.numLearnts++;
    return ci;
  }

  /** Unit propagation; returns a conflicting clause index or -1. */
  private propagate(): number {
    const { assigns, clauses, watches } = this;
    while (this.qhead < this.trailSize) {
      const p = this.trail[this.qhead++]!;
      const falseLit = p ^ 1;
      const ws = watches[falseLit]!;
      let i = 0;
      let j = 0;
      const n = ws.length;
      while (i < n) {
        const ci = ws[i++]!;
        const c = clauses[ci]!;
        if (c[0] === falseLit) {
          c[0] = c[1]!;
          c[1] = falseLit;
        }
        const first = c[0]!;
        const fa = assigns[first >> 1]!;
        const fv = first & 1 ? -fa : fa;
        if (fv === 1) {
          ws[j++] = ci;
          continue;
        }
        let found = false;
        for (let k = 2; k < c.length; k++) {
          const l = c[k]!;
          const a = assigns[l >> 1]!;
          if ((l & 1 ? -a : a) !== -1) {
            c[1] = l;
            c[k] = falseLit;
            watches[l]!.push(ci);
            found = true;
            break;
          }
        }
        if (found) continue;
        ws[j++] = ci;
        if (fv === -1) {
          while (i < n) ws[j++] = ws[i++]!;
          ws.length = j;
          this.qhead = this.trailSize;
          return ci;
        }
        this.enqueue(first, ci);
      }
      ws.length = j;
    }
    return -1;
  }

  private analyze(confl0: number): { learnt: number[]; bt: number } {
    const learnt: number[] = [-1];
    let pathC = 0;
    let p = -1;
    let idx = this.trailSize - 1;
    let confl = confl0;
    const { seen, levelOf } = this;
    const dl = this.decisionLevel;
    for (;;) {
      const c = this.clauses[confl]!;
      if (this.learnt[confl]) this.clauseAct[confl]! += this.claInc;
      for (let j = p === -1 ? 0 : 1; j < c.length; j++) {
        const q = c[j]!;
        const v = q >> 1;
        if (!seen[v] && levelOf[v]! > 0) {
          this.bumpVar(v);
          seen[v] = 1;
          if (levelOf[v]! >= dl) pathC++;
          else learnt.push(q);
        }
      }
      while (!seen[this.trail[idx]! >> 1]) idx--;
      p = this.trail[idx]!;
      idx--;
      confl = this.reason[p >> 1]!;
      seen[p >> 1] = 0;
      pathC--;
      if (pathC <= 0) break;
    }
    learnt[0] = p ^ 1;
    // Cheap minimisation: drop literals whose reason is entirely in the clause.
    for (let i = 1; i < learnt.length; i++) seen[learnt[i]! >> 1] = 1;
    const kept: number[] = [learnt[0]!];
    for (let i = 1; i < learnt.length; i++) {
      const l = learnt[i]!;
      const r = this.reason[l >> 1]!;
      if (r < 0) {
        kept.push(l);
        continue;
      }
      const c = this.clauses[r]!;
      let redundant = true;
      for (let k = 1; k < c.length; k++) {
        const v = c[k]! >> 1;
        if (!seen[v] && levelOf[v]! > 0) {
          redundant = false;
          break;
        }
      }
      if (!redundant) kept.push(l);
    }
    for (let i = 1; i < learnt.length; i++) seen[learnt[i]! >> 1] = 0;
    let bt = 0;
    let btIdx = 1;
    for (let i = 1; i < kept.length; i++) {
      const lv = levelOf[kept[i]! >> 1]!;
      if (lv > bt) {
        bt = lv;
        btIdx = i;
      }
    }
    if (kept.length > 1) {
      const t = kept[1]!;
      kept[1] = kept[btIdx]!;
      kept[btIdx] = t;
    }
    return { learnt: kept, bt };
  }

  /** Which assumptions made `p` false (p is an assumption found false). */
  private analyzeFinal(p: number, assumptionSet: Set<number>): number[] {
    const out = [p];
    if (this.decisionLevel === 0) return out;
    const { seen } = this;
    seen[p >> 1] = 1;
    for (let i = this.trailSize - 1; i >= this.trailLim[0]!; i--) {
      const lit = this.trail[i]!;
      const v = lit >> 1;
      if (!seen[v]) continue;
      const r = this.reason[v]!;
      if (r < 0) {
        if (assumptionSet.has(lit)) out.push(lit);
      } else {
        const c = this.clauses[r]!;
        for (let k = 1; k < c.length; k++) if (this.levelOf[c[k]! >> 1]! > 0) seen[c[k]! >> 1] = 1;
      }
      seen[v] = 0;
    }
    seen[p >> 1] = 0;
    return out;
  }

  private reduceDb(): void {
    // At level 0 only. Drop the less active half of long learnt clauses, rebuild watches.
    const idx: number[] = [];
    for (let ci = 0; ci < this.clauses.length; ci++) if (this.learnt[ci] && this.clauses[ci] !== null && this.clauses[ci]!.length > 2) idx.push(ci);
    idx.sort((a, b) => this.clauseAct[a]! - this.clauseAct[b]!);
    for (let k = 0; k < idx.length / 2; k++) {
      this.clauses[idx[k]!] = null;
      this.numLearnts--;
    }
    for (let v = 0; v < this.nVars; v++) this.reason[v] = -1;
    for (const w of this.watches) w.length = 0;
    this.clauses.forEach((c, ci) => {
      if (c === null) return;
      this.watches[c[0]!]!.push(ci);
      this.watches[c[1]!]!.push(ci);
    });
    this.maxLearnts = Math.floor(this.maxLearnts * 1.1);
  }

  /**
   * Unit-propagates the assumptions only. Returns the value of every variable afterwards
   * (1 true, -1 false, 0 free), or null when propagation alone finds a conflict.
   */
  implied(assumptions: readonly number[]): Int8Array | null {
    if (!this.ok) return null;
    this.cancelUntil(0);
    if (this.propagate() >= 0) {
      this.ok = false;
      return null;
    }
    let result: Int8Array | null = null;
    let failed = false;
    for (const p of assumptions) {
      const val = this.value(p);
      if (val === 1) continue;
      if (val === -1) {
        failed = true;
        break;
      }
      this.trailLim.push(this.trailSize);
      this.enqueue(p, -1);
      if (this.propagate() >= 0) {
        failed = true;
        break;
      }
    }
    if (!failed) result = this.assigns.slice();
    this.cancelUntil(0);
    return result;
  }

  /**
   * Solves under assumptions (literals). `conflictBudget` bounds the work: when exceeded the
   * answer is 'unknown'. On 'sat' the model is in `model`; on 'unsat' the core is in `core`.
   */
  solve(assumptions: readonly number[] = [], conflictBudget = Infinity): SatOutcome {
    this.core = [];
    if (!this.ok) return 'unsat';
    this.cancelUntil(0);
    if (this.propagate() >= 0) {
      this.ok = false;
      return 'unsat';
    }
    const assumptionSet = new Set(assumptions);
    let restarts = 0;
    let restartLimit = 100 * luby(2, 0);
    let conflictsHere = 0;
    let sinceRestart = 0;
    for (;;) {
      const confl = this.propagate();
      if (confl >= 0) {
        this.conflicts++;
        conflictsHere++;
        sinceRestart++;
        if (this.decisionLevel === 0) {
          this.ok = false;
          return 'unsat';
        }
        const { learnt, bt } = this.analyze(confl);
        this.cancelUntil(bt);
        if (learnt.length === 1) this.enqueue(learnt[0]!, -1);
        else {
          const ci = this.attach(Int32Array.from(learnt), true);
          this.enqueue(learnt[0]!, ci);
        }
        this.varInc *= 1 / 0.95;
        this.claInc *= 1 / 0.999;
        if (conflictsHere > conflictBudget) {
          this.cancelUntil(0);
          return 'unknown';
        }
        if (sinceRestart >= restartLimit) {
          sinceRestart = 0;
          restarts++;
          restartLimit = 100 * luby(2, restarts);
          this.cancelUntil(0);
          if (this.numLearnts > this.maxLearnts) this.reduceDb();
        }
        continue;
      }
      let next = -1;
      while (this.decisionLevel < assumptions.length) {
        const p = assumptions[this.decisionLevel]!;
        const val = this.value(p);
        if (val === 1) {
          this.trailLim.push(this.trailSize);
        } else if (val === -1) {
          this.core = this.analyzeFinal(p, assumptionSet);
          this.cancelUntil(0);
          return 'unsat';
        } else {
          next = p;
          break;
        }
      }
      if (next < 0) {
        while (this.heapSize > 0) {
          const v = this.heapPop();
          if (this.assigns[v] === 0) {
            next = this.phase[v] ? pos(v) : neg(v);
            break;
          }
        }
        if (next < 0 && this.decisionVar !== undefined) {
          for (let v = 0; v < this.nVars; v++) {
            if (this.assigns[v] === 0) {
              next = this.phase[v] ? pos(v) : neg(v);
              break;
            }
          }
        }
        if (next < 0) {
          for (let v = 0; v < this.nVars; v++) this.model[v] = this.assigns[v] === 1 ? 1 : 0;
          this.cancelUntil(0);
          return 'sat';
        }
      }
      this.trailLim.push(this.trailSize);
      this.enqueue(next, -1);
    }
  }
}
