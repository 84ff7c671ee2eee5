import { useEffect, useMemo, useState, type RefObject } from 'react';
import { pictureFileName, shortHash, usePictureSealedSpec } from '../../app/seal-spec.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDate, formatDateRange, formatMoney } from '../format.ts';
import { SnapshotFigure } from '../preview/snapshot-figure.tsx';
import { PriceLines } from './price-lines.tsx';
import { BomTable } from './bom-table.tsx';
import { SubmitOrder } from './submit-order.tsx';
import { useT } from '../i18n/i18n.ts';
import './print.css';
import { SpecChoices } from './spec-choices.tsx';

type CopyStatus = 'idle' | 'copied' | 'unavailable';

export function Done({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { snapshot, send, view } = useFlow();
  const { spec, catalog } = snapshot.context;
  const t = useT();
  // The spec refers to the product picture (its SHA-256) under its seal, so sealing waits for the
  // picture, for a limited time: without it the spec is sealed with no picture rather than never.
  // The download and the copy are the sealed spec, so production can check nothing changed since.
  const { seal, picture, onPicture } = usePictureSealedSpec(spec, catalog, view?.scene.description);
  const sealed = seal.status === 'sealed' ? seal : null;
  const download = useMemo(() => {
    if (!sealed) return null;
    return {
      href: URL.createObjectURL(new Blob([sealed.json], { type: 'application/json' })),
      name: `${sealed.spec.catalog.id}-order-spec-${sealed.spec.createdAt.slice(0, 10)}.json`,
    };
  }, [sealed]);
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download.href);
    },
    [download],
  );
  const [copy, setCopy] = useState<{ json: string; status: CopyStatus } | null>(null);
  const copyStatus = copy && sealed && copy.json === sealed.json ? copy.status : 'idle';
  if (!spec) return null;

  async function copySpec() {
    if (!sealed) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(sealed.json);
      setCopy({ json: sealed.json, status: 'copied' });
    } catch {
      setCopy({ json: sealed.json, status: 'unavailable' });
    }
  }

  return (
    <section className="done" aria-labelledby="done-title">
      <h1 id="done-title" className="step__title" tabIndex={-1} ref={headingRef}>
        {t('done.title')}
      </h1>
      <p className="done__product print-only">
        {t('done.printLine', { product: spec.catalog.name, version: spec.catalog.version, date: formatDate(spec.leadTime.orderDate) })}
      </p>
      <p>
        {spec.pricing.quantity > 1
          ? t('done.costsMany', { count: spec.pricing.quantity, product: spec.catalog.name.toLowerCase() })
          : t('done.costs', { product: spec.catalog.name.toLowerCase() })}
        <strong>{formatMoney(spec.price.payable, spec.price.currency)}</strong>
        {spec.taxes.some((tax) => tax.included) && t('done.inclTax', { tax: spec.taxes[0]!.name })}
        {t('done.shipsBy')}
        <strong>{formatDate(spec.leadTime.shipDate)}</strong>
        {spec.leadTime.delivery && spec.pricing.market && (
          <>
            {t('done.arrive', { market: spec.pricing.market.name })}
            <strong>{formatDateRange(spec.leadTime.delivery.from, spec.leadTime.delivery.to)}</strong>
          </>
        )}
        .<span className="done__download-hint">{t('done.downloadHint')}</span>
      </p>
      <p className="done__fingerprint" data-testid="spec-fingerprint">
        {seal.status === 'sealed' && (
          <>
            {t('done.fingerprint')}
            <code title={seal.spec.integrity.hash}>{shortHash(seal.spec.integrity.hash)}</code>
          </>
        )}
        {seal.status === 'sealing' && t('done.sealing')}
        {seal.status === 'failed' && t('done.sealFailed', { message: seal.message })}
      </p>
      {seal.status === 'sealed' && (
        <p className="done__hash print-only">
          {t('done.hash')}
          <code>{seal.spec.integrity.hash}</code>
        </p>
      )}
      <p className="done__privacy">{t('done.privacy')}</p>
      <SnapshotFigure onPicture={onPicture} fileName={sealed?.spec.picture ? pictureFileName(sealed.spec) : undefined} />

      <h2 className="review__subtitle">{t('review.choices')}</h2>
      <SpecChoices choices={spec.choices} className="done__choices" />

      <h2 className="review__subtitle">{t('done.parts')}</h2>
      <BomTable lines={spec.billOfMaterials} />

      <h2 className="review__subtitle">{t('review.price')}</h2>
      <PriceLines price={spec.price} taxes={spec.taxes} />

      <h2 className="review__subtitle">{t('review.delivery')}</h2>
      <p>
        {t('done.shipsByStart')}
        <strong>{formatDate(spec.leadTime.shipDate)}</strong>
        {t('done.shipsByLine', { count: spec.leadTime.businessDays, date: formatDate(spec.leadTime.orderDate) })}
      </p>

      <SubmitOrder picture={picture} />

      <div className="step__nav done__actions">
        <button type="button" className="button" onClick={() => send({ type: 'RESTART' })}>
          {t('done.restart')}
        </button>
        <button type="button" className="button" onClick={() => void copySpec()} disabled={!sealed}>
          {t('done.copy')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('done.print')}
        </button>
        {download ? (
          <a className="button button--primary" href={download.href} download={download.name}>
            {t('done.download')}
          </a>
        ) : (
          <button type="button" className="button button--primary" disabled>
            {t('done.sealing')}
          </button>
        )}
      </div>
      <p role="status" className="done__status">
        {copyStatus === 'copied' && t('done.copied')}
        {copyStatus === 'unavailable' && t('done.copyUnavailable')}
      </p>
    </section>
  );
}
