/**
 * One editing tab per draft (issue 4: never a silent last-write-wins). The tab holding the Web Lock named
 * after the draft edits; another tab on the same draft waits in line read-only and takes over when the
 * holder closes (the browser releases a closed page's locks).
 */
export type LockState = 'pending' | 'held' | 'elsewhere';

export function draftLockName(draftId: string): string {
  return `nianbao-draft:${draftId}`;
}

/**
 * Asks for the draft's lock and reports each state change. Returns the release function. Where the browser has
 * no Web Locks (old browsers, unit tests) every tab edits, as before.
 */
export function holdDraftLock(draftId: string, onChange: (state: LockState) => void): () => void {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    onChange('held');
    return () => undefined;
  }
  let disposed = false;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const waiting = new AbortController();
  const name = draftLockName(draftId);
  const report = (state: LockState) => {
    if (!disposed) onChange(state);
  };
  void locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock) {
        report('held');
        return released;
      }
      report('elsewhere');
      // Wait in line; the callback runs once the other tab has closed or left the draft.
      locks
        .request(name, { signal: waiting.signal }, () => {
          report('held');
          return released;
        })
        .catch(() => undefined);
      return undefined;
    })
    .catch(() => undefined);
  return () => {
    disposed = true;
    release();
    waiting.abort();
  };
}
