/** Facts about each cell, derived once from a format declaration: id, labels, kind, what it sums. */
import type { CellKind, ColumnSpec, FormatSpec, RowSpec, TableSpec } from './types';

export interface CellInfo {
  readonly id: string;
  readonly sectionId: string;
  readonly table: TableSpec;
  readonly row: RowSpec;
  readonly column: ColumnSpec;
  readonly kind: CellKind;
  readonly unit: string;
  readonly decimals?: number;
  /** Ids of the cells this computed cell adds up; absent for input cells. */
  readonly sumOf?: readonly string[];
  /**
   * Every sum this total must equal, with the rule that reports a printed total breaking it. The cell
   * where the 总计 column meets the （七）总计 row has two: across its row and down its column.
   */
  readonly identities: readonly { readonly ruleId: string; readonly parts: readonly string[] }[];
  /** Name a person (and a screen reader) knows the cell by: `（一）予以公开 自然人`, `行政复议 结果维持`. */
  readonly name: string;
  /** Where the cell sits, for descriptions: `三、本年度办理结果 · （三）不予公开`. */
  readonly context: string;
}

/** `${prefix}.${row}.${column}`, leaving out an empty row key (四 and 六 have a single unnamed row). */
export function cellIdOf(table: TableSpec, rowKey: string, columnKey: string): string {
  return joinId(joinId(table.idPrefix, rowKey), columnKey);
}

// Called for every cell and its parts as a grid first renders: plain strings, no array per call (issue 16).
const joinId = (head: string, part: string): string => (head === '' ? part : part === '' ? head : `${head}.${part}`);

function cellName(table: TableSpec, row: RowSpec, column: ColumnSpec): string {
  switch (table.cellName ?? 'rowColumn') {
    case 'column':
      return column.label;
    case 'groupColumn':
      return `${column.groups?.at(-1) ?? ''} ${column.label}`.trim();
    case 'rowColumn':
      return `${row.label} ${column.label}`;
  }
}

function tableCells(sectionId: string, table: TableSpec): CellInfo[] {
  return table.rows.flatMap((row) =>
    table.columns.map((column): CellInfo => {
      const id = cellIdOf(table, row.key, column.key);
      // A cell is computed along its row (总计 column) or its column (（七）总计 row); where both
      // meet, summing the row's computed column parts gives the same number.
      const sumOf = column.sumOf
        ? column.sumOf.map((key) => cellIdOf(table, row.key, key))
        : row.sumOf?.map((key) => cellIdOf(table, key, column.key));
      const identities = [
        ...(column.sumOf && table.sumRules?.columns
          ? [{ ruleId: table.sumRules.columns, parts: column.sumOf.map((key) => cellIdOf(table, row.key, key)) }]
          : []),
        ...(row.sumOf && table.sumRules?.rows
          ? [{ ruleId: table.sumRules.rows, parts: row.sumOf.map((key) => cellIdOf(table, key, column.key)) }]
          : []),
      ];
      return {
        id,
        sectionId,
        table,
        row,
        column,
        kind: column.kind ?? table.kind,
        unit: column.unit ?? table.unit,
        decimals: column.decimals ?? table.decimals,
        sumOf,
        identities,
        name: cellName(table, row, column),
        context: [...(row.groups ?? []), ...(column.groups ?? [])].join(' · '),
      };
    }),
  );
}

const cache = new WeakMap<FormatSpec, ReadonlyMap<string, CellInfo>>();
const tableCache = new WeakMap<TableSpec, readonly CellInfo[]>();

/** The cells of one table, derived once: the same objects in cellsOf and cellsOfTable. */
function cellsOfTableSpec(sectionId: string, table: TableSpec): readonly CellInfo[] {
  let cells = tableCache.get(table);
  if (!cells) {
    cells = tableCells(sectionId, table);
    tableCache.set(table, cells);
  }
  return cells;
}

/** Every cell of a format, in reading order (section, table, row, column), by id. */
export function cellsOf(format: FormatSpec): ReadonlyMap<string, CellInfo> {
  let cells = cache.get(format);
  if (!cells) {
    const list = format.sections.flatMap((section) =>
      (section.tables ?? []).flatMap((table) => cellsOfTableSpec(section.id, table)),
    );
    cells = new Map(list.map((cell) => [cell.id, cell]));
    cache.set(format, cells);
  }
  return cells;
}

/** The cells an officer types into (every cell that is not a computed total). */
export function inputCellsOf(format: FormatSpec): CellInfo[] {
  return [...cellsOf(format).values()].filter((cell) => !cell.sumOf);
}

/**
 * The cells of one table, in reading order. Only that table's cells are derived (issue 16: a grid's first render
 * does not derive the whole format's).
 */
export function cellsOfTable(format: FormatSpec, tableId: string): CellInfo[] {
  for (const section of format.sections) {
    const table = section.tables?.find((candidate) => candidate.id === tableId);
    if (table) return [...cellsOfTableSpec(section.id, table)];
  }
  return [];
}
