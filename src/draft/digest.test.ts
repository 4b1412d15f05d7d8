// SHA-256 without Web Crypto (issue 11): known vectors (FIPS 180-2 examples) and the same digest as
// crypto.subtle for any text, so a file exported on plain http verifies on https and back.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex, sha256HexFallback } from './digest';

const vectors: ReadonlyArray<readonly [string, string]> = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

const subtleHex = async (text: string) =>
  [...new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sha256HexFallback', () => {
  it.each(vectors)('gives the published digest of %#', async (text, digest) => {
    expect(await sha256HexFallback(text)).toBe(digest);
  });

  it('equals crypto.subtle for any text, Chinese and across block boundaries included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(await sha256HexFallback(text)).toBe(await subtleHex(text));
      }),
      { numRuns: 200 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const text = '年'.repeat(length);
      expect(await sha256HexFallback(text)).toBe(await subtleHex(text));
    }
  });
});

describe('sha256Hex', () => {
  it('uses the library where the page has no crypto.subtle (plain http), with the same result', async () => {
    const text = '{"meta":{"agency":"濮阳市工业和信息化局"}}';
    const withSubtle = await sha256Hex(text);
    expect(withSubtle).toBe(await subtleHex(text));
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await sha256Hex(text)).toBe(withSubtle);
  });
});
