/**
 * The door for records read back from the browser's storage (issue 12). A stored record is whatever a crashed
 * write, a newer version of the app or a manual edit left: it may hold anything IndexedDB can hold. This turns
 * any record into either a draft or a typed "unreadable" entry carrying what is still known about it (id, title,
 * last saved) and the door's reason — never an exception, so one damaged record cannot blank the app.
 */
import { MAX_FILE_BYTES, readDraftValue } from './read';
import type { ReadProblem } from './read';
import { FORBIDDEN_KEYS, MAX_DEPTH } from './safeJson';
import { DRAFT_VERSION } from './schema';
import type { Draft } from './schema';

/** What is still known about a record that does not read back, for the row that stands in for it. */
export interface UnreadableRecord {
  /** The record's key as text (a stored draft's `id`); empty when it has none. */
  readonly id: string;
  /** The title when the record still has one as text, cut to a line. */
  readonly title?: string;
  readonly updatedAt?: string;
  readonly deletedAt?: string;
  readonly problem: ReadProblem;
}

export type StoredDraftRead =
  | { readonly ok: true; readonly draft: Draft; readonly deletedAt?: string }
  | { readonly ok: false; readonly unreadable: UnreadableRecord };

const TITLE_SHOWN = 80;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const shortText = (value: unknown, length = 64): string | undefined =>
  typeof value === 'string' && value !== '' ? value.slice(0, length) : undefined;

/** A record's key as text: drafts are keyed by a string id, but a record written by other code may not be. */
export function recordIdOf(value: unknown): string {
  if (!isRecord(value)) return '';
  const id = value.id;
  if (typeof id === 'string') return id.slice(0, 128);
  if (typeof id === 'number') return String(id);
  return '';
}

/**
 * Walks a stored value as the file door walks parsed JSON: keys that reach a prototype, nesting deeper than a
 * draft has (which also stops a cyclic record), and more text than any draft file may hold.
 */
function inspectStored(value: unknown): ReadProblem | undefined {
  let bytes = 0;
  const walk = (entry: unknown, depth: number): ReadProblem | undefined => {
    if (typeof entry === 'string') {
      bytes += entry.length;
      return undefined;
    }
    if (entry === null || typeof entry !== 'object') return undefined;
    if (depth > MAX_DEPTH) return { code: 'tooDeep' };
    // A copy that took a stored `__proto__` key as its prototype: refused as the key itself would be.
    // (A built-in's prototype — Date, Blob — has its own `constructor`; such values are left to the schema.)
    const prototype: unknown = Object.getPrototypeOf(entry);
    if (prototype !== null && typeof prototype === 'object' && !Object.hasOwn(prototype, 'constructor')) {
      return { code: 'forbiddenKey', key: '__proto__' };
    }
    for (const key of Object.keys(entry)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbiddenKey', key };
      bytes += key.length;
      const problem = walk((entry as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  const problem = walk(value, 0);
  if (problem) return problem;
  // Characters, not UTF-8 bytes: a cheap bound that never refuses a draft the file door would take.
  if (bytes > MAX_FILE_BYTES) return { code: 'tooLarge', bytes, limit: MAX_FILE_BYTES };
  return undefined;
}

/**
 * A stored record may say which shape it was saved in (`version`, absent in records of version 1): a newer
 * one is refused with the version named, as a newer file is.
 */
function versionProblem(record: Record<string, unknown>): ReadProblem | undefined {
  if (!('version' in record)) return undefined;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { code: 'badVersion' };
  if (version > DRAFT_VERSION) return { code: 'newerVersion', version };
  return undefined;
}

/** Reads one stored draft record (回收站 bookkeeping `deletedAt` apart) through the draft door. */
export async function readStoredDraft(record: unknown): Promise<StoredDraftRead> {
  const unreadable = (problem: ReadProblem): StoredDraftRead => {
    const fields = isRecord(record) ? record : {};
    const title = shortText(fields.title, TITLE_SHOWN);
    const updatedAt = shortText(fields.updatedAt);
    const deletedAt = shortText(fields.deletedAt);
    return {
      ok: false,
      unreadable: {
        id: recordIdOf(record),
        ...(title ? { title } : {}),
        ...(updatedAt ? { updatedAt } : {}),
        ...(deletedAt ? { deletedAt } : {}),
        problem,
      },
    };
  };
  try {
    if (!isRecord(record)) return unreadable({ code: 'notObject' });
    const found = inspectStored(record) ?? versionProblem(record);
    if (found) return unreadable(found);
    const { deletedAt, version: _version, ...draft } = record;
    const read = await readDraftValue(draft, { source: 'storage', requireDigest: false });
    if (!read.ok) return unreadable(read.problem);
    // 回收站 only counts a deletion time it can sort; anything else leaves the draft in the list.
    return typeof deletedAt === 'string' && deletedAt !== '' ? { ok: true, draft: read.draft, deletedAt } : { ok: true, draft: read.draft };
  } catch {
    return unreadable({ code: 'damaged' });
  }
}
