/**
 * Exact answers by search, for models too big to compile: a CDCL SAT solver over a CNF encoding
 * of the model decides valid domains (one solution covers many values at once; each remaining
 * value is proved by one more solve or refuted by UNSAT), an exact component-caching counter
 * counts, and a hitting-set search over assumption cores finds the smallest fix.
 * Every query has a budget and answers "gave up" rather than anything inexact.
 */
import { encodeCnf, type CnfEncoding } from './cnf.ts';
import { countModels } from './count.ts';
import { quickXplain } from './quickxplain.ts';
import { UNASSIGNED, validateModel, type Assignment, type Domains, type FiniteModel } from './model.ts';
import { SatSolver } from './sat.ts';
import type { Change } from './mdd-queries.ts';

export type { Change };

export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: 'gave-up'; readonly message: string };

export const answer = <T>(value: T): Answer<T> => ({ ok: true, value });
export const gaveUp = <T>(message: string): Answer<T> => ({ ok: false, reason: 'gave-up', message });

export interface SearchOptions {
  /** Injected clock in ms; without it only the conflict budget applies. */
  readonly now?: () => number;
  /** Time budget per query in ms (default 2000 for domains/fixes, 30000 for counting). */
  readonly queryBudgetMs?: number;
  readonly countBudgetMs?: number;
  /** Conflicts per single SAT call before giving up (default 200,000). */
  readonly conflictBudget?: number;
}

export class OutOfBudget extends Error {}

export class SearchEngine {
  readonly enc: CnfEncoding;
  private readonly solver: SatSolver;
  private readonly litToVar = new Map<number, number>();

  constructor(
    readonly model: FiniteModel,
    private readonly options: SearchOptions = {},
  ) {
    validateModel(model);
    this.enc = encodeCnf(model);
    this.solver = new SatSolver(this.enc.nVars, this.enc.decisionVars);
    for (const c of this.enc.clauses) this.solver.addClause(c);
    model.variables.forEach((v, x) => {
      for (let val = 0; val < v.domainSize; val++) this.litToVar.set(this.enc.valueLit(x, val), x);
    });
  }

  private deadline(ms: number | undefined, fallback: number): number {
    const now = this.options.now;
    return now === undefined ? Infinity : now() + (ms ?? fallback);
  }

  private checkTime(deadline: number): void {
    if (deadline !== Infinity && this.options.now!() > deadline) throw new OutOfBudget('time budget exceeded');
  }

  private lits(a: Assignment, except = -1, extra?: number): number[] {
    const out: number[] = [];
    if (extra !== undefined) out.push(extra);
    for (let x = 0; x < a.length; x++) if (x !== except && a[x] !== UNASSIGNED) out.push(this.enc.valueLit(x, a[x]!));
    return out;
  }

  /** Number of SAT calls so far (for benchmarks). */
  solveCalls = 0;

  private solve(assumptions: number[], deadline: number): boolean {
    this.solveCalls++;
    this.checkTime(deadline);
    const r = this.solver.solve(assumptions, this.options.conflictBudget ?? 200_000);
    if (r === 'unknown') throw new OutOfBudget('conflict budget exceeded');
    return r === 'sat';
  }

  private run<T>(fn: (deadline: number) => T, budgetMs?: number): Answer<T> {
    try {
      return answer(fn(this.deadline(budgetMs ?? this.options.queryBudgetMs, 2000)));
    } catch (e) {
      if (e instanceof OutOfBudget) return gaveUp(`search gave up: ${e.message}`);
      throw e;
    }
  }

  consistent(a: Assignment): Answer<boolean> {
    return this.run((deadline) => this.solve(this.lits(a), deadline));
  }

  /** One complete valid configuration extending `a`, or null. */
  solution(a: Assignment): Answer<Int32Array | null> {
    return this.run((deadline) => (this.solve(this.lits(a), deadline) ? this.enc.decode(this.solver.model) : null));
  }

  validDomains(a: Assignment): Answer<Domains> {
    return this.run((deadline) => this.domains(a, deadline));
  }

  /** Recent solutions: witnesses that often still cover values after the next click. */
  private readonly pool: Int32Array[] = [];
  private poolNext = 0;
  /** The last domains answer: values it disabled stay disabled for any extension of its assignment. */
  private prev: { a: Int32Array; doms: Domains } | undefined;

  /** Last witness for "assigned variable x could change to v", keyed `x:v`. */
  private readonly flipWitness = new Map<string, Int32Array>();

  private remember(sol: Int32Array): void {
    if (this.pool.length < 512) this.pool.push(sol);
    else this.pool[this.poolNext++ % 512] = sol;
  }

