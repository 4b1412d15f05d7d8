import { useEffect, useState } from 'react';

/**
 * True once the page has finished loading and the browser is idle. Work that the first screen does not need
 * (the service-worker registration and its workbox-window code) waits for it, so it never competes with the
 * first editable cell — the order Workbox itself recommends for registering a service worker.
 */
export function useAfterFirstLoad(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancel = () => undefined as void;
    const whenIdle = () => {
      // Some office browsers (older 360 cores) lack requestIdleCallback: a short timeout stands in.
      const hasIdleCallback = (window.requestIdleCallback as Window['requestIdleCallback'] | undefined) !== undefined;
      if (hasIdleCallback) {
        const handle = window.requestIdleCallback(() => setReady(true), { timeout: 3000 });
        cancel = () => window.cancelIdleCallback(handle);
      } else {
        const handle = window.setTimeout(() => setReady(true), 200);
        cancel = () => window.clearTimeout(handle);
      }
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      cancel();
    };
  }, []);
  return ready;
}
