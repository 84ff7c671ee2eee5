import { useEffect, type ReactNode } from 'react';
import type { SceneSpec } from '../../domain/scene-spec.ts';
import { PreviewSketch } from '../preview/preview-sketch.tsx';
import { PREVIEW_TEXT } from '../preview/preview-texts.ts';
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
  const opening = cards?.find((card) => card.id === chosen);
  if (opening?.standardScene) return <OpeningProductPlaceholder name={opening.name} scene={opening.standardScene} />;
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

/**
 * What the shop shows while its code loads when the page was opened with a share link: the
 * configurator's frame (the preview's stage, then the steps' column), not the product cards the
 * design is not going to show, so the design opens in place.
 */
export function OpeningDesignPlaceholder({ productName }: { productName?: string | undefined }) {
  const t = useT();
  useEffect(() => warmUpConfigurator(), []);
  return (
    <>
      <Header opening={productName} />
      <main id="main" className="page" tabIndex={-1} aria-busy="true">
        {/* Where the notice of the opened design will be, in its shape (text, then room for its
            Dismiss button): the design does not move when the notice comes. */}
        <div className="opening-design opening-design--notice">
          <p role="status">{t('shop.openingDesign')}</p>
          <span className="button button--small opening-design__room" aria-hidden="true">
            {t('notice.dismiss')}
          </span>
        </div>
        <ConfiguratorFrame />
      </main>
    </>
  );
}

/**
 * A product chosen before the shop's code arrived: its standard design's sketch (computed at build
 * time), where the configurator shows its preview, until the shop opens the product around it.
 */
function OpeningProductPlaceholder({ name, scene }: { name: string; scene: SceneSpec }) {
  const t = useT();
  return (
    <>
      <Header opening={name} />
      <main id="main" className="page" tabIndex={-1} aria-busy="true">
        <ConfiguratorFrame scene={scene}>
          <p role="status" className="opening-design opening-design--product">
            {t('shop.openingProduct', { product: name.toLowerCase() })}
          </p>
        </ConfiguratorFrame>
      </main>
    </>
  );
}

/** The configurator's layout (styles.css): the preview's stage, with a sketch when there is a scene, and the panel beside or below it. */
function ConfiguratorFrame({ scene, children }: { scene?: SceneSpec; children?: ReactNode }) {
  return (
    <div className="configurator">
      <div className="configurator__preview">
        {scene ? (
          <figure className="preview" aria-label={PREVIEW_TEXT.figure}>
            <div className="preview__stage">
              <PreviewSketch scene={scene} note={PREVIEW_TEXT.loading} />
            </div>
          </figure>
        ) : (
          <div className="preview" aria-hidden="true">
            <div className="preview__stage preview__stage--placeholder" />
          </div>
        )}
      </div>
      <div className="configurator__panel">{children}</div>
    </div>
  );
}
