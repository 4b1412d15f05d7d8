/**
 * Revisions: whole-draft snapshots, taken automatically (at most one per 10 minutes of editing) and before
 * the risky steps — print, export, import-replace and restore — so any of them can be undone.
 */
import { readStoredDraft } from '../draft';
import type { Draft } from '../draft';
import { database } from './db';
import type { NianbaoDatabase } from './db';
import { readRevisionRecord, readRevisionRecords } from './storedReads';
import type { ReadableRevision, RevisionEntry } from './storedReads';
import { storageStrings } from './strings.zh-CN';

export type RevisionReason = 'auto' | 'print' | 'export' | 'import' | 'restore';

/** At most one automatic revision per this much editing time. */
export const AUTO_REVISION_INTERVAL_MS = 10 * 60 * 1000;

/** A short line telling revisions apart: 机关, 年度, how many cells are filled, how long the texts are. */
export function summarizeDraft(draft: Draft): string {
  const filled = Object.keys(draft.values).length;
  const textChars = Object.values(draft.texts).reduce((sum, text) => sum + [...text.trim()].length, 0);
  return storageStrings.summary(draft.meta.agency || storageStrings.unnamedAgency, draft.meta.year, filled, textChars);
}

/** Stores a copy of the draft as it is now. */
export async function snapshotRevision(
  draft: Draft,
  reason: RevisionReason,
  db: NianbaoDatabase = database(),
  now: Date = new Date(),
): Promise<void> {
  // A structured clone, so later in-memory edits never reach the stored snapshot.
  const copy = structuredClone(draft);
  await db.revisions.add({ draftId: draft.id, takenAt: now.toISOString(), reason, summary: summarizeDraft(copy), draft: copy });
}

/** A draft's revisions through the draft door, newest first; one that does not read back is an unreadable entry. */
export async function revisionEntries(draftId: string, db: NianbaoDatabase = database()): Promise<RevisionEntry[]> {
  return readRevisionRecords(db, draftId);
}

/** A draft's revisions that read back, newest first. */
export async function listRevisions(draftId: string, db: NianbaoDatabase = database()): Promise<ReadableRevision[]> {
  return (await readRevisionRecords(db, draftId)).filter((entry): entry is ReadableRevision => entry.readable);
}

/** One revision through the door. */
export async function loadRevision(revisionId: number, db: NianbaoDatabase = database()): Promise<RevisionEntry | undefined> {
  const record: unknown = await db.revisions.get(revisionId);
  return record === undefined ? undefined : readRevisionRecord(record);
}

/**
 * Keeps the current record of a draft as a revision before it is replaced, whether or not it reads back: a draft
 * that does not read back is kept exactly as stored, so restoring over it loses nothing (issue 12).
 */
export async function snapshotStoredRecord(
  record: unknown,
  draftId: string,
  reason: RevisionReason,
  db: NianbaoDatabase = database(),
  now: Date = new Date(),
): Promise<void> {
  const read = await readStoredDraft(record);
  if (read.ok) {
    await snapshotRevision(read.draft, reason, db, now);
    return;
  }
  const { deletedAt: _deletedAt, ...kept } = record as Record<string, unknown>;
  await db.table('revisions').add({ draftId, takenAt: now.toISOString(), reason, summary: storageStrings.unreadableSummary, draft: kept });
}

/**
 * Takes an automatic revision when the last one of this draft is older than the interval (or there is none).
 * Returns whether it took one.
 */
export async function snapshotIfDue(
  draft: Draft,
  db: NianbaoDatabase = database(),
  now: Date = new Date(),
): Promise<boolean> {
  const latest: unknown = await db.revisions
    .where('[draftId+takenAt]')
    .between([draft.id, ''], [draft.id, '\uffff'])
    .last();
  // Only the time is read: a revision whose snapshot is damaged still counts as recent.
  const takenAt = (latest as { takenAt?: unknown } | undefined)?.takenAt;
  if (typeof takenAt === 'string' && now.getTime() - Date.parse(takenAt) < AUTO_REVISION_INTERVAL_MS) return false;
  await snapshotRevision(draft, 'auto', db, now);
  return true;
}

/**
 * Puts a revision back as the current draft. The current state is snapshotted first ('restore'), so the
 * restore itself can be undone by restoring that snapshot. Returns the draft now current.
 */
export async function restoreRevision(
  revisionId: number,
  db: NianbaoDatabase = database(),
  now: Date = new Date(),
): Promise<Draft> {
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    const revision = await loadRevision(revisionId, db);
    if (!revision) throw new Error(`revision ${revisionId} not found`);
    if (!revision.readable) throw new Error(`revision ${revisionId} does not read back`);
    const current: unknown = await db.drafts.get(revision.draftId);
    if (current !== undefined) await snapshotStoredRecord(current, revision.draftId, 'restore', db, now);
    const kept = current === undefined ? undefined : await readStoredDraft(current);
    const life = kept?.ok ? kept.draft : undefined;
    const restored: Draft = {
      ...structuredClone(revision.draft),
      // Keep what belongs to the draft's life, not its content: when it was created and last exported.
      createdAt: life?.createdAt ?? revision.draft.createdAt,
      ...(life?.lastExportedAt ? { lastExportedAt: life.lastExportedAt } : {}),
      updatedAt: now.toISOString(),
    };
    await db.drafts.put(restored);
    return restored;
  });
}
