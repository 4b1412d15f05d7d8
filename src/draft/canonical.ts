/** Canonical JSON (keys sorted, no spaces) and its SHA-256, so a file's digest does not depend on key order. */

/**
 * Written as plain loops with string concatenation: every file of a 汇总 is digested, and the version built
 * from entries/filter/sort/map arrays was the door's largest cost per file (issue 15 bench: 500 files).
 * `sort()` without a comparator orders by UTF-16 code units, as the `<` comparison of strings does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) out += (index > 0 ? ',' : '') + canonicalJson(value[index]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const entry = record[key];
    if (entry === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(entry)}`;
    first = false;
  }
  return `${out}}`;
}

// The digest lives in digest.ts (a fallback where Web Crypto is missing, issue 11); re-exported for the door's users.
export { sha256Hex } from './digest';
