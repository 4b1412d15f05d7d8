/**
 * The report as every output of the print feature lays it out (issue 13): the print view, the Word file and the
 * web page all walk this one outline, built from the format declaration and the draft, so none of them keeps its
 * own list of sections, labels, merged header cells or figures.
 */
import type { FormatSpec, TableSpec } from '../../format';
import type { Report, TextFieldId } from '../../engine';
import { columnHeaderRows, rowHeaderCells, rowHeaderDepth } from '../../format';
import type { HeaderCell } from '../../format';
import { paragraphsOf } from './paragraphs';
import type { PrintParagraph } from './paragraphs';
import { tablePrints, tableValues, titleParts } from './printModel';
import type { DraftMarking } from './printModel';
import { strings } from './strings.zh-CN';

/** A header cell with the words it prints (a column's own unit added, see `columnHeaderText`). */
export interface PrintedHeaderCell extends HeaderCell {
  readonly printed: string;
}

export interface PrintedTable {
  readonly table: TableSpec;
  /** Number of row-header columns on the left (0 for 四 and 六's one unnamed row). */
  readonly depth: number;
  /** The text of the merged top-left cell (信息内容, or 三's note), spanning the header rows and row-header columns. */
  readonly corner: string;
  /** A note that does not sit in the corner, printed under the caption. */
  readonly looseNote?: string;
  /** Column header cells by header row; `alongItems` columns wide, `alongLevels` header rows high. */
  readonly headerRows: readonly (readonly PrintedHeaderCell[])[];
  /** Each body row: the row-header cells that start in it (`alongItems` rows high, `alongLevels` columns wide), and its figures. */
  readonly bodyRows: readonly { readonly key: string; readonly headers: readonly HeaderCell[]; readonly values: readonly string[] }[];
  /** Tables of many columns print a size smaller (三, 四). */
  readonly small: boolean;
}

export interface PrintedSection {
  readonly id: string;
  /** 「总体情况」 */
  readonly title: string;
  /** 「一、总体情况」 */
  readonly heading: string;
  readonly paragraphs: readonly PrintParagraph[];
  readonly tables: readonly PrintedTable[];
}

export interface PrintOutline {
  readonly title: { readonly agency: string; readonly rest: string };
  readonly marking: DraftMarking;
  readonly sections: readonly PrintedSection[];
  /** The 落款 when chosen on 基本信息: the agency and the 成文日期 as printed. */
  readonly closing?: { readonly agency: string; readonly date: string };
}

/** A column's own unit (六's 元 in a table of 件) is printed with its label unless the label says it. */
export function columnHeaderText(table: TableSpec, cell: HeaderCell): string {
  const column = table.columns[cell.start];
  if (cell.role !== 'label' || !column?.unit || column.unit === table.unit || cell.text.includes(column.unit)) {
    return cell.text;
  }
  return `${cell.text}${strings.unitSuffix(column.unit)}`;
}

/** The more columns a table has, the smaller it prints: 三 and 四 at 9 pt, the others at 10.5 pt (PRINT.md §3.4). */
const SMALL_FROM_COLUMNS = 6;

/** One table as printed: merged headers from the declaration, the figures as printed (totals computed). */
export function printedTable(format: FormatSpec, report: Report, table: TableSpec): PrintedTable {
  const depth = rowHeaderDepth(table);
  const values = tableValues(format, report, table);
  const rowHeaders = rowHeaderCells(table);
  return {
    table,
    depth,
    corner: table.cornerLabel ?? table.note ?? '',
    ...(table.cornerLabel && table.note ? { looseNote: table.note } : {}),
    headerRows: columnHeaderRows(table).map((cells) => cells.map((cell) => ({ ...cell, printed: columnHeaderText(table, cell) }))),
    bodyRows: table.rows.map((row, index) => ({ key: row.key, headers: rowHeaders[index] ?? [], values: values[index] ?? [] })),
    small: table.columns.length + depth >= SMALL_FROM_COLUMNS,
  };
}

/** The whole report as it prints. */
export function printOutline(format: FormatSpec, report: Report, marking: DraftMarking): PrintOutline {
  const closing = report.meta.closing;
  const date = closing?.date?.trim();
  return {
    title: titleParts(format, report),
    marking,
    sections: format.sections.map((section) => ({
      id: section.id,
      title: section.title,
      heading: `${section.number}、${section.title}`,
      paragraphs: paragraphsOf(section.kind === 'text' ? (report.texts[section.id as TextFieldId] ?? '') : ''),
      tables: (section.tables ?? [])
        .filter((table) => tablePrints(format, report, table))
        .map((table) => printedTable(format, report, table)),
    })),
    ...(closing?.enabled
      ? { closing: { agency: report.meta.agency, date: date ? strings.closingDate(date) : strings.closingDateBlank } }
      : {}),
  };
}
