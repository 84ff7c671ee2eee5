import { useContext, type MouseEvent } from 'react';
import { routeHref, type Route } from '../../app/hash-route.ts';
import { FlowContext } from '../flow-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useT } from '../i18n/i18n.ts';
import './header.css';

/** Moves focus to <main> without touching the hash (the hash is the route). */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * The shop's header; on the workbench (no customer flow) the brand links back to the shop.
 * `opening`: the product a placeholder is opening before the shop's code is there (named as the shop will name it).
 */
export function Header({ route = 'shop', opening }: { route?: Route; opening?: string | undefined }) {
  const flow = useContext(FlowContext);
  const t = useT();
  const productName = route === 'shop' ? (flow?.snapshot.context.catalog?.name ?? opening) : undefined;
  const brand = (
    <>
      {/* The letter is drawn by CSS: as text it would not match the button's name (WCAG 2.5.3). */}
      <span className="brand__mark" aria-hidden="true" data-letter="M" />
      <span className="brand__name">Made-to-Order</span>
    </>
  );
  return (
    <header className={route === 'workbench' ? 'site-header site-header--wide' : 'site-header'}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('header.skip')}
      </a>
      <div className="site-header__inner">
        {flow && route === 'shop' ? (
          <button
            type="button"
            className="brand"
            onClick={() => flow.send(flow.snapshot.can({ type: 'BROWSE' }) ? { type: 'BROWSE' } : { type: 'RESTART' })}
            disabled={flow.snapshot.matches('choosingProduct')}
            aria-label={t('header.home')}
          >
            {brand}
          </button>
        ) : (
          <a className="brand" href={routeHref.shop} aria-label={t('header.shopLink')}>
            {brand}
          </a>
        )}
        {productName && <span className="site-header__product">{productName}</span>}
        <nav className="site-nav" aria-label={t('header.nav')}>
          <a className="site-nav__link" href={routeHref.shop} aria-current={route === 'shop' ? 'page' : undefined}>
            {t('header.shop')}
          </a>
          <a className="site-nav__link" href={routeHref.workbench} aria-current={route === 'workbench' ? 'page' : undefined}>
            <span>
              <span className="site-nav__qualifier">{t('header.workbenchQualifier')}</span> <span className="site-nav__word">{t('header.workbench')}</span>
            </span>
          </a>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
