import { describe, expect, it, vi } from 'vitest';
import { createOrderOutbox, OUTBOX_KEY, type OutboxDeps } from './submit-order-outbox.ts';
import type { SubmitResult } from './submit-order.ts';

const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

function setUp(results: SubmitResult[], storage = memoryStorage()) {
  let time = 1_000_000;
  const send = vi.fn<OutboxDeps['send']>(async () => results.shift() ?? { kind: 'unavailable', message: 'down' });
  const deps = { storage, send, now: () => time, random: () => 0.5 };
  return { storage, send, deps, advance: (ms: number) => (time += ms), outbox: createOrderOutbox(deps) };
}

describe('order outbox', () => {
  it('keeps the spec before sending it, and marks it placed with its number', async () => {
    const { outbox, storage, send } = setUp([{ kind: 'placed', number: 'MTO-2026-000001' }]);
    send.mockImplementationOnce(async () => {
      // Already stored when the request goes out: a crash mid-request loses nothing.
      expect(JSON.parse(storage.data.get(OUTBOX_KEY)!).entries[0]).toMatchObject({ hash: HASH, state: 'pending' });
      return { kind: 'placed', number: 'MTO-2026-000001' };
    });
    const entry = await outbox.submit(HASH, { spec: 1 });
    expect(entry).toMatchObject({ state: 'placed', number: 'MTO-2026-000001', attempts: 1 });
  });

  it('keeps an order the service could not take and sends it again later, with backoff, on the next load and when online', async () => {
    const { outbox, send, deps, advance, storage } = setUp([
      { kind: 'unavailable', message: 'the shop could not be reached (Failed to fetch)' },
      { kind: 'unavailable', message: 'the order service failed; please try again' },
    ]);
    const first = await outbox.submit(HASH, { spec: 1 });
    expect(first).toMatchObject({ state: 'pending', attempts: 1, message: expect.stringContaining('could not be reached') });
    expect(first.nextAttemptAt - 1_000_000).toBe(5_000);

    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1); // not due yet
    advance(5_000);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(2);
    expect(outbox.entry(HASH)!.nextAttemptAt - 1_005_000).toBe(10_000); // doubled

    // The next visit (a new outbox over the same storage) sends it; so does coming back online.
    send.mockResolvedValueOnce({ kind: 'placed', number: 'MTO-2026-000007' });
    const target = new EventTarget();
    const reloaded = createOrderOutbox({ ...deps, storage });
    const stop = reloaded.start(target as unknown as Window);
    await vi.waitFor(() => expect(reloaded.entry(HASH)).toMatchObject({ state: 'placed', number: 'MTO-2026-000007' }));
    stop();

    await outbox.submit(OTHER, { spec: 2 }); // unavailable (default)
    const online = createOrderOutbox({ ...deps, storage });
    send.mockResolvedValueOnce({ kind: 'placed', number: 'MTO-2026-000008' });
    const stopOnline = online.start(target as unknown as Window);
    await vi.waitFor(() => expect(online.entry(OTHER)?.state).toBe('placed'));
    stopOnline();
  });

  it('honours Retry-After when the service is busy', async () => {
    const { outbox } = setUp([{ kind: 'unavailable', message: 'too many requests', retryAfterMs: 60_000 }]);
    expect((await outbox.submit(HASH, {})).nextAttemptAt - 1_000_000).toBe(60_000);
  });

  it('stops retrying a refused spec and keeps the reasons', async () => {
    const findings = [{ pointer: '/price/total', message: 'spec says 1, the catalog gives 2' }];
    const { outbox, send } = setUp([{ kind: 'rejected', message: 'the order spec was refused (1 problem)', findings }]);
    expect(await outbox.submit(HASH, {})).toMatchObject({ state: 'rejected', findings });
    await outbox.flush(true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps stored entries it cannot read as they are', async () => {
    const storage = memoryStorage({ [OUTBOX_KEY]: JSON.stringify({ schemaVersion: 1, entries: [{ hash: 'not-a-hash' }] }) });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { outbox } = setUp([{ kind: 'placed', number: 'MTO-2026-000002' }], storage);
    await outbox.submit(HASH, {});
    const stored = JSON.parse(storage.data.get(OUTBOX_KEY)!).entries;
    expect(stored).toContainEqual({ hash: 'not-a-hash' });
    expect(stored).toHaveLength(2);
  });
});
