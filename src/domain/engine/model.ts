/**
 * A finite-domain configuration model, independent of the catalog format.
 *
 * Variables take a value index in `0 .. domainSize-1`. Constraints are tables (allowed or forbidden
 * tuples over a scope) or clauses (a disjunction of "variable takes one of these values").
 * An assignment is an `Int32Array` of length `variables.length` with `UNASSIGNED` (-1) for free variables.
 */

export interface ModelVariable {
  readonly id: string;
  readonly domainSize: number;
  /** Optional display names of the values, one per value index. */
  readonly labels?: readonly string[];
}

export interface TableConstraint {
  readonly kind: 'table';
  readonly id: string;
  /** Variable indices; no variable may appear twice. */
  readonly scope: readonly number[];
  /** Rows as arrays, or one flat array of `rows × scope.length` value indices. */
  readonly tuples: readonly (readonly number[])[] | Int32Array;
  /** `supports`: the rows are the allowed combinations; `conflicts`: the rows are forbidden. */
  readonly mode: 'supports' | 'conflicts';
}

export interface ClauseLiteral {
  readonly variable: number;
  readonly values: readonly number[];
}

/** At least one literal holds: its variable takes one of its values. DIMACS `x` is `{variable: x-1, values: [1]}`. */
export interface ClauseConstraint {
  readonly kind: 'clause';
  readonly id: string;
  readonly literals: readonly ClauseLiteral[];
}

export type Constraint = TableConstraint | ClauseConstraint;

export interface FiniteModel {
  readonly variables: readonly ModelVariable[];
  readonly constraints: readonly Constraint[];
}

/** Partial assignment: value index per variable, `UNASSIGNED` for free variables. */
export type Assignment = Int32Array;

export const UNASSIGNED = -1;

/** Selectable values per variable: `domains[variable][value]`. */
export type Domains = boolean[][];

/** A problem with a model or its input, with a message that names what is wrong. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
}

export function emptyAssignment(model: FiniteModel): Assignment {
  return new Int32Array(model.variables.length).fill(UNASSIGNED);
}

/** Builds an assignment from `[variable, value]` pairs. */
export function assignmentOf(model: FiniteModel, pairs: Iterable<readonly [number, number]>): Assignment {
  const a = emptyAssignment(model);
  for (const [variable, value] of pairs) a[variable] = value;
  return a;
}

export function tableRowCount(c: TableConstraint): number {
  if (c.tuples instanceof Int32Array) return c.scope.length === 0 ? 0 : c.tuples.length / c.scope.length;
  return c.tuples.length;
}

/** The tuples as one flat row-major array. */
export function flatTuples(c: TableConstraint): Int32Array {
  if (c.tuples instanceof Int32Array) return c.tuples;
  const k = c.scope.length;
  const out = new Int32Array(c.tuples.length * k);
  c.tuples.forEach((row, r) => {
    for (let i = 0; i < k; i++) out[r * k + i] = row[i] ?? -1;
  });
  return out;
}

function checkIndex(value: unknown, size: number, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= size) {
    throw new EngineError(`${what}: expected an integer in 0..${size - 1}, got ${String(value)}`);
  }
}

/** Throws an `EngineError` naming the first problem found. */
export function validateModel(model: FiniteModel): void {
  const n = model.variables.length;
  const ids = new Set<string>();
  model.variables.forEach((v, i) => {
    if (typeof v.id !== 'string') throw new EngineError(`variable ${i}: id must be a string`);
    if (ids.has(v.id)) throw new EngineError(`variable ${i}: duplicate id "${v.id}"`);
    ids.add(v.id);
    if (!Number.isInteger(v.domainSize) || v.domainSize < 1 || v.domainSize > 1_000_000) {
      throw new EngineError(`variable "${v.id}": domainSize must be an integer in 1..1000000, got ${String(v.domainSize)}`);
    }
    if (v.labels !== undefined && v.labels.length !== v.domainSize) {
      throw new EngineError(`variable "${v.id}": ${v.labels.length} labels for ${v.domainSize} values`);
    }
  });
  model.constraints.forEach((c, ci) => {
    const where = `constraint ${ci} ("${c.id}")`;
    if (c.kind === 'table') {
      if (c.scope.length === 0) throw new EngineError(`${where}: empty scope`);
      const seen = new Set<number>();
      for (const x of c.scope) {
        checkIndex(x, n, `${where}: scope variable`);
        if (seen.has(x)) throw new EngineError(`${where}: variable ${x} appears twice in the scope`);
        seen.add(x);
      }
      const k = c.scope.length;
      if (c.tuples instanceof Int32Array) {
        if (c.tuples.length % k !== 0) throw new EngineError(`${where}: flat tuple array length ${c.tuples.length} is not a multiple of arity ${k}`);
        for (let i = 0; i < c.tuples.length; i++) {
          checkIndex(c.tuples[i], model.variables[c.scope[i % k]!]!.domainSize, `${where}: tuple ${Math.floor(i / k)} value`);
        }
      } else {
        c.tuples.forEach((row, r) => {
          if (row.length !== k) throw new EngineError(`${where}: tuple ${r} has ${row.length} values, scope has ${k}`);
          row.forEach((value, i) => checkIndex(value, model.variables[c.scope[i]!]!.domainSize, `${where}: tuple ${r} value`));
        });
      }
    } else if (c.kind === 'clause') {
      for (const lit of c.literals) {
        checkIndex(lit.variable, n, `${where}: literal variable`);
        for (const value of lit.values) checkIndex(value, model.variables[lit.variable]!.domainSize, `${where}: literal value`);
      }
    } else {
      throw new EngineError(`${where}: unknown kind "${String((c as { kind: unknown }).kind)}"`);
    }
  });
}

export function validateAssignment(model: FiniteModel, a: Assignment): void {
  if (a.length !== model.variables.length) {
    throw new EngineError(`assignment has ${a.length} entries, model has ${model.variables.length} variables`);
  }
  for (let i = 0; i < a.length; i++) {
    const v = a[i]!;
    if (v !== UNASSIGNED && (v < 0 || v >= model.variables[i]!.domainSize)) {
      throw new EngineError(`assignment: variable "${model.variables[i]!.id}" has value ${v} outside 0..${model.variables[i]!.domainSize - 1}`);
    }
  }
}

/** Whether a complete assignment satisfies one constraint. */
export function constraintHolds(c: Constraint, full: Assignment): boolean {
  if (c.kind === 'clause') {
    return c.literals.some((lit) => lit.values.includes(full[lit.variable]!));
  }
  const k = c.scope.length;
  const flat = flatTuples(c);
  let found = false;
  for (let r = 0; r < flat.length && !found; r += k) {
    let match = true;
    for (let i = 0; i < k; i++) {
      if (flat[r + i] !== full[c.scope[i]!]) {
        match = false;
        break;
      }
    }
    found = match;
  }
  return c.mode === 'supports' ? found : !found;
}

export function isSolution(model: FiniteModel, full: Assignment): boolean {
  return model.constraints.every((c) => constraintHolds(c, full));
}

/** Variables mentioned by a constraint. */
export function constraintScope(c: Constraint): number[] {
  if (c.kind === 'table') return [...c.scope];
  return [...new Set(c.literals.map((l) => l.variable))];
}

/** The model restricted to a subset of its constraints (same variables). */
export function withConstraints(model: FiniteModel, keep: readonly number[]): FiniteModel {
  return { variables: model.variables, constraints: keep.map((i) => model.constraints[i]!) };
}
