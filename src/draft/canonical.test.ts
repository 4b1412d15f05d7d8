// The faster canonical JSON (issue 15 bench) writes exactly what the plain definition writes, so every digest
// of a file exported before it still verifies.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

/** The definition: entries without undefined, sorted by key (code units), joined without spaces. */
function byDefinition(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(byDefinition).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${byDefinition(entry)}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('sorts keys by code unit, drops undefined members, keeps array holes as null', () => {
    expect(canonicalJson({ b: 1, a: [1, undefined, 'x'], c: undefined, 甲: { z: null, y: '"引号"' }, Z: 0.5 })).toBe(
      '{"Z":0.5,"a":[1,null,"x"],"b":1,"甲":{"y":"\\"引号\\"","z":null}}',
    );
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({ only: undefined, next: 1 })).toBe('{"next":1}');
  });

  it('matches the definition on many generated drafts-like values', () => {
    let state = 7;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const keys = ['s3.new.natural', 's3.new.legal', 'texts', 'a', 'B', '机关', '\u{1F600}', 'ｚ', 'meta', ''];
    const make = (depth: number): unknown => {
      const pick = random();
      if (depth > 3 || pick < 0.3) return [1, 'text', null, true, 0.25, undefined, '年报'][Math.floor(random() * 7)];
      if (pick < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => make(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [keys[Math.floor(random() * keys.length)], make(depth + 1)]));
    };
    for (let round = 0; round < 300; round += 1) {
      const value = make(0);
      expect(canonicalJson(value)).toBe(byDefinition(value));
    }
  });
});
