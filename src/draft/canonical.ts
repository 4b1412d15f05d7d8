/** Canonical JSON (keys sorted, no spaces) and its SHA-256, so a file's digest does not depend on key order. */

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}

// The digest lives in digest.ts (a fallback where Web Crypto is missing, issue 11); re-exported for the door's users.
export { sha256Hex } from './digest';
