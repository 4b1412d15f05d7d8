/**
 * The format check of the door: every stored value belongs to an input cell of the draft's format and has
 * that cell's kind (a count is a whole number ≥ 0, an amount a decimal text ≥ 0). Unknown or computed
 * cells are reported, never dropped silently (issue 6).
 */
import { cellsOf } from '../format';
import type { FormatSpec } from '../format';

export type CellValueFault = 'negative' | 'fractional' | 'notNumber' | 'amountNotText';

export type CellCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'unknownCells'; readonly cells: readonly string[] }
  | { readonly ok: false; readonly code: 'badCellValue'; readonly cell: string; readonly fault: CellValueFault; readonly value: string };

const AMOUNT = /^\d{1,16}(\.\d{1,8})?$/;

function faultOf(kind: 'count' | 'amount', value: unknown): CellValueFault | undefined {
  if (kind === 'count') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'notNumber';
    if (value < 0) return 'negative';
    if (!Number.isInteger(value)) return 'fractional';
    return undefined;
  }
  if (typeof value === 'number') return 'amountNotText';
  if (typeof value !== 'string') return 'notNumber';
  if (/^\s*-/.test(value)) return 'negative';
  return AMOUNT.test(value) ? undefined : 'notNumber';
}

/** Checks a draft's values (and the ids of its printed values) against the format's cells. */
export function checkCellValues(
  format: FormatSpec,
  values: Readonly<Record<string, unknown>>,
  printedIds: readonly string[] = [],
): CellCheck {
  const cells = cellsOf(format);
  // One pass over the values (a 汇总 checks 500 units' values this way, issue 15 bench): every unknown cell is
  // named, and without any, the first value of the wrong kind.
  const unknown: string[] = [];
  let bad: CellCheck | undefined;
  for (const id in values) {
    if (!Object.hasOwn(values, id)) continue;
    const cell = cells.get(id);
    if (!cell || cell.sumOf !== undefined) {
      unknown.push(id);
      continue;
    }
    if (bad !== undefined || unknown.length > 0) continue;
    const value = values[id];
    const fault = faultOf(cell.kind, value);
    if (fault) bad = { ok: false, code: 'badCellValue', cell: id, fault, value: String(value).slice(0, 40) };
  }
  for (const id of printedIds) if (!cells.has(id)) unknown.push(id);
  if (unknown.length > 0) return { ok: false, code: 'unknownCells', cells: unknown };
  return bad ?? { ok: true };
}
