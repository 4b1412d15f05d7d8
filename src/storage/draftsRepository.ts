/**
 * Drafts in IndexedDB. Every draft read from storage goes through the same door as a file
 * (src/draft/read.ts), so a damaged record is reported instead of crashing the app.
 */
import { newDraft, readDraftValue } from '../draft';
import type { Draft, ReadProblem } from '../draft';
import type { Report } from '../engine';
import { database } from './db';
import type { NianbaoDatabase, StoredDraft } from './db';

export type LoadedDraft =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly problem: ReadProblem | { readonly code: 'notFound' } };

function newId(): string {
  return globalThis.crypto.randomUUID();
}

export class DraftsRepository {
  constructor(private readonly db: NianbaoDatabase = database()) {}

  /** Drafts not in 回收站, most recently changed first. */
  async list(): Promise<StoredDraft[]> {
    const all = await this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return all.filter((draft) => !draft.deletedAt);
  }

  async load(id: string): Promise<LoadedDraft> {
    const stored = await this.db.drafts.get(id);
    if (!stored || stored.deletedAt) return { ok: false, problem: { code: 'notFound' } };
    const { deletedAt: _deletedAt, ...draft } = stored;
    const read = await readDraftValue(draft);
    return read.ok ? { ok: true, draft: read.draft } : { ok: false, problem: read.problem };
  }

  /** Creates a draft from a report and returns it. */
  async create(report: Report, now = new Date().toISOString()): Promise<Draft> {
    const draft = newDraft(report, newId(), now);
    await this.db.drafts.add(draft);
    return draft;
  }

  /** Writes a draft as it is (the caller sets updatedAt). Throws on a failed write (e.g. QuotaExceededError). */
  async save(draft: Draft): Promise<void> {
    await this.db.drafts.put(draft);
  }
}
