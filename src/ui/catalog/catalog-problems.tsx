import type { CatalogProblem } from '../../domain/catalog-error.ts';
import { formatProblem } from '../../domain/catalog-error.ts';
import { useT } from '../i18n/i18n.ts';

/** For merchandisers: why a catalog did not load, each problem located by file and JSON pointer. */
export function CatalogProblems({ problems }: { problems: readonly CatalogProblem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const t = useT();
  return (
    <section className="notice notice--error" aria-labelledby="catalog-problems-title">
      <h2 id="catalog-problems-title">{t('catalogProblems.title', { count: errors })}</h2>
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
