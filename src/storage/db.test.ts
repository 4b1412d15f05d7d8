import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NianbaoDatabase } from './db';
import { version1Drafts, version1Revisions } from './fixtures/version1';

const NAME = 'nianbao-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Writes the fixture with the version-1 schema exactly as it was declared. */
async function writeVersion1(): Promise<void> {
  const old = new Dexie(NAME);
  old.version(1).stores({ drafts: 'id, updatedAt, deletedAt', revisions: '++id, draftId, takenAt' });
  await old.table('drafts').bulkAdd(structuredClone(version1Drafts));
  await old.table('revisions').bulkAdd(structuredClone(version1Revisions));
  old.close();
}

describe('schema upgrade', () => {
  it('opens a version-1 database at the current version and keeps every field of every record', async () => {
    await writeVersion1();
    const db = new NianbaoDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    const drafts = await db.drafts.orderBy('id').toArray();
    expect(drafts).toEqual([...version1Drafts].sort((a, b) => a.id.localeCompare(b.id)));
    const revisions = await db.revisions.toArray();
    expect(revisions).toEqual(version1Revisions.map((revision, index) => ({ ...revision, id: index + 1 })));
    // The new index answers: the seed's revisions in time order.
    const seedRevisions = await db.revisions
      .where('[draftId+takenAt]')
      .between([version1Drafts[0]!.id, ''], [version1Drafts[0]!.id, '\uffff'])
      .toArray();
    expect(seedRevisions).toHaveLength(1);
    db.close();
  });
});
