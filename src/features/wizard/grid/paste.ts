/**
 * A block copied from Excel or WPS (rows separated by newlines, cells by tabs) laid onto a grid from
 * the focused cell (issue 3 item 4). Pure: it says what would change and what cannot be taken; the
 * grid asks the officer before changing more than one cell.
 */
import { computedTotal, describeInputProblem, formatCellValue, parseCellInput } from '../../../engine';
import type { CellValue, Report } from '../../../engine';
import type { GridModel } from './layout';
import { maxDecimalsOf } from './layout';
import { gridStrings } from './strings.zh-CN';

export interface PastePlan {
  /** Input cells to set (undefined empties a cell, as an empty cell of the copied block does). */
  readonly changes: Readonly<Record<string, CellValue | undefined>>;
  /** How many input cells the block reaches. */
  readonly count: number;
  /** One sentence for each value that cannot be taken. */
  readonly problems: readonly string[];
}

/** The copied text as rows of cells; the newline Excel puts after the last row is not a row. */
export function clipboardRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** True when the text holds more than one cell (a plain paste of one value is left to the input). */
export function isBlock(text: string): boolean {
  const rows = clipboardRows(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

/**
 * What pasting `text` at `startId` would do. A value landing on a computed total is not typed in:
 * it is passed over silently when it equals the total the pasted values give, and reported otherwise.
 */
export function planPaste(model: GridModel, report: Report, startId: string, text: string): PastePlan {
  const start = model.positionOf.get(startId);
  if (!start) return { changes: {}, count: 0, problems: [] };
  const changes: Record<string, CellValue | undefined> = {};
  const problems: string[] = [];
  const onTotals: { id: string; text: string }[] = [];
  let outside = 0;
  let count = 0;
  clipboardRows(text).forEach((line, i) => {
    line.forEach((raw, j) => {
      const cell = model.cells[start.row + i]?.[start.column + j];
      const value = raw.trim();
      if (!cell) {
        if (value !== '') outside += 1;
        return;
      }
      if (cell.sumOf) {
        if (value !== '') onTotals.push({ id: cell.id, text: value });
        return;
      }
      count += 1;
      const parsed = parseCellInput(value, cell.kind, maxDecimalsOf(cell));
      if (parsed.ok) changes[cell.id] = parsed.value;
      else problems.push(gridStrings.pasteValueProblem(cell.name, value, describeInputProblem(parsed.problem, cell.kind, cell.unit)));
    });
  });
  if (onTotals.length > 0) {
    const after: Report = { ...report, values: { ...report.values, ...changes } };
    for (const { id, text: typed } of onTotals) {
      const cell = model.byId.get(id);
      if (!cell) continue;
      const computed = computedTotal(after, cell);
      const parsed = parseCellInput(typed, cell.kind, maxDecimalsOf(cell));
      if (parsed.ok && parsed.value === (computed ?? parsed.value)) continue;
      problems.push(gridStrings.pasteComputed(cell.name, typed, formatCellValue(computed ?? 0)));
    }
  }
  if (outside > 0) problems.push(gridStrings.pasteOutside(outside));
  return { changes, count, problems };
}
