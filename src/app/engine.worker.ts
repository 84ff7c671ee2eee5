/// <reference lib="webworker" />
// Compiles the catalogs' rules off the main thread, so the page never freezes on a big catalog.
// The catalogs themselves come validated from the build (virtual:bundled-catalogs): no parsing here.
import type { Catalog } from '../domain/catalog-schema.ts';
import { catalogToModel } from '../domain/catalog-model.ts';
import { compile, type CompiledMdd } from '../domain/engine/compile.ts';

/** `compile`: compile each catalog's rules, replying per catalog (by its index) with progress, then the diagram or why not. */
export type EngineWorkerRequest = { readonly kind: 'compile'; readonly catalogs: readonly Catalog[] };
export type EngineWorkerReply =
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
  if (event.data.kind !== 'compile') return;
  event.data.catalogs.forEach((catalog, id) => compileCatalog(id, catalog));
};
