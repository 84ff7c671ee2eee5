import { memo } from 'react';
import type { CatalogProblem } from '../../domain/catalog-error.ts';
import { translate, useT } from '../i18n/i18n.ts';

/** "2 errors, 1 warning", or "No problems". */
export function problemSummary(problems: readonly CatalogProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [errors > 0 && translate('wb.errors', { count: errors }), warnings > 0 && translate('wb.warnings', { count: warnings })].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : translate('wb.noProblems');
}

/** `pasted.json: /basePrice: expected integer cents, got 499.5` (the severity is shown beside it). */
export function problemText(problem: CatalogProblem): string {
  return `${problem.file}: ${problem.pointer || '/'}: ${problem.message}`;
}

function SeverityIcon({ severity }: { severity: CatalogProblem['severity'] }) {
  return (
    <svg className="wb-problem__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {severity === 'error' ? (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      ) : (
        <>
          <path d="M8 1l7.5 13.5h-15z" fill="currentColor" />
          <path d="M8 6v4" stroke="#1d1c1a" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.3" r="1" fill="#1d1c1a" />
        </>
      )}
    </svg>
  );
}

interface ProblemListProps {
  readonly problems: readonly CatalogProblem[];
  /** True while the text has changed since it was last checked. */
  readonly pending: boolean;
  readonly onSelect: (problem: CatalogProblem) => void;
}

/** The problems of the catalog being edited; each one moves the editor's caret to its place. */
export const ProblemList = memo(function ProblemList({ problems, pending, onSelect }: ProblemListProps) {
  const t = useT();
  const hasErrors = problems.some((p) => p.severity === 'error');
  const tone = hasErrors ? 'error' : problems.length > 0 ? 'warning' : 'ok';
  return (
    <section className="wb-problems" aria-labelledby="wb-problems-title">
      <div className="wb-problems__head">
        <h3 id="wb-problems-title" className="wb-problems__title">
          {t('wb.problems')}
        </h3>
        <p role="status" className={`wb-problems__summary wb-problems__summary--${tone}`} data-testid="problem-summary">
          {problemSummary(problems)}
        </p>
        {pending && (
          <span className="wb-problems__pending" aria-hidden="true">
            {t('wb.checking')}
          </span>
        )}
      </div>
      {problems.length > 0 ? (
        <>
          <p className="wb-problems__hint" id="wb-problems-hint">
            {t('wb.selectHint')}
          </p>
          <ul className="wb-problems__list" aria-labelledby="wb-problems-title" aria-describedby="wb-problems-hint">
            {problems.map((problem, i) => (
              <li key={i}>
                <button type="button" className={`wb-problem wb-problem--${problem.severity}`} onClick={() => onSelect(problem)}>
                  <span className="wb-problem__severity">
                    <SeverityIcon severity={problem.severity} />
                    {problem.severity === 'error' ? t('wb.error') : t('wb.warning')}
                  </span>
                  <code className="wb-problem__text">{problemText(problem)}</code>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="wb-problems__none">{t('wb.valid')}</p>
      )}
    </section>
  );
});
