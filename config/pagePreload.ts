/**
 * The wizard's code is fetched with the entry, not after it (issue 16, ready). main.tsx asks for the page an
 * address opens as soon as the entry runs, but the entry (React) takes ~50 ms to run first, and only then were the
 * wizard's chunks requested and parsed: a waterfall of fetch → run → fetch → parse before the first editable cell.
 * This build step lists those chunks in index.html as `<link rel="modulepreload">` (and the wizard's style sheet as
 * a preload), so the browser fetches and parses them off the main thread while the entry downloads and runs; the
 * app's own dynamic import then finds them ready. Nothing runs early: modulepreload only fetches and compiles.
 * Measured (stop 19, alternating A/B, 3 × 6 cold loads): nav → first editable cell 357 vs 405 ms at 1×, 1219 vs
 * 1269 ms at 4×; the page's code and draft were there ~45 ms sooner (stage marks).
 *
 * The links ask for low fetch priority (stop 21): at the default (high) the six chunks were fetched and compiled
 * together with the entry, and on a 2-core PC the entry ran ~20–40 ms later for it (the first module evaluated at
 * 168 vs 149 ms, 20 cold loads each at 1×, alternating; the first editable cell 471 vs 443 ms; the same direction in
 * a second run, 393 vs 358 ms; at 4× no difference beyond noise, 1571 vs 1634 ms in 10 each). Low, Chromium gives
 * the entry its bytes and its compilation first and the chunks follow while it runs.
 *
 * No inline script (the Content-Security-Policy forbids one), so the links are there on every address, the
 * drafts list too, where the wizard is what the officer opens next. The one-file build (config/singleFile.ts) has
 * no chunks and strips these links.
 */
import type { Plugin } from 'vite';
import { pageChunksOf } from './pageChunks.ts';

export function pagePreloadPlugin(): Plugin {
  return {
    name: 'nianbao-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const wanted = pageChunksOf(bundle);
        if (!wanted) return [];
        const styles = [...wanted].flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
        return [
          ...[...wanted].map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `./${chunk.fileName}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
