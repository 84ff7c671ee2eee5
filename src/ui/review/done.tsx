import { useEffect, useMemo, type RefObject } from 'react';
import { useFlow } from '../flow-context.tsx';
import { formatDate, formatMoney } from '../format.ts';

export function Done({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { snapshot, send } = useFlow();
  const spec = snapshot.context.spec;
  const download = useMemo(() => {
    if (!spec) return null;
    const json = JSON.stringify(spec, null, 2) + '\n';
    return { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), name: `${spec.catalog.id}-order-spec-${spec.createdAt.slice(0, 10)}.json` };
  }, [spec]);
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download.href);
    },
    [download],
  );
  if (!spec || !download) return null;

  return (
    <section className="done" aria-labelledby="done-title">
      <h1 id="done-title" className="step__title" tabIndex={-1} ref={headingRef}>
        Your design is ready
      </h1>
      <p>
        Your {spec.catalog.name.toLowerCase()} costs <strong>{formatMoney(spec.price.total, spec.price.currency)}</strong> and ships by{' '}
        <strong>{formatDate(spec.leadTime.shipDate)}</strong>. Download the order spec: it lists every choice, the parts we build it from and how the price adds up.
      </p>
      <p className="done__privacy">Nothing has been sent anywhere: the spec stays on your device until you choose to share it.</p>
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
      <div className="step__nav">
        <button type="button" className="button" onClick={() => send({ type: 'RESTART' })}>
          Start a new design
        </button>
        <a className="button button--primary" href={download.href} download={download.name}>
          Download order spec (JSON)
        </a>
      </div>
    </section>
  );
}
