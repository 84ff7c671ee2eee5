/**
 * Explanations for a disabled value: a minimal set of current choices that blocks it
 * (QuickXplain with an exact consistency check), a minimal set of constraints that blocks it
 * together with those choices (QuickXplain over constraints, SAT with one selector per
 * constraint), and the smallest fix.
 */
import { encodeCnf, type CnfEncoding } from './cnf.ts';
import { CspBudgetExceeded, subsetConsistent } from './csp.ts';
import { constraintScope, tableRowCount, UNASSIGNED, type Assignment, type Domains, type FiniteModel } from './model.ts';
import { quickXplain } from './quickxplain.ts';
import { SatSolver } from './sat.ts';
import type { Change } from './search.ts';

export interface Explanation {
  /** The value can be chosen now (keeping the other choices): nothing blocks it. */
  readonly selectable: boolean;
  /** No complete configuration uses the value at all, whatever the choices. */
  readonly dead: boolean;
  /** A minimal set of current choices that rules the value out (empty if selectable or dead). */
  readonly conflict: readonly Change[];
  /**
   * Ids of a minimal set of constraints that, with `conflict`, rule the value out
   * (empty if selectable); null if it could not be determined within the budget.
   */
  readonly constraints: readonly string[] | null;
  /** Fewest changes to current choices that make the value possible; null if dead. */
  readonly fix: readonly Change[] | null;
}

/** Values no complete configuration uses, from the valid domains of the empty assignment. */
export function deadFromDomains(domains: Domains): Change[] {
  const out: Change[] = [];
  domains.forEach((dom, variable) => dom.forEach((ok, value) => !ok && out.push({ variable, value })));
  return out;
}

/** Minimal conflict among the choices of `a` (except `variable`) given a consistency oracle. */
export function choiceConflict(a: Assignment, variable: number, value: number, consistent: (partial: Assignment) => boolean): number[] | null {
  const choices = [...a.keys()].filter((x) => x !== variable && a[x] !== UNASSIGNED);
  return quickXplain(choices, (subset) => {
    const p = new Int32Array(a.length).fill(UNASSIGNED);
    for (const x of subset) p[x] = a[x]!;
    p[variable] = value;
    return !consistent(p);
  });
}

const selectorSolvers = new WeakMap<FiniteModel, { enc: CnfEncoding; solver: SatSolver }>();

export interface ConstraintConflictBudget {
  readonly now?: () => number;
  readonly deadline?: number;
  readonly conflictBudget?: number;
  /**
   * Consistency check for constraint subsets: SAT with one selector per constraint, or a small CSP
   * solver over the subset's variables only. 'auto' picks CSP for models with big supports tables
   * (whose CNF encoding is large) and SAT otherwise.
   */
  readonly checker?: 'sat' | 'csp' | 'auto';
}

function preferCsp(model: FiniteModel): boolean {
  return model.constraints.some((c) => c.kind === 'table' && c.mode === 'supports' && tableRowCount(c) > 2000);
}

/**
 * Minimal subset of constraints (indices) that together with `choices` (variables whose values
 * are taken from `a`) and variable=value is unsatisfiable. null: not a conflict;
 * 'gave-up': budget exceeded.
 */
export function constraintConflict(
  model: FiniteModel,
  a: Assignment,
  variable: number,
  value: number,
  choices: readonly number[],
  budget: ConstraintConflictBudget = {},
): number[] | null | 'gave-up' {
  const checker = budget.checker ?? 'auto';
  if (checker === 'csp' || (checker === 'auto' && preferCsp(model))) {
    const p = new Int32Array(a.length).fill(UNASSIGNED);
    for (const x of choices) p[x] = a[x]!;
    p[variable] = value;
    const inconsistent = (subset: readonly number[]): boolean => {
      if (budget.now !== undefined && budget.deadline !== undefined && budget.now() > budget.deadline) throw new CspBudgetExceeded();
      return !subsetConsistent(model, subset, p);
    };
    try {
      // Grow the candidate set outward from the conflict's variables (conflicts are usually
      // local), then minimise the first inconsistent layer with QuickXplain.
      const byVar: number[][] = model.variables.map(() => []);
      model.constraints.forEach((c, ci) => {
        for (const x of constraintScope(c)) byVar[x]!.push(ci);
      });
      const inSet = new Uint8Array(model.constraints.length);
      const varSeen = new Uint8Array(model.variables.length);
      let frontier = [variable, ...choices];
      for (const x of frontier) varSeen[x] = 1;
      const candidates: number[] = [];
      while (frontier.length > 0) {
        const next: number[] = [];
        for (const x of frontier) {
          for (const ci of byVar[x]!) {
            if (inSet[ci]) continue;
            inSet[ci] = 1;
            candidates.push(ci);
            for (const y of constraintScope(model.constraints[ci]!)) {
              if (!varSeen[y]) {
                varSeen[y] = 1;
                next.push(y);
              }
            }
          }
        }
        frontier = next;
        if (inconsistent(candidates)) return quickXplain(candidates, inconsistent);
      }
      // Not explained by the connected part: only possible if other constraints are unsatisfiable.
      const all = model.constraints.map((_, i) => i);
      return quickXplain(all, inconsistent);
    } catch (e) {
      if (e instanceof CspBudgetExceeded) return 'gave-up';
      throw e;
    }
  }
  let entry = selectorSolvers.get(model);
  if (entry === undefined) {
    const enc = encodeCnf(model, { selectors: true });
    const solver = new SatSolver(enc.nVars, enc.decisionVars);
    for (const c of enc.clauses) solver.addClause(c);
    entry = { enc, solver };
    selectorSolvers.set(model, entry);
  }
  const { enc, solver } = entry;
  const sel = enc.selectors!;
  const background = [enc.valueLit(variable, value), ...choices.map((x) => enc.valueLit(x, a[x]!))];
  class Stop extends Error {}
  const inconsistent = (subset: readonly number[]): boolean => {
    if (budget.now !== undefined && budget.deadline !== undefined && budget.now() > budget.deadline) throw new Stop();
    const r = solver.solve([...background, ...subset.map((c) => sel[c]! << 1)], budget.conflictBudget ?? 200_000);
    if (r === 'unknown') throw new Stop();
    return r === 'unsat';
  };
  try {
    const all = model.constraints.map((_, i) => i);
    if (!inconsistent(all)) return null;
    const selToConstraint = new Map<number, number>();
    sel.forEach((s, c) => selToConstraint.set(s << 1, c));
    const core = solver.core.map((l) => selToConstraint.get(l)).filter((c): c is number => c !== undefined);
    const start = inconsistent(core) ? core : all;
    return quickXplain(start, inconsistent);
  } catch (e) {
    if (e instanceof Stop) return 'gave-up';
    throw e;
  }
}
