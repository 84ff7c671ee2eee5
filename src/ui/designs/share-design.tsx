import { useState } from 'react';
import type { Catalog } from '../../domain/catalog-schema.ts';
import type { Selections } from '../../domain/selections.ts';
import { shareUrl } from '../../app/share-link.ts';
import './designs.css';

/** Copies a link to the design; where the clipboard is not available, shows the link to copy by hand. */
export function ShareDesign({ catalog, choices }: { catalog: Catalog; choices: Selections }) {
  const url = shareUrl(window.location.href, { catalogId: catalog.id, catalogVersion: catalog.version, choices });
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
        Share this design
      </button>
      {current && (
        <p role="status" className="design-action__status">
          {current.copied ? 'Link copied' : 'Copy this link to share the design:'}
        </p>
      )}
      {current && !current.copied && (
        <input
          className="design-action__link"
          type="text"
          readOnly
          value={url}
          aria-label="Link to this design"
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      )}
    </div>
  );
}
