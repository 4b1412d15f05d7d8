/**
 * React.lazy that can be fetched ahead and then renders without suspending (issue 15 bench). A lazy component
 * always suspends on its first render, even when its chunk is already here, and React holds back revealing
 * content for 300 ms after a Suspense fallback was shown: 生成汇总 → wizard paid that twice (the wizard, then
 * 基本信息), half a second of an idle page. Fetched ahead with `preload()`, the component renders at once.
 * Each mounted instance keeps the kind it started with, so a chunk arriving later never remounts it.
 */
import { lazy, useState } from 'react';
import type { ComponentType } from 'react';

export type PreloadableComponent<P extends object> = ComponentType<P> & { readonly preload: () => Promise<unknown> };

export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (offline, a new version deployed) may be tried again by the next render.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
