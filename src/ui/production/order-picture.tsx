import { useEffect, useState } from 'react';
import type { OrderDetail as Order } from '../../app/production-api.ts';
import { shortHash } from '../../app/seal-spec.ts';
import { sha256HexOfBytes } from '../../domain/sha256.ts';
import type { PictureRefusal } from '../../domain/order-record.ts';
import { i18nState, translate, useT } from '../i18n/i18n.ts';

type Shown = { readonly for: string; readonly url: string } | { readonly for: string; readonly problem: string };

/**
 * The picture the customer saw, as the order's spec refers to it: fetched with the token, checked
 * once more against the spec's SHA-256 here, and shown beside the bill of materials. Nothing when
 * the spec has no picture; a note while it has not arrived, saying why when pictures sent for it
 * were refused.
 */
export function OrderPicture({ order, load }: { order: Order; load: (number: string) => Promise<Blob> }) {
  const t = useT();
  const reference = order.spec.picture;
  const sha256 = reference?.sha256;
  const arrived = order.pictureReceivedAt !== null;
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    if (!sha256 || !arrived) return;
    let live = true;
    let url: string | null = null;
    load(order.number)
      .then(async (blob) => {
        const actual = await sha256HexOfBytes(new Uint8Array(await blob.arrayBuffer()));
        if (actual !== sha256) throw new Error(translate('prod.pictureMismatch', { hash: shortHash(actual) }));
        if (!live) return;
        url = URL.createObjectURL(blob);
        setShown({ for: order.number, url });
      })
      .catch((error: unknown) => live && setShown({ for: order.number, problem: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [order.number, sha256, arrived, load]);

  if (!reference) return null;
  const current = shown?.for === order.number ? shown : null;
  return (
    <figure className="production__picture" data-testid="order-picture">
      {!arrived ? (
        <>
          <p className="production__muted">{t('prod.pictureMissing')}</p>
          {order.pictureRefused && <PictureRefused refusal={order.pictureRefused} />}
        </>
      ) : current && 'url' in current ? (
        <img src={current.url} alt={reference.alt} width={reference.width} height={reference.height} />
      ) : current ? (
        <p role="alert">{t('prod.pictureFailed', { message: current.problem })}</p>
      ) : (
        <p className="production__muted">{t('prod.pictureLoading')}</p>
      )}
      <figcaption>
        {t('prod.picture')} · <code title={reference.sha256}>{t('prod.pictureHash', { hash: shortHash(reference.sha256) })}</code>
      </figcaption>
    </figure>
  );
}

/** Pictures sent and refused: when, how many, and how the latest differs from the spec's reference (the service's words). */
function PictureRefused({ refusal }: { refusal: PictureRefusal }) {
  const t = useT();
  return (
    <div className="production__refused" data-testid="picture-refused">
      <p>{t('prod.pictureRefused', { at: new Date(refusal.at).toLocaleString(i18nState().locale, { timeZone: 'UTC' }), count: refusal.attempts })}</p>
      <ul>
        {refusal.findings.map((finding) => (
          <li key={finding.pointer + finding.message}>
            <code>{finding.pointer}</code> {finding.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
