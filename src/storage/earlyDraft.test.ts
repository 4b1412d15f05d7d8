import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../engine';
import { NianbaoDatabase } from './db';
import { DraftsRepository } from './draftsRepository';
import { EARLY_DRAFT_FRESH_MS, forgetPrefetchedDraft, prefetchDraft, prefetchedDraft } from './earlyDraft';
import { readEarlyRecord } from './earlyRecord';
import { readLeaveJournal, writeLeaveJournal } from './leaveJournal';

const NAME = 'nianbao-early-test';
let db: NianbaoDatabase | undefined;
afterEach(async () => {
  forgetPrefetchedDraft();
  vi.unstubAllGlobals();
  db?.close();
  db = undefined;
  await Dexie.delete(NAME);
});

async function stored() {
  db = new NianbaoDatabase(NAME);
  const repository = new DraftsRepository(db);
  const draft = await repository.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
  return { repository, draft };
}

describe('the first read of a draft, before the first frame (issue 16)', () => {
  it('reads the stored record with plain IndexedDB and gives the session what DraftsRepository.load gives', async () => {
    const { repository, draft } = await stored();
    await repository.save({ ...draft, values: { 's3.new.natural': 7 } });
    await prefetchDraft(draft.id, readEarlyRecord(draft.id, NAME));
    const early = prefetchedDraft(draft.id);
    expect(early).toEqual({ load: await repository.load(draft.id), fromJournal: false });
    expect(early?.load.ok && early.load.draft.values).toEqual({ 's3.new.natural': 7 });
  });

  it('says 没有找到 for a draft that is not there or is in 回收站, as the repository does', async () => {
    const { repository, draft } = await stored();
    await prefetchDraft('no-such-draft', readEarlyRecord('no-such-draft', NAME));
    expect(prefetchedDraft('no-such-draft')?.load).toEqual({ ok: false, problem: { code: 'notFound' } });
    await repository.moveToTrash(draft.id);
    await prefetchDraft(draft.id, readEarlyRecord(draft.id, NAME));
    expect(prefetchedDraft(draft.id)?.load).toEqual({ ok: false, problem: { code: 'notFound' } });
  });

  it('refuses a damaged record through the door, with the door’s reason', async () => {
    const { draft } = await stored();
    await db?.drafts.put({ ...draft, values: { 's3.new.natural': 'x' } } as never);
    await prefetchDraft(draft.id, readEarlyRecord(draft.id, NAME));
    const early = prefetchedDraft(draft.id)?.load;
    expect(early?.ok).toBe(false);
    expect(early).toEqual(await new DraftsRepository(db).load(draft.id));
  });

  it('does not create a database that is not there: Dexie creates it, with its schema', async () => {
    await expect(readEarlyRecord('any', NAME)).rejects.toThrow();
    await prefetchDraft('any', readEarlyRecord('any', NAME));
    expect(prefetchedDraft('any')).toBeUndefined();
    expect(await Dexie.exists(NAME)).toBe(false);
    // Dexie then opens and creates it as on any first start.
    const { draft } = await stored();
    expect(draft.id).toBeTruthy();
  });

  it('does not stand in the way of a schema upgrade', async () => {
    const { draft } = await stored();
    db?.close();
    const read = readEarlyRecord(draft.id, NAME);
    const newer = new Dexie(NAME);
    newer.version(4).stores({ drafts: 'id, updatedAt, deletedAt', revisions: '++id, draftId, takenAt, [draftId+takenAt]', checks: 'draftId', extra: 'id' });
    await newer.open();
    expect(((await read) as { id: string }).id).toBe(draft.id);
    newer.close();
  });

  it('weighs a leave journal as the repository does: a newer one is taken (to be saved), an older one dropped', async () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    });
    const { draft } = await stored();
    writeLeaveJournal(draft.id, { ...draft, values: { 's3.new.natural': 22 }, updatedAt: '2099-01-01T00:00:00.000Z' });
    await prefetchDraft(draft.id, readEarlyRecord(draft.id, NAME));
    const early = prefetchedDraft(draft.id);
    expect(early?.fromJournal).toBe(true);
    expect(early?.load.ok && early.load.draft.values).toEqual({ 's3.new.natural': 22 });
    // Not saved here (no Dexie before the first frame): the session saves it and clears the journal.
    expect(readLeaveJournal(draft.id)).toBeDefined();

    writeLeaveJournal(draft.id, { ...draft, values: { 's3.new.natural': 1 }, updatedAt: '2000-01-01T00:00:00.000Z' });
    await prefetchDraft(draft.id, readEarlyRecord(draft.id, NAME));
    expect(prefetchedDraft(draft.id)).toEqual({ load: { ok: true, draft }, fromJournal: false });
    expect(readLeaveJournal(draft.id)).toBeUndefined();
  });

  it('serves one session, for its draft only, and only while fresh', async () => {
    const { draft } = await stored();
    await prefetchDraft(draft.id, readEarlyRecord(draft.id, NAME));
    expect(prefetchedDraft('another')).toBeUndefined();
    expect(prefetchedDraft(draft.id, Date.now() + EARLY_DRAFT_FRESH_MS + 1)).toBeUndefined();
    expect(prefetchedDraft(draft.id)?.load.ok).toBe(true);
    forgetPrefetchedDraft();
    expect(prefetchedDraft(draft.id)).toBeUndefined();
  });
});
