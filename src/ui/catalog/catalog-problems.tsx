import type { CatalogProblem } from '../../domain/catalog-error.ts';
import { formatProblem } from '../../domain/catalog-error.ts';

/** For merchandisers: why a catalog did not load, each problem located by file and JSON pointer. */
export function CatalogProblems({ problems }: { problems: readonly CatalogProblem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="notice notice--error" aria-labelledby="catalog-problems-title">
      <h2 id="catalog-problems-title">
        {errors === 1 ? 'A catalog has a problem' : `Catalogs have ${errors} problems`} and {errors === 1 ? 'was' : 'were'} not loaded
      </h2>
      <ul className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
