import type { RefObject } from 'react';
import { describeChoice } from '../i18n/describe-choice.ts';
import { choiceSource } from '../../domain/order-spec.ts';
import { useFlow } from '../flow-context.tsx';
import { FixButton } from '../configurator/fix-button.tsx';
import { formatDate, formatDateRange, formatNumber } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { valueProblemText } from '../i18n/value-problem-text.ts';
import { PricingControls } from '../configurator/pricing-controls.tsx';
import { PriceLines } from './price-lines.tsx';
import { ShareDesign } from '../designs/share-design.tsx';
import { SaveDesign } from '../designs/save-design.tsx';

export function Review({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { snapshot, send, view } = useFlow();
  const { catalog, choices } = snapshot.context;
  const t = useT();
  if (!catalog || !view) return null;
  const canConfirm = snapshot.can({ type: 'CONFIRM' });
  const { leadTime } = view;

  return (
    <section className="review" aria-labelledby="review-title">
      <h1 id="review-title" className="step__title" tabIndex={-1} ref={headingRef}>
        {t('review.title', { product: catalog.name.toLowerCase() })}
      </h1>

      <h2 className="review__subtitle">{t('review.choices')}</h2>
      <dl className="choices">
        {catalog.groups.map((group, index) => (
          <div key={group.id} className="choices__row">
            <dt>{group.label}</dt>
            <dd>
              <span data-testid={`choice-${group.id}`}>{describeChoice(group, view.selections[group.id])}</span>
              <SourceNote source={choiceSource(group, choices, view.selections[group.id]!)} />
            </dd>
            <dd className="choices__edit">
              <button type="button" className="button button--link" onClick={() => send({ type: 'EDIT_STEP', index })}>
                {t('review.change')}
                <span className="visually-hidden"> {group.label.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      {view.remaining > 1n && (
        <p className="review__remaining">{t('review.remaining', { count: formatNumber(view.remaining), product: catalog.name.toLowerCase() })}</p>
      )}

      <h2 className="review__subtitle">{t('review.price')}</h2>
      <PricingControls />
      <PriceLines price={view.price} taxes={view.price.taxes} />

      <h2 className="review__subtitle">{t('review.delivery')}</h2>
      <p className="review__lead">
        {t('review.madeIn', { count: leadTime.businessDays })}
        <strong>
          <time dateTime={leadTime.shipDate}>{formatDate(leadTime.shipDate)}</time>
        </strong>
        .
        {leadTime.drivers.length > 0 && (
          <>
            {' '}
            {t('review.longest', {
              parts: leadTime.drivers.map((c) => c.name).join('; '),
              days: t('review.days', { count: leadTime.productionDays }),
              assembly: t('review.days', { count: leadTime.assemblyDays }),
            })}
          </>
        )}
        {leadTime.adjustments.map((adjustment) => (
          <span key={adjustment.id} className="review__adjustment">
            {' '}
            {adjustment.label}: {adjustment.days > 0 ? '+' : '−'}
            {t('review.days', { count: Math.abs(adjustment.days) })}.
          </span>
        ))}
        {leadTime.delivery && view.price.terms.market && (
          <span className="review__delivery">
            {' '}
            {t('review.arrivesIn', { market: view.price.terms.market.name })}{' '}
            <strong>
              <time dateTime={leadTime.delivery.from}>{formatDateRange(leadTime.delivery.from, leadTime.delivery.to)}</time>
            </strong>
            .
          </span>
        )}
      </p>

      {(view.violations.length > 0 || view.incomplete.length > 0) && (
        <div className="conflict" role="alert" id="confirm-blocked">
          <h2 className="conflict__title">{t('review.blocked')}</h2>
          <ul>
            {view.violations.map((rule) => (
              <li key={rule.id}>{rule.message}</li>
            ))}
            {view.incomplete.map((problem) => (
              <li key={problem.groupId}>{valueProblemText(problem.problem, t)}.</li>
            ))}
          </ul>
          {view.fixes.length > 0 && (
            <div className="conflict__fixes">
              {view.fixes.map((fix) => (
                <FixButton key={fix.groupId} fix={[fix]} />
              ))}
            </div>
          )}
        </div>
      )}

      <div className="step__nav">
        <button type="button" className="button" onClick={() => send({ type: 'BACK' })}>
          {t('step.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!canConfirm}
          aria-describedby={canConfirm ? undefined : 'confirm-blocked'}
          onClick={() => send({ type: 'CONFIRM' })}
        >
          {t('review.confirm')}
        </button>
      </div>

      <section className="design-actions" aria-labelledby="design-actions-title">
        <h2 id="design-actions-title" className="review__subtitle">
          {t('review.keepOrShare')}
        </h2>
        <ShareDesign catalog={catalog} choices={choices} pricing={snapshot.context.pricing} />
        <SaveDesign catalog={catalog} choices={choices} now={snapshot.context.now} />
      </section>
    </section>
  );
}

function SourceNote({ source }: { source: 'customer' | 'default' | 'adjusted' }) {
  const t = useT();
  if (source === 'customer') return null;
  return <span className="choices__default"> {source === 'default' ? t('review.standard') : t('review.adjusted')}</span>;
}
