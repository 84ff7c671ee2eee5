import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './json-duplicate-keys.ts';

describe('findDuplicateKeys', () => {
  it('finds a repeated key with its path, in nested objects and arrays', () => {
    const text = '{"a": 1, "groups": [{"id": "x"}, {"id": "y", "price": 4000, "label": "p", "price": 40}], "a": 2}';
    expect(findDuplicateKeys(text)).toEqual([['groups', 1, 'price'], ['a']]);
  });

  it('treats escaped and unescaped spellings of a key as the same key, and ignores strings that look like keys', () => {
    expect(findDuplicateKeys('{"\\u0061": 1, "a": 2}')).toEqual([['a']]);
    expect(findDuplicateKeys('{"a": "b", "b": ["a", "a"], "c": {"a": 1}}')).toEqual([]);
    expect(findDuplicateKeys('{"a\\"": 1, "x": "{\\"a\\": 1, \\"a\\": 2}"}')).toEqual([]);
  });

  it('keeps equal keys in different objects apart', () => {
    expect(findDuplicateKeys('[{"id": 1}, {"id": 2}, {"id": 3, "sub": {"id": 4}}]')).toEqual([]);
  });
});
