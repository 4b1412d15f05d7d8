/**
 * Merged header cells of a table, derived from the format declaration's `groups` (issue 5): the column headers
 * become header rows with colSpan/rowSpan, the row groups merged row-header cells on the left. Nothing here knows
 * a label; it only merges what the declaration says. Computed once for every view — the print view and the
 * wizard's grid both read it (issue 12: they had a copy each).
 */
import type { ColumnSpec, RowSpec, TableSpec } from './types';

/** One header cell as printed: where it starts and how far it spans along and across the header. */
export interface HeaderCell {
  readonly key: string;
  readonly text: string;
  /** Index of the first column (for column headers) or row (for row headers) it covers. */
  readonly start: number;
  /** Header level it starts at (0 = outermost). */
  readonly level: number;
  /** How many columns (rows) it covers. */
  readonly alongItems: number;
  /** How many header levels it covers. */
  readonly alongLevels: number;
  readonly role: 'group' | 'label';
}

interface Slot {
  readonly key: string;
  readonly text: string;
  readonly role: 'group' | 'label';
}

/**
 * Merges equal neighbours of a grid of slots (items × levels): a cell spans the items that share its key
 * at its level and the levels that repeat its key for its item.
 */
function mergeSlots(slots: readonly (readonly Slot[])[], depth: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let level = 0; level < depth; level += 1) {
    for (let item = 0; item < slots.length; item += 1) {
      const slot = slots[item]?.[level];
      if (!slot) continue;
      if (level > 0 && slots[item]?.[level - 1]?.key === slot.key) continue;
      if (item > 0 && slots[item - 1]?.[level]?.key === slot.key) continue;
      let alongItems = 1;
      while (slots[item + alongItems]?.[level]?.key === slot.key) alongItems += 1;
      let alongLevels = 1;
      while (slots[item]?.[level + alongLevels]?.key === slot.key) alongLevels += 1;
      cells.push({ key: slot.key, text: slot.text, start: item, level, alongItems, alongLevels, role: slot.role });
    }
  }
  return cells;
}

function groupSlots(groups: readonly string[] | undefined): Slot[] {
  return (groups ?? []).map((_, index, all) => ({
    key: `g:${all.slice(0, index + 1).join('/')}`,
    text: all[index] ?? '',
    role: 'group',
  }));
}

/** The levels of a column, stretched to `depth`: the innermost group grows down, or else the label grows up. */
function columnSlots(table: TableSpec, column: ColumnSpec, depth: number): Slot[] {
  const head: Slot[] = table.columnHeader ? [{ key: 'h', text: table.columnHeader, role: 'group' }] : [];
  const groups = groupSlots(column.groups);
  const label: Slot = { key: `l:${column.key}`, text: column.label, role: 'label' };
  const missing = depth - head.length - groups.length - 1;
  const last = groups.at(-1);
  if (last) return [...head, ...groups, ...Array<Slot>(missing).fill(last), label];
  return [...head, ...Array<Slot>(missing + 1).fill(label)];
}

/** Number of header rows above the values. */
export function columnHeaderDepth(table: TableSpec): number {
  const groups = Math.max(0, ...table.columns.map((column) => column.groups?.length ?? 0));
  return (table.columnHeader ? 1 : 0) + groups + 1;
}

/** The column header cells, by header row. */
export function columnHeaderRows(table: TableSpec): HeaderCell[][] {
  const depth = columnHeaderDepth(table);
  const cells = mergeSlots(
    table.columns.map((column) => columnSlots(table, column, depth)),
    depth,
  );
  return Array.from({ length: depth }, (_, level) => cells.filter((cell) => cell.level === level));
}

/** Number of row-header columns: 0 when the table's rows carry no label (四 and 六 have one unnamed row). */
export function rowHeaderDepth(table: TableSpec): number {
  if (table.rows.every((row) => row.label === '' && !row.groups?.length)) return 0;
  return Math.max(...table.rows.map((row) => (row.groups?.length ?? 0) + 1));
}

/** A row's levels stretched to `depth`: its label spans the levels its groups leave free. */
function rowSlots(row: RowSpec, depth: number): Slot[] {
  const groups = groupSlots(row.groups);
  const label: Slot = { key: `l:${row.key}`, text: row.label, role: 'label' };
  return [...groups, ...Array<Slot>(depth - groups.length).fill(label)];
}

/** The row-header cells that start in each body row (a merged group cell appears in its first row only). */
export function rowHeaderCells(table: TableSpec): HeaderCell[][] {
  const depth = rowHeaderDepth(table);
  const cells = mergeSlots(
    table.rows.map((row) => rowSlots(row, depth)),
    depth,
  );
  return table.rows.map((_, index) =>
    cells.filter((cell) => cell.start === index).sort((a, b) => a.level - b.level),
  );
}
