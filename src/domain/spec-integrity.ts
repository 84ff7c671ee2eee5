import type { Catalog } from './catalog-schema.ts';
import { canonicalJson } from './canonical-json.ts';
import type { OrderSpec, SealedOrderSpec, SpecIntegrity } from './order-spec.ts';
import { rulesFingerprint } from './rules-fingerprint.ts';
import { sha256Hex, type Digest } from './sha256.ts';

export type IntegrityCheck = { readonly ok: true } | { readonly ok: false; readonly expected: string; readonly actual: string };

/** The hash a spec's seal must carry: SHA-256 of the canonical JSON of the spec without `integrity`. */
export function specContentHash(spec: object, digest?: Digest): Promise<string> {
  const { integrity: _integrity, ...content } = spec as { integrity?: unknown };
  return sha256Hex(canonicalJson(content), digest);
}

/**
 * Binds a built spec to its catalog's rules and seals it. Sealing a sealed spec again
 * re-computes both (so a spec edited on purpose can be re-sealed).
 */
export async function sealSpec(spec: OrderSpec | SealedOrderSpec, catalog: Catalog, digest?: Digest): Promise<SealedOrderSpec> {
  const { integrity: _old, ...content } = spec as SealedOrderSpec;
  const unsealed = { ...content, catalog: { ...content.catalog, rulesFingerprint: await rulesFingerprint(catalog, digest) } };
  const integrity: SpecIntegrity = { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: await specContentHash(unsealed, digest) };
  return { ...unsealed, integrity };
}

/**
 * Whether a spec's content still hashes to its seal: `expected` is the hash the seal records,
 * `actual` the hash of the content as it is now.
 */
export async function checkSpecIntegrity(spec: { readonly integrity: { readonly hash: string } }, digest?: Digest): Promise<IntegrityCheck> {
  const actual = await specContentHash(spec, digest);
  return actual === spec.integrity.hash ? { ok: true } : { ok: false, expected: spec.integrity.hash, actual };
}
