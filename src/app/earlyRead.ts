/**
 * The stored record of the draft the address opens, asked of IndexedDB before React's code runs (issue 16, ready).
 * main.tsx imports this module first, so it is evaluated before React and the app: opening the database (~40 ms in
 * a fresh browser profile) overlaps the ~50 ms React takes to start, instead of following it. Only the record is
 * read here (storage/earlyRecord.ts, plain IndexedDB); App.tsx's preloadPageOf takes it for the same draft.
 */
import { readEarlyRecord } from '../storage/earlyRecord';
import { parseRoute } from './routes';

export interface EarlyRead {
  readonly draftId: string;
  readonly record: Promise<unknown>;
}

function read(draftId: string): Promise<unknown> {
  const record = readEarlyRecord(draftId);
  record.catch(() => undefined); // a failed read is the session's to repeat and report
  return record;
}

function startEarlyRead(hash: string): EarlyRead | undefined {
  try {
    const route = parseRoute(hash);
    return route.page === 'wizard' ? { draftId: route.draftId, record: read(route.draftId) } : undefined;
  } catch {
    // A malformed address (%E0) or no IndexedDB at all: the app reads, or says so, as it would without this.
    return undefined;
  }
}

const earlyRead: EarlyRead | undefined = startEarlyRead(window.location.hash);

/** The stored record of a draft: the read started as the app loaded if it was for this draft, else a new one. */
export function recordOf(draftId: string): Promise<unknown> {
  return earlyRead?.draftId === draftId ? earlyRead.record : read(draftId);
}
