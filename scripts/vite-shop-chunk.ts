import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Marks the `<link rel=modulepreload>` tags this plugin adds for lazy chunks: fetched alongside the
 * entry, but not run before the first paint (scripts/bundle-size.ts reports them apart from it).
 */
export const EARLY_FETCH_ATTRIBUTE = 'data-early-fetch';

/**
 * Puts everything the shop's lazy chunk needs (src/ui/shop.tsx and its static imports, minus what
 * the entry already has) into one chunk. Left alone, the bundler splits it into a dozen chunks by
 * which other lazy pages share each module (configurator, rules engine, saved designs, …); on the
 * first visit the browser then fetches them all at once, more requests than an HTTP/1.1 host
 * serves in parallel, and the product cards wait a second round trip. Pages that share a few of
 * these modules (sales, your data) load this chunk instead: a little more code for them, one
 * request fewer for every shopper.
 */
export function shopChunk({ entry = 'src/ui/main.tsx', shop = 'src/ui/shop.tsx' } = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  const members = new Set<string>();
  return {
    name: 'made-to-order:shop-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'shop', test: (id: string) => members.has(id), includeDependenciesRecursively: false }] } },
        },
      },
    }),
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    // The shop's chunk (and its stylesheet) are requested by the entry as soon as it runs, but the
    // entry must arrive and compile first: on a phone that is the network idle for ~400 ms. Listing
    // them in index.html lets the browser fetch them alongside the entry; they still only run when
    // the entry imports them, after the product cards' first paint.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.name === 'shop');
        if (!chunk || chunk.type !== 'chunk') return html;
        const tags = [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}`, [EARLY_FETCH_ATTRIBUTE]: true }, injectTo: 'head' as const },
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${css}`, [EARLY_FETCH_ATTRIBUTE]: true },
            injectTo: 'head' as const,
          })),
        ];
        return { html, tags };
      },
    },
    buildEnd() {
      const closure = (start: string) => {
        const seen = new Set<string>();
        const queue = [start];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const inEntry = closure(resolve(root, entry));
      members.clear();
      for (const id of closure(resolve(root, shop))) if (!inEntry.has(id)) members.add(id);
    },
  };
}
