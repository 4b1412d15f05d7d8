import { describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../../../engine';
import type { Report } from '../../../engine';
import { format2021 } from '../../../format';
import type { SectionSpec } from '../../../format';
import { gridModelOf } from './layout';
import { createValueStore } from './valueStore';

const table = (format2021.sections as readonly SectionSpec[]).flatMap((section) => section.tables ?? []).find((t) => t.id === 's3.grid')!;
const rowTotal = gridModelOf(format2021, table).byId.get('s3.disclosed.total')!;
const withValues = (values: Report['values']): Report => ({ ...emptyReport(), values });

describe('the grid value store (issue 16)', () => {
  it('shows a change at once, with its totals, and tells its subscribers', () => {
    const store = createValueStore(withValues({ 's3.disclosed.legal': 2 }));
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ 's3.disclosed.natural': 5 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.valueOf('s3.disclosed.natural')).toBe(5);
    expect(store.totalOf(rowTotal)).toBe(7);
    store.set({ 's3.disclosed.natural': undefined });
    expect(store.valueOf('s3.disclosed.natural')).toBeUndefined();
    expect(store.totalOf(rowTotal)).toBe(2);
  });

  it('keeps what was typed over a report that has not caught up, and follows the report once it has', () => {
    const store = createValueStore(withValues({}));
    store.set({ 's3.disclosed.natural': 1 });
    store.set({ 's3.disclosed.natural': 12 });
    // The render of the first keystroke arrives after the second was typed: 12 stays.
    store.follow(withValues({ 's3.disclosed.natural': 1 }));
    expect(store.valueOf('s3.disclosed.natural')).toBe(12);
    store.follow(withValues({ 's3.disclosed.natural': 12 }));
    expect(store.valueOf('s3.disclosed.natural')).toBe(12);
    // Caught up: a later change from elsewhere (another window, an import) shows.
    store.follow(withValues({ 's3.disclosed.natural': 30, 's3.disclosed.legal': 4 }));
    expect(store.valueOf('s3.disclosed.natural')).toBe(30);
    expect(store.totalOf(rowTotal)).toBe(34);
  });

  it('keeps an emptied cell empty until the report has emptied it too', () => {
    const store = createValueStore(withValues({ 's3.disclosed.natural': 3 }));
    store.set({ 's3.disclosed.natural': undefined });
    store.follow(withValues({ 's3.disclosed.natural': 3, 's3.disclosed.legal': 1 }));
    expect(store.valueOf('s3.disclosed.natural')).toBeUndefined();
    expect(store.valueOf('s3.disclosed.legal')).toBe(1);
    store.follow(withValues({ 's3.disclosed.legal': 1 }));
    store.follow(withValues({ 's3.disclosed.natural': 8, 's3.disclosed.legal': 1 }));
    expect(store.valueOf('s3.disclosed.natural')).toBe(8);
  });
});
