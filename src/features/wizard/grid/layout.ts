/**
 * Where things sit in a grid, derived once per table from the declaration: the merged row-header cells
 * to the left (三、本年度办理结果 over its rows, （三）不予公开 over its eight), and the matrix of cells
 * that the keys move through (computed totals are skipped: nobody types into them).
 */
import { cellIdOf, cellsOfTable, rowHeaderCells, rowHeaderDepth } from '../../../format';
import type { CellInfo, FormatSpec, TableSpec } from '../../../format';

export interface RowHeaderCell {
  readonly key: string;
  readonly label: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** A group spanning several rows, or the row's own label. */
  readonly scope: 'rowgroup' | 'row';
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface GridModel {
  readonly table: TableSpec;
  /** Columns of row headers to the left; 0 when the table's rows have no label (四, 六). */
  readonly rowHeaderDepth: number;
  /** Per row, the row-header cells that start in it. */
  readonly rowHeaders: readonly (readonly RowHeaderCell[])[];
  /** cells[row][column], in the declaration's order. */
  readonly cells: readonly (readonly CellInfo[])[];
  readonly byId: ReadonlyMap<string, CellInfo>;
  readonly positionOf: ReadonlyMap<string, { readonly row: number; readonly column: number }>;
  /** Ids of the cells an officer types into, in reading order. */
  readonly inputIds: readonly string[];
  /** The computed totals, in reading order. */
  readonly totalCells: readonly CellInfo[];
  /**
   * Each distinct group context of the table's cells (「三、本年度办理结果 · （三）不予公开」) with the id of the one
   * hidden element that says it: cells of a group share it in aria-describedby rather than each carrying a copy
   * (issue 16: 175 hidden copies were a quarter of the 三 step's elements on its first render).
   */
  readonly contexts: ReadonlyMap<string, string>;
}

/**
 * The row-header cells of a table: each group once, spanning its consecutive rows — the merged layout of the
 * format (src/format/headerLayout.ts, shared with the print view), in the grid's terms.
 */
export function rowHeadersOf(table: TableSpec): { depth: number; rows: RowHeaderCell[][] } {
  const depth = rowHeaderDepth(table);
  const rows = rowHeaderCells(table).map((cells) =>
    cells.map(
      (cell): RowHeaderCell => ({
        key: cell.key,
        label: cell.text,
        rowSpan: cell.alongItems,
        colSpan: cell.alongLevels,
        scope: cell.role === 'group' ? 'rowgroup' : 'row',
      }),
    ),
  );
  return { depth, rows };
}

const models = new WeakMap<TableSpec, GridModel>();

/** The grid model of a table of a format (cached: tables are constants of the declaration). */
export function gridModelOf(format: FormatSpec, table: TableSpec): GridModel {
  const cached = models.get(table);
  if (cached) return cached;
  // cellsOfTable gives the cells row by row, column by column: the matrix is its slices (no lookup per cell).
  const list = cellsOfTable(format, table.id);
  const width = table.columns.length;
  const cells = table.rows.map((row, index) => {
    const line = list.slice(index * width, (index + 1) * width);
    const first = line[0];
    if (line.length !== width || (first && first.id !== cellIdOf(table, row.key, table.columns[0]?.key ?? ''))) {
      throw new Error(`cells of ${table.id} row ${row.key} are not declared in order`);
    }
    return line;
  });
  const byId = new Map(list.map((cell) => [cell.id, cell]));
  const positionOf = new Map<string, { row: number; column: number }>();
  cells.forEach((line, row) => line.forEach((cell, column) => positionOf.set(cell.id, { row, column })));
  const { depth, rows } = rowHeadersOf(table);
  const model: GridModel = {
    table,
    rowHeaderDepth: depth,
    rowHeaders: rows,
    cells,
    byId,
    positionOf,
    inputIds: cells.flat().filter((cell) => !cell.sumOf).map((cell) => cell.id),
    totalCells: cells.flat().filter((cell) => cell.sumOf !== undefined),
    contexts: new Map(
      [...new Set(cells.flat().map((cell) => cell.context).filter((context) => context !== ''))].map((context, index) => [
        context,
        `grid-${table.id}-context-${index}`,
      ]),
    ),
  };
  models.set(table, model);
  return model;
}

const steps: Record<Direction, { readonly row: number; readonly column: number }> = {
  up: { row: -1, column: 0 },
  down: { row: 1, column: 0 },
  left: { row: 0, column: -1 },
  right: { row: 0, column: 1 },
};

/**
 * The input cell the key moves to: the same column of the next / previous row, or the next / previous
 * cell of the same row, passing over computed totals; undefined at the edge of the table.
 */
export function neighbourOf(model: GridModel, cellId: string, direction: Direction): string | undefined {
  const start = model.positionOf.get(cellId);
  if (!start) return undefined;
  const step = steps[direction];
  let row = start.row + step.row;
  let column = start.column + step.column;
  for (;;) {
    const cell = model.cells[row]?.[column];
    if (!cell) return undefined;
    if (!cell.sumOf) return cell.id;
    row += step.row;
    column += step.column;
  }
}

/** Digits a cell takes after the point: the column's declaration, 4 for 万元 amounts by default. */
export function maxDecimalsOf(cell: CellInfo): number {
  return cell.decimals ?? 4;
}
