import { z } from 'zod';
import type { Selections } from '../domain/selections.ts';

/** The part of the Web Storage API saved designs need (localStorage in the browser, a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A design the customer saved in this browser. Choices are re-checked against today's catalog when opened. */
export interface SavedDesign {
  readonly id: string;
  readonly name: string;
  readonly catalogId: string;
  readonly catalogVersion: string;
  readonly choices: Readonly<Record<string, unknown>>;
  /** ISO 8601. */
  readonly savedAt: string;
}

export const SAVED_DESIGNS_KEY = 'made-to-order:saved-designs';
export const SAVED_DESIGNS_SCHEMA_VERSION = 1;
export const MAX_DESIGN_NAME = 80;

const savedDesignSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(MAX_DESIGN_NAME),
  catalogId: z.string().min(1).max(64),
  catalogVersion: z.string().max(32),
  // Values are only shaped here; restoreDesign checks them against the catalog. (zod drops "__proto__" keys.)
  choices: z.record(z.string().max(64), z.union([z.string().max(2000), z.number(), z.array(z.string().max(64)).max(500)])),
  savedAt: z.iso.datetime(),
});

const storedSchema = z.looseObject({ schemaVersion: z.number(), designs: z.array(z.unknown()) });

export type SaveResult = { readonly ok: true; readonly design: SavedDesign } | { readonly ok: false; readonly message: string };

export interface SavedDesigns {
  /** Every readable saved design, newest first (the same array until something changes). */
  list(): readonly SavedDesign[];
  /** Saves a new design; a name already in use gets " (2)", " (2)"… so nothing is overwritten. */
  save(design: { name: string; catalogId: string; catalogVersion: string; choices: Selections }): SaveResult;
  remove(id: string): void;
  /** The name a design would be saved under: the given one, or with a number when it is taken. */
  availableName(name: string): string;
  subscribe(listener: () => void): () => void;
  /** Call when another tab may have changed the storage. */
  refresh(): void;
}

export interface SavedDesignsOptions {
  readonly now: () => Date;
  readonly newId: () => string;
  readonly warn?: (message: string) => void;
}

/**
 * Saved designs in a Storage (localStorage): several named designs, kept across reloads, never
 * leaving this browser. What is read back is validated; a corrupt or foreign entry is skipped with
 * a warning and kept as it is, so this code never crashes on it nor deletes what it cannot read.
 */
export function createSavedDesigns(storage: StorageLike | null, { now, newId, warn = (message) => console.warn(message) }: SavedDesignsOptions): SavedDesigns {
  const listeners = new Set<() => void>();
  let cache: { raw: string | null; designs: readonly SavedDesign[] } | undefined;

  function readRaw(): string | null {
    try {
      return storage?.getItem(SAVED_DESIGNS_KEY) ?? null;
    } catch (error) {
      warn(`Saved designs could not be read from this browser: ${String(error)}`);
      return null;
    }
  }

  /** The stored entries as they are (valid or not), or null when the stored value itself is unreadable. */
  function readEntries(raw: string | null): unknown[] | null {
    if (raw === null) return [];
    try {
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success && parsed.data.schemaVersion === SAVED_DESIGNS_SCHEMA_VERSION) return parsed.data.designs;
    } catch {
      // Not JSON: reported below.
    }
    warn('Saved designs in this browser are unreadable and were ignored.');
    return null;
  }

  function validDesigns(entries: readonly unknown[]): SavedDesign[] {
    const designs: SavedDesign[] = [];
    for (const entry of entries) {
      const parsed = savedDesignSchema.safeParse(entry);
      if (parsed.success) designs.push(parsed.data);
      else warn('A saved design in this browser is unreadable and was ignored.');
    }
    return designs.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  function list(): readonly SavedDesign[] {
    const raw = readRaw();
    if (cache?.raw !== raw) cache = { raw, designs: validDesigns(readEntries(raw) ?? []) };
    return cache.designs;
  }

  function write(entries: readonly unknown[]): SaveResult | undefined {
    if (!storage) return { ok: false, message: 'This browser does not allow saving designs.' };
    try {
      storage.setItem(SAVED_DESIGNS_KEY, JSON.stringify({ schemaVersion: SAVED_DESIGNS_SCHEMA_VERSION, designs: entries }));
    } catch {
      return { ok: false, message: 'This browser has no room to save the design (or saving is turned off). Your design is still open.' };
    }
    for (const listener of listeners) listener();
    return undefined;
  }

  function availableName(name: string): string {
    const base = name.trim().slice(0, MAX_DESIGN_NAME) || 'My design';
    const taken = new Set(list().map((d) => d.name.toLowerCase()));
    if (!taken.has(base.toLowerCase())) return base;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = base.slice(0, MAX_DESIGN_NAME - suffix.length) + suffix;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }

  return {
    list,
    availableName,
    save(design) {
      const entries = readEntries(readRaw());
      // Never overwrite something we cannot read (e.g. written by a newer version of the shop).
      if (entries === null) return { ok: false, message: 'Saved designs in this browser could not be read, so we did not overwrite them.' };
      const saved: SavedDesign = {
        id: newId(),
        name: availableName(design.name),
        catalogId: design.catalogId,
        catalogVersion: design.catalogVersion,
        choices: { ...design.choices },
        savedAt: now().toISOString(),
      };
      return write([...entries, saved]) ?? { ok: true, design: saved };
    },
    remove(id) {
      const entries = readEntries(readRaw());
      if (entries === null) return;
      write(entries.filter((entry) => !(savedDesignSchema.safeParse(entry).success && (entry as SavedDesign).id === id)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh() {
      for (const listener of listeners) listener();
    },
  };
}

let browserDesigns: SavedDesigns | undefined;

/** This browser's saved designs (localStorage; none when the browser refuses storage). */
export function browserSavedDesigns(): SavedDesigns {
  if (!browserDesigns) {
    let storage: StorageLike | null;
    try {
      storage = window.localStorage;
    } catch {
      // Some browsers refuse storage altogether (privacy settings): saving then says so.
      storage = null;
    }
    let counter = 0;
    browserDesigns = createSavedDesigns(storage, {
      now: () => new Date(),
      newId: () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${++counter}`),
    });
    const designs = browserDesigns;
    window.addEventListener('storage', (event) => {
      if (event.key === SAVED_DESIGNS_KEY || event.key === null) designs.refresh();
    });
  }
  return browserDesigns;
}
