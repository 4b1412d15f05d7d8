/**
 * How the page reached the officer (issue 11), which decides what the browser allows: a secure context (https,
 * localhost) has the service worker for offline start; an intranet host over plain http has none; the one-file
 * nianbao.html opened from disk shares its IndexedDB with every other page opened from disk.
 */
export type ServedFrom = 'secure' | 'plainHttp' | 'file';

/** Where this page was loaded from; `file:` first, because Chromium counts file pages as secure contexts. */
export function servedFrom(
  location: Pick<Location, 'protocol'> | undefined = globalThis.location,
  secureContext: boolean | undefined = globalThis.isSecureContext,
): ServedFrom {
  if (location?.protocol === 'file:') return 'file';
  return secureContext === false ? 'plainHttp' : 'secure';
}

/** Whether a service worker (offline start, updates) can run here: a secure http(s) page whose browser has one. */
export function canRegisterServiceWorker(): boolean {
  return servedFrom() === 'secure' && 'serviceWorker' in (globalThis.navigator ?? {});
}
