/**
 * Per-cell rules of every table: a value that is not a count ≥ 0 (or an amount ≥ 0) — T3-INT, T4-INT,
 * T2-INT, T2-NUM — and empty cells (T3-EMPTY, T4-EMPTY). A published report may print "/" or leave a
 * cell blank; a draft from a file is checked again here even though the file door refuses such values.
 */
import { cellsOf, formats } from '../../format';
import type { CellInfo, TableSpec } from '../../format';
import type { Finding } from '../finding';
import type { CellId } from '../report';
import type { Check } from './check';
import { severityOf } from './catalog';

function isValidValue(cell: CellInfo, value: unknown): boolean {
  if (cell.kind === 'count') return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  return typeof value === 'string' && /^\d+(\.\d+)?$/.test(value);
}

function isValidPrinted(cell: CellInfo, text: string): boolean {
  const trimmed = text.trim();
  return cell.kind === 'count' ? /^\d+$/.test(trimmed) : /^\d+(\.\d+)?$/.test(trimmed);
}

export const checkCellValues: Check = (report) => {
  const findings: Finding[] = [];
  const emptyByTable = new Map<TableSpec, string[]>();
  for (const cell of cellsOf(formats[report.format]).values()) {
    const printed = report.printed?.[cell.id as CellId];
    const value = report.values[cell.id as CellId];
    if (printed !== undefined && printed.trim() !== '' && !isValidPrinted(cell, printed)) {
      findings.push({
        ruleId: cell.table.valueRule,
        severity: severityOf(cell.table.valueRule),
        cells: [cell.id],
        params: { value: printed.trim(), kind: cell.kind },
      });
      continue;
    }
    if (cell.sumOf) continue;
    if (value !== undefined && !isValidValue(cell, value)) {
      findings.push({
        ruleId: cell.table.valueRule,
        severity: severityOf(cell.table.valueRule),
        cells: [cell.id],
        params: { value: String(value), kind: cell.kind },
      });
    }
    // Printed blank, not unread: a row the importer could not read is no empty row (issue 14, ROW-UNREAD).
    const printedEmpty = report.printed !== undefined && printed !== undefined && printed.trim() === '';
    if (cell.table.emptyRule && (report.printed ? printedEmpty : value === undefined)) {
      const list = emptyByTable.get(cell.table) ?? [];
      list.push(cell.id);
      emptyByTable.set(cell.table, list);
    }
  }
  // A published report may also leave its printed totals blank (上海 2019): count those too.
  if (report.printed) {
    for (const cell of cellsOf(formats[report.format]).values()) {
      const printed = report.printed[cell.id as CellId];
      if (cell.sumOf && cell.table.emptyRule && printed !== undefined && printed.trim() === '') {
        emptyByTable.set(cell.table, [...(emptyByTable.get(cell.table) ?? []), cell.id]);
      }
    }
  }
  for (const [table, cells] of emptyByTable) {
    const ruleId = table.emptyRule as string;
    const total = table.rows.length * table.columns.length;
    findings.push({
      ruleId,
      // Published reports are assessed as printed: blank cells are a warning there (RULES.md T3-EMPTY).
      severity: report.origin === 'published' ? 'warning' : severityOf(ruleId),
      cells,
      params: { count: cells.length, of: report.printed ? total : cellsOfInputs(table) },
    });
  }
  return findings;
};

function cellsOfInputs(table: TableSpec): number {
  const computedColumns = table.columns.filter((column) => column.sumOf).length;
  const computedRows = table.rows.filter((row) => row.sumOf).length;
  return (table.rows.length - computedRows) * (table.columns.length - computedColumns);
}
