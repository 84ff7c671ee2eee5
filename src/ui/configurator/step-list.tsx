import { describeChoice } from '../i18n/describe-choice.ts';
import { ruleGroups } from '../../domain/rules.ts';
import { useFlow } from '../flow-context.tsx';
import { useT } from '../i18n/i18n.ts';

/** The steps as a list of links: shows each choice and lets the customer jump back to any step. */
export function StepList() {
  const { snapshot, send, view } = useFlow();
  const { catalog, stepIndex } = snapshot.context;
  const t = useT();
  if (!catalog || !view || snapshot.matches('done')) return null;
  const configuring = snapshot.matches('configuring');
  const conflicted = new Set(view.violations.flatMap((rule) => [...ruleGroups(rule)]));

  return (
    <nav className="steps" aria-label={t('steps.nav')}>
      <ol className="steps__list">
        {catalog.groups.map((group, index) => {
          const current = configuring && index === stepIndex;
          return (
            <li key={group.id} className="steps__item">
              <button
                type="button"
                className={`steps__button${current ? ' steps__button--current' : ''}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => send({ type: 'EDIT_STEP', index })}
              >
                <span className="steps__label">{group.label}</span>
                <span className="steps__value">
                  {conflicted.has(group.id) && (
                    <span className="steps__warning" aria-label={t('steps.conflict')}>
                      !
                    </span>
                  )}
                  {describeChoice(group, view.selections[group.id])}
                </span>
              </button>
            </li>
          );
        })}
        <li className="steps__item">
          <button
            type="button"
            className={`steps__button${snapshot.matches('reviewing') ? ' steps__button--current' : ''}`}
            aria-current={snapshot.matches('reviewing') ? 'step' : undefined}
            onClick={() => send({ type: 'REVIEW' })}
          >
            <span className="steps__label">{t('steps.reviewStep')}</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
