import { loadBundledCatalogs } from 'virtual:bundled-catalogs';
import type { Catalog } from '../domain/catalog-schema.ts';
import type { LoadedCatalogs } from './catalog-source.ts';
import { prewarmEngine } from './engine-prewarm.ts';
import type { EngineWorkerReply, EngineWorkerRequest } from './engine.worker.ts';

/**
 * Starts loading the shop's catalogs with their texts in `locale`; call it before the first render
 * so it runs alongside it (switching language calls it again with the new one). The catalogs were
 * validated and normalized at build time (scripts/vite-bundled-catalogs.ts): loading them is
 * fetching one small chunk per language, with no zod and no parsing at run time.
 * The first call also starts a Web Worker that compiles the catalogs' rules off the main thread and
 * hands the diagrams over (rules do not depend on the language, so they are compiled once and serve
 * every language). Without Worker support, or if the worker fails, a product's rules are compiled
 * on the main thread when first needed.
 */
export function startCatalogs(locale = 'en'): Promise<LoadedCatalogs> {
  return loadBundledCatalogs(locale).then((catalogs) => {
    performance.mark('mto:catalogs-loaded'); // for DevTools and scripts/bench-preview.ts
    compileRulesInBackground(catalogs);
    return { catalogs, problems: [] };
  });
}

type Settled = Exclude<EngineWorkerReply, { kind: 'progress' }>;

/** Every language's catalogs loaded so far: the same products in the same order (a diagram fits each). */
const catalogSets: (readonly Catalog[])[] = [];
/** The worker's final word per catalog index. */
const settled = new Map<number, Settled>();
let started = false;

function compileRulesInBackground(catalogs: readonly Catalog[]): void {
  catalogSets.push(catalogs);
  for (const reply of settled.values()) {
    const catalog = catalogs[reply.id];
    if (catalog) prewarmEngine(catalog, reply);
  }
  if (started || typeof Worker === 'undefined') return;
  started = true;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return; // compiled on the main thread when needed
  }
  const pending = new Set(catalogs.keys());
  const settle = (reply: Settled) => {
    settled.set(reply.id, reply);
    pending.delete(reply.id);
    for (const set of catalogSets) {
      const catalog = set[reply.id];
      if (catalog) prewarmEngine(catalog, reply);
    }
  };
  worker.onmessage = (event: MessageEvent<EngineWorkerReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') {
      const catalog = catalogs[reply.id];
      if (catalog) prewarmEngine(catalog, reply); // progress is per product, whatever the language
    } else settle(reply);
    if (pending.size === 0) worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    console.warn('The rules could not be compiled in the background; they are compiled when a product is opened.', event.message);
    for (const id of [...pending]) settle({ id, kind: 'failed', message: event.message });
  };
  worker.postMessage({ kind: 'compile', catalogs } satisfies EngineWorkerRequest);
}
