/**
 * Brute-force reference answers for tiny models (used as the test oracle). Enumerates every
 * complete assignment, so only use it on models with a few thousand combinations at most.
 */
import { isSolution, UNASSIGNED, type Assignment, type Domains, type FiniteModel } from './model.ts';

export function allSolutions(model: FiniteModel, limit = 1_000_000): Int32Array[] {
  const n = model.variables.length;
  let total = 1;
  for (const v of model.variables) total *= v.domainSize;
  if (total > limit) throw new Error(`brute force: ${total} combinations exceed the limit ${limit}`);
  const out: Int32Array[] = [];
  const cur = new Int32Array(n);
  for (let k = 0; k < total; k++) {
    let rest = k;
    for (let i = n - 1; i >= 0; i--) {
      const d = model.variables[i]!.domainSize;
      cur[i] = rest % d;
      rest = Math.floor(rest / d);
    }
    if (isSolution(model, cur)) out.push(cur.slice());
  }
  return out;
}

function agrees(solution: Int32Array, a: Assignment, except = -1): boolean {
  for (let i = 0; i < a.length; i++) {
    if (i !== except && a[i] !== UNASSIGNED && a[i] !== solution[i]) return false;
  }
  return true;
}

export function bruteCount(solutions: readonly Int32Array[], a: Assignment): bigint {
  return BigInt(solutions.filter((s) => agrees(s, a)).length);
}

/** Valid domains with each variable's own assignment ignored (Configit semantics). */
export function bruteDomains(model: FiniteModel, solutions: readonly Int32Array[], a: Assignment): Domains {
  return model.variables.map((v, i) => {
    const dom = new Array<boolean>(v.domainSize).fill(false);
    for (const s of solutions) if (agrees(s, a, i)) dom[s[i]!] = true;
    return dom;
  });
}

/** Fewest changes of assigned variables (other than `variable`) so that variable=value extends; -1 if never. */
export function bruteFixCost(solutions: readonly Int32Array[], a: Assignment, variable: number, value: number): number {
  let best = -1;
  for (const s of solutions) {
    if (s[variable] !== value) continue;
    let cost = 0;
    for (let i = 0; i < a.length; i++) if (i !== variable && a[i] !== UNASSIGNED && a[i] !== s[i]) cost++;
    if (best < 0 || cost < best) best = cost;
  }
  return best;
}

/** Whether a partial assignment extends to some solution. */
export function bruteConsistent(solutions: readonly Int32Array[], a: Assignment): boolean {
  return solutions.some((s) => agrees(s, a));
}