  private domains(a: Assignment, deadline: number): Domains {
    const { model, enc, solver } = this;
    const n = a.length;
    const doms: Domains = model.variables.map((v) => new Array<boolean>(v.domainSize).fill(false));
    // Monotonicity: adding choices never enables a value, so known-disabled values stay disabled.
    const prev = this.prev;
    const extendsPrev = prev !== undefined && prev.a.every((v, i) => v === UNASSIGNED || a[i] === v);
    const blocked = (x: number, v: number): boolean => extendsPrev && !prev!.doms[x]![v];
    // Witnesses from earlier solutions.
    let baseSat: boolean | undefined;
    for (const s of this.pool) {
      let diff = -1;
      let diffs = 0;
      for (let x = 0; x < n && diffs < 2; x++) {
        if (a[x] !== UNASSIGNED && s[x] !== a[x]) {
          diffs++;
          diff = x;
        }
      }
      if (diffs === 0) {
        baseSat = true;
        for (let x = 0; x < n; x++) doms[x]![s[x]!] = true;
      } else if (diffs === 1) doms[diff]![s[diff]!] = true;
    }
    const base = this.lits(a);
    const implied = solver.implied(base);
    if (implied === null) baseSat = false;
    if (baseSat === undefined) {
      baseSat = this.solve(base, deadline);
      if (baseSat) {
        const sol = enc.decode(solver.model);
        this.remember(sol);
        for (let x = 0; x < n; x++) doms[x]![sol[x]!] = true;
      }
    }
    const isFalse = (lit: number): boolean => implied !== null && (lit & 1 ? implied[lit >> 1] === 1 : implied[lit >> 1] === -1);
    if (baseSat) {
      let pending: [number, number, number][] = [];
      model.variables.forEach((v, x) => {
        if (a[x] !== UNASSIGNED) return;
        for (let val = 0; val < v.domainSize; val++) {
          if (doms[x]![val] || blocked(x, val)) continue;
          const lit = enc.valueLit(x, val);
          if (!isFalse(lit)) pending.push([x, val, lit]);
        }
      });
      while (pending.length > 0) {
        const [x, val, lit0] = pending[0]!;
        // Steer phases toward values not yet covered, so each solution covers many.
        for (const [, , lit] of pending) solver.phase[lit >> 1] = lit & 1 ? 0 : 1;
        if (this.solve([lit0, ...base], deadline)) {
          const sol = enc.decode(solver.model);
          this.remember(sol);
          for (let y = 0; y < n; y++) if (a[y] === UNASSIGNED) doms[y]![sol[y]!] = true;
        }
        pending = pending.filter(([y, w]) => !doms[y]![w] && !(y === x && w === val));
      }
    }
    // Assigned variables: the values they could change to, keeping the other choices.
    for (let x = 0; x < n; x++) {
      if (a[x] === UNASSIGNED) continue;
      const dom = doms[x]!;
      dom[a[x]!] = baseSat;
      let others: number[] | undefined;
      for (let val = 0; val < dom.length; val++) {
        if (dom[val] || val === a[x] || blocked(x, val)) continue;
        const key = `${x}:${val}`;
        const w = this.flipWitness.get(key);
        if (w !== undefined && w[x] === val && w.every((wv, y) => y === x || a[y] === UNASSIGNED || a[y] === wv)) {
          dom[val] = true;
          continue;
        }
        others ??= this.lits(a, x);
        if (this.solve([enc.valueLit(x, val), ...others], deadline)) {
          dom[val] = true;
          const sol = enc.decode(solver.model);
          this.remember(sol);
          if (this.flipWitness.size > 4096) this.flipWitness.clear();
          this.flipWitness.set(key, sol);
        }
      }
    }
    this.prev = { a: a.slice(), doms: doms.map((d) => d.slice()) };
    return doms;
  }

  count(a?: Assignment): Answer<bigint> {
    const deadline = this.deadline(this.options.countBudgetMs, 30_000);
    const assumptions = a === undefined ? [] : this.lits(a);
    const r = countModels(this.enc.nVars, this.enc.clauses, assumptions, { now: this.options.now, deadline });
    return r.ok ? answer(r.count) : gaveUp(r.message);
  }

  /** Minimal subset of the choices in `a` (other than `variable`) that rules out variable=value. */
  conflict(a: Assignment, variable: number, value: number): Answer<number[] | null> {
    return this.run((deadline) => this.conflictOf(a, variable, value, deadline));
  }

  private conflictOf(a: Assignment, variable: number, value: number, deadline: number, among?: number[]): number[] | null {
    const target = this.enc.valueLit(variable, value);
    const choices = among ?? [...a.keys()].filter((x) => x !== variable && a[x] !== UNASSIGNED);
    const check = (subset: readonly number[]): boolean =>
      !this.solve([target, ...subset.map((x) => this.enc.valueLit(x, a[x]!))], deadline);
    if (!check(choices)) return null;
    // Start from the solver's assumption core, then minimise it.
    const core = new Set(this.solver.core.map((l) => this.litToVar.get(l)));
    const reduced = choices.filter((x) => core.has(x));
    const start = check(reduced) ? reduced : choices;
    return quickXplain(start, check);
  }

  smallestFix(a: Assignment, variable: number, value: number): Answer<Change[] | null> {
    return this.run((deadline) => this.fix(a, variable, value, deadline));
  }

  /** Minimum-cardinality set of choices to change: iterative deepening over a hitting-set tree. */
  private fix(a: Assignment, variable: number, value: number, deadline: number): Change[] | null {
    const target = this.enc.valueLit(variable, value);
    const assigned = [...a.keys()].filter((x) => x !== variable && a[x] !== UNASSIGNED);
    const keptLits = (dropped: Set<number>): number[] => [target, ...assigned.filter((x) => !dropped.has(x)).map((x) => this.enc.valueLit(x, a[x]!))];
    if (!this.solve([target], deadline)) return null;
    const seen = new Set<string>();
    const dfs = (dropped: Set<number>, k: number): Int32Array | null => {
      const key = [...dropped].sort((p, q) => p - q).join(',') + '/' + k;
      if (seen.has(key)) return null;
      seen.add(key);
      if (this.solve(keptLits(dropped), deadline)) return this.enc.decode(this.solver.model);
      if (k === 0) return null;
      const kept = assigned.filter((x) => !dropped.has(x));
      const conflict = this.conflictOf(a, variable, value, deadline, kept) ?? [];
      for (const y of conflict) {
        const next = new Set(dropped);
        next.add(y);
        const r = dfs(next, k - 1);
        if (r !== null) return r;
      }
      return null;
    };
    for (let k = 0; k <= assigned.length; k++) {
      const sol = dfs(new Set(), k);
      if (sol !== null) return assigned.filter((x) => sol[x] !== a[x]).map((x) => ({ variable: x, value: sol[x]! }));
    }
    return null;
  }
}
