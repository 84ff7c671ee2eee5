import { resolve } from 'node:path';
import type { Plugin } from 'vite';

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
