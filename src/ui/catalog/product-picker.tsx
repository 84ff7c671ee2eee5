import type { Catalog } from '../../domain/catalog-schema.ts';
import { defaultSelections } from '../../domain/selections.ts';
import { priceBreakdown } from '../../domain/price-breakdown.ts';
import { useFlow } from '../flow-context.tsx';
import { formatMoney } from '../format.ts';
import { useEngineProgress } from '../../app/engine-prewarm.ts';
import { SavedDesignsList } from '../designs/saved-designs-list.tsx';

export function ProductPicker({ catalogs }: { catalogs: readonly Catalog[] }) {
  const { send } = useFlow();
  return (
    <section className="picker" aria-labelledby="picker-title">
      <div className="picker__intro">
        <h1 id="picker-title">What would you like us to make?</h1>
        <p>Choose a product, then design it step by step. You see the price, the delivery date and a 3D preview change with every choice.</p>
      </div>
      {catalogs.length === 0 ? (
        <p className="notice">No products are available right now.</p>
      ) : (
        <ul className="picker__list">
          {catalogs.map((catalog) => (
            <li key={catalog.id} className="product-card">
              <h2 className="product-card__name">{catalog.name}</h2>
              <p className="product-card__description">{catalog.description}</p>
              <p className="product-card__price">
                <strong>{formatMoney(priceBreakdown(catalog, defaultSelections(catalog)).total, catalog.currency)}</strong> as standard
              </p>
              <EngineStatus catalogId={catalog.id} />
              <button type="button" className="button button--primary" onClick={() => send({ type: 'SELECT_PRODUCT', productId: catalog.id })}>
                Design your {catalog.name.toLowerCase()}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SavedDesignsList catalogs={catalogs} />
    </section>
  );
}

/** While a big catalog's rules compile in the background, say so (small catalogs finish unseen). */
function EngineStatus({ catalogId }: { catalogId: string }) {
  const fraction = useEngineProgress((state) => state.progress[catalogId]);
  if (fraction === undefined || fraction >= 1) return null;
  return (
    <p className="product-card__status" role="status">
      Checking the rules… {Math.round(fraction * 100)}%
    </p>
  );
}
