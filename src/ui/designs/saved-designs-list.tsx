import { useMemo, useState } from 'react';
import type { Catalog } from '../../domain/catalog-schema.ts';
import { savedDesignView, type SavedDesignView } from '../../app/saved-design-view.ts';
import { browserSavedDesigns, type SavedDesigns } from '../../app/saved-designs.ts';
import { useFlow } from '../flow-context.tsx';
import { formatMoney, formatSavedAt } from '../format.ts';
import { openDesign } from './open-design.ts';
import { useSavedDesigns } from './use-saved-designs.ts';
import { translate, useT } from '../i18n/i18n.ts';
import { designNoteWords } from '../i18n/design-note-text.ts';
import { routeHref } from '../../app/hash-route.ts';
import './designs.css';

/** The designs saved in this browser, each re-checked and priced today; open one or delete it. */
export function SavedDesignsList({ catalogs, designs = browserSavedDesigns() }: { catalogs: readonly Catalog[]; designs?: SavedDesigns }) {
  const saved = useSavedDesigns(designs);
  const t = useT();
  // Notes are worded in the current language: `t` changes with it.
  const views = useMemo(() => saved.map((design) => savedDesignView(catalogs, design, designNoteWords(t))), [saved, catalogs, t]);
  // Read after `saved`, which keeps this in step with saving, deleting and other tabs.
  const unreadable = designs.unreadable();
  if (views.length === 0 && unreadable === 0) return null;
  return (
    <section className="saved-designs" aria-labelledby="saved-designs-title">
      <h2 id="saved-designs-title">{t('saved.title')}</h2>
      {unreadable > 0 && (
        <p className="notice" data-testid="saved-unreadable">
          {t('saved.unreadable', { count: unreadable })} <a href={routeHref['your-data']}>{t('saved.unreadableFix')}</a>
        </p>
      )}
      <ul className="saved-designs__list">
        {views.map((view) => (
          <SavedDesignItem key={view.design.id} view={view} designs={designs} />
        ))}
      </ul>
      <p className="saved-designs__privacy">{t('saved.privacy')}</p>
    </section>
  );
}

function SavedDesignItem({ view, designs }: { view: SavedDesignView; designs: SavedDesigns }) {
  const { send } = useFlow();
  const [confirming, setConfirming] = useState(false);
  const t = useT();
  const { design, restored, total } = view;
  const catalog = restored.catalog;
  return (
    <li className="saved-design">
      <div className="saved-design__text">
        <h3 className="saved-design__name">{design.name}</h3>
        <p className="saved-design__meta">
          {catalog ? catalog.name : t('saved.gone')}
          {t('saved.savedOn')}
          <time dateTime={design.savedAt}>{formatSavedAt(design.savedAt)}</time>
          {catalog && total !== null && (
            <>
              {' '}
              · <strong>{formatMoney(total, catalog.currency)}</strong>
              {t('saved.today')}
            </>
          )}
        </p>
      </div>
      {confirming ? (
        <div className="saved-design__actions" role="group" aria-label={t('saved.deleteQuestion', { name: design.name })}>
          <span className="saved-design__confirm">{t('saved.deleteConfirm')}</span>
          <button type="button" className="button button--small button--danger" onClick={() => designs.remove(design.id)}>
            {t('saved.yesDelete')}
            <span className="visually-hidden"> {design.name}</span>
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirming(false)} autoFocus>
            {t('saved.keep')}
          </button>
        </div>
      ) : (
        <div className="saved-design__actions">
          {catalog && (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => openDesign(send, restored, translate('saved.opened', { name: design.name }))}
            >
              {t('saved.open')}
              <span className="visually-hidden"> {design.name}</span>
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
            {t('saved.delete')}
            <span className="visually-hidden"> {design.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
