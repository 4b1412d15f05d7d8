/**
 * Eager compilation of the code a cold load runs before its first frame (issue 16, ready). V8 compiles a function
 * lazily, on the main thread, the first time it is called: on a cold load of a wizard step two thirds of the first
 * render was code running for the first time (the same grid mounted again in the same page rendered in a third of
 * the time, React Profiler). Chromium 136+ reads the magic comment `//# allFunctionsCalledOnLoad` at the top of a
 * script (V8's explicit compile hints) and then compiles all its functions while streaming it, on a background
 * thread, during the download and the database read. A browser that does not know the comment ignores it.
 *
 * Measured (alternating, 3 × 6 cold loads, beside the hand-written grid in the same run): nav → first editable
 * cell 387 vs 433 ms at 1×, 1287 vs 1432 ms at 4× (the entry's and the wizard's chunks marked, as here).
 */
import type { Plugin } from 'vite';
import { pageChunksOf } from './pageChunks.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHintsPlugin(): Plugin {
  return {
    name: 'nianbao-compile-hints',
    apply: 'build',
    // After minification (renderChunk), which would drop the comment.
    // Last of all: Vite's own step that writes the preload lists into the chunks replaces their code.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = pageChunksOf(bundle);
        if (!chunks) return;
        for (const chunk of [...chunks.entry, ...chunks.page]) {
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
