import { useSyncExternalStore } from 'react';
import { refusalKind, refusedOrderOf } from '../../app/refused-orders.ts';
import { encodeShareLink } from '../../app/share-link.ts';
import { orderOutbox } from '../../app/submit-order-outbox.ts';
import type { IsoDate } from '../../domain/business-days.ts';
import { formatDate } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { FindingDetails } from './submit-order.tsx';

/**
 * Orders the customer placed that the service later refused (typically one that waited offline in
 * this browser for days, so its prices and dates no longer hold): said at the top of the shop on the
 * next visit, with the reasons and a link that opens the same design again at today's prices, until
 * the customer dismisses it or reopens the design.
 */
export function RefusedOrdersNotice() {
  const t = useT();
  const entries = useSyncExternalStore(orderOutbox.subscribe, orderOutbox.needsAttention, orderOutbox.needsAttention);
  if (entries.length === 0) return null;
  return (
    <section className="notice notice--error refused-orders" aria-labelledby="refused-orders-title">
      <h2 id="refused-orders-title">{t('refused.title', { count: entries.length })}</h2>
      <ul className="refused-orders__list">
        {entries.map((entry) => {
          const order = refusedOrderOf(entry.spec);
          return (
            <li key={entry.hash} className="refused-orders__item" data-testid="refused-order">
              <p>
                <strong>
                  {order
                    ? t('refused.item', { product: order.product.toLowerCase(), date: formatDate(order.confirmedOn as IsoDate) })
                    : t('refused.unknownItem')}
                </strong>{' '}
                {t(`refused.${refusalKind(entry.findings)}`)}
              </p>
              <FindingDetails findings={entry.findings} />
              <p className="refused-orders__actions">
                {order && (
                  <a className="button button--primary button--small" href={encodeShareLink(order.design)} onClick={() => orderOutbox.acknowledge(entry.hash)}>
                    {t('refused.reopen')}
                  </a>
                )}
                <button type="button" className="button button--small" onClick={() => orderOutbox.acknowledge(entry.hash)}>
                  {t('notice.dismiss')}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
