/** The type tag of a 导出全部 backup file, known to the door so that it can tell the officer what the file is. */
export const BACKUP_TYPE = 'nianbao-backup';
