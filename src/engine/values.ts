/** Reading numbers out of a report: stored inputs, computed totals, and totals as a report printed them. */
import { cellsOf, formats } from '../format';
import type { CellInfo } from '../format';
import type { CellId, Report } from './report';

/** The whole number in a count cell, or undefined when it is empty or not a valid count. */
export function countOf(report: Report, id: string): number | undefined {
  const value = report.values[id as CellId];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The cell's declaration, or undefined for an id the report's format does not have. */
export function cellInfo(report: Report, id: string): CellInfo | undefined {
  return cellsOf(formats[report.format]).get(id);
}

/**
 * The total computed from the cells it adds up (empty counts as 0); undefined when none of them is
 * filled. Totals are derived on every read and stored nowhere (docs/architecture.md, ADR 0002).
 */
export function computedTotal(report: Report, cell: CellInfo): number | undefined {
  if (!cell.sumOf) return undefined;
  let sum = 0;
  let filled = false;
  const cells = cellsOf(formats[report.format]);
  for (const part of cell.sumOf) {
    const partCell = cells.get(part);
    const value = partCell?.sumOf ? computedTotal(report, partCell) : countOf(report, part);
    if (value !== undefined) {
      sum += value;
      filled = true;
    }
  }
  return filled ? sum : undefined;
}

/** A printed value as a count, when it is one ("12", "０", " 3 "); undefined otherwise. */
export function printedCount(report: Report, id: string): number | undefined {
  const text = report.printed?.[id as CellId];
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The number a rule reads for a cell: the stored input, or for a total the figure the report printed
 * (a published report is checked as printed, RULES.md T3-BAL) and otherwise the computed one.
 */
export function numberAt(report: Report, id: string): number | undefined {
  const cell = cellInfo(report, id);
  if (!cell) return undefined;
  if (!cell.sumOf) return countOf(report, id) ?? printedCount(report, id);
  return printedCount(report, id) ?? computedTotal(report, cell);
}

/** True when an input cell holds a value (0 included). */
export function isFilled(report: Report, id: string): boolean {
  return report.values[id as CellId] !== undefined;
}

/**
 * True when a report read from a published text has no figure for the cell because the importer could
 * not read it (the cell is absent from `printed`, not printed blank) and nobody has typed it since; a
 * total is unread when one of its parts is. Rules never judge such a cell (issue 14): an empty or zero
 * reading of a row that was not read would be a false error.
 */
export function isUnread(report: Report, id: string): boolean {
  if (!report.printed || report.origin !== 'published') return false;
  if (report.printed[id as CellId] !== undefined) return false;
  const cell = cellInfo(report, id);
  if (!cell) return false;
  if (!cell.sumOf) return report.values[id as CellId] === undefined;
  return cell.sumOf.some((part) => isUnread(report, part));
}

/** True when any of the cells is unread (see isUnread). */
export function anyUnread(report: Report, ids: readonly string[]): boolean {
  return ids.some((id) => isUnread(report, id));
}
