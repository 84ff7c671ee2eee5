import type { Catalog } from '../../domain/catalog-schema.ts';
import { defaultSelections } from '../../domain/selections.ts';
import { priceBreakdown } from '../../domain/price-breakdown.ts';
import { useFlow } from '../flow-context.tsx';
import { formatMoney } from '../format.ts';
import { useEngineProgress } from '../../app/engine-prewarm.ts';
import { SavedDesignsList } from '../designs/saved-designs-list.tsx';
import { useT } from '../i18n/i18n.ts';
import { routeHref } from '../../app/hash-route.ts';

export function ProductPicker({ catalogs }: { catalogs: readonly Catalog[] }) {
  const { send } = useFlow();
  const t = useT();
  return (
    <section className="picker" aria-labelledby="picker-title">
      <div className="picker__intro">
        <h1 id="picker-title">{t('picker.title')}</h1>
        <p>{t('picker.intro')}</p>
      </div>
      {catalogs.length === 0 ? (
        <p className="notice">{t('picker.none')}</p>
      ) : (
        <ul className="picker__list">
          {catalogs.map((catalog) => (
            <li key={catalog.id} className="product-card">
              <h2 className="product-card__name">{catalog.name}</h2>
              <p className="product-card__description">{catalog.description}</p>
              <p className="product-card__price">
                <StandardPrice text={t('picker.standardPrice', { price: '\u0000' })} price={standardPrice(catalog)} />
              </p>
              <EngineStatus catalogId={catalog.id} />
              <button type="button" className="button button--primary" onClick={() => send({ type: 'SELECT_PRODUCT', productId: catalog.id })}>
                {t('picker.design', { product: catalog.name.toLowerCase() })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SavedDesignsList catalogs={catalogs} />
      <nav className="picker__more" aria-label={t('picker.more')}>
        <a href={routeHref['your-data']}>{t('picker.yourData')}</a>
        <a href={routeHref.suggestions}>{t('picker.suggestions')}</a>
        <a href={routeHref.sales}>{t('picker.sales')}</a>
        <a href={routeHref.production}>{t('picker.production')}</a>
      </nav>
    </section>
  );
}

/** The standard design's price on the catalog's default terms (first market, retail, one unit). */
function standardPrice(catalog: Catalog): string {
  const price = priceBreakdown(catalog, defaultSelections(catalog));
  return formatMoney(price.total, price.currency);
}

/** "<strong>€659.00</strong> as standard", the price in bold wherever the language puts it. */
function StandardPrice({ text, price }: { text: string; price: string }) {
  const [before = '', after = ''] = text.split('\u0000');
  return (
    <>
      {before}
      <strong>{price}</strong>
      {after}
    </>
  );
}

/** While a big catalog's rules compile in the background, say so (small catalogs finish unseen). */
function EngineStatus({ catalogId }: { catalogId: string }) {
  const fraction = useEngineProgress((state) => state.progress[catalogId]);
  const t = useT();
  if (fraction === undefined || fraction >= 1) return null;
  return (
    <p className="product-card__status" role="status">
      {t('picker.checkingRules', { percent: Math.round(fraction * 100) })}
    </p>
  );
}
