// Issue 12: every damaged record comes back as an unreadable entry beside the good drafts; nothing is written by
// reading; the ways out (restore from a revision, backup) never lose what was stored.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { damagedDrafts, goodDrafts, revisionRecords } from '../../e2e/fixtures/damaged-records';
import { storedDraftFault } from '../draft';
import type { Draft } from '../draft';
import { NianbaoDatabase } from './db';
import { DraftsRepository } from './draftsRepository';
import { restoreRevision, revisionEntries } from './revisions';
import { collectBackup, findLocalDraft, planRestore } from './transfer';

let db: NianbaoDatabase;
afterEach(async () => {
  db?.close();
  await Dexie.delete('nianbao-stored-test');
});

async function seeded(): Promise<DraftsRepository> {
  db = new NianbaoDatabase('nianbao-stored-test');
  await db.table('drafts').bulkPut([...goodDrafts, ...damagedDrafts.map((damaged) => JSON.parse(damaged.json) as unknown)]);
  await db.table('revisions').bulkAdd(revisionRecords.map((revision) => JSON.parse(revision.json) as unknown));
  return new DraftsRepository(db);
}

const everything = async () => JSON.stringify([await db.drafts.toArray(), await db.revisions.toArray()]);

describe('stored records through the door', () => {
  it('lists the good drafts, each damaged record as unreadable with the door’s reason, and the draft known only by its revisions', async () => {
    const repository = await seeded();
    const before = await everything();
    const listing = await repository.listing();
    expect(listing.drafts.map((draft) => draft.id)).toEqual(['good-a', 'good-b']);
    expect(listing.unreadable.map((entry) => entry.id).sort()).toEqual(damagedDrafts.map((damaged) => damaged.id).sort());
    for (const damaged of damagedDrafts) {
      const entry = listing.unreadable.find((candidate) => candidate.id === damaged.id);
      expect(storedDraftFault(entry!.problem), damaged.kind).toMatch(damaged.says);
      expect(JSON.stringify(entry!.record)).toBe(damaged.json);
    }
    expect(listing.unreadable.find((entry) => entry.id === 'meta-null')?.readableRevisions).toBe(1);
    expect(listing.unreadable.find((entry) => entry.id === 'values-string')?.readableRevisions).toBe(0);
    expect(listing.orphans).toEqual([{ draftId: 'gone-draft', revisions: 1, readableRevisions: 1, title: '只剩版本记录的草稿' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await everything()).toBe(before);
    // A second read answers from what the first found: the same draft objects (memoised rows stay as they are).
    expect((await repository.listing()).drafts[0]).toBe(listing.drafts[0]);
  });

  it('never takes a record for another whose JSON text is the same (a Date where text was)', async () => {
    const repository = await seeded();
    await repository.listing();
    await db.table('drafts').put({ ...goodDrafts[0], createdAt: new Date('2022-01-20T08:00:00.000Z') });
    const listing = await repository.listing();
    expect(listing.unreadable.find((entry) => entry.id === 'good-a')?.problem).toMatchObject({ code: 'schema', path: ['createdAt'] });
  });

  it('lists a draft’s damaged revisions as unreadable, and restores over a damaged draft keeping it as a revision', async () => {
    const repository = await seeded();
    const entries = await revisionEntries('good-a', db);
    expect(entries.map((entry) => entry.readable)).toEqual([false, false]);
    const [restorable] = await revisionEntries('meta-null', db);
    await restoreRevision(restorable!.id, db, new Date('2026-01-15T01:30:00.000Z'));
    const loaded = await repository.load('meta-null');
    expect(loaded.ok && loaded.draft.title).toBe('从版本恢复的草稿');
    const kept = (await revisionEntries('meta-null', db)).find((entry) => !entry.readable);
    expect(kept && !kept.readable && (kept.record as { draft: unknown }).draft).toEqual(
      (({ deletedAt: _d, ...rest }) => rest)(JSON.parse(damagedDrafts[0]!.json) as Record<string, unknown>),
    );
    await restoreRevision((await revisionEntries('gone-draft', db))[0]!.id, db);
    expect((await repository.listing()).orphans).toEqual([]);
  });

  it('leaves damaged records out of 导出全部 and never plans to overwrite one', async () => {
    await seeded();
    const backup = await collectBackup(db);
    expect(backup.map((entry) => entry.draft.id).sort()).toEqual(['good-a', 'good-b']);
    expect(backup.flatMap((entry) => entry.revisions)).toEqual([]);
    expect((await findLocalDraft('meta-null', db))?.ok).toBe(false);
    const [plan] = await planRestore([{ draft: { ...(goodDrafts[0] as unknown as Draft), id: 'meta-null' }, revisions: [] }], db);
    expect(plan?.action).toBe('copy');
  });
});
