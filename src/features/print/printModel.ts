/**
 * What the print view shows besides the declaration's labels: the title from the format's template,
 * each cell's printed figure (computed totals included), and whether the report still prints as 草稿.
 * Pure: the print feature has no rules of its own, it reads the engine's verdict (issue 5).
 */
import type { CellInfo, FormatSpec, TableSpec } from '../../format';
import { cellsOfTable } from '../../format';
import { computedTotal, reportReadiness } from '../../engine';
import type { CellId, Finding, Report } from '../../engine';

/** The title split where a long title may break: after the agency, before the year (docs/reference/PRINT.md §1.1). */
export function titleParts(format: FormatSpec, report: Report): { readonly agency: string; readonly rest: string } {
  const agency = report.meta.agency.trim();
  const year = report.meta.year === null ? '' : String(report.meta.year);
  const fill = (part: string) => part.replaceAll('{机关名称}', agency).replaceAll('{年度}', year);
  const at = format.titleTemplate.indexOf('{年度}');
  if (at < 0) return { agency: '', rest: fill(format.titleTemplate) };
  return { agency: fill(format.titleTemplate.slice(0, at)), rest: fill(format.titleTemplate.slice(at)) };
}

/** The figure a cell prints: the stored value as typed, the computed total, or '' when not filled. */
export function printedValue(report: Report, cell: CellInfo): string {
  if (cell.sumOf) {
    const total = computedTotal(report, cell);
    return total === undefined ? '' : String(total);
  }
  const value = report.values[cell.id as CellId];
  return value === undefined ? '' : String(value);
}

/** The printed figures of a table, by row then column, in the declaration's order. */
export function tableValues(format: FormatSpec, report: Report, table: TableSpec): string[][] {
  const cells = cellsOfTable(format, table.id);
  return table.rows.map((row) =>
    table.columns.map((column) => {
      const cell = cells.find((candidate) => candidate.row.key === row.key && candidate.column.key === column.key);
      return cell ? printedValue(report, cell) : '';
    }),
  );
}

/** An optional table (六's fee figures) prints only when something in it is filled; the text says the rest. */
export function tablePrints(format: FormatSpec, report: Report, table: TableSpec): boolean {
  if (!table.optional) return true;
  return cellsOfTable(format, table.id).some((cell) => !cell.sumOf && report.values[cell.id as CellId] !== undefined);
}

export type DraftMarking =
  | { readonly draft: false }
  | { readonly draft: true; readonly errors: number; readonly unfilled: number; readonly missingMeta: number };

/** A report prints as 草稿 while it has errors, unfilled cells or no 机关名称/年度; otherwise clean. */
export function draftMarking(report: Report, findings: readonly Finding[]): DraftMarking {
  const readiness = reportReadiness(report, findings);
  if (readiness.ready) return { draft: false };
  return {
    draft: true,
    errors: readiness.errors,
    unfilled: readiness.unfilled,
    missingMeta: readiness.missingMeta.length,
  };
}
