import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/catalog-schema.ts';
import { engineFor } from '../domain/configuration-engine.ts';
import { parseCatalog } from '../domain/load-catalog.ts';
import { invalidValueReason, multiValues, numberSteps, type SelectionValue, type Selections } from '../domain/selections.ts';
import { decodeShareLink, encodeShareLink, MAX_SHARE_LINK_CHARS } from './share-link.ts';
import { NO_LONGER_OFFERED, OLDER_VERSION_NOTE } from './restore-design.ts';

function load(file: string): Catalog {
  const result = parseCatalog(readFileSync(new URL(`../../catalog/${file}`, import.meta.url), 'utf8'), `catalog/${file}`);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.catalog;
}

const desk = load('standing-desk.json');
const bicycle = load('bicycle.json');
const shelving = load('modular-shelving.json');
const catalogs = [desk, bicycle, shelving];

const TEXT_CHARACTERS = ['a', 'Z', 'é', 'ß', '7', ' ', '.', '&', '-', "'"];

/** Random choices of a catalog, each acceptable for its group (today's rules not applied). */
function choicesArbitrary(catalog: Catalog): fc.Arbitrary<Selections> {
  const groups: Record<string, fc.Arbitrary<SelectionValue>> = {};
  for (const group of catalog.groups) {
    if (group.kind === 'number') groups[group.id] = fc.constantFrom(...numberSteps(group));
    else if (group.kind === 'single') groups[group.id] = fc.constantFrom(...group.values.map((v) => v.id));
    else if (group.kind === 'multi')
      groups[group.id] = fc.shuffledSubarray(
        group.values.map((v) => v.id),
        { maxLength: group.maxCount ?? group.values.length },
      );
    else groups[group.id] = fc.string({ unit: fc.constantFrom(...TEXT_CHARACTERS), maxLength: group.maxLength });
  }
  return fc.record(groups, { requiredKeys: [] }).map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Selections);
}

/** The same choices with multi values in catalog order (how the app keeps them). */
function normalized(catalog: Catalog, choices: Selections): Selections {
  return Object.fromEntries(
    Object.entries(choices).map(([id, value]) => {
      const group = catalog.groups.find((g) => g.id === id)!;
      return [id, group.kind === 'multi' ? multiValues(group, value) : value];
    }),
  );
}

function linkFor(catalog: Catalog, choices: unknown, version = catalog.version): string {
  return encodeShareLink({ catalogId: catalog.id, catalogVersion: version, choices: choices as Selections });
}

/** What every decoded design must be: acceptable choices that fit today's rules. */
function expectTrustworthy(decoded: ReturnType<typeof decodeShareLink>) {
  expect(Array.isArray(decoded.notes)).toBe(true);
  if (!decoded.catalog) {
    expect(decoded.choices).toEqual({});
    return;
  }
  const catalog = decoded.catalog;
  for (const [groupId, value] of Object.entries(decoded.choices)) {
    const group = catalog.groups.find((g) => g.id === groupId);
    expect(group, groupId).toBeDefined();
    expect(invalidValueReason(group!, value)).toBeUndefined();
  }
  expect(engineFor(catalog).consistent(decoded.choices)).toBe(true);
  expect(Object.getPrototypeOf(decoded.choices)).toBe(Object.prototype);
}

