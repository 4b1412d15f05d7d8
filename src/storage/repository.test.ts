import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../engine';
import { NianbaoDatabase } from './db';
import { readLeaveJournal, writeLeaveJournal } from './leaveJournal';
import { DraftsRepository, TRASH_KEEP_MS } from './draftsRepository';
import { listRevisions, restoreRevision, snapshotIfDue, snapshotRevision, AUTO_REVISION_INTERVAL_MS } from './revisions';
import { needsExportReminder } from './storageSafety';

let db: NianbaoDatabase;
afterEach(async () => {
  db?.close();
  await Dexie.delete('nianbao-repo-test');
});
function repository(): DraftsRepository {
  db = new NianbaoDatabase('nianbao-repo-test');
  return new DraftsRepository(db);
}

describe('drafts repository', () => {
  it('moves a draft to 回收站, restores it, and purges what was deleted over 30 days ago', async () => {
    const repo = repository();
    const kept = await repo.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    const old = await repo.create(emptyReport('2021', { agency: '乙局', year: 2025 }));
    await repo.moveToTrash(kept.id, '2026-01-10T00:00:00.000Z');
    await repo.moveToTrash(old.id, '2025-11-01T00:00:00.000Z');
    expect(await repo.list()).toEqual([]);
    expect((await repo.load(kept.id)).ok).toBe(false);
    await snapshotRevision(old, 'auto', db);
    expect(await repo.purgeTrash(new Date('2026-01-15T00:00:00.000Z'))).toBe(1);
    expect((await repo.listDeleted()).map((draft) => draft.id)).toEqual([kept.id]);
    expect(await listRevisions(old.id, db)).toEqual([]);
    await repo.restoreFromTrash(kept.id);
    expect((await repo.list()).map((draft) => draft.id)).toEqual([kept.id]);
    expect((await repo.list())[0]).not.toHaveProperty('deletedAt');
    expect(TRASH_KEEP_MS).toBe(30 * 24 * 3600 * 1000);
  });

  it('takes back a change a closing page could only put in the leave journal, once and only when newer', async () => {
    // The browser's localStorage, as far as the journal uses it (these tests run in Node).
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    });
    const repo = repository();
    const draft = await repo.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    writeLeaveJournal(draft.id, { ...draft, values: { 's3.new.natural': 22 }, updatedAt: '2099-01-01T00:00:00.000Z' });
    const loaded = await repo.load(draft.id);
    expect(loaded.ok && loaded.draft.values).toEqual({ 's3.new.natural': 22 });
    expect((await db.drafts.get(draft.id))?.values).toEqual({ 's3.new.natural': 22 });
    expect(readLeaveJournal(draft.id)).toBeUndefined();

    // An older journal, or one the draft door refuses, is dropped and the saved draft stays.
    writeLeaveJournal(draft.id, { ...draft, values: { 's3.new.natural': 1 }, updatedAt: '2000-01-01T00:00:00.000Z' });
    const older = await repo.load(draft.id);
    expect(older.ok && older.draft.values).toEqual({ 's3.new.natural': 22 });
    expect(readLeaveJournal(draft.id)).toBeUndefined();
    writeLeaveJournal(draft.id, { ...draft, values: { 's3.new.natural': -5 }, updatedAt: '2100-01-01T00:00:00.000Z' });
    const refused = await repo.load(draft.id);
    expect(refused.ok && refused.draft.values).toEqual({ 's3.new.natural': 22 });
    expect(readLeaveJournal(draft.id)).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it('keeps the export time an export wrote when the wizard autosaves its older in-memory copy', async () => {
    const repo = repository();
    const draft = await repo.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    await db.drafts.update(draft.id, { lastExportedAt: '2026-01-15T02:00:00.000Z' });
    await repo.save({ ...draft, texts: { s1: '新的一段' }, updatedAt: '2026-01-15T02:01:00.000Z' });
    const stored = await db.drafts.get(draft.id);
    expect(stored?.lastExportedAt).toBe('2026-01-15T02:00:00.000Z');
    expect(stored?.texts).toEqual({ s1: '新的一段' });
  });

  it('copies and renames', async () => {
    const repo = repository();
    const source = await repo.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    await repo.markExported(source.id, '2026-01-01T00:00:00.000Z');
    const copy = await repo.copy(source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy.title).toBe(`${source.title}（副本）`);
    expect(copy).not.toHaveProperty('lastExportedAt');
    await repo.rename(copy.id, '  新标题 ');
    const renamed = await repo.load(copy.id);
    expect(renamed.ok && renamed.draft.title).toBe('新标题');
  });

  it('starts a draft from last year: meta, the year after, texts on request, last year remembered', async () => {
    const repo = repository();
    const last = await repo.create({
      ...emptyReport('2021', { agency: '甲局', year: 2024 }),
      values: { 's3.new.natural': 4 },
      texts: { s1: '总体情况正文' },
    });
    const withTexts = await repo.createFromLastYear(last.id, { copyTexts: true });
    expect(withTexts.meta).toMatchObject({ agency: '甲局', year: 2025 });
    expect(withTexts.values).toEqual({});
    expect(withTexts.texts).toEqual({ s1: '总体情况正文' });
    expect(withTexts.lastYear?.values).toEqual({ 's3.new.natural': 4 });
    expect(withTexts.lastYear?.meta.year).toBe(2024);
    const without = await repo.createFromLastYear(last.id, { copyTexts: false });
    expect(without.texts).toEqual({});
  });
});

