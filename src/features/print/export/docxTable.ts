/**
 * One table of the report as a real Word table (issue 13): the header cells merged as the official format
 * prints them — across columns with w:gridSpan, down rows with w:vMerge — the header rows marked w:tblHeader
 * so that Word repeats them on each page, rows that never split, the figures as printed.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { PrintedTable } from '../printOutline';
import { pageGeometry, rowHeaderWidths } from '../pageGeometry';
import { halfPointsOf, twipsOfMm, twipsOfPt } from './docxUnits';
import { runFont } from './docxFonts';
import type { FontRole } from './docxFonts';

/** The 版心's width: a table is as wide as the text. */
export const bodyWidthTwips = twipsOfMm(
  pageGeometry.paperMm.width - pageGeometry.marginsMm.binding - pageGeometry.marginsMm.outer,
);

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const; // 0.75 pt, in eighths of a point
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Column widths in twips: the row-header columns as in the print view, the value columns sharing the rest. */
export function columnWidthsOf(printed: PrintedTable): number[] {
  const heads = (rowHeaderWidths[printed.depth] ?? []).map((fraction) => Math.round(fraction * bodyWidthTwips));
  const rest = bodyWidthTwips - heads.reduce((sum, width) => sum + width, 0);
  const count = printed.table.columns.length;
  const each = Math.floor(rest / count);
  return [...heads, ...Array.from({ length: count }, (_, index) => (index === count - 1 ? rest - each * (count - 1) : each))];
}

interface CellText {
  readonly text: string;
  readonly font: FontRole;
  readonly align: 'center' | 'left';
}

function cell(printed: PrintedTable, content: CellText, spans: { rows?: number; columns?: number } = {}): TableCell {
  const size = halfPointsOf(printed.small ? pageGeometry.sizesPt.smallTable : pageGeometry.sizesPt.table);
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: twipsOfPt(1.5), bottom: twipsOfPt(1.5), left: twipsOfPt(2), right: twipsOfPt(2) },
    ...(spans.columns && spans.columns > 1 ? { columnSpan: spans.columns } : {}),
    ...(spans.rows && spans.rows > 1 ? { rowSpan: spans.rows } : {}),
    children: [
      new Paragraph({
        alignment: content.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        // Single lines in a table: the body's fixed 28.95 pt would make every row a line of text high.
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        // Tables are not condensed (print.css: letter-spacing 0).
        children: [new TextRun({ text: content.text, font: runFont(content.font), size, characterSpacing: 0 })],
      }),
    ],
  });
}

export function docxTable(printed: PrintedTable): Table {
  const { table, depth, headerRows, bodyRows } = printed;
  const width = depth + table.columns.length;
  // Rows above the figures repeat on every page the table runs over (PRINT.md §1.3: 淮安's table 三 does not).
  const headerRow = (cells: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children: cells });
  const rows: TableRow[] = [];
  if (table.caption) rows.push(headerRow([cell(printed, { text: table.caption, font: 'hei', align: 'left' }, { columns: width })]));
  if (printed.looseNote) {
    rows.push(headerRow([cell(printed, { text: printed.looseNote, font: 'body', align: 'center' }, { columns: width })]));
  }
  headerRows.forEach((cells, level) => {
    const corner =
      level === 0 && depth > 0
        ? [cell(printed, { text: printed.corner, font: 'body', align: 'center' }, { rows: headerRows.length, columns: depth })]
        : [];
    rows.push(
      headerRow([
        ...corner,
        ...cells.map((head) =>
          cell(printed, { text: head.printed, font: 'hei', align: 'center' }, { rows: head.alongLevels, columns: head.alongItems }),
        ),
      ]),
    );
  });
  for (const row of bodyRows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          ...row.headers.map((head) =>
            cell(
              printed,
              { text: head.text, font: head.role === 'group' ? 'kai' : 'body', align: head.role === 'group' ? 'center' : 'left' },
              { rows: head.alongItems, columns: head.alongLevels },
            ),
          ),
          ...row.values.map((value) => cell(printed, { text: value, font: 'body', align: 'center' })),
        ],
      }),
    );
  }
  return new Table({
    rows,
    width: { size: bodyWidthTwips, type: WidthType.DXA },
    columnWidths: columnWidthsOf(printed),
    layout: TableLayoutType.FIXED,
    borders,
  });
}
