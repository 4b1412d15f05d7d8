/** Storage: the Dexie database, drafts repository, revisions, autosave session, tab locks, storage safety. */
export * from './db';
export * from './draftsRepository';
export * from './revisions';
export * from './useDraftSession';
