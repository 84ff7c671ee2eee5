import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_MS, hostileValue, pollutedKeys, prototypeFingerprint, timed } from '../domain/fuzz-support.ts';
import { createSavedDesigns, SAVED_DESIGNS_KEY, type StorageLike } from './saved-designs.ts';

/*
 * Saved designs are read back from localStorage, which anything on this origin (or a user with
 * devtools, or an older or newer shop) may have written. Garbage there never crashes the shop,
 * never comes back as a design, is never overwritten, and never reaches a prototype.
 */

const fingerprint = prototypeFingerprint();
const VALID = {
  id: 'a1',
  name: 'Office desk',
  catalogId: 'standing-desk',
  catalogVersion: '2026.11.3',
  choices: { width: 150 },
  savedAt: '2026-11-20T10:00:00.000Z',
};

function storageWith(raw: string | null): StorageLike & { raw: string | null } {
  return {
    raw,
    getItem(key) {
      return key === SAVED_DESIGNS_KEY ? this.raw : null;
    },
    setItem(key, value) {
      if (key === SAVED_DESIGNS_KEY) this.raw = value;
    },
  };
}

const designEntry: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.constant(VALID),
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 70 }), hostileValue),
      name: fc.oneof(fc.string({ maxLength: 90 }), hostileValue),
      catalogId: fc.oneof(fc.constantFrom('standing-desk', '__proto__'), hostileValue),
      catalogVersion: fc.oneof(fc.string({ maxLength: 40 }), hostileValue),
      choices: fc.oneof(
        fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'width'), fc.string({ maxLength: 70 })), hostileValue, { maxKeys: 4 }),
        hostileValue,
      ),
      savedAt: fc.oneof(fc.constant(VALID.savedAt), fc.string({ maxLength: 30 }), hostileValue),
    },
    { requiredKeys: [] },
  ),
);

const storedText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  hostileValue.map((v) => JSON.stringify(v) ?? 'undefined'),
  fc
    .record(
      { schemaVersion: fc.oneof(fc.constant(1), hostileValue), designs: fc.oneof(fc.array(designEntry, { maxLength: 6 }), hostileValue) },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.array(designEntry, { maxLength: 6 }).map((designs) => JSON.stringify({ schemaVersion: 1, designs })),
  fc.constantFrom(
    '{"schemaVersion":1,"designs":[{"__proto__":{"polluted":true}}]}',
    '{"__proto__":{"polluted":true},"schemaVersion":1,"designs":[]}',
    '{"schemaVersion":2,"designs":[]}',
  ),
);

function within<T>(work: () => T): T {
  let result: T | undefined;
  const ms = timed(() => {
    result = work();
  });
  expect(ms).toBeLessThan(BUDGET_MS);
  return result!;
}

// Generous: a shared 2-core machine; the per-input budget is asserted separately.
describe('saved designs with garbage in localStorage', { timeout: 120_000 }, () => {
  it('lists only well-formed designs, saves without losing what it cannot read, never throws', () => {
    fc.assert(
      fc.property(storedText, (raw) => {
        const storage = storageWith(raw);
        const warnings: string[] = [];
        const designs = createSavedDesigns(storage, { now: () => new Date('2026-11-25T10:00:00Z'), newId: () => 'new-id', warn: (m) => warnings.push(m) });

        const listed = within(() => designs.list());
        for (const design of listed) {
          expect(typeof design.id).toBe('string');
          expect(typeof design.name).toBe('string');
          expect(Object.getPrototypeOf(design.choices)).toBe(Object.prototype);
          expect(Object.hasOwn(design.choices, '__proto__')).toBe(false);
          expect(Number.isNaN(Date.parse(design.savedAt))).toBe(false);
        }

        const result = within(() => designs.save({ name: 'Mine', catalogId: 'standing-desk', catalogVersion: '2026.11.3', choices: { width: 150 } }));
        if (result.ok) {
          // What was there stays there, unreadable entries included.
          const stored = JSON.parse(storage.raw!) as { designs: unknown[] };
          const before = JSON.parse(raw) as { designs: unknown[] };
          expect(stored.designs.slice(0, -1)).toEqual(before.designs);
          expect(designs.list().some((d) => d.id === 'new-id')).toBe(true);
        } else {
          expect(storage.raw).toBe(raw);
          expect(result.message).toMatch(/\.$/);
        }
        within(() => designs.remove('a1'));
        within(() => designs.availableName('x'.repeat(500)));
        expect(prototypeFingerprint()).toBe(fingerprint);
        expect(pollutedKeys()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a storage that throws, or holds megabytes, is survived', () => {
    const throwing: StorageLike = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new Error('QuotaExceededError');
      },
    };
    const designs = createSavedDesigns(throwing, { now: () => new Date(), newId: () => 'id', warn: () => {} });
    expect(designs.list()).toEqual([]);
    expect(designs.save({ name: 'x', catalogId: 'standing-desk', catalogVersion: '1', choices: {} }).ok).toBe(false);

    const huge = JSON.stringify({
      schemaVersion: 1,
      designs: [...Array.from({ length: 2_000 }, (_, i) => ({ ...VALID, id: `d${i}`, name: `Design ${i}` })), 'x'.repeat(3_000_000)],
    });
    const many = createSavedDesigns(storageWith(huge), { now: () => new Date(), newId: () => 'id', warn: () => {} });
    expect(within(() => many.list())).toHaveLength(2_000);
  });
});