describe('revisions', () => {
  it('takes an automatic revision at most once per 10 minutes', async () => {
    const repo = repository();
    const draft = await repo.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    const start = new Date('2026-01-15T01:00:00.000Z');
    expect(await snapshotIfDue(draft, db, start)).toBe(true);
    expect(await snapshotIfDue(draft, db, new Date(start.getTime() + AUTO_REVISION_INTERVAL_MS - 1))).toBe(false);
    expect(await snapshotIfDue(draft, db, new Date(start.getTime() + AUTO_REVISION_INTERVAL_MS))).toBe(true);
    const revisions = await listRevisions(draft.id, db);
    expect(revisions.map((revision) => revision.reason)).toEqual(['auto', 'auto']);
    expect(revisions[0]!.summary).toBe('甲局 2025年 · 已填 0 格 · 正文 0 字');
  });

  it('restores a revision after snapshotting the current state, so the restore can be undone', async () => {
    const repo = repository();
    const draft = await repo.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    await snapshotRevision(draft, 'print', db, new Date('2026-01-15T01:00:00.000Z'));
    const edited = { ...draft, values: { 's3.new.natural': 7 }, updatedAt: '2026-01-15T02:00:00.000Z' };
    await repo.save(edited);
    const [printRevision] = await listRevisions(draft.id, db);
    const restored = await restoreRevision(printRevision!.id!, db, new Date('2026-01-15T03:00:00.000Z'));
    expect(restored.values).toEqual({});
    const revisions = await listRevisions(draft.id, db);
    expect(revisions.map((revision) => revision.reason)).toEqual(['restore', 'print']);
    const undone = await restoreRevision(revisions[0]!.id!, db, new Date('2026-01-15T04:00:00.000Z'));
    expect(undone.values).toEqual({ 's3.new.natural': 7 });
  });
});

describe('export reminder', () => {
  const now = new Date('2026-01-15T00:00:00.000Z');
  it('reminds when changes have waited 7 days for an export', () => {
    expect(needsExportReminder({ createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-14T00:00:00Z' }, now)).toBe(true);
    expect(needsExportReminder({ createdAt: '2026-01-10T00:00:00Z', updatedAt: '2026-01-14T00:00:00Z' }, now)).toBe(false);
    expect(
      needsExportReminder(
        { createdAt: '2025-12-01T00:00:00Z', updatedAt: '2026-01-14T00:00:00Z', lastExportedAt: '2026-01-07T00:00:00Z' },
        now,
      ),
    ).toBe(true);
    expect(
      needsExportReminder(
        { createdAt: '2025-12-01T00:00:00Z', updatedAt: '2026-01-05T00:00:00Z', lastExportedAt: '2026-01-06T00:00:00Z' },
        now,
      ),
    ).toBe(false);
  });
});
