/** WebCrypto's digest, as browsers and Node 20 provide it at `globalThis.crypto.subtle.digest`. */
export type Digest = (algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

const webCryptoDigest: Digest = (algorithm, data) => globalThis.crypto.subtle.digest(algorithm, data);

/** SHA-256 of the UTF-8 bytes of `text`, as lower-case hex. */
export function sha256Hex(text: string, digest: Digest = webCryptoDigest): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text), digest);
}

/** SHA-256 of exactly these bytes (a file, a picture), as lower-case hex. */
export async function sha256HexOfBytes(bytes: Uint8Array, digest: Digest = webCryptoDigest): Promise<string> {
  // WebCrypto wants bytes over a plain ArrayBuffer; copy only when given a view of anything else.
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const hash = new Uint8Array(await digest('SHA-256', data));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
