import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineWorkerReply, EngineWorkerRequest } from './engine.worker.ts';
import { catalogToModel } from '../domain/catalog-model.ts';
import { compile } from '../domain/engine/compile.ts';

/** A stand-in for the rules worker: records what it is asked and replies when the test says so. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: EngineWorkerReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  requests: EngineWorkerRequest[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.created.push(this);
  }
  postMessage(request: EngineWorkerRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** Compiles like the real worker does and replies for each catalog. */
  replyAll() {
    const { catalogs } = this.requests[0]!;
    catalogs.forEach((catalog, id) => {
      const result = compile(catalogToModel(catalog).model);
      this.onmessage?.({ data: result.ok ? { id, kind: 'compiled', mdd: result.mdd } : { id, kind: 'failed', message: result.message } });
    });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created = [];
});

/** start-catalogs.ts keeps one worker per page: a fresh module (and engine cache) per test. */
async function fresh() {
  vi.resetModules();
  const { startCatalogs } = await import('./start-catalogs.ts');
  const { hasEngine } = await import('../domain/configuration-engine.ts');
  return { startCatalogs, hasEngine };
}

describe('startCatalogs', () => {
  it('gives the bundled catalogs in the language asked for, without any parsing', async () => {
    const { startCatalogs } = await fresh();
    const en = await startCatalogs('en');
    const es = await startCatalogs('es');
    expect(en.problems).toEqual([]);
    expect(en.catalogs.map((c) => c.id)).toEqual(es.catalogs.map((c) => c.id));
    expect(es.catalogs.every((c) => c.locale === 'es')).toBe(true);
    expect(en.catalogs.find((c) => c.id === 'standing-desk')?.name).toBe('Standing desk');
  });

  it('compiles the rules once in a worker and hands the diagrams to every language’s catalogs', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { startCatalogs, hasEngine } = await fresh();
    const en = await startCatalogs('en');
    const [worker] = FakeWorker.created;
    expect(worker?.url.pathname).toMatch(/engine\.worker\.ts$/);
    expect(worker?.requests).toEqual([{ kind: 'compile', catalogs: en.catalogs }]);

    worker!.replyAll();
    const es = await startCatalogs('es'); // after the diagrams arrived
    expect(FakeWorker.created).toHaveLength(1);
    expect(worker!.terminated).toBe(true);
    // Registering waits for an idle moment (here: none to wait for) and the engine's lazy import.
    await vi.waitFor(() => expect([...en.catalogs, ...es.catalogs].every(hasEngine)).toBe(true));
  });

  it('leaves the rules to be compiled when needed if the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { startCatalogs, hasEngine } = await fresh();
    const en = await startCatalogs('en');
    const [worker] = FakeWorker.created;
    worker!.onerror?.({ message: 'boom', preventDefault: () => {} });
    expect(worker!.terminated).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('compiled when a product is opened'), 'boom');
    expect(en.catalogs.some(hasEngine)).toBe(false);
  });
});
