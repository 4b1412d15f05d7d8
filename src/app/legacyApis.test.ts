// Issue 11: on Chromium 86 the built-ins newer than it are filled in, with the standard's meaning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloneStructured, installLegacyApis } from './legacyApis';

type Scope = typeof globalThis;

type At = (this: ArrayLike<unknown>, index: number) => unknown;
interface OldScope {
  structuredClone?: typeof structuredClone;
  Object: { hasOwn?: (object: object, key: PropertyKey) => boolean };
  Array: { prototype: { at?: At } };
  String: { prototype: { at?: At } };
}

/** A global scope as Chromium 86 has it: none of the three. */
const oldScope = (): OldScope => ({ Object: {}, Array: { prototype: {} }, String: { prototype: {} } });

describe('installLegacyApis', () => {
  it('fills in nothing where the browser has everything', () => {
    expect(installLegacyApis(globalThis)).toEqual([]);
  });

  it('fills in structuredClone, Object.hasOwn and at() where they are missing, as the standard defines them', () => {
    const scope = oldScope();
    expect(installLegacyApis(scope as unknown as Scope)).toEqual(['structuredClone', 'hasOwn', 'at', 'at']);
    expect(scope.Object.hasOwn?.({ a: 1 }, 'a')).toBe(true);
    expect(scope.Object.hasOwn?.(Object.create({ a: 1 }) as object, 'a')).toBe(false);
    const at = scope.Array.prototype.at;
    for (const index of [0, 2, -1, -3, 3, -4, 1.7, Number.NaN]) {
      expect(at?.call([1, 2, 3], index)).toBe([1, 2, 3].at(index));
      expect(scope.String.prototype.at?.call('年报表', index)).toBe('年报表'.at(index));
    }
  });
});

describe('cloneStructured', () => {
  it('copies a saved draft as structuredClone does', () => {
    const draft = JSON.parse(readFileSync(new URL('../../e2e/fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const value = { draft, takenAt: new Date('2026-01-15T01:30:00Z'), missing: undefined, tags: new Set(['a']), index: new Map([['k', [1, 2]]]) };
    const copy = cloneStructured(value);
    expect(copy).toEqual(structuredClone(value));
    expect(copy.draft).not.toBe(draft);
    expect(copy.takenAt).not.toBe(value.takenAt);
    expect('missing' in copy).toBe(true);
  });

  it('keeps shared and circular references, and refuses functions', () => {
    const shared = { n: 1 };
    const loop: Record<string, unknown> = { a: shared, b: shared };
    loop.self = loop;
    const copy = cloneStructured(loop);
    expect(copy.a).toBe(copy.b);
    expect(copy.self).toBe(copy);
    expect(copy.a).not.toBe(shared);
    expect(() => cloneStructured({ f: () => 1 })).toThrow(TypeError);
  });
});
