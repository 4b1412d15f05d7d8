import type { ComponentType } from 'react';
import { preloadableLazy } from '../components/preloadableLazy';

/** A page in its own chunk that can be fetched before React first renders it. */
export interface LazyPage<P extends object> {
  readonly Page: ComponentType<P>;
  /** Starts the chunk's download (once); settles when the page can render without suspending. */
  readonly preload: () => Promise<void>;
}

/**
 * A page of the shell as a preloadable lazy component (components/preloadableLazy.tsx, issue 16): main.tsx
 * preloads the address's page before the first render, so the first frame is the page itself, not 正在加载…
 * held up for React's 300 ms.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  const Page = preloadableLazy(load);
  return { Page, preload: () => Page.preload().then(() => undefined) };
}
