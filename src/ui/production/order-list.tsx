import type { OrderFilter, OrderSummary } from '../../app/production-api.ts';
import { ORDER_STATUSES } from '../../domain/order-status.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useT } from '../i18n/i18n.ts';

export interface OrderListProps {
  readonly orders: readonly OrderSummary[] | null;
  readonly filter: OrderFilter;
  readonly onFilter: (filter: OrderFilter) => void;
  readonly selected: string | null;
  readonly onSelect: (number: string) => void;
}

/** The orders with status and date filters; picking one opens its detail. */
export function OrderList({ orders, filter, onFilter, selected, onSelect }: OrderListProps) {
  const t = useT();
  return (
    <section aria-labelledby="production-orders-title">
      <h2 id="production-orders-title" className="review__subtitle">
        {t('prod.orders')}
      </h2>
      <div className="production__filters">
        <label>
          {t('prod.status')}
          <select value={filter.status ?? ''} onChange={(e) => onFilter({ ...filter, status: e.target.value as OrderFilter['status'] })}>
            <option value="">{t('prod.all')}</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('prod.receivedFrom')}
          <input type="date" value={filter.from ?? ''} onChange={(e) => onFilter({ ...filter, from: e.target.value })} />
        </label>
        <label>
          {t('prod.to')}
          <input type="date" value={filter.to ?? ''} onChange={(e) => onFilter({ ...filter, to: e.target.value })} />
        </label>
      </div>
      {orders === null ? (
        <p role="status">{t('prod.loading')}</p>
      ) : orders.length === 0 ? (
        <p role="status">{t('prod.noMatch')}</p>
      ) : (
        // Seven columns do not fit a phone: the table scrolls sideways in its own box, not the page.
        <div className="production__scroll" role="region" aria-label={t('prod.ordersTable')} tabIndex={0}>
          <table className="production__orders">
            <thead>
              <tr>
                <th scope="col">{t('prod.order')}</th>
                <th scope="col">{t('prod.received')}</th>
                <th scope="col">{t('prod.product')}</th>
                <th scope="col">{t('prod.customer')}</th>
                <th scope="col">{t('prod.total')}</th>
                <th scope="col">{t('prod.shipsBy')}</th>
                <th scope="col">{t('prod.status')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.number} aria-current={order.number === selected ? 'true' : undefined}>
                  <td>
                    <button type="button" className="production__open" onClick={() => onSelect(order.number)}>
                      {order.number}
                    </button>
                  </td>
                  <td>{formatDate(order.receivedAt.slice(0, 10))}</td>
                  <td>
                    {order.catalog.name} <span className="production__muted">v{order.catalog.version}</span>
                  </td>
                  <td>{order.customerName ?? '—'}</td>
                  <td>{formatMoney(order.total, order.currency)}</td>
                  <td>{formatDate(order.shipDate)}</td>
                  <td>{t(`status.${order.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
