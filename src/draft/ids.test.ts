// Ids on plain http (issue 11): without crypto.randomUUID, still version-4 UUIDs, and distinct.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newId', () => {
  it('is a version-4 UUID where crypto.randomUUID exists', () => {
    expect(newId()).toMatch(UUID_V4);
  });

  it('is a version-4 UUID from getRandomValues where randomUUID is missing (plain http)', () => {
    const real = globalThis.crypto;
    const getRandomValues = vi.fn((array: Uint8Array) => real.getRandomValues(array));
    vi.stubGlobal('crypto', { getRandomValues });
    const ids = Array.from({ length: 1000 }, newId);
    expect(getRandomValues).toHaveBeenCalledTimes(1000);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(1000);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => array.fill(0xff) });
    expect(newId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => array });
    expect(newId()).toBe('00000000-0000-4000-8000-000000000000');
  });
});
