import type { RefObject } from 'react';
import { describeValue } from '../../domain/describe-selection.ts';
import { choiceSource } from '../../domain/order-spec.ts';
import { useFlow } from '../flow-context.tsx';
import { FixButton } from '../configurator/fix-button.tsx';
import { formatDate, plural } from '../format.ts';
import { PriceLines } from './price-lines.tsx';
import { ShareDesign } from '../designs/share-design.tsx';
import { SaveDesign } from '../designs/save-design.tsx';

export function Review({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { snapshot, send, view } = useFlow();
  const { catalog, choices } = snapshot.context;
  if (!catalog || !view) return null;
  const canConfirm = snapshot.can({ type: 'CONFIRM' });
  const { leadTime } = view;

  return (
    <section className="review" aria-labelledby="review-title">
      <h1 id="review-title" className="step__title" tabIndex={-1} ref={headingRef}>
        Review your {catalog.name.toLowerCase()}
      </h1>

      <h2 className="review__subtitle">Your choices</h2>
      <dl className="choices">
        {catalog.groups.map((group, index) => (
          <div key={group.id} className="choices__row">
            <dt>{group.label}</dt>
            <dd>
              <span data-testid={`choice-${group.id}`}>{describeValue(group, view.selections[group.id])}</span>
              <SourceNote source={choiceSource(group, choices, view.selections[group.id]!)} />
            </dd>
            <dd className="choices__edit">
              <button type="button" className="button button--link" onClick={() => send({ type: 'EDIT_STEP', index })}>
                Change<span className="visually-hidden"> {group.label.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      {view.remaining > 1n && (
        <p className="review__remaining">
          Your choices still allow {view.remaining.toLocaleString('en-GB')} different {catalog.name.toLowerCase()} designs; this is the one you will get.
        </p>
      )}

      <h2 className="review__subtitle">Price</h2>
      <PriceLines price={view.price} taxes={view.price.taxes} />

      <h2 className="review__subtitle">Delivery</h2>
      <p className="review__lead">
        Made and shipped in {plural(leadTime.businessDays, 'business day', 'business days')}: by{' '}
        <strong>
          <time dateTime={leadTime.shipDate}>{formatDate(leadTime.shipDate)}</time>
        </strong>
        .
        {leadTime.drivers.length > 0 && (
          <>
            {' '}
            The longest to make: {leadTime.drivers.map((c) => c.name).join('; ')} ({plural(leadTime.productionDays, 'day', 'days')}), then{' '}
            {plural(leadTime.assemblyDays, 'day', 'days')} of assembly and checks.
          </>
        )}
        {leadTime.adjustments.map((adjustment) => (
          <span key={adjustment.id} className="review__adjustment">
            {' '}
            {adjustment.label}: {adjustment.days > 0 ? '+' : '−'}
            {plural(Math.abs(adjustment.days), 'day', 'days')}.
          </span>
        ))}
      </p>

      {(view.violations.length > 0 || view.incomplete.length > 0) && (
        <div className="conflict" role="alert" id="confirm-blocked">
          <h2 className="conflict__title">This design can't be ordered yet</h2>
          <ul>
            {view.violations.map((rule) => (
              <li key={rule.id}>{rule.message}</li>
            ))}
            {view.incomplete.map((problem) => (
              <li key={problem.groupId}>{problem.reason}.</li>
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
          Back
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!canConfirm}
          aria-describedby={canConfirm ? undefined : 'confirm-blocked'}
          onClick={() => send({ type: 'CONFIRM' })}
        >
          Confirm design
        </button>
      </div>

      <section className="design-actions" aria-labelledby="design-actions-title">
        <h2 id="design-actions-title" className="review__subtitle">
          Keep or share this design
        </h2>
        <ShareDesign catalog={catalog} choices={choices} />
        <SaveDesign catalog={catalog} choices={choices} now={snapshot.context.now} />
      </section>
    </section>
  );
}

function SourceNote({ source }: { source: 'customer' | 'default' | 'adjusted' }) {
  if (source === 'customer') return null;
  return <span className="choices__default"> {source === 'default' ? '(standard)' : '(adjusted to fit your choices)'}</span>;
}
