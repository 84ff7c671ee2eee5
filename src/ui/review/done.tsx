import { useEffect, useMemo, useState, type RefObject } from 'react';
import { shortHash, useSealedSpec } from '../../app/seal-spec.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDate, formatMoney } from '../format.ts';
import { PriceLines } from './price-lines.tsx';
import './print.css';

type CopyStatus = 'idle' | 'copied' | 'unavailable';

export function Done({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { snapshot, send } = useFlow();
  const { spec, catalog } = snapshot.context;
  // The download and the copy are the sealed spec, so production can check nothing changed since.
  const seal = useSealedSpec(spec, catalog);
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
        Your design is ready
      </h1>
      <p className="done__product print-only">
        {spec.catalog.name} · catalog version {spec.catalog.version} · confirmed {formatDate(spec.leadTime.orderDate)}
      </p>
      <p>
        Your {spec.catalog.name.toLowerCase()} costs <strong>{formatMoney(spec.price.total, spec.price.currency)}</strong> and ships by{' '}
        <strong>{formatDate(spec.leadTime.shipDate)}</strong>.
        <span className="done__download-hint"> Download the order spec: it lists every choice, the parts we build it from and how the price adds up.</span>
      </p>
      <p className="done__fingerprint" data-testid="spec-fingerprint">
        {seal.status === 'sealed' && (
          <>
            Spec fingerprint <code title={seal.spec.integrity.hash}>{shortHash(seal.spec.integrity.hash)}</code>
          </>
        )}
        {seal.status === 'sealing' && 'Sealing…'}
        {seal.status === 'failed' && `The spec could not be sealed (${seal.message}).`}
      </p>
      {seal.status === 'sealed' && (
        <p className="done__hash print-only">
          SHA-256 of the order spec (RFC 8785): <code>{seal.spec.integrity.hash}</code>
        </p>
      )}
      <p className="done__privacy">Nothing has been sent anywhere: the spec stays on your device until you choose to share it.</p>

      <h2 className="review__subtitle">Your choices</h2>
      <dl className="choices done__choices">
        {spec.choices.map((choice) => (
          <div key={choice.groupId} className="choices__row">
            <dt>{choice.group}</dt>
            <dd>{choice.labels.length > 0 ? choice.labels.join(', ') : 'None'}</dd>
          </div>
        ))}
      </dl>

      <h2 className="review__subtitle">Parts list</h2>
      <table className="bom">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">SKU</th>
            <th scope="col">Qty</th>
          </tr>
        </thead>
        <tbody>
          {spec.billOfMaterials.map((line) => (
            <tr key={line.componentId}>
              <td>{line.name}</td>
              <td>
                <code>{line.sku}</code>
              </td>
              <td>{line.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="review__subtitle">Price</h2>
      <PriceLines price={spec.price} taxes={spec.taxes} />

      <h2 className="review__subtitle">Delivery</h2>
      <p>
        Ships by <strong>{formatDate(spec.leadTime.shipDate)}</strong>: {spec.leadTime.businessDays} business days from {formatDate(spec.leadTime.orderDate)}.
      </p>

      <div className="step__nav done__actions">
        <button type="button" className="button" onClick={() => send({ type: 'RESTART' })}>
          Start a new design
        </button>
        <button type="button" className="button" onClick={() => void copySpec()} disabled={!sealed}>
          Copy spec
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print summary
        </button>
        {download ? (
          <a className="button button--primary" href={download.href} download={download.name}>
            Download order spec (JSON)
          </a>
        ) : (
          <button type="button" className="button button--primary" disabled>
            Sealing…
          </button>
        )}
      </div>
      <p role="status" className="done__status">
        {copyStatus === 'copied' && 'Copied: the order spec is on your clipboard.'}
        {copyStatus === 'unavailable' && 'Copying is not available in this browser: download the order spec instead.'}
      </p>
    </section>
  );
}
