/**
 * The units table as data (issue 15): the same columns on screen and in the .xlsx, so the Excel file always
 * equals what the officer saw. Figure columns are format cells, named as the format names them.
 */
import { addDecimals, unitValue } from '../../draft';
import type { ConsolidationPlan, PlannedUnit } from '../../draft';
import type { CellValue } from '../../engine';
import { cellsOf, format2021 } from '../../format';
import { consolidateStrings as t } from './strings.zh-CN';

/** The figures each unit shows beside its checks: 三 本年新收 总计 (the first thing an office compares). */
export const FIGURE_CELLS = ['s3.new.total'] as const;

export function figureLabel(cellId: string): string {
  return cellsOf(format2021).get(cellId)?.name ?? cellId;
}

export type SortKey = 'agency' | 'year' | 'errors' | 'warnings' | 'status' | (typeof FIGURE_CELLS)[number];

export function statusText(row: PlannedUnit): string {
  const { status } = row;
  switch (status.kind) {
    case 'counted':
      return row.unit.errors > 0 ? t.status.countedWithErrors(row.unit.errors) : t.status.counted;
    case 'excluded':
      return t.status.excluded;
    case 'duplicate':
      return t.status.duplicate;
    case 'otherYear':
      return t.status.otherYear(status.year, status.expected);
    case 'otherFormat':
      return t.status.otherFormat(status.format, status.expected);
  }
}

export function sourceText(row: PlannedUnit): string {
  return row.unit.source === 'file' ? (row.unit.fileName ?? '') : t.sourceDraft;
}

const collator = new Intl.Collator('zh-CN');
const statusRank = { counted: 0, excluded: 1, duplicate: 2, otherYear: 3, otherFormat: 4 } as const;

function sortValue(row: PlannedUnit, key: SortKey): number | string {
  switch (key) {
    case 'agency':
      return row.unit.agency;
    case 'year':
      return row.unit.year ?? -1;
    case 'errors':
      return row.unit.errors;
    case 'warnings':
      return row.unit.warnings;
    case 'status':
      return statusRank[row.status.kind];
    default: {
      const value = unitValue(row.unit, key);
      return typeof value === 'number' ? value : value === undefined ? -1 : Number(value);
    }
  }
}

/** The rows in the order asked for; ties keep the order the units were added in. */
export function sortRows(rows: readonly PlannedUnit[], key: SortKey, direction: 'ascending' | 'descending'): PlannedUnit[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = sortValue(a.row, key);
      const y = sortValue(b.row, key);
      const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The totals of the counted units: errors, warnings, and each figure column. */
export function totalsOf(plan: ConsolidationPlan): { errors: number; warnings: number; figures: Record<string, CellValue | undefined> } {
  const figures: Record<string, CellValue | undefined> = {};
  for (const id of FIGURE_CELLS) {
    const values = plan.counted.map((unit) => unitValue(unit, id)).filter((value): value is CellValue => value !== undefined);
    figures[id] =
      values.length === 0
        ? undefined
        : values.every((value) => typeof value === 'number')
          ? values.reduce<number>((sum, value) => sum + Number(value), 0)
          : addDecimals(values.map(String));
  }
  return {
    errors: plan.counted.reduce((sum, unit) => sum + unit.errors, 0),
    warnings: plan.counted.reduce((sum, unit) => sum + unit.warnings, 0),
    figures,
  };
}
