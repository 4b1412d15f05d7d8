/**
 * The units table as an .xlsx workbook for the office's records (issue 15): a sheet 汇总单位 (one row per unit,
 * as on screen, and a totals row), then one sheet per table of the format (one row per counted unit, a column
 * per cell, totals included, and a totals row). ExcelJS is passed in, so the browser loads it only on demand.
 */
import type ExcelJS from 'exceljs';
import { addDecimals, unitValue } from '../../draft';
import type { ConsolidationPlan } from '../../draft';
import type { CellValue } from '../../engine';
import { cellsOfTable, format2021 } from '../../format';
import type { SectionSpec, TableSpec } from '../../format';
import { consolidateStrings as t } from './strings.zh-CN';
import { FIGURE_CELLS, figureLabel, sourceText, statusText, totalsOf } from './unitsRows';

type Excel = typeof ExcelJS;

/** A cell value as Excel keeps it: counts and amounts as numbers (amounts have at most 4 decimals), empty as null. */
function excelValue(value: CellValue | undefined): number | null {
  return value === undefined ? null : Number(value);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(section: SectionSpec, table: TableSpec, used: Set<string>): string {
  const base = `${section.number}、${table.caption ?? section.title}`.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || table.id;
  let name = base;
  for (let index = 2; used.has(name); index += 1) name = `${base}${index}`;
  used.add(name);
  return name;
}

function sumOfColumn(values: readonly (CellValue | undefined)[]): CellValue | undefined {
  const filled = values.filter((value): value is CellValue => value !== undefined);
  if (filled.length === 0) return undefined;
  return filled.every((value) => typeof value === 'number')
    ? filled.reduce<number>((sum, value) => sum + Number(value), 0)
    : addDecimals(filled.map(String));
}

/** Builds the workbook of a plan. */
export function unitsWorkbook(Excel: Excel, plan: ConsolidationPlan): ExcelJS.Workbook {
  const workbook = new Excel.Workbook();
  workbook.creator = 'nianbao';
  const units = workbook.addWorksheet(t.unitsSheet);
  units.addRow([
    t.columns.agency,
    t.columns.year,
    t.columns.format,
    t.columns.errors,
    t.columns.warnings,
    ...FIGURE_CELLS.map(figureLabel),
    t.columns.source,
    t.columns.status,
  ]);
  for (const row of plan.rows) {
    units.addRow([
      row.unit.agency,
      row.unit.year,
      t.formatName(row.unit.format),
      row.unit.errors,
      row.unit.warnings,
      ...FIGURE_CELLS.map((id) => excelValue(unitValue(row.unit, id))),
      sourceText(row),
      statusText(row),
    ]);
  }
  const totals = totalsOf(plan);
  units.addRow([t.totalsRow, null, null, totals.errors, totals.warnings, ...FIGURE_CELLS.map((id) => excelValue(totals.figures[id])), null, null]);
  units.getRow(1).font = { bold: true };

  const used = new Set([t.unitsSheet]);
  const sections: readonly SectionSpec[] = format2021.sections;
  for (const section of sections) {
    for (const table of section.tables ?? []) {
      const cells = cellsOfTable(format2021, table.id);
      const sheet = workbook.addWorksheet(sheetName(section, table, used));
      sheet.addRow([t.columns.agency, ...cells.map((cell) => cell.name)]);
      sheet.getRow(1).font = { bold: true };
      for (const unit of plan.counted) sheet.addRow([unit.agency, ...cells.map((cell) => excelValue(unitValue(unit, cell.id)))]);
      sheet.addRow([t.totalsRow, ...cells.map((cell) => excelValue(sumOfColumn(plan.counted.map((unit) => unitValue(unit, cell.id)))))]);
    }
  }
  return workbook;
}
