import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyReport } from '../engine';
import { newDraft } from '../draft';
import { NianbaoDatabase } from './db';
import { listRevisions } from './revisions';
import { addImportedDraft, applyRestore, collectBackup, planRestore, replaceAfterSnapshot } from './transfer';

let db: NianbaoDatabase;
afterEach(async () => {
  db?.close();
  await Dexie.delete('nianbao-transfer-test');
});
const open = () => (db = new NianbaoDatabase('nianbao-transfer-test'));
const draft = (id: string, agency: string) => newDraft(emptyReport('2021', { agency, year: 2025 }), id, '2026-01-01T00:00:00.000Z');

describe('transfer storage', () => {
  it('replacing keeps the local state as an import revision', async () => {
    open();
    const local = draft('a', '甲局');
    await addImportedDraft(local, db);
    await replaceAfterSnapshot({ ...local, values: { 's3.new.natural': 4 } }, db);
    expect((await db.drafts.get('a'))?.values).toEqual({ 's3.new.natural': 4 });
    const [revision] = await listRevisions('a', db);
    expect(revision?.reason).toBe('import');
    expect(revision?.draft).toEqual(local);
  });

  it('a backup restores into an empty browser; restoring again adds nothing; a changed draft comes in as a copy', async () => {
    open();
    await addImportedDraft(draft('a', '甲局'), db);
    await replaceAfterSnapshot({ ...draft('a', '甲局'), values: { 's3.new.natural': 1 } }, db);
    await db.drafts.add({ ...draft('b', '乙局'), deletedAt: '2026-01-02T00:00:00.000Z' });
    const backup = await collectBackup(db);
    expect(backup.map((entry) => [entry.draft.id, entry.revisions.length, entry.deletedAt])).toEqual([
      ['a', 1, undefined],
      ['b', 0, '2026-01-02T00:00:00.000Z'],
    ]);
    await db.delete();
    open();
    expect(await applyRestore(await planRestore(backup, db), (t) => `${t}（备份）`, db)).toBe(2);
    expect(await collectBackup(db)).toEqual(backup);
    expect((await planRestore(backup, db)).map((item) => item.action)).toEqual(['same', 'same']);
    await db.drafts.update('a', { title: '改过' });
    const plan = await planRestore(backup, db);
    expect(plan.map((item) => item.action)).toEqual(['copy', 'same']);
    expect(await applyRestore(plan, (t) => `${t}（备份）`, db)).toBe(1);
    expect(await db.drafts.count()).toBe(3);
  });
});
