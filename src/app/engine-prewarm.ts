import { create } from 'zustand';
import type { Catalog } from '../domain/catalog-schema.ts';
import { hasEngine, registerCompiledEngine } from '../domain/configuration-engine.ts';
import type { EngineWorkerReply, EngineWorkerRequest } from './engine.worker.ts';

/** Compile progress per catalog id (view-only: the engine itself lives in the domain's cache). */
interface EngineProgress {
  readonly progress: Readonly<Record<string, number>>;
  set(catalogId: string, fraction: number): void;
}

export const useEngineProgress = create<EngineProgress>()((set) => ({
  progress: {},
  set: (catalogId, fraction) => set((state) => ({ progress: { ...state.progress, [catalogId]: fraction } })),
}));

/**
 * Compiles each catalog's rules in a Web Worker as soon as the app starts, so the main thread
 * never blocks on it. If the shopper opens a product before its worker is done, the engine is
 * compiled on the spot instead (exact either way); without Worker support (tests) nothing happens here.
 */
export function prewarmEngines(catalogs: readonly Catalog[]): () => void {
  if (typeof Worker === 'undefined') return () => {};
  const pending = catalogs.filter((catalog) => !hasEngine(catalog));
  if (pending.length === 0) return () => {};
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  const { set } = useEngineProgress.getState();
  worker.onmessage = (event: MessageEvent<EngineWorkerReply>) => {
    const reply = event.data;
    const catalog = pending[reply.id];
    if (!catalog) return;
    if (reply.kind === 'progress') set(catalog.id, reply.fraction);
    else {
      if (reply.kind === 'compiled') registerCompiledEngine(catalog, reply.mdd);
      set(catalog.id, 1);
    }
  };
  pending.forEach((catalog, id) => worker.postMessage({ id, catalog } satisfies EngineWorkerRequest));
  return () => worker.terminate();
}
