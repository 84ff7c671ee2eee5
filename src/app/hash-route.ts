/**
 * The pages, addressed by the URL hash so the app works from any static host (no server
 * rewrites): `#/` is the shop, `#/workbench` the merchandisers' catalog workbench, `#/production`
 * the workshop's list of placed orders.
 * A shared design (`#/design/…`) is the shop too: it opens the design, then the hash goes back to `#/`.
 */
export type Route = 'shop' | 'workbench' | 'production' | 'sales' | 'suggestions' | 'your-data';

export const routeHref: Readonly<Record<Route, string>> = {
  shop: '#/',
  workbench: '#/workbench',
  production: '#/production',
  sales: '#/sales',
  suggestions: '#/suggestions',
  'your-data': '#/your-data',
};

/** Unknown or empty hashes are the shop, so old links and typos still land somewhere useful. */
export function routeFromHash(hash: string): Route {
  const path = (hash.replace(/^#/, '').split(/[?#]/)[0] ?? '').replace(/\/+$/, '').toLowerCase();
  if (path === '/workbench') return 'workbench';
  // Sales mode; `#/sales/quote/<number>` resumes a quote.
  if (path === '/sales' || path.startsWith('/sales/')) return 'sales';
  if (path === '/suggestions') return 'suggestions';
  if (path === '/your-data') return 'your-data';
  return path === '/production' ? 'production' : 'shop';
}

/** Share links (`#/design/<catalogId>/<version>?c=…`) open in the shop; see `share-link.ts`. */
export const DESIGN_ROUTE_PREFIX = '/design/';

/** Whether the hash is a share link for a design (which the shop opens, then replaces with `#/`). */
export function isDesignHash(hash: string): boolean {
  return hash.replace(/^#/, '').toLowerCase().startsWith(DESIGN_ROUTE_PREFIX);
}

/** The product id a share link's hash names (`#/design/<catalogId>/…`), or null for other hashes. */
export function designProductId(hash: string): string | null {
  if (!isDesignHash(hash)) return null;
  const segment = hash.replace(/^#/, '').slice(DESIGN_ROUTE_PREFIX.length).split(/[/?#]/)[0] ?? '';
  try {
    return decodeURIComponent(segment) || null;
  } catch {
    return null;
  }
}

/** For useSyncExternalStore: the route of the current location. */
export function currentRoute(): Route {
  return routeFromHash(window.location.hash);
}

/** For useSyncExternalStore: calls back whenever the hash (and so maybe the route) changes. */
export function subscribeToRoute(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
