/**
 * The database's name and the drafts table's name, apart from db.ts (which brings Dexie) so that the first read of
 * a draft (earlyDraft.ts, issue 16) can name them without loading Dexie.
 */
export const DATABASE_NAME = 'nianbao';
export const DRAFTS_TABLE = 'drafts';
