/**
 * The junction between the wizard and storage: one draft loaded, edited in memory, and saved after
 * every change (debounced ≤ 300 ms, flushed on blur, when the page is hidden or left). What the wizard reads
 * and calls is this hook's result only, so storage can grow (revisions, locks) without touching it.
 *
 * Only the tab holding the draft's Web Lock writes; another tab on the same draft is read-only, follows the
 * stored draft live, and takes over when the first tab closes. Before a save, an automatic revision of the
 * last saved state is taken when the last one is 10 minutes old.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../draft';
import { afterNextPaint } from './afterNextPaint';
import { createSaveStatusSource } from './saveStatusSource';
import type { SaveStatusSource } from './saveStatusSource';
import type { DraftsRepository } from './draftsRepository';
import { forgetPrefetchedDraft, prefetchedDraft } from './earlyDraft';
import type { LoadedDraft } from './loadedDraft';
import { clearLeaveJournal, writeLeaveJournal } from './leaveJournal';
import { publishSession } from './sessionSignals';
import { holdDraftLock } from './tabLock';
import type { LockState } from './tabLock';

export type { SaveStatus, SaveStatusSource } from './saveStatusSource';

/**
 * When a change is rendered: `now` (a text field, whose controlled value must follow at once), or `after-paint`
 * (a grid cell that already shows its figure and totals itself: the wizard's findings and step list follow once
 * the keystroke's frame is painted, issue 16). Either way the change is in memory, saved and journalled at once.
 */
export type RenderWhen = 'now' | 'after-paint';

export interface DraftSession {
  readonly loading: boolean;
  readonly load?: LoadedDraft;
  readonly draft?: Draft;
  /** Saved, saving or failed; read by the status line alone (a save re-renders nothing else, issue 16). */
  readonly saveStatus: SaveStatusSource;
  /** Applies a change to the in-memory draft and schedules a save. Ignored while read-only. */
  readonly update: (change: (draft: Draft) => Draft, when?: RenderWhen) => void;
  /** Saves now (on blur, before navigation). */
  readonly flush: () => Promise<void>;
  /** This tab may not change the draft (another window edits it, or the lock is not granted yet). */
  readonly readOnly: boolean;
  /** Another window is editing this draft. */
  readonly lockedElsewhere: boolean;
}

export const SAVE_DELAY_MS = 250;

// Dexie and the repository load on first use, after the first frame (sessionStore.ts, issue 16).
const loadSessionStore = () => import('./sessionStore');

/**
 * Runs `task` once the page has loaded, had a second to itself and is idle (the order useAfterFirstLoad gives the
 * service worker); returns the cancel. Older 360 cores lack requestIdleCallback: the second alone stands in.
 */
function afterPageSettles(task: () => void): () => void {
  let cancel = () => undefined as void;
  const whenIdle = () => {
    if (typeof window.requestIdleCallback !== 'function') {
      task();
      return;
    }
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    cancel = () => window.cancelIdleCallback(handle);
  };
  const settle = () => {
    const timer = window.setTimeout(whenIdle, 1000);
    cancel = () => window.clearTimeout(timer);
  };
  if (document.readyState === 'complete') settle();
  else {
    window.addEventListener('load', settle, { once: true });
    cancel = () => window.removeEventListener('load', settle);
  }
  return () => cancel();
}

function describeError(error: unknown): { error: string; errorName: string } {
  if (error instanceof Error || error instanceof DOMException) {
    // Dexie wraps IndexedDB errors; the DOMException's name (QuotaExceededError) is what tells the officer why.
    const inner = (error as { inner?: unknown }).inner;
    const name = inner instanceof Error || inner instanceof DOMException ? inner.name : error.name;
    const message = error.message.includes(error.name) ? error.message : `${error.name}: ${error.message}`;
    return { error: message, errorName: name.replace(/^Dexie\./, '') };
  }
  return { error: String(error), errorName: 'Error' };
}

