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

function startEarlyRead(hash: string): EarlyRead | undefined {
  try {
    const route = parseRoute(hash);
    if (route.page !== 'wizard') return undefined;
    const record = readEarlyRecord(route.draftId);
    record.catch(() => undefined); // a failed read is the session's to repeat and report
    return { draftId: route.draftId, record };
  } catch {
    // A malformed address (%E0) or no IndexedDB at all: the app reads, or says so, as it would without this.
    return undefined;
  }
}

export const earlyRead: EarlyRead | undefined = startEarlyRead(window.location.hash);
