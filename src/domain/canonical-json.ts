import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code units, no
 * whitespace, numbers as ECMAScript prints them (1e+21, 0 for -0), strings with JSON's minimal
 * escaping. The same value always gives the same text, so its hash can be checked anywhere.
 * Undefined object members are left out (as JSON.stringify does); NaN, Infinity and lone
 * surrogates have no canonical form and throw.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}
