/// <reference lib="webworker" />
// Loads the shop's catalogs and compiles their rules off the main thread: parsing and validation
// (zod) and the catalog texts stay out of the entry chunk, and the page never freezes on a big catalog.
import type { Catalog } from '../domain/catalog-schema.ts';
import { catalogToModel } from '../domain/catalog-model.ts';
import { compile, type CompiledMdd } from '../domain/engine/compile.ts';
import { bundledCatalogFiles, loadCatalogs, type LoadedCatalogs } from './catalog-source.ts';

/** `load`: parse the bundled catalogs (texts in `locale`), reply `loaded`, then compile each valid one (by its index). */
export type EngineWorkerRequest = { readonly kind: 'load'; readonly locale?: string };
export type EngineWorkerReply =
  | { readonly kind: 'loaded'; readonly loaded: LoadedCatalogs }
  | { readonly id: number; readonly kind: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly kind: 'compiled'; readonly mdd: CompiledMdd }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: EngineWorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

function compileCatalog(id: number, catalog: Catalog): void {
  try {
    let last = 0;
    const result = compile(catalogToModel(catalog).model, {
      now: () => performance.now(),
      timeBudgetMs: 20_000,
      onProgress: (fraction) => {
        if (fraction - last >= 0.05 || fraction === 1) {
          last = fraction;
          post({ id, kind: 'progress', fraction });
        }
      },
    });
    if (!result.ok) return post({ id, kind: 'failed', message: result.message });
    const { mdd } = result;
    post({ id, kind: 'compiled', mdd }, [mdd.domainSizes.buffer, mdd.order.buffer, mdd.levelOf.buffer, mdd.level.buffer, mdd.start.buffer, mdd.kids.buffer]);
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event: MessageEvent<EngineWorkerRequest>) => {
  if (event.data.kind !== 'load') return;
  const loaded = loadCatalogs(bundledCatalogFiles(), event.data.locale);
  post({ kind: 'loaded', loaded });
  loaded.catalogs.forEach((catalog, id) => compileCatalog(id, catalog));
};
