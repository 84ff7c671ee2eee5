/**
 * The configuration engine facade: compiles the model into an MDD when it fits the budget,
 * otherwise answers by exact search. Either way every answer is exact or an explicit "gave up".
 */
import { compile, type CompiledMdd, type CompileOptions, type CompileResult } from './compile.ts';
import { choiceConflict, constraintConflict, deadFromDomains, type Explanation } from './explain.ts';
import { mddConsistent, mddCount, mddCountPerValue, mddSmallestFix, mddValidDomains } from './mdd-queries.ts';
import { UNASSIGNED, validateAssignment, validateModel, type Assignment, type Domains, type FiniteModel } from './model.ts';
import { answer, gaveUp, SearchEngine, type Answer, type Change, type SearchOptions } from './search.ts';

export type { Answer, Change, Explanation };

export interface EngineOptions {
  /** Injected clock in ms (e.g. `() => performance.now()`); enables time budgets. */
  readonly now?: () => number;
  /** Compilation budget and heuristics; `onProgress` reports the fraction done. */
  readonly compile?: Omit<CompileOptions, 'now'>;
  /** Search budgets (used when compilation is too big, or always with `forceSearch`). */
  readonly search?: Omit<SearchOptions, 'now'>;
  /** Skip compilation (testing, or models known to be too big). */
  readonly forceSearch?: boolean;
  /** A diagram already compiled for this model (e.g. in a Web Worker): used as is, not compiled again. */
  readonly precompiled?: CompiledMdd;
  /** Time budget in ms for the constraint part of explanations (default 2000). */
  readonly explainBudgetMs?: number;
  /**
   * How explanations find the blocking constraints: SAT with selectors, a CSP over the involved
   * constraints, 'auto' (default: CSP for models with big supports tables), or 'off' (skip; the
   * `constraints` field is then null).
   */
  readonly explainConstraints?: 'sat' | 'csp' | 'auto' | 'off';
}

export interface Engine {
  readonly kind: 'compiled' | 'search';
  readonly model: FiniteModel;
  /** The compiled diagram (compiled engines only). */
  readonly mdd: CompiledMdd | undefined;
  /** Why compilation was not used (search engines only). */
  readonly compileFailure: string | undefined;
  /** Selectable values per variable; an assigned variable shows the values it could change to. */
  validDomains(assignment: Assignment): Answer<Domains>;
  /** Exact number of complete valid configurations extending the assignment (all variables). */
  count(assignment?: Assignment): Answer<bigint>;
  /** Per value: configurations with that value, keeping the other choices (compiled engines only). */
  countPerValue(assignment: Assignment): Answer<bigint[][]>;
  /** Why variable=value is disabled, and the smallest fix. */
  explain(assignment: Assignment, variable: number, value: number): Answer<Explanation>;
  /** Fewest changes to the assigned variables making variable=value possible; null if never possible. */
  smallestFix(assignment: Assignment, variable: number, value: number): Answer<Change[] | null>;
  /** Values no complete configuration uses. */
  deadValues(): Answer<Change[]>;
}

function checkTarget(model: FiniteModel, variable: number, value: number): void {
  const v = model.variables[variable];
  if (v === undefined || !Number.isInteger(value) || value < 0 || value >= v.domainSize) {
    throw new RangeError(`no value ${value} for variable ${variable}`);
  }
}

function withValue(a: Assignment, variable: number, value: number): Assignment {
  const b = a.slice();
  b[variable] = value;
  return b;
}

