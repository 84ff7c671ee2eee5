import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from './catalog-error.ts';
import { BUDGET_MS, hostileValue, mutate, mutation, pollutedKeys, prototypeFingerprint, timed } from './fuzz-support.ts';
import { parseCatalog, validateCatalog, type CatalogResult } from './load-catalog.ts';

/*
 * Catalogs are hostile input: every malformed one gets `file: /pointer: message` problems, never a
 * crash, a hang or a polluted prototype. Cases are random JSON mutations of the real samples,
 * reserved keys, huge numbers, deep nesting, long strings, unknown ids and broken text.
 */

const SAMPLES = ['standing-desk', 'bicycle', 'modular-shelving'].map((id) => {
  const text = readFileSync(new URL(`../../catalog/${id}.json`, import.meta.url), 'utf8');
  return { file: `catalog/${id}.json`, text, json: JSON.parse(text) as Record<string, unknown> };
});

const fingerprint = prototypeFingerprint();
let slowest = { ms: 0, what: '' };

beforeAll(() => {
  expect(pollutedKeys()).toEqual([]);
});
afterAll(() => {
  // The figure for the report; the assertion per input is the budget below.
  console.info(`catalog fuzz: slowest input ${slowest.ms.toFixed(1)} ms (${slowest.what})`);
});

/** Runs one hostile input and checks the outcome is a clear answer, in time, with prototypes untouched. */
function check(what: string, file: string, run: () => CatalogResult): CatalogResult {
  let result: CatalogResult | undefined;
  const ms = timed(() => {
    result = run();
  });
  if (ms > slowest.ms) slowest = { ms, what };
  expect(ms, `${what} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
  expect(prototypeFingerprint()).toBe(fingerprint);
  expect(pollutedKeys()).toEqual([]);
  if (!result!.ok) {
    expect(result!.problems.length).toBeGreaterThan(0);
    for (const problem of result!.problems) {
      expect(problem.file).toBe(file);
      expect(problem.pointer === '' || problem.pointer.startsWith('/'), `pointer "${problem.pointer}"`).toBe(true);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.trim().length).toBeGreaterThan(0);
      // A clear message: one line, not an echo of a megabyte of input or a stack trace.
      expect(problem.message.length).toBeLessThan(2_000);
      expect(problem.message).not.toMatch(/\n\s+at /);
      expect(formatProblem(problem).startsWith(`${file}: ${problem.pointer || '/'}: `)).toBe(true);
    }
  }
  return result!;
}

// Generous: a shared 2-core machine; the per-input budget is asserted separately.
describe('catalog fuzzing', { timeout: 120_000 }, () => {
  it('the samples themselves load (the baseline of the mutations)', () => {
    for (const sample of SAMPLES) expect(check(sample.file, sample.file, () => parseCatalog(sample.text, sample.file)).ok).toBe(true);
  });

  it('random JSON mutations of the real samples get clear problems or load, never throw', () => {
    fc.assert(
      fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const sample = SAMPLES[index]!;
        const data = mutate(sample.json, mutations);
        const text = JSON.stringify(data, null, 1) ?? 'undefined';
        check(`text ${JSON.stringify(mutations).slice(0, 200)}`, sample.file, () => parseCatalog(text, sample.file));
        check(`data ${JSON.stringify(mutations).slice(0, 200)}`, sample.file, () => validateCatalog(data, sample.file));
      }),
      { numRuns: 250 },
    );
  });

  it('reserved keys anywhere are refused by pointer, whether parsed from text or given as data', () => {
    fc.assert(
      fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), (index, at, key) => {
        const sample = SAMPLES[index]!;
        const data = mutate(sample.json, [{ kind: 'add-key', at, key, value: { polluted: true, kind: 'x' } }]);
        const text = JSON.stringify(data);
        if (!text.includes(`"${key}"`)) return; // the slot was an array or a scalar: nothing added
        const result = check(`${key} at slot ${at}`, sample.file, () => parseCatalog(text, sample.file));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.some((p) => p.pointer.endsWith(`/${key}`) && p.message.includes('reserved'))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary values and broken text never crash the loader', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        check('hostile value', 'x.json', () => validateCatalog(value, 'x.json'));
        const text = JSON.stringify(value) ?? '';
        check('hostile text', 'x.json', () => parseCatalog(text, 'x.json'));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.nat(), fc.string({ maxLength: 8 }), (index, cut, insert) => {
        const { text, file } = SAMPLES[index]!;
        const at = cut % text.length;
        check('truncated', file, () => parseCatalog(text.slice(0, at), file));
        check('spliced', file, () => parseCatalog(text.slice(0, at) + insert + text.slice(at), file));
      }),
      { numRuns: 150 },
    );
  });

  it('extreme inputs: deep nesting, huge numbers, megabyte strings, unknown ids', () => {
    const desk = SAMPLES[0]!;
    const cases: [string, string][] = [
      ['100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
      ['100,000 nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
      ['unclosed nesting', '{"a":['.repeat(50_000)],
      ['a 4 MB string id', desk.text.replace('"id": "standing-desk"', `"id": "${'a'.repeat(4_000_000)}"`)],
      ['a 6 MB file', ' '.repeat(6_000_000)],
      ['1e308 base price', desk.text.replace(/"basePrice": (\d+|\{[^}]*\})/, '"basePrice": 1e308')],
      ['1e9 max width', desk.text.replace(/"max": 200/, '"max": 1000000000')],
      ['huge exponent', desk.text.replace(/"basePrice": (\d+|\{[^}]*\})/, '"basePrice": 1e99999')],
      ['every id unknown', desk.text.replace(/"(component|option)": "[a-z-]+"/g, '"$1": "no-such-id"')],
      ['10,000 keys in one object', `{${Array.from({ length: 10_000 }, (_, i) => `"k${i}": ${i}`).join(',')}}`],
      ['10,000 duplicate keys', `{${Array.from({ length: 10_000 }, () => '"id": 1').join(',')}}`],
    ];
    for (const [what, text] of cases) {
      const result = check(what, desk.file, () => parseCatalog(text, desk.file));
      expect(result.ok, what).toBe(false);
    }
  });
});
