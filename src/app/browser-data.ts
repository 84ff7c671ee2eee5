import { PRODUCTION_TOKEN_KEY } from './production-api.ts';
import { QUOTES_KEY } from './quote-records.ts';
import { SALES_SESSION_KEY } from './sales-access.ts';
import { SAVED_DESIGNS_KEY } from './saved-designs.ts';
import { SUGGESTION_VOTES_KEY, SUGGESTIONS_KEY } from './suggestion-board.ts';
import { browserStorage } from './local-records.ts';

/** The kinds of data the shop keeps in this browser, and the storage keys that hold each. */
export type DataKind = 'designs' | 'suggestions' | 'quotes' | 'outbox' | 'staff' | 'other';

// The order outbox's key, written here rather than imported so this page does not load the outbox (and zod).
const OUTBOX_KEY = 'made-to-order:order-outbox';
const PREFIX = 'made-to-order:';

const KEYS: Readonly<Record<Exclude<DataKind, 'other'>, readonly string[]>> = {
  designs: [SAVED_DESIGNS_KEY],
  suggestions: [SUGGESTIONS_KEY, SUGGESTION_VOTES_KEY],
  quotes: [QUOTES_KEY],
  outbox: [OUTBOX_KEY],
  staff: [PRODUCTION_TOKEN_KEY, SALES_SESSION_KEY],
};

export interface StoredKind {
  readonly kind: DataKind;
  readonly keys: readonly string[];
  /** How many items (designs, suggestions, …) when countable, else null. */
  readonly count: number | null;
  /** Characters stored. */
  readonly size: number;
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function countItems(raw: string): number | null {
  try {
    const data = JSON.parse(raw) as unknown;
    if (Array.isArray(data)) return data.length;
    if (data && typeof data === 'object') {
      for (const key of ['designs', 'records', 'entries']) {
        const list = (data as Record<string, unknown>)[key];
        if (Array.isArray(list)) return list.length;
      }
    }
  } catch {
    // Not JSON (a token): not countable.
  }
  return null;
}

/** What the shop has stored in this browser (localStorage and this tab's sessionStorage), by kind; kinds with nothing are left out. */
export function storedData(): StoredKind[] {
  const local = browserStorage();
  const session = sessionStore();
  const found: StoredKind[] = [];
  const known = new Set(Object.values(KEYS).flat());
  for (const [kind, keys] of Object.entries(KEYS) as [Exclude<DataKind, 'other'>, readonly string[]][]) {
    const present = keys.filter((key) => local?.getItem(key) != null || session?.getItem(key) != null);
    if (present.length === 0) continue;
    const raws = present.map((key) => local?.getItem(key) ?? session?.getItem(key) ?? '');
    const main = raws[0] ?? '';
    found.push({ kind, keys: present, count: kind === 'staff' ? null : countItems(main), size: raws.reduce((n, raw) => n + raw.length, 0) });
  }
  const others: string[] = [];
  for (let i = 0; local && i < local.length; i++) {
    const key = local.key(i);
    if (key?.startsWith(PREFIX) && !known.has(key)) others.push(key);
  }
  if (others.length > 0)
    found.push({ kind: 'other', keys: others, count: others.length, size: others.reduce((n, key) => n + (local?.getItem(key)?.length ?? 0), 0) });
  return found;
}

/** Deletes one kind of stored data (or everything the shop stored, with "all"). */
export function deleteStoredData(kind: DataKind | 'all'): void {
  const local = browserStorage();
  const session = sessionStore();
  const kinds = kind === 'all' ? storedData() : storedData().filter((k) => k.kind === kind);
  for (const { keys } of kinds) {
    for (const key of keys) {
      try {
        local?.removeItem(key);
        session?.removeItem(key);
      } catch {
        // Storage turned off meanwhile: nothing left to delete.
      }
    }
  }
  // Pages open in other tabs hear of it through the storage event; this one is told here.
  window.dispatchEvent(new Event('made-to-order:data-deleted'));
}
