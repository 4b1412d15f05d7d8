/**
 * 导出全部 from the recovery screen (issue 12): every draft and revision record exactly as stored, read without the
 * draft door on purpose — when the app itself has failed, the officer's data must still get out whole, whatever
 * the door would say of it. The app never reads this file back as drafts; it is for keeping and for support.
 */
import { database } from './db';
import type { NianbaoDatabase } from './db';

export const RAW_RECORDS_TYPE = 'nianbao-raw-records';

export interface RawRecords {
  readonly type: typeof RAW_RECORDS_TYPE;
  readonly exportedAt: string;
  readonly drafts: readonly unknown[];
  readonly revisions: readonly unknown[];
}

export async function collectRawRecords(db: NianbaoDatabase = database(), now = new Date()): Promise<RawRecords> {
  return db.transaction('r', db.drafts, db.revisions, async () => ({
    type: RAW_RECORDS_TYPE,
    exportedAt: now.toISOString(),
    drafts: (await db.drafts.toArray()) as unknown[],
    revisions: (await db.revisions.toArray()) as unknown[],
  }));
}
