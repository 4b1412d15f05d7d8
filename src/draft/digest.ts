/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex. Web Crypto's `crypto.subtle` exists only in secure
 * contexts (https, localhost), and officers reach the app over plain http on intranet hosts (issue 11): there
 * the digest comes from @noble/hashes, loaded only then, so a file exported on http verifies on https and back.
 */

const toHex = (bytes: Uint8Array): string => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The library's SHA-256 (no Web Crypto needed); the same digest as `crypto.subtle`, tested against both. */
export async function sha256HexFallback(text: string): Promise<string> {
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return toHex(sha256(new TextEncoder().encode(text)));
}

/** Hex SHA-256 of a string's UTF-8 bytes: Web Crypto where the page has it, the library otherwise. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (typeof subtle?.digest !== 'function') return sha256HexFallback(text);
  return toHex(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text))));
}
