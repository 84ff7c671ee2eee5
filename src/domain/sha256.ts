/** WebCrypto's digest, as browsers and Node 20 provide it at `globalThis.crypto.subtle.digest`. */
export type Digest = (algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

const webCryptoDigest: Digest = (algorithm, data) => globalThis.crypto.subtle.digest(algorithm, data);

/** SHA-256 of the UTF-8 bytes of `text`, as lower-case hex. */
export async function sha256Hex(text: string, digest: Digest = webCryptoDigest): Promise<string> {
  const hash = new Uint8Array(await digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
