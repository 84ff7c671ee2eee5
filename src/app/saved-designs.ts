import type { Selections } from '../domain/selections.ts';
import { appFailure, type AppProblem } from './app-problems.ts';

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

// Checked by hand, not with zod: these few lines keep zod out of the entry chunk (budget in
// shared/QUALITY.md); the product picker lists saved designs on the first page.
const DESIGN_KEYS = ['id', 'name', 'catalogId', 'catalogVersion', 'choices', 'savedAt'];
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?Z$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;
const isChoice = (value: unknown) =>
  isText(value, 0, 2000) ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.length <= 500 && value.every((v) => isText(v, 0, 64)));

/** A stored entry as a SavedDesign, or null when it has the wrong shape. Values are only shaped here; restoreDesign checks them against the catalog. */
function readSavedDesign(entry: unknown): SavedDesign | null {
  if (!isRecord(entry) || Object.keys(entry).some((key) => key !== '__proto__' && !DESIGN_KEYS.includes(key))) return null;
  const { id, name, catalogId, catalogVersion, choices, savedAt } = entry;
  if (!isText(id, 1, 64) || !isText(name, 1, MAX_DESIGN_NAME) || !isText(catalogId, 1, 64) || !isText(catalogVersion, 0, 32)) return null;
  if (typeof savedAt !== 'string' || !ISO_DATE_TIME.test(savedAt) || !isRecord(choices)) return null;
  // A fresh object without "__proto__" keys, so nothing read back can reach a prototype.
  const shaped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(choices)) {
    if (key === '__proto__') continue;
    if (key.length > 64 || !isChoice(value)) return null;
    shaped[key] = value;
  }
  return { id, name, catalogId, catalogVersion, choices: shaped, savedAt };
}

/** A failure carries its problem as a code (the UI words it) and in English (`message`). */
export type SaveResult = { readonly ok: true; readonly design: SavedDesign } | { readonly ok: false; readonly problem: AppProblem; readonly message: string };

export interface SavedDesigns {
  /** Every readable saved design, newest first (the same array until something changes). */
  list(): readonly SavedDesign[];
  /** Saves a new design; a name already in use gets " (2)", " (2)"… so nothing is overwritten. */
  save(design: { name: string; catalogId: string; catalogVersion: string; choices: Selections }): SaveResult;
  remove(id: string): void;
  /** How many stored entries cannot be read (1 when the stored value as a whole cannot): kept, never overwritten. */
  unreadable(): number;
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
  let cache: { raw: string | null; designs: readonly SavedDesign[]; unreadable: number } | undefined;

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
      const stored: unknown = JSON.parse(raw);
      if (isRecord(stored) && stored.schemaVersion === SAVED_DESIGNS_SCHEMA_VERSION && Array.isArray(stored.designs)) return stored.designs;
    } catch {
      // Not JSON: reported below.
    }
    warn('Saved designs in this browser are unreadable and were ignored.');
    return null;
  }

  function validDesigns(entries: readonly unknown[]): SavedDesign[] {
    const designs: SavedDesign[] = [];
    for (const entry of entries) {
      const design = readSavedDesign(entry);
      if (design) designs.push(design);
      else warn('A saved design in this browser is unreadable and was ignored.');
    }
    return designs.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  function list(): readonly SavedDesign[] {
    const raw = readRaw();
    return read(raw).designs;
  }

  function read(raw: string | null): NonNullable<typeof cache> {
    if (cache?.raw !== raw) {
      const entries = readEntries(raw);
      const designs = validDesigns(entries ?? []);
      cache = { raw, designs, unreadable: entries === null ? 1 : entries.length - designs.length };
    }
    return cache;
  }

  function write(entries: readonly unknown[]): SaveResult | undefined {
    if (!storage) return appFailure({ code: 'designStorageRefused' });
    try {
      storage.setItem(SAVED_DESIGNS_KEY, JSON.stringify({ schemaVersion: SAVED_DESIGNS_SCHEMA_VERSION, designs: entries }));
    } catch {
      return appFailure({ code: 'designStorageFull' });
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
    unreadable: () => read(readRaw()).unreadable,
    availableName,
    save(design) {
      const entries = readEntries(readRaw());
      // Never overwrite something we cannot read (e.g. written by a newer version of the shop).
      if (entries === null) return appFailure({ code: 'designsUnreadable' });
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
      write(entries.filter((entry) => readSavedDesign(entry)?.id !== id));
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
