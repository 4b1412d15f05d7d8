import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
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

const root = document.getElementById('root');
if (root) {
  void builtInsReady.catch(() => undefined).then(() =>
    // An error caught by an error boundary is logged once, by the boundary (components/ErrorBoundary.tsx, issue 12).
    createRoot(root, { onCaughtError: () => undefined }).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