export function useDraftSession(draftId: string, repository?: DraftsRepository): DraftSession {
  // Asked for in effects and saves only, never while rendering: the first frame does not wait for Dexie's code.
  const openRepository = useMemo(() => {
    let opened: Promise<DraftsRepository> | undefined;
    return () => {
      opened ??= repository
        ? Promise.resolve(repository)
        : loadSessionStore().then((store) => new store.DraftsRepository());
      return opened;
    };
  }, [repository]);
  // The draft the shell read before the first render (earlyDraft.ts, issue 16): the first render shows it, and
  // the mount does not read it again.
  const [early] = useState(() => (repository ? undefined : prefetchedDraft(draftId)));
  // Keyed by draft id, so that opening another draft shows nothing of the previous one while it loads.
  const [loaded, setLoaded] = useState<{ id: string; load: LoadedDraft } | undefined>(() =>
    early ? { id: draftId, load: early.load } : undefined,
  );
  const [draft, setDraft] = useState<Draft | undefined>(() => (early?.load.ok ? early.load.draft : undefined));
  /**
   * The draft with every change applied, ahead of the rendered `draft` by at most one deferred render: changes,
   * saves and the leave journal read it, so a change is never lost between a keystroke and its render (issue 16).
   */
  const latest = useRef<Draft | undefined>(early?.load.ok ? early.load.draft : undefined);
  const cancelRender = useRef<(() => void) | undefined>(undefined);
  const show = useCallback((next: Draft | undefined) => {
    cancelRender.current?.();
    cancelRender.current = undefined;
    latest.current = next;
    setDraft(next);
  }, []);
  /** Renders a deferred change now (leaving a cell: its findings must be those of what was typed). */
  const renderNow = useCallback(() => {
    if (cancelRender.current === undefined) return;
    show(latest.current);
  }, [show]);
  const load = loaded?.id === draftId ? loaded.load : undefined;
  const [saveStatus] = useState(createSaveStatusSource);
  const [lock, setLock] = useState<{ id: string; state: LockState } | undefined>();
  const lockState: LockState = lock?.id === draftId ? lock.state : 'pending';
  const readOnly = lockState !== 'held';
  const readOnlyRef = useRef(readOnly);
  /** Another tab edits this draft: changes here are not taken. */
  const elsewhereRef = useRef(false);
  useEffect(() => {
    readOnlyRef.current = readOnly;
    elsewhereRef.current = lockState === 'elsewhere';
  }, [readOnly, lockState]);
  const pending = useRef<Draft | undefined>(undefined);
  /** The latest change until a save of it has completed (a save under way does not count). */
  const unsaved = useRef<Draft | undefined>(undefined);
  // A draft taken from the leave journal is not saved yet: the stored one, unseen, is the last saved.
  const lastSaved = useRef<Draft | undefined>(early?.load.ok && !early.fromJournal ? early.load.draft : undefined);
  const readOnMount = useRef(early === undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [failedDraft, setFailedDraft] = useState<Draft | undefined>();
  const [lastFailure, setLastFailure] = useState<{ error: string; errorName: string } | undefined>();

  const reload = useCallback(
    (isCancelled: () => boolean) =>
      openRepository()
        .then((opened) => opened.load(draftId))
        .then((result) => {
          if (isCancelled()) return;
          setLoaded({ id: draftId, load: result });
          show(result.ok ? result.draft : undefined);
          lastSaved.current = result.ok ? result.draft : undefined;
        }),
    [draftId, openRepository, show],
  );

  useEffect(() => {
    forgetPrefetchedDraft();
    if (!readOnMount.current) {
      readOnMount.current = true;
      // Read already (earlyDraft.ts): Dexie's code loads once the page has settled, ready for the first save (a
      // save asked for sooner loads it then).
      return afterPageSettles(() => void openRepository().catch(() => undefined));
    }
    let cancelled = false;
    void reload(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [reload, openRepository]);

  useEffect(() => {
    let previous: LockState = 'pending';
    let cancelled = false;
    const release = holdDraftLock(draftId, (state) => {
      setLock({ id: draftId, state });
      // Taking over from another tab: what it saved last is the draft now.
      if (state === 'held' && previous === 'elsewhere') void reload(() => cancelled);
      previous = state;
    });
    return () => {
      cancelled = true;
      release();
    };
  }, [draftId, reload]);

  // While another tab edits, show what it saves.
  useEffect(() => {
    if (lockState !== 'elsewhere') return;
    let stopped = false;
    let unsubscribe = () => undefined as void;
    void Promise.all([loadSessionStore(), openRepository()]).then(([store, opened]) => {
      if (stopped) return;
      const subscription = store.liveQuery(() => opened.load(draftId)).subscribe({
        next: (result) => {
          if (result.ok) show(result.draft);
        },
      });
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [draftId, lockState, openRepository, show]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    // Until this tab holds the draft, what was typed waits in memory (and in the leave journal): it is saved as
    // soon as the lock is held (the effect below), never written over another tab's edits.
    if (readOnlyRef.current) return;
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = undefined;
    saveStatus.set({ state: 'saving' });
    try {
      const [store, opened] = await Promise.all([loadSessionStore(), openRepository()]);
      if (lastSaved.current) await store.snapshotIfDue(lastSaved.current, opened.db);
      await opened.save(toSave);
      lastSaved.current = toSave;
      if (unsaved.current === toSave) {
        unsaved.current = undefined;
        clearLeaveJournal(toSave.id);
      }
      setFailedDraft(undefined);
      setLastFailure(undefined);
      saveStatus.set({ state: 'saved', at: new Date() });
    } catch (error) {
      // Keep the in-memory draft: the next change or flush tries again.
      pending.current ??= toSave;
      const described = describeError(error);
      setFailedDraft(pending.current);
      setLastFailure(described);
      saveStatus.set({ state: 'failed', ...described });
    }
  }, [openRepository, saveStatus]);

  const update = useCallback(
    (change: (current: Draft) => Draft, when: RenderWhen = 'now') => {
      // Taken while the lock is still being asked for (a moment after opening: the grid is there at once): the
      // officer may type before the answer, and nothing typed is lost. Only another tab's lock refuses changes.
      if (elsewhereRef.current) return;
      const current = latest.current;
      if (!current) return;
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      latest.current = next;
      pending.current = next;
      unsaved.current = next;
      if (when === 'now') {
        show(next);
      } else if (cancelRender.current === undefined) {
        // One render for however many changes come before it; it renders whatever is latest by then, as a
        // transition, so that the next keystroke interrupts it instead of waiting for it.
        cancelRender.current = afterNextPaint(() => {
          cancelRender.current = undefined;
          startTransition(() => setDraft(latest.current));
        });
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, show],
  );

  // What was typed while the lock was being asked for is saved once it is held.
  useEffect(() => {
    if (lockState === 'held' && pending.current) void flush();
  }, [lockState, flush]);

  // The leave journal's change the first render showed (earlyDraft.ts) is saved now, and its journal cleared, as
  // DraftsRepository.load does when it reads the draft itself.
  useEffect(() => {
    if (!early?.fromJournal || !early.load.ok) return;
    pending.current = early.load.draft;
    unsaved.current = early.load.draft;
    // As after a change: the save follows shortly, off the first frame.
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [early, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => {
      renderNow();
      void flush();
    };
    // Closing or reloading right after typing (even while a save is under way): the last change goes to the
    // leave journal, which writes at once; the normal save is tried as well.
    const onPageHide = () => {
      if (unsaved.current && !elsewhereRef.current) writeLeaveJournal(draftId, unsaved.current);
      void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    document.addEventListener('focusout', onLeave);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('blur', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      document.removeEventListener('focusout', onLeave);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('blur', onLeave);
      cancelRender.current?.();
      cancelRender.current = undefined;
      void flush();
    };
  }, [flush, draftId, renderNow]);

  const lockedElsewhere = lockState === 'elsewhere';
  // The failure stays up while a retry is under way (a retry starts on every blur, including the click on
  // the banner's own 导出草稿): only a successful save takes it down.
  const failure = useMemo(
    () =>
      lastFailure && failedDraft
        ? { error: lastFailure.error, errorName: lastFailure.errorName, draft: failedDraft }
        : undefined,
    [lastFailure, failedDraft],
  );
  // While the browser refuses to save, closing or reloading the page would lose what was typed: the browser
  // asks first ("leave site?"), and the banner offers 导出草稿.
  useEffect(() => {
    if (!failure) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium cores (some 360 and UOS builds) ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [failure]);
  useEffect(() => {
    publishSession({ draftId, readOnly, lockedElsewhere, ...(failure ? { failure } : {}) });
  }, [draftId, readOnly, lockedElsewhere, failure]);
  useEffect(() => () => publishSession(undefined), [draftId]);

  return {
    loading: load === undefined,
    load,
    draft: load ? draft : undefined,
    saveStatus,
    update,
    flush,
    readOnly,
    lockedElsewhere,
  };
}
