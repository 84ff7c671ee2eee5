import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';
import { checkSpecIntegrity, sealSpec } from './spec-integrity.ts';
import { copyOf, loadSample, sealedSpecOf } from './spec-fixtures.ts';
import type { SealedOrderSpec } from './order-spec.ts';
import { pictureReference, type OrderSpecPicture } from './picture-reference.ts';
import { solidPng } from './png-fixtures.ts';
import { verifySpec } from './verify-spec.ts';

const desk = loadSample('standing-desk');
const plain = await sealedSpecOf(desk, {});
const made = await pictureReference(solidPng(960, 720), { view: 'three-quarter', alt: 'Standing desk, 140 × 70 cm.' });
if (!made.ok) throw new Error(made.reason);
const picture = made.picture;

/** The desk's spec with this picture reference (any shape), sealed. */
function withPicture(reference: unknown): Promise<SealedOrderSpec> {
  return sealSpec({ ...copyOf(plain), picture: reference } as unknown as SealedOrderSpec, desk);
}

describe('verifySpec: the picture reference', () => {
  it('accepts a spec with a well-formed picture reference, and one without (specs from before pictures)', async () => {
    expect(Object.keys(plain)).not.toContain('picture');
    expect(await verifySpec(plain, desk)).toEqual([]);
    const sealed = await withPicture(picture);
    expect(await verifySpec(sealed, desk)).toEqual([]);
    expect(await verifySpec(JSON.parse(JSON.stringify(sealed)), desk)).toEqual([]);
  });

  it('is sealed apart from the design: the design hash is the same with any picture or none', async () => {
    const sealed = await withPicture(picture);
    expect(sealed.schemaVersion).toBe(2);
    expect(sealed.integrity.hash).toBe(plain.integrity.hash);
    expect(plain.integrity).not.toHaveProperty('pictureHash');
    // Another renderer draws other bytes: another picture seal, the same design hash.
    const other = await pictureReference(solidPng(960, 720, [10, 20, 30]), { view: 'three-quarter', alt: picture.alt });
    if (!other.ok) throw new Error(other.reason);
    const redrawn = await withPicture(other.picture);
    expect(redrawn.integrity.hash).toBe(sealed.integrity.hash);
    expect(redrawn.integrity.pictureHash).not.toBe(sealed.integrity.pictureHash);
    // The picture seal is SHA-256 over {"hash", "picture"}, as the schema describes it.
    expect(sealed.integrity.pictureHash).toBe(await sha256Hex(canonicalJson({ picture, hash: sealed.integrity.hash })));
  });

  it('reports a changed reference at /integrity/pictureHash, and a changed design at /integrity/hash only', async () => {
    const sealed = await withPicture(picture);
    const swapped = { ...copyOf(sealed), picture: { ...picture, sha256: 'f'.repeat(64) } };
    expect(await checkSpecIntegrity(swapped)).toMatchObject({ ok: false, mismatches: [{ pointer: '/integrity/pictureHash' }] });
    expect(await verifySpec(swapped, desk)).toEqual([{ pointer: '/integrity/pictureHash', message: expect.stringContaining('changed after it was sealed') }]);
    const renamed = { ...copyOf(sealed), notes: 'Another note' };
    expect(await verifySpec(renamed)).toEqual([{ pointer: '/integrity/hash', message: expect.stringContaining('changed after it was sealed') }]);
  });

  it('cannot move a picture reference, with its seal, to another design', async () => {
    const sealed = await withPicture(picture);
    const other = await sealedSpecOf(desk, { top: 'solid-walnut' });
    const moved = { ...copyOf(other), picture: sealed.picture, integrity: { ...other.integrity, pictureHash: sealed.integrity.pictureHash } };
    expect(await verifySpec(moved, desk)).toEqual([{ pointer: '/integrity/pictureHash', message: expect.stringContaining('changed after it was sealed') }]);
  });

  it('needs a picture seal exactly when there is a picture', async () => {
    const sealed = await withPicture(picture);
    const { pictureHash: _dropped, ...unsealedPicture } = sealed.integrity;
    expect(await verifySpec({ ...copyOf(sealed), integrity: unsealedPicture }, desk)).toEqual([
      { pointer: '/integrity/pictureHash', message: expect.stringMatching(/^missing: the spec refers to a picture/) },
    ]);
    const { picture: _gone, ...noPicture } = copyOf(sealed);
    expect(await verifySpec(noPicture, desk)).toEqual([
      { pointer: '/integrity/pictureHash', message: expect.stringContaining('there is no picture reference for it to seal') },
    ]);
  });

  it.each<[string, Partial<Record<keyof OrderSpecPicture, unknown>> & Record<string, unknown>, string]>([
    ['a short hash', { sha256: 'abc123' }, '/picture/sha256'],
    ['an upper-case hash', { sha256: 'A'.repeat(64) }, '/picture/sha256'],
    ['another media type', { mediaType: 'image/jpeg' }, '/picture/mediaType'],
    ['no width', { width: 0 }, '/picture/width'],
    ['a fractional height', { height: 720.5 }, '/picture/height'],
    ['a huge width', { width: 100_000 }, '/picture/width'],
    ['too many bytes', { byteLength: 50 * 1024 * 1024 }, '/picture/byteLength'],
    ['an unknown view', { view: 'isometric' }, '/picture/view'],
    ['no description', { alt: '' }, '/picture/alt'],
    ['an unknown key', { url: 'https://example.com/p.png' }, '/picture'],
  ])('reports %s at its pointer (shape only, never recomputed)', async (_, change, pointer) => {
    const findings = await verifySpec(await withPicture({ ...picture, ...change }), desk);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.pointer).toBe(pointer);
  });

  it('reports a missing field', async () => {
    const { sha256: _gone, ...rest } = picture;
    expect(await verifySpec(await withPicture(rest), desk)).toEqual([{ pointer: '/picture/sha256', message: expect.any(String) }]);
  });
});
