/**
 * Runs a task once the frame showing the current change has been painted (issue 16): a keystroke in a grid
 * shows its cell and totals in its own frame, and what follows from it (the wizard's findings, step list,
 * save status) is rendered afterwards. An idle callback runs only after the next frame, and never before
 * tasks already queued (the frame's own callbacks); the timeout keeps it from waiting forever on a busy page.
 * Where there is no requestIdleCallback (jsdom, very old cores) a short timer stands in.
 */
export const AFTER_PAINT_TIMEOUT_MS = 150;

/** Schedules `task`; returns a function that cancels it if it has not run. */
export function afterNextPaint(task: () => void): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const id = globalThis.requestIdleCallback(task, { timeout: AFTER_PAINT_TIMEOUT_MS });
    return () => globalThis.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 16);
  return () => clearTimeout(id);
}
