import { useFlow } from '../flow-context.tsx';

export function Header() {
  const { snapshot, send } = useFlow();
  const product = snapshot.context.catalog;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header__inner">
        <button type="button" className="brand" onClick={() => send({ type: 'RESTART' })} disabled={!snapshot.can({ type: 'RESTART' })} aria-label="Made-to-Order home">
          <span className="brand__mark" aria-hidden="true">
            M
          </span>
          <span className="brand__name">Made-to-Order</span>
        </button>
        {product && <span className="site-header__product">{product.name}</span>}
      </div>
    </header>
  );
}
