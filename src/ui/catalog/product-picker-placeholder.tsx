import { useEffect } from 'react';
import type { ProductCardPreview } from '../../app/product-card-preview.ts';
import { Header } from '../shell/header.tsx';
import { warmUpConfigurator } from '../warm-up.ts';
import './product-picker-placeholder.css';
import { useT } from '../i18n/i18n.ts';
import { ProductCard } from './product-card.tsx';

/** How many card outlines to show without cards; only their look matters (nothing sits below them until the shop arrives). */
const CARD_OUTLINES = 3;

export interface ProductPickerPlaceholderProps {
  /** The bundled products' cards (computed at build time): shown as they will be, else card outlines. */
  readonly cards?: readonly ProductCardPreview[] | undefined;
  /** A product chosen before the shop's code is there: the shop opens it as soon as it arrives. */
  readonly onDesign?: (productId: string) => void;
  /** The product chosen so far, if any (the page says it is busy until the shop opens it). */
  readonly chosen?: string | null;
}

/**
 * What the shop shows while its code and catalogs load: the picker's real heading and text, and
 * the product cards (or outlines the size of product cards), so nothing moves when the shop arrives.
 */
export function ProductPickerPlaceholder({ cards, onDesign, chosen = null }: ProductPickerPlaceholderProps) {
  const t = useT();
  useEffect(() => warmUpConfigurator(), []);
  return (
    <>
      <Header />
      <main id="main" className="page" tabIndex={-1} aria-busy="true">
        <section className="picker" aria-labelledby="picker-title">
          <div className="picker__intro">
            <h1 id="picker-title">{t('picker.title')}</h1>
            <p>{t('picker.intro')}</p>
          </div>
          <p role="status" className="visually-hidden">
            {t('picker.loading')}
          </p>
          {cards && cards.length > 0 ? (
            <ul className={`picker__list${chosen ? ' picker__list--opening' : ''}`}>
              {cards.map((card) => (
                <ProductCard key={card.id} card={card} onDesign={() => onDesign?.(card.id)} />
              ))}
            </ul>
          ) : (
            <ul className="picker__list" aria-hidden="true">
              {Array.from({ length: CARD_OUTLINES }, (_, i) => (
                <li key={i} className="product-card product-card--placeholder" />
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  );
}
