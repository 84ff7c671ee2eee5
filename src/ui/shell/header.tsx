import { useContext, type MouseEvent } from 'react';
import { routeHref, type Route } from '../../app/hash-route.ts';
import { FlowContext } from '../flow-context.tsx';

/** Moves focus to <main> without touching the hash (the hash is the route). */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The shop's header; on the workbench (no customer flow) the brand links back to the shop. */
export function Header({ route = 'shop' }: { route?: Route }) {
  const flow = useContext(FlowContext);
  const product = route === 'shop' ? flow?.snapshot.context.catalog : undefined;
  const brand = (
    <>
      <span className="brand__mark" aria-hidden="true">
        M
      </span>
      <span className="brand__name">Made-to-Order</span>
    </>
  );
  return (
    <header className={route === 'workbench' ? 'site-header site-header--wide' : 'site-header'}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <div className="site-header__inner">
        {flow && route === 'shop' ? (
          <button
            type="button"
            className="brand"
            onClick={() => flow.send(flow.snapshot.can({ type: 'BROWSE' }) ? { type: 'BROWSE' } : { type: 'RESTART' })}
            disabled={flow.snapshot.matches('choosingProduct')}
            aria-label="Made-to-Order home"
          >
            {brand}
          </button>
        ) : (
          <a className="brand" href={routeHref.shop} aria-label="Made-to-Order shop">
            {brand}
          </a>
        )}
        {product && <span className="site-header__product">{product.name}</span>}
        <nav className="site-nav" aria-label="Site">
          <a className="site-nav__link" href={routeHref.shop} aria-current={route === 'shop' ? 'page' : undefined}>
            Shop
          </a>
          <a className="site-nav__link" href={routeHref.workbench} aria-current={route === 'workbench' ? 'page' : undefined}>
            <span>
              <span className="site-nav__qualifier">Catalog</span> workbench
            </span>
          </a>
        </nav>
      </div>
    </header>
  );
}
