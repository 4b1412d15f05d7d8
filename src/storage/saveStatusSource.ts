/**
 * Whether the draft is saved, as a small external store (issue 16): a save follows every pause in typing, and
 * only the status line subscribes to it, so a save never re-renders the wizard around the grid.
 */
export type SaveStatus =
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly error: string; readonly errorName?: string };

export interface SaveStatusSource {
  readonly get: () => SaveStatus | undefined;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createSaveStatusSource(): SaveStatusSource & { readonly set: (status: SaveStatus) => void } {
  let status: SaveStatus | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      status = next;
      for (const listener of listeners) listener();
    },
  };
}
