/**
 * JSON.parse for untrusted files: refuses keys that could reach an object's prototype
 * (__proto__, constructor, prototype) and nesting deeper than any draft has.
 */
export type SafeJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: 'notJson' | 'forbiddenKey' | 'tooDeep'; readonly detail?: string };

/** Keys that could reach an object's prototype; refused in files and in stored records alike (issue 12). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 12;

function inspect(value: unknown, depth: number): SafeJsonResult | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) return { ok: false, problem: 'tooDeep' };
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { ok: false, problem: 'forbiddenKey', detail: key };
    const problem = inspect((value as Record<string, unknown>)[key], depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

export function parseJsonSafely(text: string): SafeJsonResult {
  // Deep nesting is refused before parsing: JSON.parse itself would recurse into it.
  let depth = 0;
  let maxSeen = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      maxSeen = Math.max(maxSeen, depth);
      if (maxSeen > MAX_DEPTH + 1) return { ok: false, problem: 'tooDeep' };
    } else if (char === '}' || char === ']') depth -= 1;
  }
  let value: unknown;
  try {
    // The reviver sees every key, including "__proto__", which JSON.parse keeps as an own property.
    let forbidden: string | undefined;
    value = JSON.parse(text, function reviver(key, entry: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return entry;
    });
    if (forbidden) return { ok: false, problem: 'forbiddenKey', detail: forbidden };
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  return inspect(value, 0) ?? { ok: true, value };
}
