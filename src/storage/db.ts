/**
 * The IndexedDB database (Dexie). Schema versions are numbered and only grow; an upgrade never drops a
 * field (issue 4). Version 1: drafts by id, revisions by draft. Version 2: revisions listed per draft in time
 * order ([draftId+takenAt]). Version 3: `checks`, the drafts list's remembered error counts. Only indexes and
 * new tables come with a version; records are kept as they are.
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { Draft } from '../draft';
import { DATABASE_NAME } from './names';

/** A draft as stored: the saved shape plus the list's bookkeeping. `deletedAt` puts it in 回收站. */
export type StoredDraft = Draft & { readonly deletedAt?: string };

export interface StoredRevision {
  readonly id?: number;
  readonly draftId: string;
  readonly takenAt: string;
  /** Why it was taken: 'auto' (every 10 minutes of editing), 'print', 'export', 'import', 'restore'. */
  readonly reason: string;
  readonly summary: string;
  readonly draft: Draft;
}

/** The rules engine's error count of one draft's content (fingerprint), remembered for the drafts list. */
export interface StoredCheck {
  readonly draftId: string;
  readonly fingerprint: string;
  readonly errors: number;
}

export class NianbaoDatabase extends Dexie {
  drafts!: EntityTable<StoredDraft, 'id'>;
  revisions!: EntityTable<StoredRevision, 'id'>;
  checks!: EntityTable<StoredCheck, 'draftId'>;

  constructor(name = DATABASE_NAME) {
    // No query cache: Dexie's cache hands out copies made by assignment, which turns a stored own `__proto__` key
    // into the copy's prototype — the draft door would no longer see the record as stored (issue 12).
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      drafts: 'id, updatedAt, deletedAt',
      revisions: '++id, draftId, takenAt',
    });
    this.version(2).stores({
      drafts: 'id, updatedAt, deletedAt',
      revisions: '++id, draftId, takenAt, [draftId+takenAt]',
    });
    this.version(3).stores({
      drafts: 'id, updatedAt, deletedAt',
      revisions: '++id, draftId, takenAt, [draftId+takenAt]',
      checks: 'draftId',
    });
  }
}

let shared: NianbaoDatabase | undefined;

/** The app's database, opened on first use. */
export function database(): NianbaoDatabase {
  shared ??= new NianbaoDatabase();
  return shared;
}
