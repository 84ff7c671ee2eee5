/// <reference lib="webworker" />
// Compiles catalogs' rules off the main thread, so the page never freezes on a big catalog.
import type { Catalog } from '../domain/catalog-schema.ts';
import { catalogToModel } from '../domain/catalog-model.ts';
import { compile } from '../domain/engine/compile.ts';

export type EngineWorkerRequest = { readonly id: number; readonly catalog: Catalog };
export type EngineWorkerReply =
  | { readonly id: number; readonly kind: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly kind: 'compiled'; readonly mdd: Extract<ReturnType<typeof compile>, { ok: true }>['mdd'] }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EngineWorkerRequest>) => {
  const { id, catalog } = event.data;
  const post = (reply: EngineWorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
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
};
