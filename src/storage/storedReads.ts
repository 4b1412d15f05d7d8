/**
 * Every read of drafts and revisions from IndexedDB, through the draft door (issue 12). Records come back as
 * they were stored — possibly damaged — so each one is read by `readStoredDraft` and becomes a draft or an
 * "unreadable" entry that keeps the raw record (for 导出原始数据) and its key (for 移到回收站). Nothing here
 * writes.
 */
import type { IndexableType } from 'dexie';
import { readStoredDraft } from '../draft';
import type { Draft, ReadProblem, UnreadableRecord } from '../draft';
import type { NianbaoDatabase, StoredDraft } from './db';

/** A stored draft record that does not read back. */
export interface UnreadableDraft extends UnreadableRecord {
  /** The record's primary key, exactly as stored (actions on the record use it). */
  readonly key: IndexableType;
  /** The record exactly as stored. */
  readonly record: unknown;
}

/** A revision that reads back. */
export interface ReadableRevision {
  readonly readable: true;
  readonly id: number;
  readonly draftId: string;
  readonly takenAt: string;
  readonly reason: string;
  readonly summary: string;
  readonly draft: Draft;
}

/** A revision whose snapshot (or bookkeeping) does not read back: listed, exportable as it is, never restored. */
export interface UnreadableRevision {
  readonly readable: false;
  readonly id: number;
  readonly draftId: string;
  readonly takenAt?: string;
  readonly problem: ReadProblem;
  readonly record: unknown;
}

export type RevisionEntry = ReadableRevision | UnreadableRevision;

/** Drafts as stored, read through the door: readable ones (回收站 ones with `deletedAt`) and unreadable ones. */
export interface DraftRecords {
  readonly drafts: readonly StoredDraft[];
  readonly unreadable: readonly UnreadableDraft[];
}

const textOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

// The drafts list reads every record on every change: 1,000 drafts through the door cost about half a second, their
// JSON text a tenth of that. A record whose text was read before gets the same answer (and the same draft object, so
// memoised rows do not re-render). Bounded; only records their JSON text describes whole (no Date, no odd prototype, no
// NaN) are cached, and not huge ones.
const CACHE_LIMIT = 3000;
const CACHE_TEXT_LIMIT = 1024 * 1024;
const answers = new Map<string, Awaited<ReturnType<typeof readStoredDraft>>>();

/** Whether JSON text says all there is of a value: plain objects, arrays, text, finite numbers, booleans, null. */
function isPlainJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > 16) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) return prototype === Array.prototype && value.every((entry) => isPlainJson(entry, depth + 1));
  if (prototype !== Object.prototype) return false;
  return Object.values(value).every((entry) => isPlainJson(entry, depth + 1));
}

async function readCached(record: unknown): ReturnType<typeof readStoredDraft> {
  const key = isPlainJson(record) ? JSON.stringify(record) : undefined;
  if (key === undefined || key.length > CACHE_TEXT_LIMIT) return readStoredDraft(record);
  const known = answers.get(key);
  if (known) return known;
  const read = await readStoredDraft(record);
  if (answers.size >= CACHE_LIMIT) answers.clear();
  answers.set(key, read);
  return read;
}

/** Reads records of the drafts table (all of them, or those given) through the door. */
export async function readDraftRecords(records: readonly unknown[]): Promise<DraftRecords> {
  const drafts: StoredDraft[] = [];
  const unreadable: UnreadableDraft[] = [];
  for (const record of records) {
    const read = await readCached(record);
    if (read.ok) drafts.push(read.deletedAt ? { ...read.draft, deletedAt: read.deletedAt } : read.draft);
    else unreadable.push({ ...read.unreadable, key: (record as { id: IndexableType }).id, record });
  }
  return { drafts, unreadable };
}

/** One stored draft by id through the door; undefined when there is no record of that id. */
export async function readDraftRecord(
  db: NianbaoDatabase,
  id: string,
): Promise<{ readonly ok: true; readonly draft: StoredDraft } | { readonly ok: false; readonly unreadable: UnreadableDraft } | undefined> {
  const record: unknown = await db.drafts.get(id);
  if (record === undefined) return undefined;
  const { drafts, unreadable } = await readDraftRecords([record]);
  if (drafts[0]) return { ok: true, draft: drafts[0] };
  if (unreadable[0]) return { ok: false, unreadable: unreadable[0] };
  return undefined;
}

/** Reads one revision record: its bookkeeping checked, its snapshot through the door, its draft id matching. */
export async function readRevisionRecord(record: unknown): Promise<RevisionEntry> {
  const fields = (record ?? {}) as Record<string, unknown>;
  const id = typeof fields.id === 'number' ? fields.id : -1;
  const draftId = textOr(fields.draftId, '');
  const takenAt = typeof fields.takenAt === 'string' ? fields.takenAt : undefined;
  const unreadable = (problem: ReadProblem): UnreadableRevision => ({
    readable: false,
    id,
    draftId,
    ...(takenAt ? { takenAt } : {}),
    problem,
    record,
  });
  if (takenAt === undefined) return unreadable({ code: 'schema', path: ['takenAt'], issue: 'missing' });
  const read = await readStoredDraft(fields.draft);
  if (!read.ok) return unreadable(read.unreadable.problem);
  // A snapshot of another draft would overwrite that draft when restored.
  if (read.draft.id !== draftId) return unreadable({ code: 'schema', path: ['id'], issue: 'invalid_value' });
  return {
    readable: true,
    id,
    draftId,
    takenAt,
    reason: textOr(fields.reason, ''),
    summary: textOr(fields.summary, ''),
    draft: read.draft,
  };
}

/** A draft's revisions through the door, newest first (unreadable ones without a time last). */
export async function readRevisionRecords(db: NianbaoDatabase, draftId: string): Promise<RevisionEntry[]> {
  const records: unknown[] = await db.revisions.where('draftId').equals(draftId).toArray();
  const entries = await Promise.all(records.map(readRevisionRecord));
  return entries.sort((a, b) => (b.takenAt ?? '').localeCompare(a.takenAt ?? '') || b.id - a.id);
}

/** Ids of drafts that have revisions (from the index alone, so no snapshot is read). */
export async function draftIdsWithRevisions(db: NianbaoDatabase): Promise<string[]> {
  const keys = await db.revisions.orderBy('draftId').uniqueKeys();
  return keys.filter((key): key is string => typeof key === 'string');
}
