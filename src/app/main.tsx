// First, before React is evaluated: the draft's record is read while React starts (earlyRead.ts).
import './earlyRead';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App, preloadPageOf } from './App';
import './app.css';

// Chromium 86–97 (360安全浏览器 13 极速模式, issue 11) lack a few built-ins the app calls: only there is
// legacyApis.ts loaded, and filled in before the app renders.
const lacksNewerBuiltIns =
  typeof globalThis.structuredClone !== 'function' ||
  typeof (Object as { hasOwn?: unknown }).hasOwn !== 'function' ||
  typeof (Array.prototype as { at?: unknown }).at !== 'function';
const builtInsReady = lacksNewerBuiltIns
  ? import('./legacyApis').then(({ installLegacyApis }) => {
      installLegacyApis();
    })
  : Promise.resolve();
// Should that chunk not load, the app is shown all the same: most of it works without them.

// The first render waits for the page the address opens (issue 16: no 正在加载… frame before the 三 grid), but not
// for long: on a slow intranet link the shell and 正在加载… show after this wait, as before. Generous, because past it
// the page costs more (React holds the fallback ≥ 300 ms) and an old office PC can take over a second to get there.
const FIRST_PAGE_WAIT_MS = 3000;
const firstPageReady = (hash: string) =>
  Promise.race([
    preloadPageOf(hash).catch(() => undefined),
    new Promise<void>((resolve) => window.setTimeout(resolve, FIRST_PAGE_WAIT_MS)),
  ]);

const root = document.getElementById('root');
if (root) {
  // The page's code runs after the built-ins are filled in: its modules may call them as they load.
  void builtInsReady
    .catch(() => undefined)
    .then(() => firstPageReady(window.location.hash))
    .then(() =>
      // Rendered at once, in this task (issue 16, ready): scheduled, the first render waited behind whatever the
      // browser had queued meanwhile (7–45 ms measured), with the page's code and draft already there.
      // An error caught by an error boundary is logged once, by the boundary (components/ErrorBoundary.tsx, issue 12).
      flushSync(() =>
        createRoot(root, { onCaughtError: () => undefined }).render(
          <StrictMode>
            <App />
          </StrictMode>,
        ),
      ),
    );
}
