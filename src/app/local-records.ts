import type { AppProblem } from './app-problems.ts';
import type { StorageLike } from './saved-designs.ts';

/** localStorage, or null where the browser refuses it (privacy settings). */
export function browserStorage(): (StorageLike & { removeItem(key: string): void; readonly length: number; key(index: number): string | null }) | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A list of records under one localStorage key as `{schemaVersion, records}`. What is read back is
 * only shaped by `read` (entries it refuses are skipped, never deleted); writing never throws: it
 * returns what went wrong, if anything.
 */
export function recordList<T>(key: string, read: (entry: unknown) => T | null) {
  const listeners = new Set<() => void>();
  let cache: { raw: string | null; records: T[] } | undefined;
  const storage = () => browserStorage();
  function list(): T[] {
    let raw: string | null;
    try {
      raw = storage()?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    if (cache?.raw === raw) return cache.records;
    let records: T[] = [];
    try {
      const stored = raw === null ? null : (JSON.parse(raw) as unknown);
      if (stored && typeof stored === 'object' && Array.isArray((stored as { records?: unknown }).records)) {
        records = (stored as { records: unknown[] }).records.map(read).filter((r) => r !== null) as T[];
      }
    } catch {
      records = [];
    }
    cache = { raw, records };
    return records;
  }
  function write(records: readonly T[]): AppProblem | undefined {
    const target = storage();
    if (!target) return { code: 'storageRefused' };
    try {
      target.setItem(key, JSON.stringify({ schemaVersion: 1, records }));
    } catch {
      return { code: 'storageFull' };
    }
    for (const listener of listeners) listener();
    return undefined;
  }
  return {
    list,
    write,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
