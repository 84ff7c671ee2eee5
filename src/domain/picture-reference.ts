import { sha256HexOfBytes, type Digest } from './sha256.ts';
import type { SpecFinding } from './verify-spec.ts';

/*
 * The order spec refers to the product picture the customer saw on the done page; it does not
 * carry it. The reference is sealed with the rest of the spec, so the SHA-256 of the exact PNG
 * bytes ties the file (downloaded, or sent to the order service) to exactly this spec. Pictures
 * are made by the browser's renderer, so nothing here can recompute one: the domain only reads
 * a PNG's header, hashes bytes and compares them with a reference.
 */

export const PICTURE_MEDIA_TYPE = 'image/png';

/**
 * One set of limits for the spec's schema, the shop and the order service. The shop's pictures
 * are 960 × 720 and weigh 18–420 KB (the sample products, 3D or sketch); 2 MiB leaves room for
 * busier products without letting the service store anything much bigger.
 */
export const PICTURE_LIMITS = { maxBytes: 2 * 1024 * 1024, maxSide: 4096, maxAltLength: 1000 } as const;

/** Where the picture was taken from: the 3D preview's standard 3/4 view, or the 2D front sketch drawn without WebGL. */
export const PICTURE_VIEWS = ['three-quarter', 'front-sketch'] as const;
export type PictureView = (typeof PICTURE_VIEWS)[number];

/** The spec's `picture` block: what the picture is and the SHA-256 of its exact bytes. */
export interface OrderSpecPicture {
  readonly mediaType: typeof PICTURE_MEDIA_TYPE;
  readonly width: number;
  readonly height: number;
  readonly byteLength: number;
  /** SHA-256 of the PNG file's bytes, lower-case hex. */
  readonly sha256: string;
  readonly view: PictureView;
  /** What the picture shows, in words (the scene's description, in the spec's language). */
  readonly alt: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's pixel size from its header (signature, then the IHDR chunk); null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

export type PictureReferenceResult = { readonly ok: true; readonly picture: OrderSpecPicture } | { readonly ok: false; readonly reason: string };

/**
 * The reference an order spec records for a PNG, or why it cannot refer to it (not a PNG, over
 * the limits): then the spec is made without a picture rather than not at all.
 */
export async function pictureReference(png: Uint8Array, about: { view: PictureView; alt: string }, digest?: Digest): Promise<PictureReferenceResult> {
  const size = pngSize(png);
  if (!size) return { ok: false, reason: 'the picture is not a PNG' };
  if (png.byteLength > PICTURE_LIMITS.maxBytes) return { ok: false, reason: `the picture is ${png.byteLength} bytes, over ${PICTURE_LIMITS.maxBytes}` };
  if (size.width > PICTURE_LIMITS.maxSide || size.height > PICTURE_LIMITS.maxSide) {
    return { ok: false, reason: `the picture is ${size.width} × ${size.height} pixels, over ${PICTURE_LIMITS.maxSide} on a side` };
  }
  const alt = about.alt.trim() || 'The configured product';
  return {
    ok: true,
    picture: {
      mediaType: PICTURE_MEDIA_TYPE,
      width: size.width,
      height: size.height,
      byteLength: png.byteLength,
      sha256: await sha256HexOfBytes(png, digest),
      view: about.view,
      alt: alt.length > PICTURE_LIMITS.maxAltLength ? `${alt.slice(0, PICTURE_LIMITS.maxAltLength - 1)}…` : alt,
    },
  };
}

/**
 * How the bytes received differ from the spec's reference, at pointers into the spec (none: they
 * are the picture it refers to). The hash decides; size and header findings say what went wrong.
 */
export async function pictureFindings(reference: OrderSpecPicture, bytes: Uint8Array, digest?: Digest): Promise<SpecFinding[]> {
  const findings: SpecFinding[] = [];
  const actual = await sha256HexOfBytes(bytes, digest);
  if (actual !== reference.sha256) {
    findings.push({
      pointer: '/picture/sha256',
      message: `spec says ${reference.sha256}, the picture received hashes to ${actual}: it is not the picture this spec refers to`,
    });
  }
  if (bytes.byteLength !== reference.byteLength) {
    findings.push({ pointer: '/picture/byteLength', message: `spec says ${reference.byteLength} bytes, the picture received has ${bytes.byteLength}` });
  }
  const size = pngSize(bytes);
  if (!size) findings.push({ pointer: '/picture/mediaType', message: `spec says ${reference.mediaType}, the bytes received are not a PNG` });
  else {
    if (size.width !== reference.width)
      findings.push({ pointer: '/picture/width', message: `spec says ${reference.width}, the picture is ${size.width} pixels wide` });
    if (size.height !== reference.height)
      findings.push({ pointer: '/picture/height', message: `spec says ${reference.height}, the picture is ${size.height} pixels high` });
  }
  return findings;
}
