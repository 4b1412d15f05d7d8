/**
 * The last change of a page being closed or reloaded, kept where a page can still write while it goes away.
 * IndexedDB cannot promise that: its writes finish in callbacks, and a page being unloaded runs no more of them
 * (a save under way when the officer presses F5 straight after leaving a cell was lost). localStorage writes at
 * once. The next load of the draft reads the journal back through the draft door and saves it to IndexedDB.
 */
const keyOf = (draftId: string) => `nianbao.unsaved.${draftId}`;

/** Keeps the draft's latest state; best effort (storage may be full or refused). */
export function writeLeaveJournal(draftId: string, draft: unknown): void {
  try {
    globalThis.localStorage.setItem(keyOf(draftId), JSON.stringify(draft));
  } catch {
    // Nothing more can be done while the page goes away; the save under way may still land.
  }
}

/** The draft kept when the page last went away with a change unsaved, as parsed JSON (to be read through the door). */
export function readLeaveJournal(draftId: string): unknown {
  try {
    const text = globalThis.localStorage.getItem(keyOf(draftId));
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function clearLeaveJournal(draftId: string): void {
  try {
    globalThis.localStorage.removeItem(keyOf(draftId));
  } catch {
    // A journal left behind is read back only when newer than the saved draft.
  }
}
