/**
 * Drafts in IndexedDB. Every draft read from storage goes through the same door as a file
 * (src/draft/read.ts), so a damaged record is reported instead of crashing the app.
 * Deleting puts a draft in 回收站 (`deletedAt`); it can be restored for 30 days, then it is purged.
 */
import { newDraft, newId, readDraftValue, rememberedLastYear } from '../draft';
import { clearLeaveJournal, readLeaveJournal } from './leaveJournal';
import type { Draft, ReadProblem } from '../draft';
import type { Report } from '../engine';
import { database } from './db';
import type { NianbaoDatabase, StoredCheck, StoredDraft } from './db';
import { requestPersistence } from './storageSafety';
import { storageStrings } from './strings.zh-CN';

export type LoadedDraft =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly problem: ReadProblem | { readonly code: 'notFound' } };

/** How long a deleted draft stays in 回收站. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

function withoutDeletion(stored: StoredDraft): Draft {
  const { deletedAt: _deletedAt, ...draft } = stored;
  return draft;
}

export interface FromLastYearOptions {
  /** Also copy the texts (正文) of last year's draft, as a starting point. */
  readonly copyTexts: boolean;
}

export class DraftsRepository {
  constructor(readonly db: NianbaoDatabase = database()) {}

  /** Drafts not in 回收站, most recently changed first. */
  async list(): Promise<StoredDraft[]> {
    const all = await this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return all.filter((draft) => !draft.deletedAt);
  }

  /** Drafts in 回收站, most recently deleted first. */
  async listDeleted(): Promise<StoredDraft[]> {
    const deleted = await this.db.drafts.where('deletedAt').above('').toArray();
    return deleted.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  }

  async load(id: string): Promise<LoadedDraft> {
    const stored = await this.db.drafts.get(id);
    if (!stored || stored.deletedAt) return { ok: false, problem: { code: 'notFound' } };
    const read = await readDraftValue(withoutDeletion(stored));
    if (!read.ok) return { ok: false, problem: read.problem };
    return { ok: true, draft: await this.recoverLeaveJournal(read.draft) };
  }

  /**
   * A change the page could not save before it went away (leaveJournal.ts): taken when it is newer than the saved
   * draft and reads back through the door, saved, and the journal cleared.
   */
  private async recoverLeaveJournal(saved: Draft): Promise<Draft> {
    const journal = readLeaveJournal(saved.id);
    if (journal === undefined) return saved;
    const read = await readDraftValue(journal);
    // Not older than the saved draft: a change within the same millisecond as the last save counts too.
    if (!read.ok || read.draft.id !== saved.id || read.draft.updatedAt < saved.updatedAt) {
      clearLeaveJournal(saved.id);
      return saved;
    }
    try {
      await this.save(read.draft);
      clearLeaveJournal(saved.id);
    } catch {
      // Not saved yet (storage full): the journal stays, and the session saves with the next change.
    }
    return read.draft;
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
  async moveToTrash(id: string, now = new Date().toISOString()): Promise<void> {
    await this.db.drafts.update(id, { deletedAt: now });
  }

  /** Takes a draft out of 回收站. */
  async restoreFromTrash(id: string): Promise<void> {
    await this.db.drafts.where('id').equals(id).modify((draft) => {
      delete (draft as { deletedAt?: string }).deletedAt;
    });
  }

  /** Deletes a draft and its revisions for good. */
  async deleteForever(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, this.db.revisions, this.db.checks, async () => {
      await this.db.revisions.where('draftId').equals(id).delete();
      await this.db.checks.delete(id);
      await this.db.drafts.delete(id);
    });
  }

  /** Purges drafts deleted more than 30 days ago. Returns how many went. */
  async purgeTrash(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - TRASH_KEEP_MS).toISOString();
    const expired = await this.db.drafts.where('deletedAt').between('', cutoff, false, false).primaryKeys();
    for (const id of expired) await this.deleteForever(id);
    return expired.length;
  }

  /** Records that a draft was exported now (the 存储 panel and the 7-day reminder read it). */
  async markExported(id: string, at = new Date().toISOString()): Promise<void> {
    await this.db.drafts.update(id, { lastExportedAt: at });
  }

  /** The remembered error counts of the drafts list, by draft id. */
  async checks(): Promise<Map<string, StoredCheck>> {
    const all = await this.db.checks.toArray();
    return new Map(all.map((check) => [check.draftId, check]));
  }

  async rememberChecks(checks: readonly StoredCheck[]): Promise<void> {
    await this.db.checks.bulkPut([...checks]);
  }

  /** Writes a draft as it is (the caller sets updatedAt). Throws on a failed write (e.g. QuotaExceededError). */
  async save(draft: Draft): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, async () => {
      // An export records lastExportedAt on the stored draft while the wizard keeps editing its own
      // in-memory copy: keep the later of the two so an autosave never erases the export time.
      const stored = await this.db.drafts.get(draft.id);
      const exported = [stored?.lastExportedAt, draft.lastExportedAt].filter((at): at is string => !!at).sort().at(-1);
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
