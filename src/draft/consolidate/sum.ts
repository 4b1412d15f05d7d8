/**
 * The sums of a 汇总 (issue 15): every input cell of 二、三、四 and 六's fees added up over the counted units,
 * counts as whole numbers and amounts exactly as decimal text. A cell no unit filled stays empty (not 0),
 * so the 汇总 shows the same gaps its units left. Totals are never stored: they follow from these sums.
 */
import { numberAt } from '../../engine';
import type { CellValue, Report } from '../../engine';
import { cellsOf, formats } from '../../format';
import type { FormatId } from '../../format';
import { addDecimals } from './decimal';
import type { ConsolidationUnit } from './types';

/** Every input cell's sum over the units; a cell filled by none is absent. */
export function sumUnits(units: readonly ConsolidationUnit[], format: FormatId = '2021'): Record<string, CellValue> {
  const cells = cellsOf(formats[format]);
  const counts = new Map<string, number>();
  const amounts = new Map<string, string[]>();
  for (const unit of units) {
    for (const [id, value] of Object.entries(unit.values)) {
      const cell = cells.get(id);
      if (!cell || cell.sumOf) continue;
      if (cell.kind === 'count' && typeof value === 'number') counts.set(id, (counts.get(id) ?? 0) + value);
      else if (cell.kind === 'amount' && typeof value === 'string') amounts.set(id, [...(amounts.get(id) ?? []), value]);
    }
  }
  const sums: Record<string, CellValue> = {};
  // In the format's order, so the saved draft reads like the report.
  for (const id of cells.keys()) {
    const count = counts.get(id);
    if (count !== undefined) sums[id] = count;
    const parts = amounts.get(id);
    if (parts) sums[id] = addDecimals(parts);
  }
  return sums;
}

/** One unit's part of a cell. */
export interface Contribution {
  readonly unitId: string;
  readonly agency: string;
  readonly value: CellValue;
}

function unitReport(unit: ConsolidationUnit): Report {
  return { format: unit.format, meta: { agency: unit.agency, year: unit.year }, values: unit.values as Report['values'], texts: {}, notes: {} };
}

/**
 * Which units contributed how much to a cell, in the order of the units: an input cell's stored values, a
 * total's computed figure. Units that left the cell empty are not listed.
 */
export function breakdownOf(units: readonly ConsolidationUnit[], cellId: string): Contribution[] {
  const contributions: Contribution[] = [];
  for (const unit of units) {
    const value = unitValue(unit, cellId);
    if (value !== undefined) contributions.push({ unitId: unit.id, agency: unit.agency, value });
  }
  return contributions;
}

/** A unit's figure in a cell: the stored value of an input cell, the computed figure of a total. */
export function unitValue(unit: ConsolidationUnit, cellId: string): CellValue | undefined {
  const cell = cellsOf(formats[unit.format]).get(cellId);
  if (!cell) return undefined;
  return cell.sumOf ? numberAt(unitReport(unit), cellId) : unit.values[cellId];
}
