import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { buildOrderSpec, type SealedOrderSpec } from './order-spec.ts';
import { rulesFingerprint } from './rules-fingerprint.ts';
import { sha256Hex } from './sha256.ts';
import { checkSpecIntegrity, sealSpec, specContentHash } from './spec-integrity.ts';
import { copyOf, loadSample, sealedSpecOf, SPEC_CLOCK } from './spec-fixtures.ts';

const desk = loadSample('standing-desk');

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 test vectors in lower-case hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes UTF-8 bytes and can be given another digest', async () => {
    expect(await sha256Hex('€')).toBe('c4cc90ed3d26f12d4b08a75140970a7904035c31cbb4515a83f19b9003c00d1d');
    const seen: number[][] = [];
    const hex = await sha256Hex('é', async (_algorithm, data) => {
      seen.push([...data]);
      return new Uint8Array([0, 15, 255]).buffer;
    });
    expect(seen).toEqual([[0xc3, 0xa9]]);
    expect(hex).toBe('000fff');
  });
});

describe('sealSpec and checkSpecIntegrity', () => {
  it('binds the spec to the catalog rules and hashes its canonical JSON without the seal', async () => {
    const built = buildOrderSpec(desk, { width: 170 }, SPEC_CLOCK);
    if (!built.ok) throw new Error('refused');
    const sealed = await sealSpec(built.spec, desk);
    expect(sealed.catalog.rulesFingerprint).toBe(await rulesFingerprint(desk));
    expect(sealed.integrity).toEqual({ algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const { integrity: _integrity, ...content } = sealed;
    expect(sealed.integrity.hash).toBe(await sha256Hex(canonicalJson(content)));
    expect(await checkSpecIntegrity(sealed)).toEqual({ ok: true });
    // Key order and formatting do not matter, only content.
    expect(await checkSpecIntegrity(JSON.parse(JSON.stringify(sealed, null, 2)))).toEqual({ ok: true });
  });

  it('is deterministic, and re-sealing a sealed spec gives the same seal', async () => {
    const a = await sealedSpecOf(desk, { top: 'solid-walnut' });
    const b = await sealedSpecOf(desk, { top: 'solid-walnut' });
    expect(a).toEqual(b);
    expect(await sealSpec(a, desk)).toEqual(a);
  });

  it('reports a mismatch for any single changed value anywhere in the spec', async () => {
    const sealed = await sealedSpecOf(desk, { width: 170, accessories: ['drawer'], engraving: 'Ada' });
    const leaves = leafPaths(copyOf(sealed)).filter((path) => path[0] !== 'integrity');
    expect(leaves.length).toBeGreaterThan(60);
    for (const path of leaves) {
      const tampered = copyOf(sealed) as unknown as Record<string, unknown>;
      const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, tampered);
      const key = path.at(-1)!;
      const value = parent[key];
      parent[key] = typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}x` : typeof value === 'boolean' ? !value : 0;
      const check = await checkSpecIntegrity(tampered as unknown as typeof sealed);
      expect(check, path.join('/')).toEqual({
        ok: false,
        mismatches: [{ pointer: '/integrity/hash', expected: sealed.integrity.hash, actual: await specContentHash(tampered) }],
      });
    }
  });

  it('reports a mismatch for an added or removed member', async () => {
    const sealed = await sealedSpecOf(desk, {});
    const added = { ...copyOf(sealed), extra: 1 };
    expect((await checkSpecIntegrity(added)).ok).toBe(false);
    const removed = copyOf(sealed);
    removed.price.lines.pop();
    expect((await checkSpecIntegrity(removed)).ok).toBe(false);
  });

  it('fingerprints the rules: a changed price rule or group changes it, a changed description does not', async () => {
    const base = await rulesFingerprint(desk);
    expect(await rulesFingerprint(loadSample('standing-desk', (data) => ((data.rules as { message: unknown }[])[0]!.message = 'Changed')))).not.toBe(base);
    expect(
      await rulesFingerprint(loadSample('standing-desk', (data) => ((data.groups as { id: string; max?: number }[]).find((g) => g.id === 'width')!.max = 195))),
    ).not.toBe(base);
    expect(await rulesFingerprint(loadSample('standing-desk', (data) => (data.description = 'Another description')))).toBe(base);
  });
});

describe('specs sealed as version 1 (the hash covering the picture reference)', () => {
  const v1: SealedOrderSpec = JSON.parse(readFileSync(new URL('../../tests/fixtures/order-specs/v1-standing-desk-with-picture.json', import.meta.url), 'utf8'));

  it('still check out, by the rule they were sealed with', async () => {
    expect(v1.schemaVersion).toBe(1);
    expect(v1.picture).toBeDefined();
    expect(await checkSpecIntegrity(v1)).toEqual({ ok: true });
    const { integrity: _integrity, ...content } = v1;
    expect(v1.integrity.hash).toBe(await sha256Hex(canonicalJson(content)));
    const retold = { ...copyOf(v1), picture: { ...v1.picture!, alt: 'Another picture' } };
    expect(await checkSpecIntegrity(retold)).toMatchObject({ ok: false, mismatches: [{ pointer: '/integrity/hash' }] });
  });

  it('are not read as version 2, and have no picture seal', async () => {
    expect(await checkSpecIntegrity({ ...copyOf(v1), schemaVersion: 2 })).toMatchObject({
      ok: false,
      mismatches: [{ pointer: '/integrity/hash' }, { pointer: '/integrity/pictureHash', expected: null }],
    });
    expect(await checkSpecIntegrity({ ...copyOf(v1), integrity: { ...v1.integrity, pictureHash: 'a'.repeat(64) } })).toEqual({
      ok: false,
      mismatches: [{ pointer: '/integrity/pictureHash', expected: 'a'.repeat(64), actual: null }],
    });
  });

  it('are re-sealed as version 2: the design hash leaves the picture out, the picture gets its own seal', async () => {
    const resealed = await sealSpec(v1, desk);
    expect(resealed.schemaVersion).toBe(2);
    expect(resealed.picture).toEqual(v1.picture);
    const { integrity: _integrity, picture: _picture, ...design } = resealed;
    expect(resealed.integrity.hash).toBe(await sha256Hex(canonicalJson(design)));
    expect(resealed.integrity.pictureHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkSpecIntegrity(resealed)).toEqual({ ok: true });
  });
});

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}
