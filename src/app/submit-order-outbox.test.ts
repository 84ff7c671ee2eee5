import { describe, expect, it, vi } from 'vitest';
import { createOrderOutbox, OUTBOX_KEY, type OutboxDeps } from './submit-order-outbox.ts';
import type { PictureUploadResult, SubmitResult } from './submit-order.ts';

const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

function setUp(results: SubmitResult[], storage = memoryStorage(), pictureResults: PictureUploadResult[] = []) {
  let time = 1_000_000;
  const send = vi.fn<OutboxDeps['send']>(async () => results.shift() ?? { kind: 'unavailable', message: 'down' });
  const sendPicture = vi.fn<OutboxDeps['sendPicture']>(async () => pictureResults.shift() ?? { kind: 'unavailable', message: 'down' });
  const deps = { storage, send, sendPicture, now: () => time, random: () => 0.5 };
  return { storage, send, sendPicture, deps, advance: (ms: number) => (time += ms), outbox: createOrderOutbox(deps) };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 253, 254, 255]);

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

  it('lists refused orders for the customer until they acknowledge them, also on a later visit', async () => {
    const findings = [{ pointer: '/leadTime/orderDate', message: 'the order date is 2026-11-23, but orders are placed today (2026-11-25)' }];
    const { outbox, deps, storage } = setUp([
      { kind: 'placed', number: 'MTO-2026-000002' },
      { kind: 'rejected', message: 'the order spec was refused (1 problem)', findings },
    ]);
    await outbox.submit(OTHER, { spec: 'placed' });
    expect(outbox.needsAttention()).toEqual([]);
    await outbox.submit(HASH, { spec: 'stale' });
    const listed = outbox.needsAttention();
    expect(listed.map((e) => e.hash)).toEqual([HASH]);
    // The same list while nothing changes (a stable snapshot for React).
    expect(outbox.needsAttention()).toBe(listed);

    const nextVisit = createOrderOutbox({ ...deps, storage });
    expect(nextVisit.needsAttention()).toMatchObject([{ hash: HASH, findings }]);
    nextVisit.acknowledge(HASH);
    expect(nextVisit.needsAttention()).toEqual([]);
    expect(createOrderOutbox({ ...deps, storage }).needsAttention()).toEqual([]);
    // Acknowledged, not forgotten: the entry and its reasons are still there.
    expect(nextVisit.entry(HASH)).toMatchObject({ state: 'rejected', acknowledged: true, findings });
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

  describe('the picture the spec refers to', () => {
    it('is sent, as the same bytes, once the order is placed, and then dropped from storage', async () => {
      const { outbox, send, sendPicture, storage } = setUp([{ kind: 'placed', number: 'MTO-2026-000003' }], memoryStorage(), [{ kind: 'stored' }]);
      send.mockImplementationOnce(async () => {
        // Kept with the spec before anything goes out.
        expect(JSON.parse(storage.data.get(OUTBOX_KEY)!).entries[0].picture).toEqual({ state: 'pending', data: expect.any(String) });
        expect(sendPicture).not.toHaveBeenCalled();
        return { kind: 'placed', number: 'MTO-2026-000003' };
      });
      const entry = await outbox.submit(HASH, { spec: 1 }, PNG);
      expect(sendPicture).toHaveBeenCalledWith('MTO-2026-000003', PNG);
      expect(entry).toMatchObject({ state: 'placed', number: 'MTO-2026-000003', picture: { state: 'sent' } });
      expect(JSON.parse(storage.data.get(OUTBOX_KEY)!).entries[0].picture).toEqual({ state: 'sent' });
    });

    it('is sent again later when the service cannot take it, without placing the order twice', async () => {
      const { outbox, send, sendPicture, advance, deps, storage } = setUp([{ kind: 'placed', number: 'MTO-2026-000004' }], memoryStorage(), [
        { kind: 'unavailable', message: 'the order service failed; please try again' },
      ]);
      const first = await outbox.submit(HASH, { spec: 1 }, PNG);
      expect(first).toMatchObject({ state: 'placed', number: 'MTO-2026-000004', picture: { state: 'pending', message: expect.stringContaining('failed') } });
      expect(first.nextAttemptAt).toBeGreaterThan(1_000_000);
      await outbox.flush();
      expect(sendPicture).toHaveBeenCalledTimes(1); // not due yet
      advance(first.nextAttemptAt - 1_000_000);
      // The next visit sends it (the bytes survived in storage).
      sendPicture.mockResolvedValueOnce({ kind: 'stored' });
      const reloaded = createOrderOutbox({ ...deps, storage });
      await reloaded.flush();
      expect(sendPicture).toHaveBeenCalledTimes(2);
      expect(sendPicture.mock.calls[1]).toEqual(['MTO-2026-000004', PNG]);
      expect(reloaded.entry(HASH)).toMatchObject({ state: 'placed', picture: { state: 'sent' } });
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('is given up when refused, keeping the order placed and the reason', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const message = 'the picture is not the one the spec of MTO-2026-000005 refers to (1 problem)';
      const findings = [{ pointer: '/picture/sha256', message: 'spec says …' }];
      const { outbox, sendPicture } = setUp([{ kind: 'placed', number: 'MTO-2026-000005' }], memoryStorage(), [{ kind: 'rejected', message, findings }]);
      expect(await outbox.submit(HASH, {}, PNG)).toMatchObject({ state: 'placed', number: 'MTO-2026-000005', picture: { state: 'refused', message } });
      expect(outbox.entry(HASH)!.picture).not.toHaveProperty('data');
      await outbox.flush(true);
      expect(sendPicture).toHaveBeenCalledTimes(1);
    });

    it('is not sent for a refused order, nor for an order without one', async () => {
      const refused = setUp([{ kind: 'rejected', message: 'the order spec was refused (1 problem)', findings: [] }]);
      expect((await refused.outbox.submit(HASH, {}, PNG)).picture).toBeUndefined();
      expect(JSON.parse(refused.storage.data.get(OUTBOX_KEY)!).entries[0]).not.toHaveProperty('picture');
      const plain = setUp([{ kind: 'placed', number: 'MTO-2026-000006' }]);
      expect((await plain.outbox.submit(HASH, {})).picture).toBeUndefined();
      expect([refused.sendPicture.mock.calls.length, plain.sendPicture.mock.calls.length]).toEqual([0, 0]);
    });

    it('keeps an entry whose stored picture cannot be read as it is', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const entry = {
        hash: HASH,
        spec: {},
        state: 'placed',
        queuedAt: 1_000_000,
        attempts: 1,
        nextAttemptAt: 0,
        number: 'MTO-2026-000009',
        picture: { state: 'pending' },
      };
      const storage = memoryStorage({ [OUTBOX_KEY]: JSON.stringify({ schemaVersion: 1, entries: [entry] }) });
      const { outbox, sendPicture } = setUp([], storage);
      await outbox.flush(true);
      expect(outbox.entry(HASH)).toBeUndefined();
      expect(sendPicture).not.toHaveBeenCalled();
      expect(JSON.parse(storage.data.get(OUTBOX_KEY)!).entries).toEqual([entry]);
    });
  });
});
