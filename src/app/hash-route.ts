/**
 * The two pages, addressed by the URL hash so the app works from any static host
 * (no server rewrites): `#/` is the shop, `#/workbench` the merchandisers' catalog workbench.
 */
export type Route = 'shop' | 'workbench';

export const routeHref: Readonly<Record<Route, string>> = { shop: '#/', workbench: '#/workbench' };

/** Unknown or empty hashes are the shop, so old links and typos still land somewhere useful. */
export function routeFromHash(hash: string): Route {
  const path = (hash.replace(/^#/, '').split(/[?#]/)[0] ?? '').replace(/\/+$/, '').toLowerCase();
  return path === '/workbench' ? 'workbench' : 'shop';
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
