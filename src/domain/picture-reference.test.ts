import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PICTURE_LIMITS, pictureFindings, pictureReference, pngSize } from './picture-reference.ts';
import { solidPng } from './png-fixtures.ts';
import { sha256Hex, sha256HexOfBytes } from './sha256.ts';

const about = { view: 'three-quarter', alt: 'Standing desk, 160 × 80 cm; oak top.' } as const;

describe('sha256HexOfBytes (WebCrypto)', () => {
  it('gives the FIPS 180-2 test vectors', async () => {
    expect(await sha256HexOfBytes(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256HexOfBytes(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes exactly the bytes of a view, not the whole buffer under it', async () => {
    const buffer = new Uint8Array([0, 0x61, 0x62, 0x63, 0]);
    expect(await sha256HexOfBytes(buffer.subarray(1, 4))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // Node's Buffer (a view into a shared pool) hashes the same.
    expect(await sha256HexOfBytes(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('the PNG fixture', () => {
  it('is a real PNG: its pixel data inflates to one filtered row per line', () => {
    const png = solidPng(3, 2);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const idat = Buffer.from(png).indexOf('IDAT');
    const length = new DataView(png.buffer).getUint32(idat - 4);
    expect(inflateSync(png.subarray(idat + 4, idat + 4 + length))).toHaveLength(2 * (1 + 3 * 3));
  });
});

describe('pngSize', () => {
  it('reads the width and height from the IHDR chunk', () => {
    expect(pngSize(solidPng(960, 720))).toEqual({ width: 960, height: 720 });
  });

  it('says null for bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('GIF89a, not a PNG at all'))).toBeNull();
    expect(pngSize(solidPng(4, 4).subarray(0, 20))).toBeNull();
    const renamed = solidPng(4, 4);
    renamed[12] = 'X'.charCodeAt(0);
    expect(pngSize(renamed)).toBeNull();
  });
});

describe('pictureReference', () => {
  it('records the media type, pixel size, byte length and the SHA-256 of the exact bytes', async () => {
    const png = solidPng(40, 30);
    const result = await pictureReference(png, about);
    expect(result).toEqual({
      ok: true,
      picture: {
        mediaType: 'image/png',
        width: 40,
        height: 30,
        byteLength: png.byteLength,
        sha256: createHash('sha256').update(png).digest('hex'),
        view: 'three-quarter',
        alt: about.alt,
      },
    });
    // One pixel changed, another hash.
    const other = solidPng(40, 30, [201, 120, 40]);
    const changed = await pictureReference(other, about);
    expect(changed.ok && result.ok && changed.picture.sha256 !== result.picture.sha256).toBe(true);
  });

  it('refuses what the spec cannot refer to, saying why', async () => {
    expect(await pictureReference(new Uint8Array([1, 2, 3]), about)).toEqual({ ok: false, reason: 'the picture is not a PNG' });
    const huge = new Uint8Array(PICTURE_LIMITS.maxBytes + 1);
    huge.set(solidPng(1, 1));
    expect(await pictureReference(huge, about)).toMatchObject({ ok: false, reason: expect.stringContaining('bytes, over') });
    const wide = solidPng(1, 1);
    new DataView(wide.buffer).setUint32(16, PICTURE_LIMITS.maxSide + 1);
    expect(await pictureReference(wide, about)).toMatchObject({ ok: false, reason: expect.stringContaining('pixels, over') });
  });

  it('keeps the description within the limit and never empty', async () => {
    const long = await pictureReference(solidPng(2, 2), { view: 'front-sketch', alt: 'x'.repeat(5000) });
    expect(long.ok && long.picture.alt.length).toBe(PICTURE_LIMITS.maxAltLength);
    const blank = await pictureReference(solidPng(2, 2), { view: 'front-sketch', alt: '  ' });
    expect(blank.ok && blank.picture.alt).toBe('The configured product');
  });
});

describe('pictureFindings', () => {
  it('finds nothing when the bytes are the picture referred to', async () => {
    const png = solidPng(16, 12);
    const reference = await pictureReference(png, about);
    if (!reference.ok) throw new Error(reference.reason);
    expect(await pictureFindings(reference.picture, png)).toEqual([]);
    expect(await pictureFindings(reference.picture, Buffer.from(png))).toEqual([]);
  });

  it('names the hash, and what else differs, at pointers into the spec', async () => {
    const reference = await pictureReference(solidPng(16, 12), about);
    if (!reference.ok) throw new Error(reference.reason);
    const other = solidPng(16, 13);
    const actual = createHash('sha256').update(other).digest('hex');
    expect(await pictureFindings(reference.picture, other)).toEqual([
      {
        pointer: '/picture/sha256',
        message: `spec says ${reference.picture.sha256}, the picture received hashes to ${actual}: it is not the picture this spec refers to`,
      },
      { pointer: '/picture/byteLength', message: `spec says ${reference.picture.byteLength} bytes, the picture received has ${other.byteLength}` },
      { pointer: '/picture/height', message: 'spec says 12, the picture is 13 pixels high' },
    ]);
    const notPng = new TextEncoder().encode('not a picture');
    expect((await pictureFindings(reference.picture, notPng)).map((f) => f.pointer)).toEqual(['/picture/sha256', '/picture/byteLength', '/picture/mediaType']);
  });
});
