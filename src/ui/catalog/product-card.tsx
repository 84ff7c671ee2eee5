import type { ReactNode } from 'react';
import type { ProductCardPreview } from '../../app/product-card-preview.ts';
import { formatMoney } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { preloadSceneChunk } from '../preview/scene-chunk.ts';

/**
 * One product on the picker. The same card is painted by the entry before the shop's code arrives
 * (from the cards computed at build time) and by the shop itself, so nothing moves in between.
 */
export function ProductCard({ card, onDesign, children }: { card: ProductCardPreview; onDesign: () => void; children?: ReactNode }) {
  const t = useT();
  return (
    <li className="product-card">
      <h2 className="product-card__name">{card.name}</h2>
      <p className="product-card__description">{card.description}</p>
      <p className="product-card__price">
        <StandardPrice
          text={t('picker.standardPrice', { price: '\u0000' })}
          price={card.standardPriceText ?? formatMoney(card.standardPrice.cents, card.standardPrice.currency)}
        />
      </p>
      {children}
      {/* Interest in a product starts fetching the 3D preview's code (it opens with the product). */}
      <button
        type="button"
        className="button button--primary"
        onClick={onDesign}
        onPointerEnter={preloadSceneChunk}
        onPointerDown={preloadSceneChunk}
        onFocus={preloadSceneChunk}
      >
        {t('picker.design', { product: card.name.toLowerCase() })}
      </button>
    </li>
  );
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
