/**
 * Storage safety (issue 4): browsers evict "best-effort" storage under pressure, so the app asks for
 * persistent storage when the first draft is made and shows the officer what the browser reports.
 */
export interface StorageReport {
  /** undefined: the browser cannot tell. */
  readonly persisted?: boolean;
  readonly usage?: number;
  readonly quota?: number;
}

/** Asks the browser to keep this site's storage; returns whether it is persistent now. */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return undefined;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return undefined;
  }
}

export async function storageReport(): Promise<StorageReport> {
  const storage = globalThis.navigator?.storage;
  if (!storage) return {};
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
    storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Changes not exported for this long earn a reminder. */
export const EXPORT_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether the draft has changes not exported for 7 days: it changed after its last export (or was never
 * exported), and that export (or, never exported, its creation) is 7 days old.
 */
export function needsExportReminder(
  draft: { readonly createdAt: string; readonly updatedAt: string; readonly lastExportedAt?: string },
  now: Date,
): boolean {
  const changed = Date.parse(draft.updatedAt);
  const since = Date.parse(draft.lastExportedAt ?? draft.createdAt);
  if (draft.lastExportedAt && !(changed > since)) return false;
  return now.getTime() - since >= EXPORT_REMINDER_MS;
}
