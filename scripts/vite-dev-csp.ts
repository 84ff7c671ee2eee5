import type { Plugin } from 'vite';

/**
 * index.html carries the shop's Content-Security-Policy for the static build. The dev server
 * injects inline scripts (React Fast Refresh) and styles (hot CSS), which that policy forbids, so
 * in dev only the meta tag is left out. Browser tests and previews run the build, with the policy.
 */
export function devWithoutCsp(): Plugin {
  return {
    name: 'made-to-order:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
    },
  };
}
