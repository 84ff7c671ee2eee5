import { useMemo } from 'react';
import type { Catalog } from '../../domain/catalog-schema.ts';
import { productCardPreview } from '../../app/product-card-preview.ts';
import { useFlow } from '../flow-context.tsx';
import { useEngineProgress } from '../../app/engine-prewarm.ts';
import { ProductCard } from './product-card.tsx';
import { SavedDesignsList } from '../designs/saved-designs-list.tsx';
import { useT } from '../i18n/i18n.ts';
import { routeHref } from '../../app/hash-route.ts';

export function ProductPicker({ catalogs }: { catalogs: readonly Catalog[] }) {
  const { send } = useFlow();
  const t = useT();
  const cards = useMemo(() => catalogs.map(productCardPreview), [catalogs]);
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
          {cards.map((card) => (
            <ProductCard key={card.id} card={card} onDesign={() => send({ type: 'SELECT_PRODUCT', productId: card.id })}>
              <EngineStatus catalogId={card.id} />
            </ProductCard>
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
