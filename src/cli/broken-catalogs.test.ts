/**
 * The broken-catalog suite: every file in tests/fixtures/broken-catalogs/ is a copy of the small
 * valid catalog `_base.valid.json` with exactly one defect, and `expected.json` says where
 * `catalog:check` must report it and what the message must say. Hostile inputs (huge, deep)
 * are generated here rather than stored.
 *
 * Cases the validator gets wrong today live in known-bugs/ (with what they should report) and
 * are not run; move a file and its entry here once it is fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_CATALOG_BYTES, MAX_CATALOG_DEPTH } from '../domain/load-catalog.ts';
import { runCatalogCheck } from './catalog-check.ts';

const DIR = fileURLToPath(new URL('../../tests/fixtures/broken-catalogs/', import.meta.url));
const BASE = '_base.valid.json';
const EXPECTED = 'expected.json';

interface Expectation {
  /** What is wrong, for people reading the suite. */
  readonly defect: string;
  /** The JSON pointer as printed ("/" for the whole file). */
  readonly pointer: string;
  /** A fragment the printed message must contain. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** How many problems the file reports in all (default 1). */
  readonly problems?: number;
  readonly note?: string;
}

const expected = JSON.parse(readFileSync(DIR + EXPECTED, 'utf8')) as Record<string, Expectation>;
const baseText = readFileSync(DIR + BASE, 'utf8');
/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw catalog JSON, mutated by the hostile cases */
const baseData = (): any => JSON.parse(baseText);

/** Runs the checker on in-memory files (name → text); names are printed as given. */
function check(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  const code = runCatalogCheck(Object.keys(files), {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (name) => {
      if (!Object.hasOwn(files, name)) throw new Error(`ENOENT: ${name}`);
      return files[name]!;
    },
  });
  return { code, out, err, ms: performance.now() - started };
}

const fixture = (name: string) => readFileSync(DIR + name, 'utf8');

/** Object.prototype as it was before any catalog was checked. */
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('the base catalog', () => {
  it('passes with no warnings', () => {
    const { code, out, err } = check({ [BASE]: fixture(BASE) });
    expect(err).toEqual([]);
    expect(out).toEqual([`✓ ${BASE}: Wall shelf v2026.1.0, 4 option groups, 4 rules`]);
    expect(code).toBe(0);
  });

  it('is still accepted when written for schema 1, and the check says it was migrated', () => {
    const data = baseData();
    data.schemaVersion = 1;
    delete data.rules[0].kind; // schema 1 rules are all "requires" rules without a kind
    const { code, out, err } = check({ 'shelf.v1.json': JSON.stringify(data, null, 2) });
    expect(err).toEqual([]);
    expect(out).toEqual(['✓ shelf.v1.json: Wall shelf v2026.1.0, 4 option groups, 4 rules (written for schema 1; migrated to 2)']);
    expect(code).toBe(0);
  });
});

describe('tests/fixtures/broken-catalogs', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    const files = readdirSync(DIR, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== EXPECTED && entry.name !== BASE)
      .map((entry) => entry.name)
      .sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it('writes each "__proto__" key into the file itself', () => {
    for (const name of Object.keys(expected).filter((n) => n.startsWith('proto-'))) expect(fixture(name)).toContain('"__proto__"');
  });

  it('differs from the base catalog in every fixture', () => {
    for (const name of Object.keys(expected)) expect(fixture(name), name).not.toBe(baseText);
  });

  describe.each(Object.entries(expected))('%s', (name, want) => {
    it(`${want.severity === 'error' ? 'is refused' : 'passes with a warning'}: ${want.defect}`, () => {
      let result: ReturnType<typeof check> | undefined;
      expect(() => (result = check({ [name]: fixture(name) }))).not.toThrow();
      const { code, out, err } = result!;
      const prefix = `${name}: ${want.pointer}: ${want.severity === 'warning' ? 'warning: ' : ''}`;
      const printed = [...err, ...out].join('\n');

      const lines = want.severity === 'error' ? err : out;
      const hit = lines.find((line) => line.startsWith(prefix) && line.slice(prefix.length).includes(want.message));
      expect(hit, `expected a line "${prefix}…${want.message}…"; printed:\n${printed}`).toBeDefined();

      const problems = [...err, ...out].filter((line) => !line.startsWith('✓ '));
      expect(problems, printed).toHaveLength(want.problems ?? 1);
      for (const line of problems) expect(line.startsWith(`${name}: /`), line).toBe(true);

      if (want.severity === 'error') {
        expect(code).toBe(1);
        expect(out.filter((line) => line.startsWith('✓ '))).toEqual([]);
      } else {
        expect(code).toBe(0);
        expect(err).toEqual([]);
        expect(out.at(-1)).toMatch(new RegExp(`^✓ ${name.replaceAll('.', '\\.')}: .*, \\d+ warnings?$`));
      }
    });
  });
});

