import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPointer } from '../domain/json-pointer.ts';
import { locateJsonPointer, pointerTokens } from './json-pointer-location.ts';

/** The located value's text, for readable assertions. */
function valueAt(text: string, pointer: string): string {
  const location = locateJsonPointer(text, pointer);
  return text.slice(location.start, location.end);
}

const doc = `{
  "name": "Desk",
  "basePrice": 499.5,
  "groups": [
    { "id": "width", "values": [] },
    {
      "id": "top",
      "values": [{ "id": "oak", "label": "Oak \\"natural\\"" }, { "id": "walnut", "price": 12.5 }]
    }
  ],
  "a/b": 1,
  "m~n": 2,
  "~1": 3,
  "": "empty key",
  "esc\\u0061ped": true,
  "nested": { "deeper": { "list": [[10, 20], [30, { "x": null }]] } }
}`;

describe('pointerTokens', () => {
  it('splits and unescapes per RFC 6901, ~1 before ~0', () => {
    expect(pointerTokens('')).toEqual([]);
    expect(pointerTokens('/')).toEqual(['']);
    expect(pointerTokens('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
  });
});

describe('locateJsonPointer', () => {
  it('finds top-level members, with the key offset', () => {
    const location = locateJsonPointer(doc, '/basePrice');
    expect(location).toMatchObject({ exact: true, pointer: '/basePrice' });
    expect(doc.slice(location.start, location.end)).toBe('499.5');
    expect(doc.slice(location.keyStart!, location.end)).toBe('"basePrice": 499.5');
  });

  it('treats the empty pointer as the whole document', () => {
    const location = locateJsonPointer(doc, '');
    expect(location).toMatchObject({ start: 0, end: doc.length, keyStart: undefined, exact: true });
  });

  it('walks arrays and nested objects', () => {
    expect(valueAt(doc, '/groups/1/values/1/price')).toBe('12.5');
    expect(valueAt(doc, '/groups/1/values/0/label')).toBe('"Oak \\"natural\\""');
    expect(valueAt(doc, '/groups/0')).toBe('{ "id": "width", "values": [] }');
    expect(valueAt(doc, '/nested/deeper/list/1/1/x')).toBe('null');
    expect(valueAt(doc, '/nested/deeper/list/0/1')).toBe('20');
    expect(locateJsonPointer(doc, '/groups/1/values/0').keyStart).toBeUndefined();
  });

  it('unescapes ~1 and ~0 in keys and matches keys written with JSON escapes', () => {
    expect(valueAt(doc, '/a~1b')).toBe('1');
    expect(valueAt(doc, '/m~0n')).toBe('2');
    expect(valueAt(doc, '/~01')).toBe('3');
    expect(valueAt(doc, '/')).toBe('"empty key"');
    expect(valueAt(doc, '/escaped')).toBe('true');
  });

  it('falls back to the nearest existing parent for missing keys and indices', () => {
    const missingKey = locateJsonPointer(doc, '/groups/0/label');
    expect(missingKey).toMatchObject({ exact: false, pointer: '/groups/0' });
    expect(doc.slice(missingKey.start, missingKey.end)).toBe('{ "id": "width", "values": [] }');
    expect(locateJsonPointer(doc, '/groups/7/id')).toMatchObject({ exact: false, pointer: '/groups' });
    expect(locateJsonPointer(doc, '/groups/0/values/0')).toMatchObject({ exact: false, pointer: '/groups/0/values' });
    expect(locateJsonPointer(doc, '/nope/deeper')).toMatchObject({ exact: false, pointer: '', start: 0 });
    // Not an index, and no descending into a primitive.
    expect(locateJsonPointer(doc, '/groups/first')).toMatchObject({ exact: false, pointer: '/groups' });
    expect(locateJsonPointer(doc, '/groups/01')).toMatchObject({ exact: false, pointer: '/groups' });
    expect(locateJsonPointer(doc, '/basePrice/0')).toMatchObject({ exact: false, pointer: '/basePrice' });
  });

  it('does not mistake keys and brackets inside strings for structure', () => {
    const tricky = '{"note": "{\\"basePrice\\": [1, 2]}", "basePrice": 7}';
    expect(valueAt(tricky, '/basePrice')).toBe('7');
  });

  it('resolves duplicate keys to the last one, as JSON.parse does', () => {
    const text = '{"id": "first", "id": "second"}';
    expect(valueAt(text, '/id')).toBe('"second"');
    expect(JSON.parse(text).id).toBe('second');
  });

  it('never throws on broken, truncated or empty text and stays within it', () => {
    const broken = ['', '   ', '{', '{"a": ', '{"a": [1, 2', '{"a" 1}', '[,,]', '{"a": {"b": "unterminated', 'nonsense', '}}}]]]'];
    for (const text of broken) {
      for (const pointer of ['', '/a', '/a/b', '/a/1', '/0']) {
        const location = locateJsonPointer(text, pointer);
        expect(location.start, `${JSON.stringify(text)} ${pointer}`).toBeGreaterThanOrEqual(0);
        expect(location.end).toBeLessThanOrEqual(text.length);
        expect(location.start).toBeLessThanOrEqual(location.end);
      }
    }
    expect(valueAt('{"a": {"b": [1, 2', '/a/b/1')).toBe('2');
  });

  it('finds every value of a real catalog where JSON.parse puts it', () => {
    const text = readFileSync(new URL('../../catalog/standing-desk.json', import.meta.url), 'utf8');
    const data: unknown = JSON.parse(text);
    let checked = 0;
    const visit = (value: unknown, path: (string | number)[]) => {
      const pointer = jsonPointer(path);
      const location = locateJsonPointer(text, pointer);
      expect(location.exact, pointer).toBe(true);
      expect(JSON.parse(text.slice(location.start, location.end)), pointer).toEqual(value);
      checked++;
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    };
    visit(data, []);
    expect(checked).toBeGreaterThan(200);
  });
});
