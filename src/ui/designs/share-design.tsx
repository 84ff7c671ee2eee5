import { useState } from 'react';
import type { Catalog } from '../../domain/catalog-schema.ts';
import type { Selections } from '../../domain/selections.ts';
import type { PricingChoice } from '../../domain/pricing-terms.ts';
import { shareUrl } from '../../app/share-link.ts';
import { useI18n } from '../i18n/i18n.ts';
import './designs.css';

/** Copies a link to the design; where the clipboard is not available, shows the link to copy by hand. */
export function ShareDesign({ catalog, choices, pricing }: { catalog: Catalog; choices: Selections; pricing?: PricingChoice }) {
  const { lang, t } = useI18n();
  const terms = {
    ...(pricing?.country !== undefined ? { country: pricing.country } : {}),
    ...(pricing?.quantity !== undefined ? { quantity: pricing.quantity } : {}),
  };
  const url = shareUrl(window.location.href, {
    catalogId: catalog.id,
    catalogVersion: catalog.version,
    choices,
    pricing: terms,
    ...(lang === 'en' ? {} : { lang }),
  });
  const [shared, setShared] = useState<{ url: string; copied: boolean } | null>(null);
  // A changed design needs a new link: what was copied before is no longer this design.
  const current = shared?.url === url ? shared : null;

  async function share() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setShared({ url, copied: true });
    } catch {
      setShared({ url, copied: false });
    }
  }

  return (
    <div className="design-action">
      <button type="button" className="button" onClick={() => void share()}>
        {t('share.button')}
      </button>
      {current && (
        <p role="status" className="design-action__status">
          {current.copied ? t('share.copied') : t('share.copyByHand')}
        </p>
      )}
      {current && !current.copied && (
        <input
          className="design-action__link"
          type="text"
          readOnly
          value={url}
          aria-label={t('share.linkLabel')}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      )}
    </div>
  );
}
