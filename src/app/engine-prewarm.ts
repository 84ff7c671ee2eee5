import { create } from 'zustand';
import type { Catalog } from '../domain/catalog-schema.ts';
import type { EngineWorkerReply } from './engine.worker.ts';

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
 * Takes the engine worker's word about one catalog: progress for the product card, or the
 * compiled diagram, registered so the main thread never compiles it. If the shopper opened the
 * product first, the engine was already compiled on the spot (exact either way) and this is a no-op.
 */
export function prewarmEngine(catalog: Catalog, reply: EngineWorkerReply): void {
  const { set } = useEngineProgress.getState();
  // Progress never goes back once a product's rules are ready.
  if (reply.kind === 'progress') return (useEngineProgress.getState().progress[catalog.id] ?? 0) >= 1 ? undefined : set(catalog.id, reply.fraction);
  if (reply.kind === 'failed') return set(catalog.id, 1);
  // Registering builds the catalog's model from it (tens of ms on a phone), so it waits until the
  // page is idle and never delays the shopper's click; a product opened before then has its rules
  // compiled on the spot (exact either way). The engine's code comes with the shop's chunk;
  // importing it lazily here keeps it out of the entry chunk.
  whenIdle(() =>
    import('../domain/configuration-engine.ts')
      .then(({ registerCompiledEngine }) => registerCompiledEngine(catalog, reply.mdd))
      .catch((error: unknown) =>
        console.warn(`The rules of ${catalog.id} compiled in the background could not be used; they are compiled here when needed.`, error),
      )
      .finally(() => set(catalog.id, 1)),
  );
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else task();
}
