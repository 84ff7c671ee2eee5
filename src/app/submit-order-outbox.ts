import { postOrder, putOrderPicture, type PictureUploadResult, type SubmitResult } from './submit-order.ts';

/**
 * Orders the customer has sent, kept in this browser's localStorage until the service has them:
 * when it is unreachable or failing, the spec stays here and is sent again on the next load, when
 * the browser comes back online, and on a timer with backoff. Only specs the customer chose to
 * send ever get here. The product picture the spec refers to follows the same way once the order
 * is placed (an order never waits for, or fails over, its picture); its bytes are dropped from
 * storage as soon as the service has them or refuses them.
 */
export const OUTBOX_KEY = 'made-to-order:order-outbox';
const SCHEMA_VERSION = 1;
/** Sent or refused orders are kept this long so the page can still say what became of them. */
const KEEP_SETTLED_MS = 30 * 86_400_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

export interface OutboxPicture {
  state: 'pending' | 'sent' | 'refused';
  /** The PNG as base64, kept only while it still has to be sent. */
  data?: string;
  message?: string;
}

export interface OutboxEntry {
  hash: string;
  spec: unknown;
  state: 'pending' | 'placed' | 'rejected';
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  number?: string;
  message?: string;
  findings?: { pointer: string; message: string }[];
  /** The picture the spec refers to, sent after the order is placed. */
  picture?: OutboxPicture;
  /** The customer has seen that a refused order was not placed (so the shop stops telling them). */
  acknowledged?: true;
}

/** Whether an entry still has something to send: the order, or its picture. */
const hasWork = (e: OutboxEntry) => e.state === 'pending' || (e.state === 'placed' && e.picture?.state === 'pending');

// Checked by hand, not with zod: the outbox starts with the shop, and zod would add ~25 KB to the
// first page's critical path (budget in shared/QUALITY.md).
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

function readPicture(value: unknown): OutboxPicture | string {
  if (!isRecord(value)) return 'picture: expected an object';
  const { state, data, message } = value;
  if (state !== 'pending' && state !== 'sent' && state !== 'refused') return 'picture.state: expected pending, sent or refused';
  if (!optionalText(data) || !optionalText(message)) return 'picture.data/message: expected text';
  if (state === 'pending' && typeof data !== 'string') return 'picture: pending without its bytes';
  return { state, ...(data !== undefined ? { data: data as string } : {}), ...(message !== undefined ? { message: message as string } : {}) };
}

/** A stored item as an outbox entry, or the reason it is not one. */
function readEntry(item: unknown): OutboxEntry | string {
  if (!isRecord(item)) return 'not an object';
  const { hash, spec, state, queuedAt, attempts, nextAttemptAt, number, message, findings, picture, acknowledged } = item;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return 'hash: expected 64 lower-case hex digits';
  if (state !== 'pending' && state !== 'placed' && state !== 'rejected') return 'state: expected pending, placed or rejected';
  if (!isFiniteNumber(queuedAt) || !isFiniteNumber(nextAttemptAt)) return 'queuedAt/nextAttemptAt: expected numbers';
  if (!Number.isInteger(attempts) || (attempts as number) < 0) return 'attempts: expected a whole number ≥ 0';
  if (!optionalText(number) || !optionalText(message)) return 'number/message: expected text';
  if (
    findings !== undefined &&
    !(Array.isArray(findings) && findings.every((f) => isRecord(f) && typeof f.pointer === 'string' && typeof f.message === 'string'))
  ) {
    return 'findings: expected a list of {pointer, message}';
  }
  const readablePicture = picture === undefined ? undefined : readPicture(picture);
  if (typeof readablePicture === 'string') return readablePicture;
  return {
    hash,
    spec,
    state,
    queuedAt,
    attempts: attempts as number,
    nextAttemptAt,
    ...(number !== undefined ? { number: number as string } : {}),
    ...(message !== undefined ? { message: message as string } : {}),
    ...(findings !== undefined ? { findings: (findings as { pointer: string; message: string }[]).map(({ pointer, message }) => ({ pointer, message })) } : {}),
    ...(readablePicture ? { picture: readablePicture } : {}),
    ...(acknowledged === true ? { acknowledged } : {}),
  };
}

