import { describe, expect, it } from 'vitest';
import { tablePage, UNITS_PER_PAGE } from './tablePage';

describe('a page of the units table', () => {
  const rows = Array.from({ length: 250 }, (_, index) => index);
  it('shows a hundred rows a page, the last page what is left', () => {
    expect(UNITS_PER_PAGE).toBe(100);
    expect(tablePage(rows, 0)).toMatchObject({ page: 0, pages: 3, from: 1, to: 100, total: 250 });
    expect(tablePage(rows, 0).rows[99]).toBe(99);
    const last = tablePage(rows, 2);
    expect(last).toMatchObject({ page: 2, from: 201, to: 250 });
    expect(last.rows).toHaveLength(50);
  });
  it('keeps the page within the table when rows go or the page is out of range', () => {
    expect(tablePage(rows.slice(0, 120), 2)).toMatchObject({ page: 1, pages: 2, from: 101, to: 120 });
    expect(tablePage(rows, -3)).toMatchObject({ page: 0, from: 1 });
    expect(tablePage([], 4)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0, total: 0, rows: [] });
  });
});
