import { describe, expect, it, vi } from 'vitest';
import { createSavedDesigns, SAVED_DESIGNS_KEY, type StorageLike } from './saved-designs.ts';

class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function setup(storage: StorageLike | null = new FakeStorage()) {
  let clock = Date.parse('2026-11-25T10:00:00Z');
  let ids = 0;
  const warn = vi.fn();
  const designs = createSavedDesigns(storage, { now: () => new Date((clock += 60_000)), newId: () => `id-${++ids}`, warn });
  return { designs, warn, storage };
}

const desk = { catalogId: 'standing-desk', catalogVersion: '2026.11.3', choices: { width: 170, accessories: ['drawer'] } };

describe('saved designs', () => {
  it('saves several named designs, newest first, and reads them back after a reload', () => {
    const storage = new FakeStorage();
    const { designs } = setup(storage);
    expect(designs.list()).toEqual([]);
    expect(designs.save({ ...desk, name: 'Office desk' })).toMatchObject({ ok: true, design: { id: 'id-1', name: 'Office desk' } });
    designs.save({ ...desk, name: 'Home desk', choices: { width: 120 } });
    designs.save({ catalogId: 'bicycle', catalogVersion: '1', name: 'Commuter', choices: {} });
    expect(designs.list().map((d) => d.name)).toEqual(['Commuter', 'Home desk', 'Office desk']);

    const reloaded = setup(storage).designs;
    expect(reloaded.list()).toEqual(designs.list());
    expect(reloaded.list()[1]).toEqual({ id: 'id-2', name: 'Home desk', ...desk, choices: { width: 120 }, savedAt: '2026-11-25T10:02:00.000Z' });
  });

  it('never overwrites a design with the same name: the new one gets a number', () => {
    const { designs } = setup();
    designs.save({ ...desk, name: 'Standing desk – 25 Nov' });
    expect(designs.availableName('Standing desk – 25 Nov')).toBe('Standing desk – 25 Nov (2)');
    const second = designs.save({ ...desk, name: 'standing desk – 25 nov' });
    const third = designs.save({ ...desk, name: ' Standing desk – 25 Nov ' });
    expect(second.ok && second.design.name).toBe('standing desk – 25 nov (2)');
    expect(third.ok && third.design.name).toBe('Standing desk – 25 Nov (3)');
    expect(designs.list()).toHaveLength(3);
    expect(designs.availableName('')).toBe('My design');
    expect(designs.availableName('x'.repeat(200))).toHaveLength(80);
  });

  it('deletes only the chosen design and tells subscribers', () => {
    const { designs } = setup();
    const listener = vi.fn();
    const unsubscribe = designs.subscribe(listener);
    designs.save({ ...desk, name: 'A' });
    designs.save({ ...desk, name: 'B' });
    designs.remove('id-1');
    expect(designs.list().map((d) => d.name)).toEqual(['B']);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    designs.remove('id-2');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('returns the same list until something changes (for useSyncExternalStore)', () => {
    const { designs } = setup();
    designs.save({ ...desk, name: 'A' });
    expect(designs.list()).toBe(designs.list());
  });

  it('ignores corrupt JSON with a warning and does not overwrite it', () => {
    const storage = new FakeStorage();
    storage.items.set(SAVED_DESIGNS_KEY, '{not json');
    const { designs, warn } = setup(storage);
    expect(designs.list()).toEqual([]);
    expect(warn).toHaveBeenCalled();
    expect(designs.save({ ...desk, name: 'A' })).toMatchObject({ ok: false });
    expect(storage.items.get(SAVED_DESIGNS_KEY)).toBe('{not json');
  });

  it('skips entries of the wrong shape, keeping them stored, and reads the rest', () => {
    const storage = new FakeStorage();
    const good = { id: 'g', name: 'Good', ...desk, savedAt: '2026-11-20T10:00:00.000Z' };
    const bad = [
      null,
      42,
      'design',
      { ...good, id: 'b1', name: '' },
      { ...good, id: 'b2', savedAt: 'yesterday' },
      { ...good, id: 'b3', choices: 'width=170' },
      { ...good, id: 'b4', choices: { width: { $gt: 1 } } },
      { ...good, id: 'b5', extra: true },
      { ...good, id: 'b6', name: 'x'.repeat(1000) },
    ];
    storage.items.set(SAVED_DESIGNS_KEY, JSON.stringify({ schemaVersion: 1, designs: [...bad, good] }));
    const { designs, warn } = setup(storage);
    expect(designs.list()).toEqual([good]);
    expect(warn).toHaveBeenCalledTimes(bad.length);
    designs.save({ ...desk, name: 'New' });
    const stored = JSON.parse(storage.items.get(SAVED_DESIGNS_KEY)!) as { designs: unknown[] };
    expect(stored.designs).toHaveLength(bad.length + 2);
  });

  it('is not fooled by __proto__ keys', () => {
    const storage = new FakeStorage();
    storage.items.set(
      SAVED_DESIGNS_KEY,
      '{"schemaVersion":1,"__proto__":{"polluted":1},"designs":[{"id":"p","name":"P","catalogId":"standing-desk","catalogVersion":"1","savedAt":"2026-11-20T10:00:00.000Z","choices":{"__proto__":{"polluted":1},"width":150}}]}',
    );
    const { designs } = setup(storage);
    const [design] = designs.list();
    expect(design?.choices).toEqual({ width: 150 });
    expect(Object.getPrototypeOf(design?.choices)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a stored value from another schema version without overwriting it', () => {
    const storage = new FakeStorage();
    storage.items.set(SAVED_DESIGNS_KEY, JSON.stringify({ schemaVersion: 2, designs: [{ future: true }] }));
    const { designs, warn } = setup(storage);
    expect(designs.list()).toEqual([]);
    expect(warn).toHaveBeenCalled();
    expect(designs.save({ ...desk, name: 'A' })).toMatchObject({ ok: false, problem: { code: 'designsUnreadable' } });
  });

  it('says so when the browser refuses to store, instead of crashing', () => {
    const storage = new FakeStorage();
    storage.full = true;
    expect(setup(storage).designs.save({ ...desk, name: 'A' })).toMatchObject({
      ok: false,
      problem: { code: 'designStorageFull' },
      message: expect.stringContaining('no room'),
    });
    const none = setup(null).designs;
    expect(none.list()).toEqual([]);
    expect(none.save({ ...desk, name: 'A' })).toEqual({
      ok: false,
      problem: { code: 'designStorageRefused' },
      message: 'This browser does not allow saving designs.',
    });
    const throwing = setup({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {},
    });
    expect(throwing.designs.list()).toEqual([]);
    expect(throwing.warn).toHaveBeenCalled();
  });
});
