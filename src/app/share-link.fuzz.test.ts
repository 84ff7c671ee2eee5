import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/catalog-schema.ts';
import { engineFor } from '../domain/configuration-engine.ts';
import { BUDGET_MS, hostileValue, mutate, mutation, pollutedKeys, prototypeFingerprint, timed } from '../domain/fuzz-support.ts';
import { parseCatalog } from '../domain/load-catalog.ts';
import { findGroup, invalidValueReason } from '../domain/selections.ts';
import type { RestoredDesign } from './restore-design.ts';
import { decodeShareLink, encodeShareLink } from './share-link.ts';

/*
 * Share links are hostile input: whatever is in the hash, opening it never throws, hangs or
 * pollutes a prototype; what comes back is only acceptable choices that lead to a valid product,
 * and what changed is said in a few plain sentences.
 */

function load(id: string): Catalog {
  const result = parseCatalog(readFileSync(new URL(`../../catalog/${id}.json`, import.meta.url), 'utf8'), `catalog/${id}.json`);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.catalog;
}

const catalogs = ['standing-desk', 'bicycle', 'modular-shelving'].map(load);
const fingerprint = prototypeFingerprint();
let slowest = 0;
afterAll(() => console.info(`share-link fuzz: slowest link ${slowest.toFixed(1)} ms`));

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function open(hash: string): RestoredDesign {
  let restored: RestoredDesign | undefined;
  const ms = timed(() => {
    restored = decodeShareLink(hash, catalogs);
  });
  slowest = Math.max(slowest, ms);
  expect(ms, `opening a ${hash.length}-character link took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
  expect(prototypeFingerprint()).toBe(fingerprint);
  expect(pollutedKeys()).toEqual([]);
  const design = restored!;

  // Plain words: a few short sentences, no code, no control characters, no stack traces.
  expect(design.notes.length).toBeLessThanOrEqual(12);
  for (const note of design.notes) {
    expect(typeof note).toBe('string');
    expect(note.length).toBeGreaterThan(10);
    expect(note.length).toBeLessThan(400);
    expect(note).toMatch(/[.!]$/);
    // eslint-disable-next-line no-control-regex
    expect(note).not.toMatch(/[\u0000-\u0008\u000b-\u001f]|\bat \w+ \(|undefined|\[object|NaN|Error/);
  }
  if (!design.catalog) {
    expect(design.choices).toEqual({});
    expect(design.notes.length).toBeGreaterThan(0);
    return design;
  }
  // Only acceptable values, and together they still lead to a valid product.
  for (const [groupId, value] of Object.entries(design.choices)) {
    const group = findGroup(design.catalog, groupId);
    expect(group, groupId).toBeDefined();
    expect(invalidValueReason(group!, value)).toBeUndefined();
  }
  expect(engineFor(design.catalog).consistent(design.choices)).toBe(true);
  return design;
}

/** A real design's choices: every group set from the catalog's defaults. */
function realChoices(catalog: Catalog): Record<string, unknown> {
  return Object.fromEntries(catalog.groups.map((g) => [g.id, g.default]));
}

const catalogIndex = fc.nat({ max: catalogs.length - 1 });

// Generous: a shared 2-core machine; the per-input budget is asserted separately.
describe('share link fuzzing', { timeout: 120_000 }, () => {
  it('random strings as the hash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.webUrl()), (text) => {
        open(text);
        open(`#/design/${text}`);
        open(`#/design/standing-desk/2026.11.3?s=1&c=${text}`);
      }),
      { numRuns: 200 },
    );
  });

  it('hostile JSON payloads: reserved keys, huge numbers, long strings, deep nesting, unknown ids', () => {
    fc.assert(
      fc.property(
        catalogIndex,
        fc.dictionary(
          fc.oneof(fc.constantFrom('__proto__', 'constructor', 'width', 'top', 'accessories', 'engraving', 'colour', 'bays'), fc.string({ maxLength: 10 })),
          hostileValue,
          { maxKeys: 6 },
        ),
        (index, choices) => {
          const catalog = catalogs[index]!;
          const payload = base64url(JSON.stringify(choices));
          if (payload.length > 3_800) return;
          open(`#/design/${catalog.id}/${catalog.version}?s=1&c=${payload}`);
          open(`#/design/${catalog.id}/0.0.1?s=9&c=${payload}`);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('random mutations of real designs', () => {
    fc.assert(
      fc.property(catalogIndex, fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        const catalog = catalogs[index]!;
        const choices = mutate(realChoices(catalog), mutations);
        const text = JSON.stringify(choices) ?? 'null';
        if (text.length > 2_500) return;
        const design = open(`#/design/${catalog.id}/${catalog.version}?s=1&c=${base64url(text)}`);
        expect(design.catalog?.id).toBe(catalog.id);
      }),
      { numRuns: 250 },
    );
  });

  it('links at and over the length limit, odd encodings and the reserved keys as raw JSON text', () => {
    const desk = catalogs[0]!;
    const raw = (json: string) => `#/design/${desk.id}/${desk.version}?s=1&c=${base64url(json)}`;
    const cases = [
      raw('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"width":150}'),
      raw(`{"width":1e308,"depth":-1e308,"top":"${'x'.repeat(2_000)}"}`),
      raw(`{"accessories":[${Array.from({ length: 600 }, () => '"drawer"').join(',')}]}`),
      raw(`${'['.repeat(1_500)}${']'.repeat(1_500)}`),
      raw('{"width":"150","engraving":["a"],"motor":{"id":"dual"}}'),
      `#/design/${desk.id}/${desk.version}?s=1&c=${'A'.repeat(3_990)}`,
      `#/design/${desk.id}/${desk.version}?s=1&c=${'A'.repeat(1_000_000)}`,
      `#/design/${'%'.repeat(50)}/${'%E0%A4%A'}?c=%%%`,
      `#/design/__proto__/1?s=1&c=e30`,
      `#/design/constructor/1?s=1&c=e30`,
      `#/design/${desk.id}/${desk.version}?s=1&c=${encodeShareLink({ catalogId: 'x', catalogVersion: 'y', choices: { width: 150 } })}`,
      `#/design/${desk.id}/${desk.version}?${'s=1&'.repeat(900)}`,
    ];
    for (const hash of cases) open(hash);
  });
});
