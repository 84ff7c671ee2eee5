import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { refusalKind, refusedOrderOf } from '../../app/refused-orders.ts';
import { encodeShareLink } from '../../app/share-link.ts';
import { sealOrderWithCustomer } from '../../app/submit-order.ts';
import { orderOutbox, type OutboxEntry } from '../../app/submit-order-outbox.ts';
import type { SpecPicture } from '../../app/spec-picture.ts';
import { useFlow } from '../flow-context.tsx';
import { translate, useT } from '../i18n/i18n.ts';
import './submit-order.css';

/**
 * "Place order" on the done page: the customer's name, email and consents go into the spec, which
 * is sealed and sent only when they press the button, with the product picture it refers to (the
 * button waits while the done page settles on the picture). If the shop cannot be reached, the
 * order waits in this browser and is sent by itself later.
 */
export function SubmitOrder({ picture }: { picture: SpecPicture }) {
  const { snapshot } = useFlow();
  const { spec, catalog, now } = snapshot.context;
  const id = useId();
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [fulfilment, setFulfilment] = useState(false);
  const [marketing, setMarketing] = useState(false);
  const [sent, setSent] = useState<{ for: typeof spec; hash: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const hash = sent && sent.for === spec ? sent.hash : null;
  const entry = useSyncExternalStore(orderOutbox.subscribe, () => (hash ? orderOutbox.entry(hash) : undefined));
  if (!spec || !catalog) return null;

  async function placeOrder(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!spec || !catalog || busy || picture.status !== 'settled') return;
    setBusy(true);
    setFailure(null);
    try {
      const file = picture.file;
      const sealed = await sealOrderWithCustomer(spec, catalog, { name, email, orderFulfilment: fulfilment, marketing }, now(), file?.reference);
      setSent({ for: spec, hash: sealed.integrity.hash });
      await orderOutbox.submit(sealed.integrity.hash, sealed, file?.png);
    } catch (error) {
      setFailure(translate('submit.prepareFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const placed = entry?.state === 'placed';
  return (
    <section className="submit-order" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review__subtitle">
        {t('submit.title')}
      </h2>
      {!placed && (
        <form className="submit-order__form" onSubmit={(event) => void placeOrder(event)}>
          <p className="submit-order__intro">{t('submit.intro')}</p>
          <div className="submit-order__field">
            <label htmlFor={`${id}-name`}>{t('submit.name')}</label>
            <input id={`${id}-name`} name="name" autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="submit-order__field">
            <label htmlFor={`${id}-email`}>{t('submit.email')}</label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <fieldset className="submit-order__consents">
            <legend>{t('submit.consent')}</legend>
            <label className="submit-order__check">
              <input type="checkbox" required checked={fulfilment} onChange={(e) => setFulfilment(e.target.checked)} />
              <span>
                {t('submit.fulfilment')} <span className="submit-order__required">{t('submit.required')}</span>
              </span>
            </label>
            <label className="submit-order__check">
              <input type="checkbox" checked={marketing} onChange={(e) => setMarketing(e.target.checked)} />
              <span>
                {t('submit.marketing')} <span className="submit-order__optional">{t('submit.optional')}</span>
              </span>
            </label>
          </fieldset>
          <button type="submit" className="button button--primary" disabled={busy || entry?.state === 'pending' || picture.status === 'waiting'}>
            {busy ? t('submit.placing') : t('submit.place')}
          </button>
        </form>
      )}
      <OrderStatus entry={entry} failure={failure} />
    </section>
  );
}

function OrderStatus({ entry, failure }: { entry: OutboxEntry | undefined; failure: string | null }) {
  const t = useT();
  return (
    <>
      <div role="status" className="submit-order__status">
        {entry?.state === 'placed' && (
          <p className="submit-order__placed">
            {t('submit.placed')}
            <strong data-testid="order-number">{entry.number}</strong>
            {t('submit.placedAfter')}
          </p>
        )}
        {entry?.state === 'pending' && entry.attempts > 0 && <p>{t('submit.offline', { message: entry.message ?? '' })}</p>}
      </div>
      {(entry?.state === 'rejected' || failure) && (
        <div role="alert" className="notice notice--error">
          <h3>{t('submit.rejected')}</h3>
          {failure ? <p>{failure}</p> : entry && <Refusal entry={entry} />}
        </div>
      )}
    </>
  );
}

/**
 * Why the service refused the order, in the customer's language and in terms they can act on,
 * with the service's own findings one click away and, unless only their details need fixing (the
 * form is right here), a link that opens the design again at today's prices.
 */
function Refusal({ entry }: { entry: OutboxEntry }) {
  const t = useT();
  const kind = refusalKind(entry.findings);
  const order = kind === 'details' ? null : refusedOrderOf(entry.spec);
  return (
    <>
      <p>{t(`refused.${kind}`)}</p>
      <FindingDetails findings={entry.findings} />
      {order && (
        <p>
          <a className="button button--small" href={encodeShareLink(order.design)} onClick={() => orderOutbox.acknowledge(entry.hash)}>
            {t('refused.reopen')}
          </a>
        </p>
      )}
    </>
  );
}

/** The service's own findings behind "What the shop said" (nothing when there are none): the customer's summary comes first. */
export function FindingDetails({ findings }: { findings: readonly { pointer: string; message: string }[] | undefined }) {
  const t = useT();
  if (!findings || findings.length === 0) return null;
  return (
    <details>
      <summary>{t('refused.reasons')}</summary>
      <FindingList findings={findings} />
    </details>
  );
}

/** The service's reasons for refusing an order, each at its JSON pointer in the spec. */
export function FindingList({ findings }: { findings: readonly { pointer: string; message: string }[] }) {
  return (
    <ul className="problem-list">
      {findings.map((finding) => (
        <li key={`${finding.pointer}:${finding.message}`}>
          <code>{finding.pointer || '/'}</code>: {finding.message}
        </li>
      ))}
    </ul>
  );
}
