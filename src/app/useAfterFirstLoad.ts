import { useEffect, useState } from 'react';

/** How long after the page's load event the first screen is given to itself (its lazy chunks still arrive then). */
const SETTLE_MS = 1000;

/**
 * True once the page has loaded, its first screen has had a moment to fetch and render its own chunks, and
 * the browser is idle. What the first screen does not need (the service-worker registration with its
 * workbox-window code, the 导出草稿 button) waits for it, so it never competes with the first editable cell:
 * the order Workbox itself recommends for registering a service worker.
 */
export function useAfterFirstLoad(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancel = () => undefined as void;
    const whenIdle = () => {
      // Some office browsers (older 360 cores) lack requestIdleCallback: the timeout alone stands in.
      const hasIdleCallback = (window.requestIdleCallback as Window['requestIdleCallback'] | undefined) !== undefined;
      if (!hasIdleCallback) {
        setReady(true);
        return;
      }
      const handle = window.requestIdleCallback(() => setReady(true), { timeout: 3000 });
      cancel = () => window.cancelIdleCallback(handle);
    };
    const settle = () => {
      const handle = window.setTimeout(whenIdle, SETTLE_MS);
      cancel = () => window.clearTimeout(handle);
    };
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
    return () => {
      window.removeEventListener('load', settle);
      cancel();
    };
  }, []);
  return ready;
}
