/**
 * The junction between the wizard and storage: one draft loaded, edited in memory, and saved after
 * every change (debounced ≤ 300 ms, flushed when the page is hidden or left). What the wizard reads
 * and calls is this hook's result only, so storage can grow (revisions, locks) without touching it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../draft';
import { DraftsRepository } from './draftsRepository';
import type { LoadedDraft } from './draftsRepository';

export type SaveStatus =
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly error: string };

export interface DraftSession {
  readonly loading: boolean;
  readonly load?: LoadedDraft;
  readonly draft?: Draft;
  readonly status: SaveStatus | undefined;
  /** Applies a change to the in-memory draft and schedules a save. */
  readonly update: (change: (draft: Draft) => Draft) => void;
  /** Saves now (on blur, before navigation). */
  readonly flush: () => Promise<void>;
}

export const SAVE_DELAY_MS = 250;

export function useDraftSession(draftId: string, repository?: DraftsRepository): DraftSession {
  const repo = useMemo(() => repository ?? new DraftsRepository(), [repository]);
  // Keyed by draft id, so that opening another draft shows nothing of the previous one while it loads.
  const [loaded, setLoaded] = useState<{ id: string; load: LoadedDraft } | undefined>();
  const [draft, setDraft] = useState<Draft | undefined>();
  const load = loaded?.id === draftId ? loaded.load : undefined;
  const [status, setStatus] = useState<SaveStatus | undefined>();
  const pending = useRef<Draft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void repo.load(draftId).then((result) => {
      if (cancelled) return;
      setLoaded({ id: draftId, load: result });
      setDraft(result.ok ? result.draft : undefined);
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, repo]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = undefined;
    setStatus({ state: 'saving' });
    try {
      await repo.save(toSave);
      setStatus({ state: 'saved', at: new Date() });
    } catch (error) {
      // Keep the in-memory draft: the next change or flush tries again.
      pending.current ??= toSave;
      setStatus({ state: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }, [repo]);

  const update = useCallback(
    (change: (current: Draft) => Draft) => {
      setDraft((current) => {
        if (!current) return current;
        const next = { ...change(current), updatedAt: new Date().toISOString() };
        pending.current = next;
        return next;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { loading: load === undefined, load, draft: load ? draft : undefined, status, update, flush };
}
