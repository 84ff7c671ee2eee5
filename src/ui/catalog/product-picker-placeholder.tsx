import { Header } from '../shell/header.tsx';
import './product-picker-placeholder.css';
import { useT } from '../i18n/i18n.ts';

/** How many card outlines to show; only their look matters (nothing sits below them until the shop arrives). */
const CARD_OUTLINES = 3;

/**
 * What the shop shows while its catalogs load (parsed in a worker): the picker's real heading and
 * text, and card outlines the size of product cards, so nothing moves when the products arrive.
 */
export function ProductPickerPlaceholder() {
  const t = useT();
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
          <ul className="picker__list" aria-hidden="true">
            {Array.from({ length: CARD_OUTLINES }, (_, i) => (
              <li key={i} className="product-card product-card--placeholder" />
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
