import { postOrder, type SubmitResult } from './submit-order.ts';

/**
 * Orders the customer has sent, kept in this browser's localStorage until the service has them:
 * when it is unreachable or failing, the spec stays here and is sent again on the next load, when
 * the browser comes back online, and on a timer with backoff. Only specs the customer chose to
 * send ever get here.
 */
export const OUTBOX_KEY = 'made-to-order:order-outbox';
const SCHEMA_VERSION = 1;
/** Sent or refused orders are kept this long so the page can still say what became of them. */
const KEEP_SETTLED_MS = 30 * 86_400_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

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
}

// Checked by hand, not with zod: the outbox starts with the shop, and zod would add ~25 KB to the
// first page's critical path (budget in shared/QUALITY.md).
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

/** A stored item as an outbox entry, or the reason it is not one. */
function readEntry(item: unknown): OutboxEntry | string {
  if (!isRecord(item)) return 'not an object';
  const { hash, spec, state, queuedAt, attempts, nextAttemptAt, number, message, findings } = item;
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
  };
}

export interface OutboxDeps {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  readonly send: (spec: unknown) => Promise<SubmitResult>;
  readonly now: () => number;
  readonly random: () => number;
}

export interface OrderOutbox {
  /** Keeps the spec, then sends it; resolves once this attempt is over (the entry says how it went). */
  submit(hash: string, spec: unknown): Promise<OutboxEntry>;
  entry(hash: string): OutboxEntry | undefined;
  /** Sends every pending spec that is due (or all of them with `force`). */
  flush(force?: boolean): Promise<void>;
  subscribe(listener: () => void): () => void;
  /** Retries on load, on 'online' and on a timer; returns the stop function. */
  start(target?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
}

export function createOrderOutbox({ storage, send, now, random }: OutboxDeps): OrderOutbox {
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
    entries = readable.filter((e) => e.state === 'pending' || e.queuedAt > cutoff);
  }

  function save(): void {
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

  async function attempt(hash: string): Promise<void> {
    const entry = entries.find((e) => e.hash === hash);
    if (!entry || entry.state !== 'pending' || inFlight.has(hash)) return;
    inFlight.add(hash);
    try {
      const result = await send(entry.spec);
      const attempts = entry.attempts + 1;
      if (result.kind === 'placed') update(hash, { state: 'placed', attempts, number: result.number, message: undefined });
      else if (result.kind === 'rejected') update(hash, { state: 'rejected', attempts, message: result.message, findings: [...result.findings] });
      else {
        const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1)) * (0.75 + random() / 2);
        update(hash, { attempts, message: result.message, nextAttemptAt: now() + Math.max(result.retryAfterMs ?? 0, backoff) });
      }
    } finally {
      inFlight.delete(hash);
      schedule();
    }
  }

  function schedule(): void {
    if (!started) return;
    clearTimeout(timer);
    const due = entries.filter((e) => e.state === 'pending').map((e) => e.nextAttemptAt);
    if (due.length === 0) return;
    timer = setTimeout(() => void outbox.flush(), Math.max(0, Math.min(...due) - now()));
  }

  const outbox: OrderOutbox = {
    async submit(hash, spec) {
      load();
      if (!entries.some((e) => e.hash === hash)) {
        entries.push({ hash, spec, state: 'pending', queuedAt: now(), attempts: 0, nextAttemptAt: now() });
        save();
      } else update(hash, { nextAttemptAt: now() });
      await attempt(hash);
      return outbox.entry(hash)!;
    },
    entry: (hash) => entries.find((e) => e.hash === hash),
    async flush(force = false) {
      load();
      const due = entries.filter((e) => e.state === 'pending' && (force || e.nextAttemptAt <= now()));
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
  now: () => Date.now(),
  random: Math.random,
});
