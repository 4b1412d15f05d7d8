import { describe, expect, it } from 'vitest';
import { CHANNEL_ANSWER_MS, holdDraftLock } from './tabLock';
import type { LockState } from './tabLock';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Node has BroadcastChannel and no navigator.locks: this is the fallback plain-http intranet hosts get.
describe('draft lock over BroadcastChannel', () => {
  it('gives the draft to the first tab, keeps the second read-only, and hands over when the first leaves', async () => {
    const first: LockState[] = [];
    const second: LockState[] = [];
    const releaseFirst = holdDraftLock('d1', (state) => first.push(state));
    await wait(CHANNEL_ANSWER_MS + 50);
    expect(first).toEqual(['held']);
    const releaseSecond = holdDraftLock('d1', (state) => second.push(state));
    await wait(CHANNEL_ANSWER_MS + 50);
    expect(second).toEqual(['elsewhere']);

    const other: LockState[] = [];
    const releaseOther = holdDraftLock('d2', (state) => other.push(state));
    await wait(CHANNEL_ANSWER_MS + 50);
    expect(other).toEqual(['held']);

    releaseFirst();
    await wait(CHANNEL_ANSWER_MS + 50);
    expect(second).toEqual(['elsewhere', 'held']);
    releaseSecond();
    releaseOther();
  });
});
