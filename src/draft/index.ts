/** Drafts as saved: the schema, the hand-over envelope, and the one door drafts come in by. */
export * from './schema';
export * from './canonical';
export * from './envelope';
export * from './draft';
export * from './read';
export * from './readProblems.zh-CN';
export { migrate, migrations } from './migrations';
export { parseJsonSafely } from './safeJson';
export { APP_VERSION } from './appVersion';
export { BACKUP_TYPE } from './backupType';
export { checkCellValues } from './cellValues';
export type { CellValueFault } from './cellValues';
export { findActiveContent } from './activeContent';
export { diffDrafts, mergeDrafts, replaceWithFile, asSeparateDraft } from './merge';
export type { DraftDifference, DifferenceArea, FieldChoice } from './merge';
export { cellNameOf, textTitleOf, fieldPathLabel } from './readProblems.zh-CN';
export { makeBackup, readBackupText, backupFileName, BACKUP_VERSION, MAX_BACKUP_BYTES } from './backup';
export type { BackupEntry, BackupFile, BackupRevision, BackupProblem, BackupReadResult } from './backup';
