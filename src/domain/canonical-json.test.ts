import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts object keys by UTF-16 code units, recursively, without whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, A: true })).toBe('{"A":true,"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    // "\u20ac" (€, U+20AC) sorts before "\ud83d\ude00" (😀, surrogates D83D…) and after "z"; "é" (U+00E9) after "z".
    expect(canonicalJson({ '😀': 1, '€': 2, z: 3, é: 4, '1': 5 })).toBe('{"1":5,"z":3,"é":4,"€":2,"😀":1}');
  });

  it('keeps array order and nests arrays', () => {
    expect(canonicalJson([3, [2, [1, []]], {}])).toBe('[3,[2,[1,[]]],{}]');
  });

  it('prints numbers as ECMAScript does (the RFC 8785 rule)', () => {
    expect(canonicalJson([1e21, 1e20, -0, 0.1, 1 / 3, 5e-7, 1e-6, 4900, -12.5, Number.MAX_SAFE_INTEGER])).toBe(
      '[1e+21,100000000000000000000,0,0.1,0.3333333333333333,5e-7,0.000001,4900,-12.5,9007199254740991]',
    );
  });

  it('escapes only what JSON must, keeping unicode as is', () => {
    expect(canonicalJson('€ "quoted" \\ \n\t\u0001 😀 é')).toBe('"€ \\"quoted\\" \\\\ \\n\\t\\u0001 😀 é"');
  });

  it('leaves out undefined members and refuses values without a canonical form', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson({ x: Infinity })).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
  });

  it('is JSON for the same value, whatever the key order it was built in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_key, v) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        );
        expect(canonicalJson(reversed)).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});
