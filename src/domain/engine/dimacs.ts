/**
 * DIMACS CNF → FiniteModel. Each CNF variable becomes a boolean model variable (value 1 = true).
 * `c <n> <name>` comments name variable n (used as its id when unique). Clauses end with 0 and may
 * span lines. Rejects malformed input with an error naming the line.
 */
import { EngineError, type ClauseConstraint, type FiniteModel, type ModelVariable } from './model.ts';

export interface DimacsLimits {
  readonly maxVariables?: number;
  readonly maxClauses?: number;
  readonly maxLiterals?: number;
  readonly maxChars?: number;
}

export function parseDimacs(text: string, limits: DimacsLimits = {}): FiniteModel {
  const maxVariables = limits.maxVariables ?? 1_000_000;
  const maxClauses = limits.maxClauses ?? 5_000_000;
  const maxLiterals = limits.maxLiterals ?? 20_000_000;
  const maxChars = limits.maxChars ?? 100_000_000;
  if (typeof text !== 'string') throw new EngineError('DIMACS: input is not text');
  if (text.length > maxChars) throw new EngineError(`DIMACS: input of ${text.length} characters exceeds the limit of ${maxChars}`);
  const lines = text.split(/\r?\n/);
  let nVars = -1;
  let nClauses = -1;
  const names = new Map<number, string>();
  const clauses: number[][] = [];
  let current: number[] = [];
  let currentLine = 0;
  let literals = 0;
  for (let li = 0; li < lines.length; li++) {
    const lineNo = li + 1;
    const line = lines[li]!.trim();
    if (line === '' || line === '%') continue;
    if (line.startsWith('c')) {
      const m = /^c\s+(\d+)\s+(\S.*)$/.exec(line);
      if (m !== null && nVars < 0) {
        const n = Number(m[1]);
        if (Number.isSafeInteger(n) && n >= 1) names.set(n, m[2]!.trim().slice(0, 1000));
      }
      continue;
    }
    if (line.startsWith('p')) {
      if (nVars >= 0) throw new EngineError(`DIMACS line ${lineNo}: second "p" header`);
      const m = /^p\s+cnf\s+(\d+)\s+(\d+)\s*$/.exec(line);
      if (m === null) throw new EngineError(`DIMACS line ${lineNo}: expected "p cnf <variables> <clauses>", got "${line.slice(0, 60)}"`);
      nVars = Number(m[1]);
      nClauses = Number(m[2]);
      if (!Number.isSafeInteger(nVars) || nVars > maxVariables) throw new EngineError(`DIMACS line ${lineNo}: ${m[1]} variables exceed the limit of ${maxVariables}`);
      if (!Number.isSafeInteger(nClauses) || nClauses > maxClauses) throw new EngineError(`DIMACS line ${lineNo}: ${m[2]} clauses exceed the limit of ${maxClauses}`);
      continue;
    }
    if (nVars < 0) throw new EngineError(`DIMACS line ${lineNo}: clause before the "p cnf" header`);
    for (const tok of line.split(/\s+/)) {
      if (!/^-?\d+$/.test(tok)) throw new EngineError(`DIMACS line ${lineNo}: "${tok.slice(0, 30)}" is not an integer literal`);
      const lit = Number(tok);
      if (lit === 0) {
        clauses.push(current);
        current = [];
        if (clauses.length > nClauses) throw new EngineError(`DIMACS line ${lineNo}: more clauses than the ${nClauses} declared in the header`);
        continue;
      }
      if (!Number.isSafeInteger(lit) || Math.abs(lit) > nVars) throw new EngineError(`DIMACS line ${lineNo}: literal ${tok.slice(0, 30)} refers to a variable outside 1..${nVars}`);
      if (current.length === 0) currentLine = lineNo;
      current.push(lit);
      if (++literals > maxLiterals) throw new EngineError(`DIMACS line ${lineNo}: more than ${maxLiterals} literals`);
    }
  }
  if (nVars < 0) throw new EngineError('DIMACS: missing "p cnf <variables> <clauses>" header');
  if (current.length > 0) throw new EngineError(`DIMACS line ${currentLine}: clause not terminated by 0`);
  if (clauses.length !== nClauses) throw new EngineError(`DIMACS: header declares ${nClauses} clauses, found ${clauses.length}`);
  const nameCount = new Map<string, number>();
  for (const name of names.values()) nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
  const variables: ModelVariable[] = Array.from({ length: nVars }, (_, i) => {
    const name = names.get(i + 1);
    const id = name !== undefined && nameCount.get(name) === 1 && !/^x\d+$/.test(name) ? name : `x${i + 1}`;
    return { id, domainSize: 2, labels: ['false', 'true'] };
  });
  const constraints: ClauseConstraint[] = clauses.map((c, ci) => ({
    kind: 'clause',
    id: `clause${ci + 1}`,
    literals: c.map((lit) => ({ variable: Math.abs(lit) - 1, values: [lit > 0 ? 1 : 0] })),
  }));
  return { variables, constraints };
}
