/**
 * Stands in for `virtual:pwa-register/react` in the one-file build (issue 11, vite.config.ts): nianbao.html
 * opened from disk is offline by nature and has no service worker to register, so none of workbox is bundled.
 */
const ignore = (): void => undefined;

export function useRegisterSW(_options?: unknown) {
  return {
    needRefresh: [false, ignore] as const,
    offlineReady: [false, ignore] as const,
    updateServiceWorker: async (_reload?: boolean): Promise<void> => undefined,
  };
}
