/**
 * What the open draft's session tells the rest of the app (the shell's banners): whether this tab may edit,
 * and a failed save with the unsaved draft, so the banner can offer 导出草稿 without touching the wizard.
 * One session is open at a time (one draft per page).
 */
import type { Draft } from '../draft';

export interface SessionSignal {
  readonly draftId: string;
  /** This tab may not write: another tab holds the draft, or the lock is not granted yet. */
  readonly readOnly: boolean;
  /** Another window is editing this draft. */
  readonly lockedElsewhere: boolean;
  /** The last save failed: the error and the draft as it is in memory (not stored). */
  readonly failure?: { readonly error: string; readonly errorName: string; readonly draft: Draft };
}

let current: SessionSignal | undefined;
const listeners = new Set<() => void>();

export function publishSession(signal: SessionSignal | undefined): void {
  current = signal;
  for (const listener of listeners) listener();
}

export function sessionSignal(): SessionSignal | undefined {
  return current;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