export function createEngine(model: FiniteModel, options: EngineOptions = {}): Engine {
  validateModel(model);
  const now = options.now;
  const explainDeadline = (): number | undefined => (now === undefined ? undefined : now() + (options.explainBudgetMs ?? 2000));
  const constraintIds = (a: Assignment, variable: number, value: number, conflict: readonly number[]): string[] | null => {
    const checker = options.explainConstraints ?? 'auto';
    if (checker === 'off') return null;
    const r = constraintConflict(model, a, variable, value, conflict, { now, deadline: explainDeadline(), checker });
    if (r === 'gave-up') return null;
    return (r ?? []).map((c) => model.constraints[c]!.id);
  };
  const toChanges = (a: Assignment, xs: readonly number[]): Change[] => xs.map((x) => ({ variable: x, value: a[x]! }));

  let compileFailure: string | undefined = 'not attempted (forceSearch)';
  if (!options.forceSearch) {
    const r: CompileResult = options.precompiled
      ? { ok: true, mdd: options.precompiled, stats: { heuristic: 'fixed', triedHeuristics: [], nodeCount: options.precompiled.nodeCount, edgeCount: options.precompiled.kids.length } }
      : compile(model, { ...options.compile, now });
    if (r.ok) {
      const mdd = r.mdd;
      return {
        kind: 'compiled',
        model,
        mdd,
        compileFailure: undefined,
        validDomains: (a) => (validateAssignment(model, a), answer(mddValidDomains(mdd, a))),
        count: (a) => (a !== undefined && validateAssignment(model, a), answer(mddCount(mdd, a))),
        countPerValue: (a) => (validateAssignment(model, a), answer(mddCountPerValue(mdd, a))),
        smallestFix: (a, x, v) => (validateAssignment(model, a), checkTarget(model, x, v), answer(mddSmallestFix(mdd, a, x, v))),
        deadValues: () => answer(deadFromDomains(mddValidDomains(mdd, new Int32Array(model.variables.length).fill(UNASSIGNED)))),
        explain: (a, x, v) => {
          validateAssignment(model, a);
          checkTarget(model, x, v);
          const others = withValue(a, x, UNASSIGNED);
          if (mddConsistent(mdd, withValue(others, x, v))) return answer({ selectable: true, dead: false, conflict: [], constraints: [], fix: [] });
          const single = new Int32Array(a.length).fill(UNASSIGNED);
          single[x] = v;
          const dead = !mddConsistent(mdd, single);
          const conflict = dead ? [] : (choiceConflict(a, x, v, (p) => mddConsistent(mdd, p)) ?? []);
          return answer({
            selectable: false,
            dead,
            conflict: toChanges(a, conflict),
            constraints: constraintIds(a, x, v, conflict),
            fix: mddSmallestFix(mdd, a, x, v),
          });
        },
      };
    }
    compileFailure = r.message;
  }
  const search = new SearchEngine(model, { ...options.search, now });
  return {
    kind: 'search',
    model,
    mdd: undefined,
    compileFailure,
    validDomains: (a) => (validateAssignment(model, a), search.validDomains(a)),
    count: (a) => (a !== undefined && validateAssignment(model, a), search.count(a)),
    countPerValue: () => gaveUp('per-value counts need a compiled model'),
    smallestFix: (a, x, v) => (validateAssignment(model, a), checkTarget(model, x, v), search.smallestFix(a, x, v)),
    deadValues: () => {
      const d = search.validDomains(new Int32Array(model.variables.length).fill(UNASSIGNED));
      return d.ok ? answer(deadFromDomains(d.value)) : d;
    },
    explain: (a, x, v) => {
      validateAssignment(model, a);
      checkTarget(model, x, v);
      const others = withValue(a, x, UNASSIGNED);
      const selectable = search.consistent(withValue(others, x, v));
      if (!selectable.ok) return selectable;
      if (selectable.value) return answer({ selectable: true, dead: false, conflict: [], constraints: [], fix: [] });
      const single = new Int32Array(a.length).fill(UNASSIGNED);
      single[x] = v;
      const alone = search.consistent(single);
      if (!alone.ok) return alone;
      const dead = !alone.value;
      let conflict: number[] = [];
      if (!dead) {
        const c = search.conflict(a, x, v);
        if (!c.ok) return c;
        conflict = c.value ?? [];
      }
      const fix = dead ? answer(null) : search.smallestFix(a, x, v);
      if (!fix.ok) return fix;
      return answer({ selectable: false, dead, conflict: toChanges(a, conflict), constraints: constraintIds(a, x, v, conflict), fix: fix.value });
    },
  };
}
