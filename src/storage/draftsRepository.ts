/**
 * Drafts in IndexedDB. Every draft read from storage goes through the same door as a file (src/draft/stored.ts,
 * via storedReads.ts), so a damaged record becomes an "unreadable" entry instead of crashing the app (issue 12).
 * Deleting puts a draft in 回收站 (`deletedAt`); it can be restored for 30 days, then it is purged.
 */
import type { IndexableType } from 'dexie';
import { newDraft, newId, rememberedLastYear } from '../draft';
import { clearLeaveJournal, readLeaveJournal } from './leaveJournal';
import type { Draft } from '../draft';
import type { Report } from '../engine';
import { database } from './db';
import type { NianbaoDatabase, StoredCheck, StoredDraft } from './db';
import { requestPersistence } from './storageSafety';
import { draftIdsWithRevisions, readDraftRecords, readRevisionRecords } from './storedReads';
import type { UnreadableDraft } from './storedReads';
import { storageStrings } from './strings.zh-CN';
import { loadedFromRecord, takenFromJournal } from './loadedDraft';
import type { LoadedDraft } from './loadedDraft';

export type { LoadedDraft } from './loadedDraft';

/** How long a deleted draft stays in 回收站. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

function withoutDeletion(stored: StoredDraft): Draft {
  const { deletedAt: _deletedAt, ...draft } = stored;
  return draft;
}

/** An unreadable draft as the list shows it: with how many of its revisions read back (从版本记录恢复). */
export interface UnreadableListed extends UnreadableDraft {
  readonly readableRevisions: number;
}

/** Revisions whose draft record is gone (a crashed delete, a partial restore): the draft can come back from them. */
export interface OrphanedRevisions {
  readonly draftId: string;
  readonly revisions: number;
  readonly readableRevisions: number;
  /** The title of the newest readable revision. */
  readonly title?: string;
}

/** Everything the drafts page lists, read once through the door. */
export interface DraftListing {
  /** Readable drafts not in 回收站, most recently changed first. */
  readonly drafts: readonly StoredDraft[];
  /** Readable drafts in 回收站, most recently deleted first. */
  readonly deleted: readonly StoredDraft[];
  readonly unreadable: readonly UnreadableListed[];
  readonly unreadableDeleted: readonly UnreadableListed[];
  readonly orphans: readonly OrphanedRevisions[];
}

const newestFirst = (a: string | undefined, b: string | undefined) => (b ?? '').localeCompare(a ?? '');

export interface FromLastYearOptions {
  /** Also copy the texts (正文) of last year's draft, as a starting point. */
  readonly copyTexts: boolean;
}

function isStoredCheck(value: unknown): value is StoredCheck {
  const check = value as Partial<StoredCheck> | null;
  return (
    typeof check === 'object' &&
    check !== null &&
    typeof check.draftId === 'string' &&
    typeof check.fingerprint === 'string' &&
    Number.isInteger(check.errors) &&
    (check.errors ?? -1) >= 0
  );
}

export class DraftsRepository {
  constructor(readonly db: NianbaoDatabase = database()) {}

  /** Every stored draft and orphaned revision, read through the door; one damaged record never hides the others. */
  async listing(): Promise<DraftListing> {
    const records: unknown[] = await this.db.drafts.toArray();
    const withRevisions = await draftIdsWithRevisions(this.db);
    const { drafts, unreadable } = await readDraftRecords(records);
    const present = new Set<unknown>(records.map((record) => (record as { id?: unknown }).id));
    const revisionsOf = async (key: unknown) =>
      typeof key === 'string' && withRevisions.includes(key) ? readRevisionRecords(this.db, key) : [];
    const listed: UnreadableListed[] = await Promise.all(
      unreadable.map(async (entry) => ({
        ...entry,
        readableRevisions: (await revisionsOf(entry.key)).filter((revision) => revision.readable).length,
      })),
    );
    const orphans: OrphanedRevisions[] = await Promise.all(
      withRevisions
        .filter((draftId) => !present.has(draftId))
        .map(async (draftId) => {
          const revisions = await readRevisionRecords(this.db, draftId);
          const newest = revisions.find((revision) => revision.readable);
          return {
            draftId,
            revisions: revisions.length,
            readableRevisions: revisions.filter((revision) => revision.readable).length,
            ...(newest?.readable ? { title: newest.draft.title } : {}),
          };
        }),
    );
    return {
      drafts: drafts.filter((draft) => !draft.deletedAt).sort((a, b) => newestFirst(a.updatedAt, b.updatedAt)),
      deleted: drafts.filter((draft) => draft.deletedAt).sort((a, b) => newestFirst(a.deletedAt, b.deletedAt)),
      unreadable: listed.filter((entry) => !entry.deletedAt).sort((a, b) => newestFirst(a.updatedAt, b.updatedAt)),
      unreadableDeleted: listed.filter((entry) => entry.deletedAt).sort((a, b) => newestFirst(a.deletedAt, b.deletedAt)),
      orphans,
    };
  }

  /** Readable drafts not in 回收站, most recently changed first (without their 回收站 bookkeeping). */
  async list(): Promise<Draft[]> {
    return (await this.listing()).drafts.map(withoutDeletion);
  }

  /** Readable drafts in 回收站, most recently deleted first. */
  async listDeleted(): Promise<StoredDraft[]> {
    return [...(await this.listing()).deleted];
  }

  async load(id: string): Promise<LoadedDraft> {
    const loaded = await loadedFromRecord(await this.db.drafts.get(id));
    return loaded.ok ? { ok: true, draft: await this.recoverLeaveJournal(loaded.draft) } : loaded;
  }

