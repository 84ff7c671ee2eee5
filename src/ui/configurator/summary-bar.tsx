import { useViewStore } from '../../app/view-store.ts';
import { describeChoice } from '../i18n/describe-choice.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDate, formatDateRange, formatMoney } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { PriceLines } from '../review/price-lines.tsx';
import { taxNote } from '../review/tax-note.ts';
import { PricingControls } from './pricing-controls.tsx';

/** Price and delivery, always in view; announced politely when they change. */
export function SummaryBar() {
  const { view, snapshot } = useFlow();
  const open = useViewStore((state) => state.breakdownOpen);
  const toggle = useViewStore((state) => state.toggleBreakdown);
  const t = useT();
  const catalog = snapshot.context.catalog;
  if (!view || !catalog) return null;
  const { price, leadTime } = view;
  const note = taxNote(price);
  const drivers = view.leadTimeDrivers.map(({ groupId, valueId }) => {
    const group = catalog.groups.find((g) => g.id === groupId);
    return group ? `${describeChoice(group, group.kind === 'multi' ? [valueId] : valueId)} (${group.label.toLowerCase()})` : valueId;
  });
  return (
    <aside className="summary" aria-label={t('summary.label')}>
      <div className="summary__breakdown" id="summary-breakdown" hidden={!open}>
        {open && (
          <>
            <PricingControls />
            <PriceLines price={price} taxes={price.taxes} />
          </>
        )}
      </div>
      <div className="summary__row">
        <div role="status" className="summary__status">
          <span className="summary__price">
            <span className="summary__total" data-testid="total">
              {formatMoney(price.total, price.currency)}
            </span>
            {(price.terms.quantity > 1 || note) && (
              <span className="summary__note">
                {' '}
                {[price.terms.quantity > 1 ? t('summary.forQuantity', { count: price.terms.quantity }) : '', note ?? ''].filter(Boolean).join(' · ')}
              </span>
            )}
          </span>
          <span className="summary__lead" data-testid="lead-time">
            {t('summary.shipsIn', { count: leadTime.businessDays })}
            <time dateTime={leadTime.shipDate}>{formatDate(leadTime.shipDate)}</time>
          </span>
          {leadTime.delivery && price.terms.market && (
            <span className="summary__lead" data-testid="delivery">
              {t('summary.arrivesIn', { market: price.terms.market.name })}{' '}
              <time dateTime={leadTime.delivery.from}>{formatDateRange(leadTime.delivery.from, leadTime.delivery.to)}</time>
            </span>
          )}
          {drivers.length > 0 && <span className="summary__driver">{t('summary.takesLongest', { drivers: drivers.join(', ') })}</span>}
        </div>
        <button type="button" className="button button--small summary__toggle" aria-expanded={open} aria-controls="summary-breakdown" onClick={toggle}>
          {open ? t('summary.hideDetails') : t('summary.showDetails')}
        </button>
      </div>
    </aside>
  );
}
