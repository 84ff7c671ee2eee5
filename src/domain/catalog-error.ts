/** A problem found in a catalog file, located by a JSON pointer. */
export interface CatalogProblem {
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** `catalog/desk.json: /groups/3/price: expected integer cents, got 12.5` */
export function formatProblem(problem: CatalogProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}: ${problem.pointer || '/'}: ${prefix}${problem.message}`;
}
