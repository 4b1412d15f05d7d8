/**
 * Eager compilation of the wizard's code (issue 16, ready). V8 compiles a function lazily, on the main thread, the
 * first time it is called: on a cold load of a wizard step much of the first render was code running for the first
 * time (the same grid mounted again in the same page rendered in a third of the time, React Profiler). Chromium
 * 136+ reads the magic comment `//# allFunctionsCalledOnLoad` at the top of a script (V8's explicit compile hints)
 * and then compiles all its functions while it streams, on a background thread. A browser that does not know the
 * comment ignores it.
 *
 * Only the wizard's chunks (config/pageChunks.ts): they are preloaded and stream while the entry runs, so their
 * compilation fills time the page waits anyway. The entry is on the path from the first byte: marked too, it was
 * run ~45 ms later at 1× (the compilation of all of React ahead of it), which cost the draft's read as much.
 * Measured (alternating cold loads of `#/draft/<id>/s3`, medians, same run): at 4×, 1280 vs 1457 ms to the first
 * editable cell (12 loads each); at 1×, 388 vs 404 ms (20 each), within this machine's noise.
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
        for (const chunk of pageChunksOf(bundle) ?? []) {
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
