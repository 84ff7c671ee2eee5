import { useViewStore } from '../../app/view-store.ts';
import { describeValue } from '../../domain/describe-selection.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDate, formatMoney, plural } from '../format.ts';
import { PriceLines } from '../review/price-lines.tsx';

/** Price and delivery, always in view; announced politely when they change. */
export function SummaryBar() {
  const { view, snapshot } = useFlow();
  const open = useViewStore((state) => state.breakdownOpen);
  const toggle = useViewStore((state) => state.toggleBreakdown);
  const catalog = snapshot.context.catalog;
  if (!view || !catalog) return null;
  const { price, leadTime } = view;
  const drivers = view.leadTimeDrivers.map(({ groupId, valueId }) => {
    const group = catalog.groups.find((g) => g.id === groupId);
    return group ? `${describeValue(group, group.kind === 'multi' ? [valueId] : valueId)} (${group.label.toLowerCase()})` : valueId;
  });
  return (
    <aside className="summary" aria-label="Price and delivery">
      <div className="summary__breakdown" id="summary-breakdown" hidden={!open}>
        {open && <PriceLines price={price} taxes={price.taxes} />}
      </div>
      <div className="summary__row">
        <div role="status" className="summary__status">
          <span className="summary__total" data-testid="total">
            {formatMoney(price.total, price.currency)}
          </span>
          <span className="summary__lead" data-testid="lead-time">
            Ships in {plural(leadTime.businessDays, 'business day', 'business days')} · by <time dateTime={leadTime.shipDate}>{formatDate(leadTime.shipDate)}</time>
          </span>
          {drivers.length > 0 && <span className="summary__driver">Takes longest: {drivers.join(', ')}</span>}
        </div>
        <button type="button" className="button button--small summary__toggle" aria-expanded={open} aria-controls="summary-breakdown" onClick={toggle}>
          {open ? 'Hide price details' : 'Price details'}
        </button>
      </div>
    </aside>
  );
}
