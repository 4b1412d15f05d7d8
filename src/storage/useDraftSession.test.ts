// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../draft';
import { emptyReport } from '../engine';
import { database, NianbaoDatabase } from './db';
import { DraftsRepository } from './draftsRepository';
import { forgetPrefetchedDraft, prefetchDraft } from './earlyDraft';
import { readLeaveJournal, writeLeaveJournal } from './leaveJournal';
import { sessionSignal } from './sessionSignals';
import { useDraftSession } from './useDraftSession';

/** A repository whose writes fail as a full disk does. */
class FullDiskRepository extends DraftsRepository {
  failing = true;
  override async save(draft: Draft): Promise<void> {
    if (this.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await super.save(draft);
  }
}

let db: NianbaoDatabase | undefined;
afterEach(async () => {
  db?.close();
  await Dexie.delete('nianbao-session-test');
});

describe('useDraftSession', () => {
  it('keeps what is typed before the tab lock answers, and saves it once the lock is held', async () => {
    db = new NianbaoDatabase('nianbao-session-test');
    const repository = new DraftsRepository(db);
    const created = await repository.create(emptyReport('2021', { agency: '', year: 2025 }));
    const { result } = renderHook(() => useDraftSession(created.id, repository));
    await waitFor(() => expect(result.current.draft).toBeDefined());
    // Typed at once, while this tab still asks whether another one edits the draft.
    expect(result.current.readOnly).toBe(true);
    act(() => result.current.update((draft) => ({ ...draft, meta: { ...draft.meta, agency: '某某区审计局' } })));
    expect(result.current.draft?.meta.agency).toBe('某某区审计局');
    // Not written before the lock is held; written when it is, without another keystroke.
    await act(() => result.current.flush());
    expect((await db.drafts.get(created.id))?.meta.agency).toBe('');
    await waitFor(() => expect(result.current.readOnly).toBe(false));
    await waitFor(async () => expect((await db?.drafts.get(created.id))?.meta.agency).toBe('某某区审计局'));
  });

  it('reports a QuotaExceededError loudly, keeps the in-memory draft, and saves it once writing works again', async () => {
    db = new NianbaoDatabase('nianbao-session-test');
    const repository = new FullDiskRepository(db);
    const created = await repository.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    const { result } = renderHook(() => useDraftSession(created.id, repository));
    await waitFor(() => expect(result.current.draft).toBeDefined());
    // No other tab holds the draft: after asking around, this one edits.
    await waitFor(() => expect(result.current.readOnly).toBe(false));
    act(() => result.current.update((draft) => ({ ...draft, meta: { ...draft.meta, agency: '乙局' } })));
    await act(() => result.current.flush());
    expect(result.current.saveStatus.get()).toMatchObject({ state: 'failed', errorName: 'QuotaExceededError' });
    expect(result.current.draft?.meta.agency).toBe('乙局');
    expect(sessionSignal()?.failure?.draft.meta.agency).toBe('乙局');
    expect(sessionSignal()?.failure?.errorName).toBe('QuotaExceededError');

    repository.failing = false;
    await act(() => result.current.flush());
    expect(result.current.saveStatus.get()?.state).toBe('saved');
    expect(sessionSignal()?.failure).toBeUndefined();
    const stored = await repository.load(created.id);
    expect(stored.ok && stored.draft.meta.agency).toBe('乙局');
  });

  it('saves a change rendered after the paint at once, and renders it a moment later (issue 16)', async () => {
    db = new NianbaoDatabase('nianbao-session-test');
    const repository = new DraftsRepository(db);
    const created = await repository.create(emptyReport('2021', { agency: '甲局', year: 2025 }));
    const { result } = renderHook(() => useDraftSession(created.id, repository));
    await waitFor(() => expect(result.current.readOnly).toBe(false));
    act(() => result.current.update((draft) => ({ ...draft, values: { ...draft.values, 's3.new.natural': 4 } }), 'after-paint'));
    act(() => result.current.update((draft) => ({ ...draft, values: { ...draft.values, 's3.new.legal': 2 } }), 'after-paint'));
    // Not rendered yet, but already what a save (or the leave journal) takes: both changes, in order.
    expect(result.current.draft?.values).toEqual({});
    await act(() => result.current.flush());
    const stored = await repository.load(created.id);
    expect(stored.ok && stored.draft.values).toEqual({ 's3.new.natural': 4, 's3.new.legal': 2 });
    await waitFor(() => expect(result.current.draft?.values).toEqual({ 's3.new.natural': 4, 's3.new.legal': 2 }));
    // A change rendered now after one waiting for the paint shows both, and the late render changes nothing.
    act(() => result.current.update((draft) => ({ ...draft, values: { ...draft.values, 's3.new.natural': 5 } }), 'after-paint'));
    act(() => result.current.update((draft) => ({ ...draft, meta: { ...draft.meta, agency: '乙局' } })));
    expect(result.current.draft?.values['s3.new.natural']).toBe(5);
    expect(result.current.draft?.meta.agency).toBe('乙局');
  });

  it('shows a draft the shell read before the first render at once, and still saves it (issue 16)', async () => {
    const repository = new DraftsRepository();
    const created = await repository.create(emptyReport('2021', { agency: '丙局', year: 2025 }));
    try {
      await prefetchDraft(created.id);
      const { result } = renderHook(() => useDraftSession(created.id));
      // The very first render has the draft: no 正在打开草稿… frame, no second read.
      expect(result.current.loading).toBe(false);
      expect(result.current.draft?.meta.agency).toBe('丙局');
      await waitFor(() => expect(result.current.readOnly).toBe(false));
      act(() => result.current.update((draft) => ({ ...draft, meta: { ...draft.meta, agency: '丁局' } })));
      await act(() => result.current.flush());
      expect(result.current.saveStatus.get()?.state).toBe('saved');
      const stored = await repository.load(created.id);
      expect(stored.ok && stored.draft.meta.agency).toBe('丁局');

      // A later session of the same draft reads it afresh: the prefetch served one session.
      const again = renderHook(() => useDraftSession(created.id));
      expect(again.result.current.loading).toBe(true);
      await waitFor(() => expect(again.result.current.draft?.meta.agency).toBe('丁局'));
    } finally {
      forgetPrefetchedDraft();
      await database().drafts.clear();
    }
  });

  it('shows a leave journal’s newer change in the first render and saves it, clearing the journal (issue 16)', async () => {
    const repository = new DraftsRepository();
    const created = await repository.create(emptyReport('2021', { agency: '戊局', year: 2025 }));
    try {
      writeLeaveJournal(created.id, { ...created, values: { 's3.new.natural': 9 }, updatedAt: '2099-01-01T00:00:00.000Z' });
      await prefetchDraft(created.id);
      const { result } = renderHook(() => useDraftSession(created.id));
      expect(result.current.draft?.values).toEqual({ 's3.new.natural': 9 });
      // Saved by the session (read straight from the table: the repository's load would recover the journal itself).
      await waitFor(() => expect(readLeaveJournal(created.id)).toBeUndefined());
      expect((await database().drafts.get(created.id))?.values).toEqual({ 's3.new.natural': 9 });
    } finally {
      forgetPrefetchedDraft();
      await database().drafts.clear();
    }
  });
});
