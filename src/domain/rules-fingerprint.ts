import type { Catalog } from './catalog-schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex, type Digest } from './sha256.ts';

/**
 * SHA-256 (hex) of the canonical JSON of what decides whether a product is valid and what it
 * costs and takes: the catalog's option groups, rules, price rules and lead-time rules. A spec
 * carries it so production can tell "same version, different rules" apart from a real match.
 * Texts are those of the catalog as the shopper saw it (one language).
 */
export function rulesFingerprint(catalog: Catalog, digest?: Digest): Promise<string> {
  const { groups, rules, priceRules, leadTimeRules } = catalog;
  return sha256Hex(canonicalJson({ groups, rules, priceRules, leadTimeRules }), digest);
}
