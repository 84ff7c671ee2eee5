import type { Catalog } from './catalog-schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { ORDER_SPEC_SCHEMA_VERSION, type OrderSpec, type SealedOrderSpec, type SpecIntegrity } from './order-spec.ts';
import { rulesFingerprint } from './rules-fingerprint.ts';
import { sha256Hex, type Digest } from './sha256.ts';

/** A seal that does not match its spec: where (`/integrity/hash` or `/integrity/pictureHash`), what it says and what it should say. */
export interface SealMismatch {
  readonly pointer: '/integrity/hash' | '/integrity/pictureHash';
  /** What the seal records (null: nothing, where something is needed). */
  readonly expected: string | null;
  /** What the spec's content hashes to (null: nothing should be recorded). */
  readonly actual: string | null;
}

export type IntegrityCheck = { readonly ok: true } | { readonly ok: false; readonly mismatches: readonly SealMismatch[] };

type Sealable = { readonly schemaVersion?: unknown; readonly picture?: unknown; readonly integrity?: unknown };

/**
 * The design's hash, as `integrity.hash` must record it: SHA-256 of the canonical JSON of the spec
 * without `integrity` and without `picture`, whose bytes come from the device's renderer. Specs
 * of version 1 sealed the picture reference with the rest: for them only `integrity` is left out.
 */
export function specContentHash(spec: object, digest?: Digest): Promise<string> {
  const { integrity: _integrity, picture, ...design } = spec as Sealable;
  const content = (spec as Sealable).schemaVersion === 1 && picture !== undefined ? { ...design, picture } : design;
  return sha256Hex(canonicalJson(content), digest);
}

/** The picture reference's seal, as `integrity.pictureHash` must record it: SHA-256 of `{"hash": <the design's hash>, "picture": <the reference>}`. */
export function pictureSealHash(designHash: string, picture: unknown, digest?: Digest): Promise<string> {
  return sha256Hex(canonicalJson({ hash: designHash, picture }), digest);
}

/**
 * Binds a built spec to its catalog's rules and seals it, as the current schema version. Sealing
 * a sealed spec again re-computes everything (so a spec edited on purpose, or one sealed by an
 * earlier version, can be re-sealed).
 */
export async function sealSpec(spec: OrderSpec | SealedOrderSpec, catalog: Catalog, digest?: Digest): Promise<SealedOrderSpec> {
  const { integrity: _old, ...content } = spec as SealedOrderSpec;
  const unsealed: Omit<SealedOrderSpec, 'integrity'> = {
    ...content,
    schemaVersion: ORDER_SPEC_SCHEMA_VERSION,
    catalog: { ...content.catalog, rulesFingerprint: await rulesFingerprint(catalog, digest) },
  };
  const hash = await specContentHash(unsealed, digest);
  const integrity: SpecIntegrity = {
    algorithm: 'SHA-256',
    canonicalization: 'RFC 8785',
    hash,
    ...(unsealed.picture === undefined ? {} : { pictureHash: await pictureSealHash(hash, unsealed.picture, digest) }),
  };
  return { ...unsealed, integrity };
}

/**
 * Whether a spec's content still hashes to its seal: every part of the seal that does not match,
 * with what it records and what the content hashes to. A picture reference needs its own seal
 * (from version 2), and a seal of a picture needs the reference.
 */
export async function checkSpecIntegrity(
  spec: { readonly schemaVersion?: unknown; readonly picture?: unknown; readonly integrity: { readonly hash: string; readonly pictureHash?: string } },
  digest?: Digest,
): Promise<IntegrityCheck> {
  const mismatches: SealMismatch[] = [];
  const actual = await specContentHash(spec, digest);
  if (actual !== spec.integrity.hash) mismatches.push({ pointer: '/integrity/hash', expected: spec.integrity.hash, actual });
  const recorded = spec.integrity.pictureHash ?? null;
  const sealsPicture = spec.schemaVersion !== 1 && spec.picture !== undefined;
  // Bound to the recorded design hash, so a changed design is reported once (above), not twice.
  const picture = sealsPicture ? await pictureSealHash(spec.integrity.hash, spec.picture, digest) : null;
  if (picture !== recorded) mismatches.push({ pointer: '/integrity/pictureHash', expected: recorded, actual: picture });
  return mismatches.length === 0 ? { ok: true } : { ok: false, mismatches };
}
