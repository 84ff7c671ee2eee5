import { useEffect, useMemo, useRef, useState } from 'react';
import { designOfSpec, quoteLink, saveQuoteRecord, updateServerQuote } from '../../app/quote-records.ts';
import type { AppProblem } from '../../app/app-problems.ts';
import { pictureFileName, usePictureSealedSpec } from '../../app/seal-spec.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDate } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { appProblemText } from '../i18n/problem-text.ts';
import { SnapshotFigure } from '../preview/snapshot-figure.tsx';
import { PriceLines } from '../review/price-lines.tsx';
import { AuditList } from './audit-list.tsx';
import { SALES_TEXT } from './sales-texts.ts';
import { SpecChoices } from '../review/spec-choices.tsx';

const t = SALES_TEXT.document;
const SERVER_QUOTE_NUMBER = /^Q-\d{4}-\d{6,}$/;

/**
 * The quote in the shop's style, on screen and in print (Print → Save as PDF): summary, picture,
 * price breakdown, lead time and delivery window, terms; and the same order spec to download.
 * It is saved in this browser as soon as it is sealed (with the picture on it, or without once that
 * has failed or taken too long), and on the order service when it numbered it.
 */
export function QuoteDocument() {
  const { snapshot, send, view } = useFlow();
  const { spec, catalog, now } = snapshot.context;
  // Like an order's, the quote's spec refers to the picture on it (sealed apart from the design),
  // so sealing, and saving, wait for the picture for a limited time.
  const { seal, onPicture } = usePictureSealedSpec(spec, catalog, view?.scene.description);
  const sealed = seal.status === 'sealed' ? seal : null;
  // Where it was saved (or why not), worded at render so the status follows a change of language.
  const [saved, setSaved] = useState<{ number: string; onServer: boolean } | { problem: AppProblem } | null>(null);
  const words = useT();
  // The quote replaces the review (and the button that prepared it): keyboard and screen-reader users start at its title.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  useEffect(() => {
    if (!sealed || !sealed.spec.quote) return;
    let current = true;
    const number = sealed.spec.quote.number;
    void (async () => {
      const onServer = SERVER_QUOTE_NUMBER.test(number) && (await updateServerQuote(number, sealed.spec)) === undefined;
      // Always kept in this browser too, so the quote can be resumed without the service.
      const problem = saveQuoteRecord(sealed.spec, designOfSpec(sealed.spec), onServer, now());
      if (current) setSaved(problem ? { problem } : { number, onServer });
    })();
    return () => {
      current = false;
    };
  }, [sealed, now]);

  const download = useMemo(
    () =>
      sealed
        ? { href: URL.createObjectURL(new Blob([sealed.json], { type: 'application/json' })), name: `quote-${sealed.spec.quote?.number ?? 'draft'}.json` }
        : null,
    [sealed],
  );
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download.href);
    },
    [download],
  );

  if (!spec) return null;
  const quote = spec.quote;
  const customer = spec.customer;
  const resumeHref = quote ? `${window.location.pathname}${quoteLink(quote.number)}` : null;
  return (
    <article className="quote" aria-labelledby="quote-title">
      <header className="quote__header">
        <p className="quote__shop">
          <span className="brand__mark" aria-hidden="true">
            M
          </span>{' '}
          {t.shop}
        </p>
        <h1 id="quote-title" tabIndex={-1} ref={headingRef}>
          {quote ? t.title(quote.number) : spec.catalog.name}
        </h1>
        <dl className="quote__facts">
          <div>
            <dt>{t.date}</dt>
            <dd>{formatDate(spec.leadTime.orderDate)}</dd>
          </div>
          {quote && (
            <>
              <div>
                <dt>{t.validUntil}</dt>
                <dd>{formatDate(quote.validUntil)}</dd>
              </div>
              <div>
                <dt>{t.preparedBy}</dt>
                <dd>{quote.preparedBy}</dd>
              </div>
            </>
          )}
        </dl>
      </header>

      {customer && (
        <section className="quote__section">
          <h2>{t.customer}</h2>
          <address className="quote__address">
            {[
              customer.name,
              customer.company,
              customer.address?.line1,
              customer.address?.line2,
              customer.address && `${customer.address.postalCode} ${customer.address.city}`,
              customer.address?.country,
              customer.email,
              customer.phone,
            ]
              .filter(Boolean)
              .map((line, index) => (
                <span key={index}>
                  {line}
                  <br />
                </span>
              ))}
          </address>
        </section>
      )}

      <section className="quote__section quote__design">
        <h2>
          {t.product}: {spec.catalog.name}
        </h2>
        <div className="quote__picture" aria-label={t.pictureSlot}>
          <SnapshotFigure onPicture={onPicture} fileName={sealed?.spec.picture ? pictureFileName(sealed.spec) : undefined} />
        </div>
        <SpecChoices choices={spec.choices} />
      </section>

      <section className="quote__section">
        <h2>{t.price}</h2>
        <p>
          {spec.pricing.priceList.label}
          {spec.pricing.market && ` · ${spec.pricing.market.name}`}
          {spec.pricing.quantity > 1 && ` · ${spec.pricing.quantity} units`}
        </p>
        <PriceLines price={spec.price} taxes={spec.taxes} />
      </section>

      <section className="quote__section">
        <h2>{t.delivery}</h2>
        <p>
          {t.shipsBy(spec.leadTime.businessDays, formatDate(spec.leadTime.shipDate))}
          {spec.leadTime.delivery && <> {t.deliveryWindow(formatDate(spec.leadTime.delivery.from), formatDate(spec.leadTime.delivery.to))}</>}
        </p>
      </section>

      {spec.notes && (
        <section className="quote__section">
          <h2>{t.notes}</h2>
          <p className="quote__notes">{spec.notes}</p>
        </section>
      )}

      {spec.requests.length > 0 && (
        <section className="quote__section">
          <h2>{t.requests}</h2>
          <ul>
            {spec.requests.map((request) => (
              <li key={request.id}>
                {request.text}
                {request.reference && ` (reference: ${request.reference})`}
              </li>
            ))}
          </ul>
        </section>
      )}

      {quote && (
        <section className="quote__section">
          <h2>{t.terms}</h2>
          <p>{t.termsText(formatDate(quote.validUntil))}</p>
        </section>
      )}

      <section className="quote__section quote__audit">
        <h2>{t.audit}</h2>
        <AuditList audit={spec.audit} />
      </section>

      <div className="quote__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t.print}
        </button>
        {download && (
          <a className="button" href={download.href} download={download.name}>
            {t.download}
          </a>
        )}
        {resumeHref && (
          <a className="button" href={resumeHref}>
            {t.resumeLink}
          </a>
        )}
        <button type="button" className="button" onClick={() => send({ type: 'RESTART' })}>
          {t.newQuote}
        </button>
      </div>
      <p role="status" className="quote__status" data-testid="quote-saved">
        {saved === null ? '' : 'problem' in saved ? appProblemText(saved.problem, words) : t.saved(saved.number, saved.onServer)}
      </p>
    </article>
  );
}
