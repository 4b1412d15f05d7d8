/**
 * One page of the units table (issue 15): a 汇总 of a county has hundreds of units, and drawing 500 rows of
 * inputs at once was a large part of the time from files chosen to the table shown. Sorting and the totals
 * row still cover every unit; only the rows drawn are a page.
 */
export const UNITS_PER_PAGE = 100;

export interface TablePage<Row> {
  readonly rows: readonly Row[];
  /** 0-based, kept within the pages there are (rows left out can shrink the table). */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the first and last row shown (0 and 0 for no rows). */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export function tablePage<Row>(rows: readonly Row[], page: number, size = UNITS_PER_PAGE): TablePage<Row> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page: current, pages, from: shown.length > 0 ? start + 1 : 0, to: start + shown.length, total: rows.length };
}
