/**
 * What hand-over (issue 6) does to IndexedDB, and only after the officer chose: record an export,
 * add an imported draft, replace or merge into a local one (a revision of the local draft first), and
 * collect or restore the 导出全部 backup. Reading and checking files happens in src/draft, before this.
 */
import { asSeparateDraft, canonicalJson, newId } from '../draft';
import type { BackupEntry, Draft } from '../draft';
import { database } from './db';
import type { NianbaoDatabase, StoredDraft } from './db';
import { snapshotRevision } from './revisions';

function withoutDeletion(stored: StoredDraft): Draft {
  const { deletedAt: _deletedAt, ...draft } = stored;
  return draft;
}

/** The local draft of this id, also when it is in 回收站 (an import must not add a second record of one id). */
export async function findLocalDraft(id: string, db: NianbaoDatabase = database()): Promise<StoredDraft | undefined> {
  return db.drafts.get(id);
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
    const local = await db.drafts.get(next.id);
    if (local) await snapshotRevision(withoutDeletion(local), 'import', db, now);
    await db.drafts.put(next);
  });
}

/** Every draft (回收站 too) with its revisions, oldest revision first, for 导出全部. */
export async function collectBackup(db: NianbaoDatabase = database()): Promise<BackupEntry[]> {
  return db.transaction('r', db.drafts, db.revisions, async () => {
    const drafts = await db.drafts.orderBy('updatedAt').toArray();
    return Promise.all(
      drafts.map(async (stored) => {
        const revisions = await db.revisions
          .where('[draftId+takenAt]')
          .between([stored.id, ''], [stored.id, '\uffff'])
          .toArray();
        return {
          draft: withoutDeletion(stored),
          ...(stored.deletedAt ? { deletedAt: stored.deletedAt } : {}),
          revisions: revisions.map(({ takenAt, reason, summary, draft }) => ({ takenAt, reason, summary, draft })),
        };
      }),
    );
  });
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
      const local = await db.drafts.get(entry.draft.id);
      const action: RestoreAction = !local ? 'add' : sameContent(withoutDeletion(local), entry.draft) ? 'same' : 'copy';
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
