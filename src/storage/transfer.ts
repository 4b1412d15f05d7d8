/**
 * What hand-over (issue 6) does to IndexedDB, and only after the officer chose: record an export,
 * add an imported draft, replace or merge into a local one (a revision of the local draft first), and
 * collect or restore the 导出全部 backup. Reading and checking files happens in src/draft, before this.
 */
import { asSeparateDraft, canonicalJson, newId } from '../draft';
import type { BackupEntry, Draft } from '../draft';
import { database } from './db';
import type { NianbaoDatabase, StoredDraft } from './db';
import { snapshotRevision, snapshotStoredRecord } from './revisions';
import { readDraftRecord, readDraftRecords, readRevisionRecord } from './storedReads';
import type { UnreadableDraft } from './storedReads';

function withoutDeletion(stored: StoredDraft): Draft {
  const { deletedAt: _deletedAt, ...draft } = stored;
  return draft;
}

/**
 * The local draft of this id through the door, also when it is in 回收站 (an import must not add a second record
 * of one id); `unreadable` when a record of that id is here but does not read back.
 */
export async function findLocalDraft(
  id: string,
  db: NianbaoDatabase = database(),
): Promise<{ readonly ok: true; readonly draft: StoredDraft } | { readonly ok: false; readonly unreadable: UnreadableDraft } | undefined> {
  return readDraftRecord(db, id);
}

/** A revision before the export, so the exported state can always be found again. */
export async function snapshotBeforeExport(draft: Draft, db: NianbaoDatabase = database(), now = new Date()): Promise<void> {
  await snapshotRevision(draft, 'export', db, now);
}

/** Records the export time on the stored draft (the 7-day reminder reads it). */
export async function recordExport(id: string, at: string, db: NianbaoDatabase = database()): Promise<void> {
  await db.drafts.update(id, { lastExportedAt: at });
}

/** Adds a draft from a file whose id is not here. Refuses to overwrite: that needs the officer's choice. */
export async function addImportedDraft(draft: Draft, db: NianbaoDatabase = database()): Promise<void> {
  await db.drafts.add(draft);
}

/**
 * Puts `next` in place of the local draft (用文件替换 or a per-field merge), after a revision of the local
 * draft as it was ('import'), in one transaction so neither happens without the other.
 */
export async function replaceAfterSnapshot(next: Draft, db: NianbaoDatabase = database(), now = new Date()): Promise<void> {
  await db.transaction('rw', db.drafts, db.revisions, async () => {
    const local: unknown = await db.drafts.get(next.id);
    if (local !== undefined) await snapshotStoredRecord(local, next.id, 'import', db, now);
    await db.drafts.put(next);
  });
}

/**
 * Every draft (回收站 too) with its revisions, oldest revision first, for 导出全部 — all read through the door: a
 * record that does not read back is left out (a backup holding it could not be restored; the drafts list offers
 * 导出原始数据 for it instead).
 */
export async function collectBackup(db: NianbaoDatabase = database()): Promise<BackupEntry[]> {
  const { records, revisions } = await db.transaction('r', db.drafts, db.revisions, async () => ({
    records: (await db.drafts.orderBy('updatedAt').toArray()) as unknown[],
    revisions: (await db.revisions.toArray()) as unknown[],
  }));
  const { drafts } = await readDraftRecords(records);
  const readRevisions = await Promise.all(revisions.map(readRevisionRecord));
  return drafts.map((stored) => ({
    draft: withoutDeletion(stored),
    ...(stored.deletedAt ? { deletedAt: stored.deletedAt } : {}),
    revisions: readRevisions
      .filter((revision) => revision.readable && revision.draftId === stored.id)
      .flatMap((revision) => (revision.readable ? [revision] : []))
      .sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id - b.id)
      .map(({ takenAt, reason, summary, draft }) => ({ takenAt, reason, summary, draft })),
  }));
}

/** What restoring a backup will do with each of its drafts. Nothing local is ever overwritten. */
export type RestoreAction = 'add' | 'same' | 'copy';

export interface RestorePlanItem {
  readonly entry: BackupEntry;
  readonly action: RestoreAction;
}

const sameContent = (a: Draft, b: Draft): boolean => {
  const strip = ({ updatedAt: _u, lastExportedAt: _l, ...rest }: Draft) => rest;
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
};

/** Plans a restore: drafts not here are added; drafts here unchanged are skipped; changed ones come in as copies. */
export async function planRestore(entries: readonly BackupEntry[], db: NianbaoDatabase = database()): Promise<RestorePlanItem[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const local = await readDraftRecord(db, entry.draft.id);
      // A local record that does not read back is never overwritten either: the backup's draft comes in as a copy.
      const action: RestoreAction = !local ? 'add' : local.ok && sameContent(withoutDeletion(local.draft), entry.draft) ? 'same' : 'copy';
      return { entry, action };
    }),
  );
}

/** Carries out a restore plan; copies get a new id and the given title. Returns how many drafts were written. */
export async function applyRestore(
  plan: readonly RestorePlanItem[],
  copyTitle: (title: string) => string,
  db: NianbaoDatabase = database(),
  now = new Date(),
): Promise<number> {
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    let written = 0;
    for (const { entry, action } of plan) {
      if (action === 'same') continue;
      const draft =
        action === 'add'
          ? entry.draft
          : asSeparateDraft(entry.draft, newId(), copyTitle(entry.draft.title), now.toISOString());
      await db.drafts.add(entry.deletedAt && action === 'add' ? { ...draft, deletedAt: entry.deletedAt } : draft);
      for (const revision of entry.revisions) {
        await db.revisions.add({ ...revision, draftId: draft.id, draft: { ...revision.draft, id: draft.id } });
      }
      written += 1;
    }
    return written;
  });
}
