import type { OrderDetail as Order } from '../../app/production-api.ts';
import { nextOrderStatus } from '../../domain/order-status.ts';
import { formatDate, formatMoney } from '../format.ts';
import { i18nState, useT } from '../i18n/i18n.ts';
import { BomTable } from '../review/bom-table.tsx';
import { OrderPicture } from './order-picture.tsx';
import { SpecChoices } from '../review/spec-choices.tsx';

export interface OrderDetailProps {
  readonly order: Order;
  readonly busy: boolean;
  readonly onAdvance: (order: Order) => void;
  /** Fetches the order's picture (with the token). */
  readonly loadPicture: (number: string) => Promise<Blob>;
}

/** One order as production builds it: customer, choices, bill of materials beside the picture the customer saw, history, next step. */
export function OrderDetail({ order, busy, onAdvance, loadPicture }: OrderDetailProps) {
  const next = nextOrderStatus(order.status);
  const t = useT();
  const { spec } = order;
  return (
    <section className="production__detail" aria-labelledby="production-detail-title">
      <h2 id="production-detail-title" className="review__subtitle">
        {t('prod.orderNumber', { number: order.number })}
      </h2>
      <p>
        <strong data-testid="order-status">{t(`status.${order.status}`)}</strong> ·{' '}
        {t('prod.summary', {
          product: spec.catalog.name,
          version: spec.catalog.version,
          total: formatMoney(spec.price.total, spec.price.currency),
          date: formatDate(spec.leadTime.shipDate),
        })}
      </p>
      {spec.customer && (
        <p>
          {spec.customer.name ?? t('prod.noName')} {spec.customer.email && <>&lt;{spec.customer.email}&gt;</>}
          {t('prod.marketing', { answer: spec.customer.consent.marketing ? t('prod.yes') : t('prod.no') })}
        </p>
      )}
      {next ? (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => onAdvance(order)}>
          {t('prod.markAs', { status: t(`status.${next}`).toLowerCase() })}
        </button>
      ) : (
        <p>{t('prod.shipped')}</p>
      )}

      <h3>{t('prod.choices')}</h3>
      <SpecChoices choices={spec.choices} />

      <h3>{t('prod.bom')}</h3>
      <div className="production__build">
        <BomTable lines={spec.billOfMaterials} label={t('prod.bomOf', { number: order.number })} />
        <OrderPicture order={order} load={loadPicture} />
      </div>

      <h3>{t('prod.history')}</h3>
      <ol className="production__history">
        {order.history.map((event) => (
          <li key={`${event.to}-${event.at}`}>
            {t('prod.historyEntry', {
              status: t(`status.${event.to}`),
              at: new Date(event.at).toLocaleString(i18nState().locale, { timeZone: 'UTC' }),
              actor: event.actor,
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