export interface OutboxDeps {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  readonly send: (spec: unknown) => Promise<SubmitResult>;
  readonly sendPicture: (number: string, png: Uint8Array) => Promise<PictureUploadResult>;
  readonly now: () => number;
  readonly random: () => number;
}

export interface OrderOutbox {
  /**
   * Keeps the spec (and the PNG its `picture` refers to, if any), then sends it and the picture;
   * resolves once this attempt is over (the entry says how it went).
   */
  submit(hash: string, spec: unknown, png?: Uint8Array): Promise<OutboxEntry>;
  entry(hash: string): OutboxEntry | undefined;
  /**
   * Orders the service refused that the customer has not acknowledged yet, oldest first: they may
   * have left the page (or been offline for days) while the order waited here, so the shop tells
   * them on their next visit.
   */
  needsAttention(): readonly OutboxEntry[];
  /** The customer has seen that this order was refused. */
  acknowledge(hash: string): void;
  /** Sends every pending spec that is due (or all of them with `force`). */
  flush(force?: boolean): Promise<void>;
  subscribe(listener: () => void): () => void;
  /** Retries on load, on 'online' and on a timer; returns the stop function. */
  start(target?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
}

export function createOrderOutbox({ storage, send, sendPicture, now, random }: OutboxDeps): OrderOutbox {
  const listeners = new Set<() => void>();
  let entries: OutboxEntry[] = [];
  /** Stored items that are not readable entries: kept as they are, never dropped. */
  let unreadable: unknown[] = [];
  const inFlight = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;

  function load(): void {
    let raw: unknown;
    try {
      raw = JSON.parse(storage?.getItem(OUTBOX_KEY) ?? 'null');
    } catch (error) {
      console.warn(`${OUTBOX_KEY}: cannot be read; leaving it as it is`, error);
      return;
    }
    const items = raw && typeof raw === 'object' && Array.isArray((raw as { entries?: unknown }).entries) ? (raw as { entries: unknown[] }).entries : [];
    const readable: OutboxEntry[] = [];
    unreadable = [];
    for (const item of items) {
      const entry = readEntry(item);
      if (typeof entry !== 'string') readable.push(entry);
      else {
        console.warn(`${OUTBOX_KEY}: an entry cannot be read (${entry}); keeping it as it is`);
        unreadable.push(item);
      }
    }
    const cutoff = now() - KEEP_SETTLED_MS;
    entries = readable.filter((e) => hasWork(e) || e.queuedAt > cutoff);
    refreshAttention();
  }

  /** A new list only when it changes, so React's useSyncExternalStore can use it as a snapshot. */
  let attention: readonly OutboxEntry[] = [];
  function refreshAttention(): void {
    const next = entries.filter((e) => e.state === 'rejected' && !e.acknowledged).sort((a, b) => a.queuedAt - b.queuedAt);
    if (next.length !== attention.length || next.some((e, i) => e !== attention[i])) attention = next;
  }

  function save(): void {
    refreshAttention();
    try {
      storage?.setItem(OUTBOX_KEY, JSON.stringify({ schemaVersion: SCHEMA_VERSION, entries: [...entries, ...unreadable] }));
    } catch (error) {
      // Storage full or blocked: the entry lives on in memory for this visit.
      console.warn(`${OUTBOX_KEY}: cannot be saved`, error);
    }
    for (const listener of listeners) listener();
  }

  function update(hash: string, change: Partial<OutboxEntry>): OutboxEntry | undefined {
    load();
    let changed: OutboxEntry | undefined;
    entries = entries.map((e) => (e.hash === hash ? (changed = { ...e, ...change }) : e));
    save();
    return changed;
  }

  function retryLater(attempts: number, retryAfterMs = 0): number {
    const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1)) * (0.75 + random() / 2);
    return now() + Math.max(retryAfterMs, backoff);
  }

  async function attempt(hash: string): Promise<void> {
    const entry = entries.find((e) => e.hash === hash);
    if (!entry || !hasWork(entry) || inFlight.has(hash)) return;
    inFlight.add(hash);
    try {
      if (entry.state === 'pending') {
        const result = await send(entry.spec);
        const attempts = entry.attempts + 1;
        if (result.kind === 'placed') update(hash, { state: 'placed', attempts, number: result.number, message: undefined });
        else if (result.kind === 'rejected') {
          // A refused order's picture has nowhere to go.
          update(hash, { state: 'rejected', attempts, message: result.message, findings: [...result.findings], picture: undefined });
        } else update(hash, { attempts, message: result.message, nextAttemptAt: retryLater(attempts, result.retryAfterMs) });
      }
      const placed = entries.find((e) => e.hash === hash);
      if (placed?.state === 'placed' && placed.number && placed.picture?.state === 'pending' && placed.picture.data) {
        const result = await sendPicture(placed.number, base64ToBytes(placed.picture.data));
        if (result.kind === 'stored') update(hash, { picture: { state: 'sent' } });
        else if (result.kind === 'rejected') {
          console.warn(`${OUTBOX_KEY}: the picture of ${placed.number} was refused: ${result.message}`);
          update(hash, { picture: { state: 'refused', message: result.message } });
        } else {
          const attempts = placed.attempts + 1;
          update(hash, { attempts, nextAttemptAt: retryLater(attempts, result.retryAfterMs), picture: { ...placed.picture, message: result.message } });
        }
      }
    } finally {
      inFlight.delete(hash);
      schedule();
    }
  }

  function schedule(): void {
    if (!started) return;
    clearTimeout(timer);
    const due = entries.filter(hasWork).map((e) => e.nextAttemptAt);
    if (due.length === 0) return;
    timer = setTimeout(() => void outbox.flush(), Math.max(0, Math.min(...due) - now()));
  }

  const outbox: OrderOutbox = {
    async submit(hash, spec, png) {
      load();
      if (!entries.some((e) => e.hash === hash)) {
        const picture: OutboxPicture | undefined = png ? { state: 'pending', data: bytesToBase64(png) } : undefined;
        entries.push({ hash, spec, state: 'pending', queuedAt: now(), attempts: 0, nextAttemptAt: now(), ...(picture ? { picture } : {}) });
        save();
      } else update(hash, { nextAttemptAt: now() });
      await attempt(hash);
      return outbox.entry(hash)!;
    },
    entry: (hash) => entries.find((e) => e.hash === hash),
    needsAttention: () => attention,
    acknowledge(hash) {
      update(hash, { acknowledged: true });
    },
    async flush(force = false) {
      load();
      const due = entries.filter((e) => hasWork(e) && (force || e.nextAttemptAt <= now()));
      await Promise.all(due.map((e) => attempt(e.hash)));
      schedule();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(target) {
      started = true;
      const online = () => void outbox.flush(true);
      // Another tab may have sent (or queued) orders.
      const storageChanged = (event: Event) => {
        if ((event as StorageEvent).key !== OUTBOX_KEY) return;
        load();
        for (const listener of listeners) listener();
        schedule();
      };
      target?.addEventListener('online', online);
      target?.addEventListener('storage', storageChanged);
      void outbox.flush(true);
      return () => {
        started = false;
        clearTimeout(timer);
        target?.removeEventListener('online', online);
        target?.removeEventListener('storage', storageChanged);
      };
    },
  };
  load();
  return outbox;
}

// btoa/atob work on "binary strings"; chunks keep the argument lists short.
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The app's outbox (this browser's localStorage, the real service). */
export const orderOutbox: OrderOutbox = createOrderOutbox({
  storage: browserStorage(),
  send: (spec) => postOrder(spec),
  sendPicture: (number, png) => putOrderPicture(number, png),
  now: () => Date.now(),
  random: Math.random,
});
