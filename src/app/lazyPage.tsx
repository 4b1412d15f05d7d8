import { lazy, useState } from 'react';
import type { ComponentType } from 'react';

/** A page in its own chunk that can be fetched before React first renders it. */
export interface LazyPage<P extends object> {
  readonly Page: ComponentType<P>;
  /** Starts the chunk's download (once); settles when the page can render without suspending. */
  readonly preload: () => Promise<void>;
}

/**
 * Like React.lazy, but once the chunk has arrived the page renders at once instead of suspending (issue 16).
 * React.lazy suspends on its first render even when the module is already there, and React keeps a shown
 * Suspense fallback up for at least 300 ms: opening `#/draft/…/s3` showed 正在加载… for that long with the
 * wizard's code already loaded. main.tsx preloads the address's page before the first render, so the first
 * frame is the page itself.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchPage = () => {
    pending ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  const Suspending = lazy(() => fetchPage().then((component) => ({ default: component })));
  function Page(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later would remount the page.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Chosen {...props} />;
  }
  return {
    Page,
    preload: () => fetchPage().then(() => undefined),
  };
}