describe('hostile catalogs are refused quickly with a clear message', () => {
  /**
   * A hang guard, not a performance check: each of these takes well under 1 s on a laptop
   * (QUALITY.md's figure), but this 2-core machine is often busy with browser tests too.
   */
  const BUDGET_MS = 3000;

  const refused = (name: string, text: string, pointer: string, message: string | RegExp) => {
    const { code, err, ms } = check({ [name]: text });
    expect(code).toBe(1);
    expect(err.length).toBeGreaterThanOrEqual(1);
    expect(err.length).toBeLessThanOrEqual(10);
    const first = err[0]!;
    expect(first.startsWith(`${name}: ${pointer}: `), first.slice(0, 200)).toBe(true);
    if (typeof message === 'string') expect(first).toContain(message);
    else expect(first).toMatch(message);
    expect(ms).toBeLessThan(BUDGET_MS);
  };

  it('a 6 MB description', () => {
    const data = baseData();
    data.description = 'x'.repeat(6_000_000);
    refused('six-megabytes.json', JSON.stringify(data), '/', `catalogs are limited to ${MAX_CATALOG_BYTES}`);
  });

  it('100,000 option groups (over the size limit)', () => {
    const data = baseData();
    data.groups = Array.from({ length: 100_000 }, (_, i) => ({ id: `g${i}`, kind: 'text', label: 'Line', maxLength: 20 }));
    const text = JSON.stringify(data);
    expect(text.length).toBeGreaterThan(MAX_CATALOG_BYTES);
    refused('groups-1e5.json', text, '/', `catalogs are limited to ${MAX_CATALOG_BYTES}`);
  });

  it('100,000 option groups (under the size limit)', () => {
    const data = baseData();
    data.groups = Array.from({ length: 100_000 }, (_, i) => ({ id: `g${i}`, kind: 'text', label: 'L' }));
    const text = JSON.stringify(data);
    expect(text.length).toBeLessThan(MAX_CATALOG_BYTES);
    refused('groups-1e5-small.json', text, '/groups', 'expected array to have <=5000 items');
  });

  it('a million nested arrays', () => {
    const text = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    refused('deep-arrays.json', text, '/0'.repeat(MAX_CATALOG_DEPTH + 1), `nested deeper than ${MAX_CATALOG_DEPTH} levels`);
  });

  it('a condition nested 100,000 "not"s deep', () => {
    const data = baseData();
    data.rules[0].if = '@';
    const depth = 100_000;
    const text = JSON.stringify(data).replace('"@"', '{"not":'.repeat(depth) + '{"option":"extras","is":"led-strip"}' + '}'.repeat(depth));
    refused('deep-not.json', text, '/rules/0/if' + '/not'.repeat(MAX_CATALOG_DEPTH - 2), `nested deeper than ${MAX_CATALOG_DEPTH} levels`);
  });
});

describe('after every catalog above', () => {
  it('Object.prototype is untouched', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
