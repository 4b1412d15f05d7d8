/**
 * What a printed or exported report must contain, derived from the format declaration and a fixture (issue 13):
 * labels in reading order, group labels, the figures of the tables, the merged header cells. Never a label
 * written out again.
 */
import { computedTotal } from '../../src/engine';
import type { Report } from '../../src/engine';
import { cellsOfTable, format2021 } from '../../src/format';
import type { FormatSpec, TableSpec } from '../../src/format';
import type { DraftFixture } from './print';

export const format: FormatSpec = format2021;

export type ReportFixture = DraftFixture & { meta: { agency: string; year: number } };

export const reportOfFixture = (fixture: ReportFixture): Report => ({
  format: '2021',
  meta: fixture.meta,
  values: fixture.values,
  texts: fixture.texts,
  notes: {},
});

export const sectionTitle = (section: { number: string; title: string }) => `${section.number}、${section.title}`;

export const titleOf = (fixture: ReportFixture) =>
  format.titleTemplate.replace('{机关名称}', fixture.meta.agency).replace('{年度}', String(fixture.meta.year));

/** Tables as they print: an optional table (六's fee figures) only when one of its figures is filled. */
export const printedTables = (fixture: DraftFixture): TableSpec[] =>
  format.sections.flatMap((section) =>
    (section.tables ?? []).filter(
      (table) => !table.optional || cellsOfTable(format, table.id).some((cell) => fixture.values[cell.id] !== undefined),
    ),
  );

/** Every figure of a table as it should print, row by row: values as typed, totals computed. */
export const figuresOf = (report: Report, table: TableSpec): string[] =>
  cellsOfTable(format, table.id).map((cell) => {
    if (cell.sumOf) return String(computedTotal(report, cell) ?? '');
    return String(report.values[cell.id as keyof Report['values']] ?? '');
  });

/** Every label of a table: caption, corner label and note, header groups, columns, row groups, rows. */
export const tableLabels = (table: TableSpec): string[] => [
  ...(table.caption ? [table.caption] : []),
  ...(table.cornerLabel ? [table.cornerLabel] : []),
  ...(table.note ? [table.note] : []),
  ...(table.columnHeader ? [table.columnHeader] : []),
  ...new Set(table.columns.flatMap((column) => column.groups ?? [])),
  ...table.columns.map((column) => column.label),
  ...new Set(table.rows.flatMap((row) => row.groups ?? [])),
  ...table.rows.map((row) => row.label).filter((label) => label !== ''),
];

/**
 * The merged header cells the official format prints, from the declaration: each column group (申请人情况 above
 * all value columns, 法人或其他组织, 行政诉讼, 未经复议直接起诉…) spans the columns that declare it, each row group
 * (三、本年度办理结果, （三）不予公开…) the rows that declare it.
 */
export function headerGroups(table: TableSpec): { label: string; columns?: number; rows?: number }[] {
  const columnPaths = table.columns.map((column) => [...(table.columnHeader ? [table.columnHeader] : []), ...(column.groups ?? [])]);
  const rowPaths = table.rows.map((row) => [...(row.groups ?? [])]);
  const count = (paths: string[][]) => {
    const spans = new Map<string, { label: string; items: number }>();
    for (const groups of paths) {
      groups.forEach((label, level) => {
        const key = groups.slice(0, level + 1).join('/');
        spans.set(key, { label, items: (spans.get(key)?.items ?? 0) + 1 });
      });
    }
    return [...spans.values()];
  };
  return [
    ...count(columnPaths).map(({ label, items }) => ({ label, columns: items })),
    ...count(rowPaths).map(({ label, items }) => ({ label, rows: items })),
  ];
}

/** Header rows above the figures: caption, the column header levels (申请人情况, the groups, the labels). */
export function headerRowCount(table: TableSpec): number {
  const groupLevels = Math.max(0, ...table.columns.map((column) => column.groups?.length ?? 0));
  const looseNote = table.cornerLabel && table.note ? 1 : 0;
  return (table.caption ? 1 : 0) + looseNote + (table.columnHeader ? 1 : 0) + groupLevels + 1;
}

const SLACK = 60;
/**
 * Where `wanted` starts in `flat` at or after `from`: its characters in order, within a short stretch
 * (a label wrapped in its cell has the neighbouring cells' text between its lines).
 */
export function findSpread(flat: string, wanted: string, from: number, slack = SLACK): number {
  const chars = [...wanted.replace(/\s+/g, '')];
  const first = chars[0];
  if (first === undefined) return from;
  for (let start = flat.indexOf(first, from); start >= 0; start = flat.indexOf(first, start + 1)) {
    let position = start;
    const found = chars.slice(1).every((char) => {
      position = flat.indexOf(char, position + 1);
      return position >= 0 && position - start <= chars.length + slack;
    });
    if (found) return start;
  }
  return -1;
}

/** The items of `items` not found in `text` (each on its own, anywhere, letters in order within a short stretch). */
export function missingAnywhere(text: string, items: readonly string[], slack = SLACK): string[] {
  const flat = text.replace(/\s+/g, '');
  return items.filter((item) => findSpread(flat, item, 0, slack) < 0);
}

/** Standalone whole numbers and decimals between section 二's title and section 五's, page numbers left out: the table figures. */
export function figuresBetweenTables(text: string): string[] {
  const start = text.indexOf(sectionTitle(format.sections[1] ?? { number: '', title: '' }));
  const end = text.indexOf(sectionTitle(format.sections[4] ?? { number: '', title: '' }));
  return text
    .slice(start, end)
    // Page numbers 「— 3 —」 are not figures.
    .replace(/—\s*\d+\s*—/g, ' ')
    .split(/\s+/)
    .filter((token) => /^\d+(\.\d+)?$/.test(token));
}
