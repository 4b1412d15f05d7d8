/**
 * Revisions: whole-draft snapshots, taken automatically (at most one per 10 minutes of editing) and before
 * the risky steps — print, export, import-replace and restore — so any of them can be undone.
 */
import type { Draft } from '../draft';
import { database } from './db';
import type { NianbaoDatabase, StoredRevision } from './db';
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

/** A draft's revisions, newest first. */
export async function listRevisions(draftId: string, db: NianbaoDatabase = database()): Promise<StoredRevision[]> {
  return db.revisions
    .where('[draftId+takenAt]')
    .between([draftId, ''], [draftId, '\uffff'])
    .reverse()
    .toArray();
}

export async function loadRevision(revisionId: number, db: NianbaoDatabase = database()): Promise<StoredRevision | undefined> {
  return db.revisions.get(revisionId);
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
  const latest = await db.revisions
    .where('[draftId+takenAt]')
    .between([draft.id, ''], [draft.id, '\uffff'])
    .last();
  if (latest && now.getTime() - Date.parse(latest.takenAt) < AUTO_REVISION_INTERVAL_MS) return false;
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
    const revision = await db.revisions.get(revisionId);
    if (!revision) throw new Error(`revision ${revisionId} not found`);
    const current = await db.drafts.get(revision.draftId);
    if (current) {
      const { deletedAt: _deletedAt, ...currentDraft } = current;
      await snapshotRevision(currentDraft, 'restore', db, now);
    }
    const restored: Draft = {
      ...structuredClone(revision.draft),
      // Keep what belongs to the draft's life, not its content: when it was created and last exported.
      createdAt: current?.createdAt ?? revision.draft.createdAt,
      ...(current?.lastExportedAt ? { lastExportedAt: current.lastExportedAt } : {}),
      updatedAt: now.toISOString(),
    };
    await db.drafts.put(restored);
    return restored;
  });
}
