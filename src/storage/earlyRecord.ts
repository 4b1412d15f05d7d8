/**
 * The stored record of the draft an address opens, read with plain IndexedDB as the app's first script runs
 * (issue 16): the database answers while the wizard's code downloads. It is only the record, not yet a draft:
 * earlyDraft.ts takes it through the door once that code is there. Tiny and without Dexie, so it can sit in the
 * entry chunk.
 */
import { DATABASE_NAME, DRAFTS_TABLE } from './names';

/** The stored record, or undefined for none; rejects where plain IndexedDB cannot answer (the session then reads). */
export function readEarlyRecord(draftId: string, databaseName = DATABASE_NAME): Promise<unknown> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'));
  return new Promise((resolve, reject) => {
    // No version: the database as it is. One that does not exist yet is not created here (Dexie creates it).
    const request = indexedDB.open(databaseName);
    request.onupgradeneeded = () => {
      request.transaction?.abort();
      reject(new Error('no database yet'));
    };
    request.onblocked = () => reject(new Error('blocked'));
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      // Dexie upgrading the schema later must not wait for this connection.
      db.onversionchange = () => db.close();
      try {
        const get = db.transaction(DRAFTS_TABLE, 'readonly').objectStore(DRAFTS_TABLE).get(draftId);
        get.onsuccess = () => resolve(get.result as unknown);
        get.onerror = () => reject(get.error ?? new Error('read failed'));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        db.close(); // closes once the read's transaction is done
      }
    };
  });
}