  /**
   * A change the page could not save before it went away (leaveJournal.ts): taken when it is newer than the saved
   * draft and reads back through the door, saved, and the journal cleared.
   */
  private async recoverLeaveJournal(saved: Draft): Promise<Draft> {
    const journal = readLeaveJournal(saved.id);
    if (journal === undefined) return saved;
    // The same door as a stored record (prototype keys, size, version, schema): the journal is stored data too.
    const taken = await takenFromJournal(saved, journal);
    if (!taken) {
      clearLeaveJournal(saved.id);
      return saved;
    }
    try {
      await this.save(taken);
      clearLeaveJournal(saved.id);
    } catch {
      // Not saved yet (storage full): the journal stays, and the session saves with the next change.
    }
    return taken;
  }

  /** Creates a draft from a report and returns it. The first draft asks the browser to keep storage. */
  async create(report: Report, now = new Date().toISOString()): Promise<Draft> {
    return this.add(newDraft(report, newId(), now));
  }

  /**
   * A new draft for the year after `sourceId`'s: same 机关, next year, texts on request, and last year's
   * report remembered (`lastYear`) for the year-over-year checks.
   */
  async createFromLastYear(sourceId: string, options: FromLastYearOptions, now = new Date().toISOString()): Promise<Draft> {
    const loaded = await this.load(sourceId);
    if (!loaded.ok) throw new Error(`draft ${sourceId} cannot be read`);
    const last = loaded.draft;
    const year = last.meta.year === null ? null : last.meta.year + 1;
    const report: Report = {
      format: last.format,
      meta: { agency: last.meta.agency, year, ...(last.meta.closing ? { closing: { enabled: last.meta.closing.enabled } } : {}) },
      values: {},
      texts: options.copyTexts ? { ...(last.texts as Report['texts']) } : {},
      notes: {},
    };
    const draft: Draft = {
      ...newDraft(report, newId(), now),
      lastYear: rememberedLastYear(last),
    };
    return this.add(draft);
  }

  /** A copy of a draft under a new id, titled as a copy; it has not been exported yet. */
  async copy(id: string, now = new Date().toISOString()): Promise<Draft> {
    const loaded = await this.load(id);
    if (!loaded.ok) throw new Error(`draft ${id} cannot be read`);
    const { lastExportedAt: _lastExportedAt, ...source } = structuredClone(loaded.draft);
    return this.add({ ...source, id: newId(), title: storageStrings.copyTitle(source.title), createdAt: now, updatedAt: now });
  }

  async rename(id: string, title: string, now = new Date().toISOString()): Promise<void> {
    await this.db.drafts.update(id, { title: title.trim(), updatedAt: now });
  }

  /** Moves a draft to 回收站. */
  async moveToTrash(id: IndexableType, now = new Date().toISOString()): Promise<void> {
    // The untyped table: an unreadable record may be keyed by something other than a string id.
    await this.db.table('drafts').update(id, { deletedAt: now });
  }

  /** Takes a draft out of 回收站. */
  async restoreFromTrash(id: IndexableType): Promise<void> {
    await this.db.table('drafts').where('id').equals(id).modify((draft: { deletedAt?: unknown }) => {
      delete (draft as { deletedAt?: string }).deletedAt;
    });
  }

  /** Deletes a draft and its revisions for good. */
  async deleteForever(id: IndexableType): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, this.db.revisions, this.db.checks, async () => {
      await this.db.revisions.where('draftId').equals(id).delete();
      if (typeof id === 'string') await this.db.checks.delete(id);
      await this.db.table('drafts').delete(id);
    });
  }

  /** Purges drafts deleted more than 30 days ago. Returns how many went. */
  async purgeTrash(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - TRASH_KEEP_MS).toISOString();
    const expired = await this.db.drafts.where('deletedAt').between('', cutoff, false, false).primaryKeys();
    for (const id of expired) await this.deleteForever(id);
    return expired.length;
  }

  /** A draft's revision records exactly as stored, oldest first (导出原始数据 of a draft known only by them). */
  async rawRevisions(draftId: string): Promise<unknown[]> {
    return this.db.revisions.where('draftId').equals(draftId).toArray();
  }

  /** Records that a draft was exported now (the 存储 panel and the 7-day reminder read it). */
  async markExported(id: string, at = new Date().toISOString()): Promise<void> {
    await this.db.drafts.update(id, { lastExportedAt: at });
  }

  /** The remembered error counts of the drafts list, by draft id; a record of another shape is ignored (counted again). */
  async checks(): Promise<Map<string, StoredCheck>> {
    const all: unknown[] = await this.db.checks.toArray();
    return new Map(all.filter(isStoredCheck).map((check) => [check.draftId, check]));
  }

  async rememberChecks(checks: readonly StoredCheck[]): Promise<void> {
    await this.db.checks.bulkPut([...checks]);
  }

  /** Writes a draft as it is (the caller sets updatedAt). Throws on a failed write (e.g. QuotaExceededError). */
  async save(draft: Draft): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, async () => {
      // An export records lastExportedAt on the stored draft while the wizard keeps editing its own
      // in-memory copy: keep the later of the two so an autosave never erases the export time.
      const stored: unknown = await this.db.drafts.get(draft.id);
      const storedExport = (stored as { lastExportedAt?: unknown } | undefined)?.lastExportedAt;
      const exported = [storedExport, draft.lastExportedAt].filter((at): at is string => typeof at === 'string' && at !== '').sort().at(-1);
      await this.db.drafts.put(exported ? { ...draft, lastExportedAt: exported } : draft);
    });
  }

  private async add(draft: Draft): Promise<Draft> {
    const first = (await this.db.drafts.count()) === 0;
    await this.db.drafts.add(draft);
    if (first) void requestPersistence();
    return draft;
  }
}
