import type { LoadedCatalogs } from './catalog-source.ts';
import { prewarmEngine } from './engine-prewarm.ts';
import type { EngineWorkerReply, EngineWorkerRequest } from './engine.worker.ts';

/**
 * Starts loading the shop's catalogs; call it before the first render so it runs alongside it.
 * A Web Worker parses and validates them (so zod and the catalog texts are not in the entry
 * chunk and the main thread stays free), hands them over, then compiles each one's rules and
 * hands the diagrams over too. Without Worker support, or if the worker cannot start, a lazy
 * chunk parses them on the main thread instead; their rules are then compiled when first needed.
 * `locale` is the language of the catalogs' texts; switching language starts this again in the new one.
 */
export function startCatalogs(locale = 'en'): Promise<LoadedCatalogs> {
  if (typeof Worker === 'undefined') return loadOnMainThread(locale);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return resolve(loadOnMainThread(locale));
    }
    let loaded: LoadedCatalogs | undefined;
    const pending = new Set<number>();
    worker.onmessage = (event: MessageEvent<EngineWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'loaded') {
        performance.mark('mto:catalogs-loaded'); // for DevTools and scripts/bench-preview.ts
        loaded = reply.loaded;
        loaded.catalogs.forEach((_, id) => pending.add(id));
        resolve(loaded);
      } else {
        const catalog = loaded?.catalogs[reply.id];
        if (catalog) prewarmEngine(catalog, reply);
        if (reply.kind !== 'progress') pending.delete(reply.id);
      }
      if (loaded && pending.size === 0) worker.terminate();
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (loaded) {
        // Compiling failed: the remaining engines are compiled on the main thread when first needed.
        for (const id of pending) prewarmEngine(loaded.catalogs[id]!, { id, kind: 'failed', message: event.message });
        return;
      }
      event.preventDefault();
      console.warn('The catalog worker could not start; loading the catalogs on the main thread.', event.message);
      resolve(loadOnMainThread(locale));
    };
    worker.postMessage({ kind: 'load', locale } satisfies EngineWorkerRequest);
  });
}

function loadOnMainThread(locale: string): Promise<LoadedCatalogs> {
  return import('./catalog-source.ts').then(({ bundledCatalogFiles, loadCatalogs }) => loadCatalogs(bundledCatalogFiles(), locale));
}
