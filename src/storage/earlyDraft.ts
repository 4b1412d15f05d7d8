/**
 * The draft an address opens, read before React first renders (issue 16). Opened from `#/draft/<id>/s3`, the app
 * used to render 正在打开草稿…, paint it, and only then (in an effect) load Dexie, open the database and read the
 * draft: the grid came a frame, a paint and a database round trip later. The shell now starts this read while the
 * wizard's code downloads, and the session's first render takes the result (useDraftSession), so the first frame
 * is the grid. Plain IndexedDB, not Dexie: Dexie's code and its opening of the database wait until after that
 * frame. The record goes through the same door as DraftsRepository.load (loadedFromRecord), and a leave journal is
 * weighed as it weighs it (takenFromJournal); a journal taken is saved by the session right after the first frame.
 * Whenever this read cannot decide alone (no database yet, any error), it gives nothing and the session reads the
 * draft itself, as before.
 */
import { clearLeaveJournal, readLeaveJournal } from './leaveJournal';
import { loadedFromRecord, takenFromJournal } from './loadedDraft';
import type { LoadedDraft } from './loadedDraft';
import { readEarlyRecord } from './earlyRecord';

/** What the session's first render takes. */
export interface EarlyDraft {
  readonly load: LoadedDraft;
  /** The draft is the leave journal's, newer than the stored one: not saved yet (the session saves it). */
  readonly fromJournal: boolean;
}

interface EarlyRead {
  readonly draftId: string;
  result?: EarlyDraft;
  settledAt?: number;
}

/** A result older than this is not taken: the session reads the draft again, as without a prefetch. */
export const EARLY_DRAFT_FRESH_MS = 5000;

let early: EarlyRead | undefined;

/**
 * Reads the draft through the door; settles (never rejects) once it is read or has failed to be. `record` is the
 * stored record's read if the shell started it already (earlyRecord.ts), else it is read here.
 */
export function prefetchDraft(draftId: string, record: Promise<unknown> = readEarlyRecord(draftId)): Promise<void> {
  const entry: EarlyRead = { draftId };
  early = entry;
  return record
    .then(loadedFromRecord)
    .then((load) => withJournal(draftId, load))
    .then(
      (result) => {
        entry.result = result;
        entry.settledAt = Date.now();
      },
      () => undefined,
    );
}

/** A change a closing page could only put in the leave journal (leaveJournal.ts), as DraftsRepository.load takes it. */
async function withJournal(draftId: string, load: LoadedDraft): Promise<EarlyDraft> {
  const journal = load.ok ? readLeaveJournal(draftId) : undefined;
  if (!load.ok || journal === undefined) return { load, fromJournal: false };
  const taken = await takenFromJournal(load.draft, journal);
  if (!taken) {
    clearLeaveJournal(draftId);
    return { load, fromJournal: false };
  }
  return { load: { ok: true, draft: taken }, fromJournal: true };
}

/** The prefetched read of this draft, if it has arrived, is fresh and was not given to a session yet. */
export function prefetchedDraft(draftId: string, now = Date.now()): EarlyDraft | undefined {
  const entry = early;
  if (!entry || entry.draftId !== draftId || entry.result === undefined || entry.settledAt === undefined) return undefined;
  return now - entry.settledAt <= EARLY_DRAFT_FRESH_MS ? entry.result : undefined;
}

/**
 * Called once a session has mounted: a prefetch serves only the first session after it, so a draft opened again
 * later (after edits made elsewhere) is always read afresh.
 */
export function forgetPrefetchedDraft(): void {
  early = undefined;
}
