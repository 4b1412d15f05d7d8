/**
 * The draft an address opens, read before React first renders (issue 16). Opened from `#/draft/<id>/s3`, the app
 * used to render 正在打开草稿…, paint it, and only then (in an effect) open IndexedDB and read the draft: the grid
 * came a frame, a paint and a database round trip later. The shell now starts this read while the wizard's code
 * downloads, and the session's first render takes the result (useDraftSession), so the first frame is the grid.
 * The read is the repository's own `load` (the draft door, the leave journal), nothing looser.
 */
import { DraftsRepository } from './draftsRepository';
import type { LoadedDraft } from './draftsRepository';

interface EarlyRead {
  readonly draftId: string;
  result?: LoadedDraft;
  settledAt?: number;
}

/** A result older than this is not taken: the session reads the draft again, as without a prefetch. */
export const EARLY_DRAFT_FRESH_MS = 5000;

let early: EarlyRead | undefined;

/** Starts reading the draft; settles (never rejects) once it is read or has failed to be. */
export function prefetchDraft(draftId: string, repository: DraftsRepository = new DraftsRepository()): Promise<void> {
  const entry: EarlyRead = { draftId };
  early = entry;
  return repository.load(draftId).then(
    (result) => {
      entry.result = result;
      entry.settledAt = Date.now();
    },
    // A failed read is left to the session, which reads again and shows what went wrong.
    () => undefined,
  );
}

/** The prefetched read of this draft, if it has arrived, is fresh and was not given to a session yet. */
export function prefetchedDraft(draftId: string, now = Date.now()): LoadedDraft | undefined {
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
