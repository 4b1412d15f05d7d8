/**
 * What opening a draft gives (issue 12): the draft as read through the door, or why it cannot be opened. Without
 * Dexie, so that the first read of a draft before the first frame (earlyDraft.ts, issue 16) decides exactly as
 * DraftsRepository.load does.
 */
import { readStoredDraft } from '../draft/stored';
import type { Draft } from '../draft/schema';
import type { ReadProblem } from '../draft/read';

export type LoadedDraft =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly problem: ReadProblem | { readonly code: 'notFound' } };

/** A stored record (or undefined for none) through the draft door; a draft in 回收站 is not found. */
export async function loadedFromRecord(stored: unknown): Promise<LoadedDraft> {
  if (stored === undefined) return { ok: false, problem: { code: 'notFound' } };
  const read = await readStoredDraft(stored);
  if (!read.ok) return { ok: false, problem: read.unreadable.problem };
  if (read.deletedAt) return { ok: false, problem: { code: 'notFound' } };
  return { ok: true, draft: read.draft };
}

/**
 * The leave journal's draft (a change a closing page could not save, leaveJournal.ts) if it is to be taken over the
 * saved one: read through the same door, the same draft, and not older (a change within the same millisecond as the
 * last save counts too). Otherwise undefined, and the journal is to be dropped.
 */
export async function takenFromJournal(saved: Draft, journal: unknown): Promise<Draft | undefined> {
  const read = await readStoredDraft(journal);
  return read.ok && read.draft.id === saved.id && read.draft.updatedAt >= saved.updatedAt ? read.draft : undefined;
}