describe('share links', () => {
  it.each(catalogs.map((c) => [c.id, c] as const))('round-trips random choices of the %s', (_, catalog) => {
    fc.assert(
      fc.property(choicesArbitrary(catalog), (choices) => {
        const decoded = decodeShareLink(linkFor(catalog, choices), catalogs);
        expect(decoded.catalog).toBe(catalog);
        expectTrustworthy(decoded);
        if (engineFor(catalog).consistent(choices)) {
          expect(decoded.choices).toEqual(normalized(catalog, choices));
          expect(decoded.notes).toEqual([]);
        } else {
          // Choices that no longer fit together are dropped, each with a note.
          expect(decoded.notes.length).toBeGreaterThan(0);
          expect(decoded.notes.every((note) => note.startsWith('We left out'))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(catalogs.map((c) => [c.id, c] as const))('stays under 2,000 characters for the %s with every choice at its longest', (_, catalog) => {
    const longest: Record<string, SelectionValue> = {};
    for (const group of catalog.groups) {
      if (group.kind === 'number') longest[group.id] = numberSteps(group).reduce((a, b) => (String(b).length > String(a).length ? b : a));
      else if (group.kind === 'single') longest[group.id] = group.values.reduce((a, b) => (b.id.length > a.id.length ? b : a)).id;
      else if (group.kind === 'multi') longest[group.id] = group.values.map((v) => v.id);
      else longest[group.id] = 'é'.repeat(Math.max(24, group.maxLength));
    }
    const link = `https://shop.example.com/made-to-order/${linkFor(catalog, longest)}`;
    expect(link.length).toBeLessThanOrEqual(2000);
    expect(link).toMatch(/^[A-Za-z0-9:/._~#?&=-]+$/);
  });

  it('is URL-safe and fits the hash router', () => {
    const link = linkFor(desk, { width: 170, engraving: 'Ada & Grace?' });
    expect(link).toMatch(/^#\/design\/standing-desk\/2026\.11\.4\?s=1&c=[A-Za-z0-9_-]+$/);
  });

  it('accepts a link made with an earlier catalog version, with a note', () => {
    const decoded = decodeShareLink(linkFor(desk, { width: 150, top: 'solid-oak' }, '2025.1.0'), catalogs);
    expect(decoded.choices).toEqual({ width: 150, top: 'solid-oak' });
    expect(decoded.notes).toEqual([OLDER_VERSION_NOTE]);
  });

  it('explains numbers out of range or off the step', () => {
    const tooWide = decodeShareLink(linkFor(desk, { width: 250, top: 'bamboo' }), catalogs);
    expect(tooWide.choices).toEqual({ top: 'bamboo' });
    expect(tooWide.notes).toEqual(['This design asked for a 250 cm width; this standing desk goes up to 200 cm, so we kept the standard width.']);
    const offStep = decodeShareLink(linkFor(desk, { width: 152 }), catalogs);
    expect(offStep.choices).toEqual({ width: 150 });
    expect(offStep.notes).toEqual(['This design asked for a 152 cm width; the width goes in steps of 5 cm, so we used 150 cm.']);
    const notNumbers = Buffer.from('{"width":"wide","depth":1e400}').toString('base64url');
    expect(decodeShareLink(`#/design/standing-desk/2026.11.4?c=${notNumbers}`, catalogs)).toMatchObject({
      choices: {},
      notes: [
        'This design\u2019s width was not a number, so we kept the standard width.',
        'This design\u2019s depth was not a number, so we kept the standard depth.',
      ],
    });
  });

  it('drops unknown options, values and over-long texts, saying so', () => {
    const decoded = decodeShareLink(
      linkFor(desk, { colour: 'red', top: 'gold', accessories: ['drawer', 'jetpack', 'drawer', 7], engraving: 'x'.repeat(25), motor: 'dual' }),
      catalogs,
    );
    expect(decoded.choices).toEqual({ motor: 'dual', accessories: ['drawer'] });
    expect(decoded.notes).toEqual([
      'This design had options this standing desk no longer has (“colour”), so we left them out.',
      'This design asked for a top we no longer offer (“gold”), so we kept the standard top.',
      'We no longer offer “jetpack” among the accessories, so we left it out.',
      'The engraving in this design is longer than 24 characters, so we left it out.',
    ]);
  });

  it('drops choices that conflict under today\u2019s rules, in catalog order, each with a note', () => {
    // Wider than 160 cm needs the dual motor: the width comes first in the catalog, so the motor goes.
    const decoded = decodeShareLink(linkFor(desk, { motor: 'single', width: 170 }), catalogs);
    expect(decoded.choices).toEqual({ width: 170 });
    expect(decoded.notes).toEqual([
      'We left out Single motor for the motor, as it no longer fits with your other choices: Desks wider than 160 cm need the dual motor to lift evenly.',
    ]);
  });

  it('says when the product is no longer offered', () => {
    const decoded = decodeShareLink('#/design/rocket/1?s=1&c=e30', catalogs);
    expect(decoded).toEqual({ catalog: null, choices: {}, notes: [NO_LONGER_OFFERED] });
    expect(decodeShareLink('#/design/%E0%A4%A/1?c=e30', catalogs).catalog).toBeNull();
  });

  it('opens the standard design when the payload cannot be read', () => {
    for (const payload of ['', '!!!', 'a', 'bm90IGpzb24', 'WzEsMl0', 'bnVsbA', '_-_-', '%00']) {
      const decoded = decodeShareLink(`#/design/standing-desk/2026.11.4?s=1&c=${payload}`, catalogs);
      expect(decoded.catalog, payload).toBe(desk);
      expect(decoded.choices, payload).toEqual({});
      expect(decoded.notes, payload).toEqual(['We couldn\u2019t read the design in this link, so we opened the standard standing desk.']);
    }
  });

  it('refuses huge links before decoding them', () => {
    const huge = linkFor(desk, { engraving: 'x'.repeat(MAX_SHARE_LINK_CHARS) });
    expect(decodeShareLink(huge, catalogs)).toMatchObject({ catalog: null, choices: {} });
    expect(decodeShareLink(`#/design/standing-desk/1?c=${'A'.repeat(10_000_000)}`, catalogs).choices).toEqual({});
  });

  it('ignores __proto__ and other prototype keys', () => {
    const payload = Buffer.from('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"width":150}').toString('base64url');
    const decoded = decodeShareLink(`#/design/standing-desk/2026.11.4?c=${payload}`, catalogs);
    expect(decoded.choices).toEqual({ width: 150 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectTrustworthy(decoded);
  });

  it('never throws on random hashes and always returns trustworthy choices', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ maxLength: 300 }).map((s) => `#/design/standing-desk/2026.11.4?c=${s}`),
        ),
        (hash) => {
          expectTrustworthy(decodeShareLink(hash, catalogs));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated payloads and random JSON', () => {
    const base = linkFor(desk, { width: 170, motor: 'dual', accessories: ['drawer', 'castors'], engraving: 'Ada' });
    const mutated = fc
      .tuple(fc.nat({ max: base.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }), fc.nat({ max: 5 }))
      .map(([at, c, cut]) => base.slice(0, at) + c + base.slice(at + 1, base.length - cut));
    const json = fc
      .tuple(
        fc.constantFrom(...catalogs),
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('width', 'top', 'accessories', 'engraving', 'bays', 'name', '__proto__', 'x'), fc.jsonValue())),
      )
      .map(([catalog, value]) => `#/design/${catalog.id}/0?c=${Buffer.from(JSON.stringify(value) ?? '').toString('base64url')}`);
    fc.assert(
      fc.property(fc.oneof(mutated, json), (hash) => {
        expectTrustworthy(decodeShareLink(hash, catalogs));
      }),
      { numRuns: 500 },
    );
  });
});

describe('share links: the order terms', () => {
  it('carry the delivery country and quantity, and reproduce them', () => {
    const link = encodeShareLink({ catalogId: desk.id, catalogVersion: desk.version, choices: { width: 150 }, pricing: { country: 'US', quantity: 5 } });
    expect(link).toMatch(/&m=US&n=5$/);
    expect(decodeShareLink(link, catalogs)).toMatchObject({
      catalog: { id: desk.id },
      choices: { width: 150 },
      pricing: { country: 'US', quantity: 5 },
      notes: [],
    });
    // A quantity of one is the default: nothing to carry.
    expect(encodeShareLink({ catalogId: desk.id, catalogVersion: desk.version, choices: {}, pricing: { quantity: 1 } })).not.toContain('&n=');
  });

  it('drop terms the catalog cannot give, saying so, and keep the design', () => {
    const base = encodeShareLink({ catalogId: desk.id, catalogVersion: desk.version, choices: { width: 150 } });
    const decoded = decodeShareLink(`${base}&m=XX&n=1e9&l=trade`, catalogs);
    expect(decoded.choices).toEqual({ width: 150 });
    expect(decoded.pricing).toBeUndefined();
    expect(decoded.notes).toEqual([
      "We don't deliver this product to the country in the link, so prices are shown for Spain.",
      `The quantity in the link could not be used (at most ${desk.maxQuantity}), so it is set to 1.`,
    ]);
  });
});

describe('share links: the language', () => {
  it('carry the language they were shared in, which decoding ignores (the UI reads it)', () => {
    const link = encodeShareLink({ catalogId: desk.id, catalogVersion: desk.version, choices: { width: 150 }, pricing: { country: 'ES' }, lang: 'es' });
    expect(link).toMatch(/&m=ES&l=es$/);
    expect(decodeShareLink(link, catalogs)).toMatchObject({ catalog: { id: desk.id }, choices: { width: 150 }, notes: [] });
    expect(decodeShareLink(`${link.replace('l=es', 'l=%3Cscript%3E')}`, catalogs)).toMatchObject({ choices: { width: 150 }, notes: [] });
  });
});
