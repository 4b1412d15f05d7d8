/**
 * One editing tab per draft (issue 4: never a silent last-write-wins). The tab holding the Web Lock named
 * after the draft edits; another tab on the same draft waits in line read-only and takes over when the
 * holder closes (the browser releases a closed page's locks).
 */
import { newId } from '../draft/ids';

export type LockState = 'pending' | 'held' | 'elsewhere';

export function draftLockName(draftId: string): string {
  return `nianbao-draft:${draftId}`;
}

/**
 * Asks for the draft's lock and reports each state change. Returns the release function. Web Locks exist only
 * in secure contexts (https, localhost); an intranet host on plain http falls back to asking the other tabs
 * over a BroadcastChannel, and where neither exists every tab edits, as before.
 */
export function holdDraftLock(draftId: string, onChange: (state: LockState) => void): () => void {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    if (typeof globalThis.BroadcastChannel === 'function') return holdByChannel(draftId, onChange);
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

/** How long a tab waits for a holder to answer before it takes the draft. */
export const CHANNEL_ANSWER_MS = 200;

interface LockMessage {
  readonly type: 'ask' | 'taken' | 'released';
  readonly draftId: string;
  readonly from: string;
}

/**
 * The fallback: a tab asks whether anyone holds the draft; the holder answers 'taken'. Silence means free.
 * When the holder leaves (unmount or pagehide) it says 'released' and the waiting tabs ask again. Should two
 * tabs ever both claim it, the one with the smaller id keeps it.
 */
function holdByChannel(draftId: string, onChange: (state: LockState) => void): () => void {
  const channel = new BroadcastChannel('nianbao-draft-locks');
  const me = newId();
  let state: LockState = 'pending';
  let disposed = false;
  let answerTimer: ReturnType<typeof setTimeout> | undefined;
  const post = (type: LockMessage['type']) => channel.postMessage({ type, draftId, from: me } satisfies LockMessage);
  const set = (next: LockState) => {
    if (disposed || state === next) return;
    state = next;
    onChange(next);
  };
  const ask = () => {
    clearTimeout(answerTimer);
    post('ask');
    answerTimer = setTimeout(() => {
      if (state === 'held' || disposed) return;
      set('held');
      post('taken');
    }, CHANNEL_ANSWER_MS);
  };
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    const message = event.data;
    if (message?.draftId !== draftId || message.from === me || disposed) return;
    if (message.type === 'ask' && state === 'held') post('taken');
    else if (message.type === 'taken') {
      if (state === 'held' && me < message.from) {
        post('taken');
        return;
      }
      clearTimeout(answerTimer);
      set('elsewhere');
    } else if (message.type === 'released' && state === 'elsewhere') ask();
  };
  const release = () => {
    if (disposed) return;
    if (state === 'held') post('released');
    disposed = true;
    clearTimeout(answerTimer);
    globalThis.removeEventListener?.('pagehide', release);
    channel.close();
  };
  globalThis.addEventListener?.('pagehide', release);
  ask();
  return release;
}

/**
 * Whether another tab has the draft open for editing (Web Locks only; the fallback cannot tell). Changing a
 * draft from the list then would be overwritten by that tab's next save, so the list asks first.
 */
export async function isDraftOpenElsewhere(draftId: string): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return false;
  const snapshot = await locks.query();
  return (snapshot.held ?? []).some((lock) => lock.name === draftLockName(draftId));
}
