/**
 * The few built-ins newer than Chromium 86 (the oldest core officers use: 360安全浏览器 13 极速模式, issue 11)
 * that our code and libraries call: `structuredClone` (Chromium 98), `Array.prototype.at` (92), `Object.hasOwn`
 * (93). Each is put in place only where the browser lacks it, before the app renders: main.tsx loads this module
 * only in such a browser, so a current one's first load does not carry it. Syntax needs nothing here: the build
 * lowers it to ES2020 (vite.config.ts).
 */

const dataCloneError = (what: string) => new TypeError(`${what} could not be cloned`);

/**
 * A deep copy with structuredClone's meaning for what drafts and revisions hold: plain objects, arrays, dates,
 * maps, sets, typed arrays; shared and circular references kept; functions and symbols refused.
 */
export function cloneStructured<T>(value: T): T {
  const seen = new Map<object, unknown>();
  const clone = (item: unknown): unknown => {
    if (typeof item === 'function' || typeof item === 'symbol') throw dataCloneError(String(item));
    if (item === null || typeof item !== 'object') return item;
    const known = seen.get(item);
    if (known !== undefined) return known;
    const keep = <R>(copy: R): R => {
      seen.set(item, copy);
      return copy;
    };
    if (item instanceof Date) return keep(new Date(item.getTime()));
    if (item instanceof RegExp) return keep(new RegExp(item.source, item.flags));
    if (item instanceof ArrayBuffer) return keep(item.slice(0));
    if (ArrayBuffer.isView(item)) {
      const view = item as unknown as { slice: () => unknown };
      return keep(typeof view.slice === 'function' ? view.slice() : new DataView(item.buffer.slice(0)));
    }
    if (typeof Blob === 'function' && item instanceof Blob) return item; // immutable
    if (item instanceof Map) {
      const copy = keep(new Map<unknown, unknown>());
      item.forEach((entry, key) => copy.set(clone(key), clone(entry)));
      return copy;
    }
    if (item instanceof Set) {
      const copy = keep(new Set<unknown>());
      item.forEach((entry) => copy.add(clone(entry)));
      return copy;
    }
    if (Array.isArray(item)) {
      const copy = keep(new Array<unknown>(item.length));
      item.forEach((entry, index) => {
        copy[index] = clone(entry);
      });
      return copy;
    }
    const copy = keep({} as Record<string, unknown>);
    for (const key of Object.keys(item)) copy[key] = clone((item as Record<string, unknown>)[key]);
    return copy;
  };
  return clone(value) as T;
}

/** `Array.prototype.at` as the standard defines it (negative indexes count from the end). */
function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const length = this.length;
  const relative = Math.trunc(index) || 0;
  const position = relative < 0 ? length + relative : relative;
  return position < 0 || position >= length ? undefined : this[position];
}

/** Fills in what `scope` lacks; returns the names filled in (for the unit test). */
export function installLegacyApis(scope: typeof globalThis = globalThis): string[] {
  const filled: string[] = [];
  const define = (target: object, name: string, value: unknown) => {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
    filled.push(name);
  };
  if (typeof scope.structuredClone !== 'function') define(scope, 'structuredClone', cloneStructured);
  if (typeof (scope.Object as { hasOwn?: unknown }).hasOwn !== 'function') {
    define(scope.Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));
  }
  for (const type of [scope.Array, scope.String] as const) {
    if (typeof (type.prototype as { at?: unknown }).at !== 'function') define(type.prototype, 'at', at);
  }
  return filled;
}
