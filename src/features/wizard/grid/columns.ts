/**
 * TanStack Table (v9) column definitions from a table's declaration: value columns nested under the
 * header cells the format prints above them (申请人情况 › 法人或其他组织 › 商业企业; 行政诉讼 › 复议后起诉
 * › 结果维持), so that TanStack builds the official two- and three-level headers. Built once per table.
 */
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { ColumnDef } from '@tanstack/react-table';
import type { ColumnSpec, RowSpec, TableSpec } from '../../../format';
import { gridStrings } from './strings.zh-CN';

/** No sorting, filtering or selection: the format fixes every row and column. */
export const gridFeatures = tableFeatures({});
type Features = typeof gridFeatures;
export type GridColumnDef = ColumnDef<Features, RowSpec>;

const helper = createColumnHelper<Features, RowSpec>();

/** A column's header text; a unit other than the table's is said in the header (六: 元 among 件). */
export function columnHeaderText(table: TableSpec, column: ColumnSpec): string {
  return column.unit && column.unit !== table.unit ? `${column.label}（${gridStrings.unit(column.unit)}）` : column.label;
}

interface GroupNode {
  readonly label: string;
  readonly path: string;
  readonly children: (GroupNode | ColumnSpec)[];
}

function isGroup(node: GroupNode | ColumnSpec): node is GroupNode {
  return 'children' in node;
}

/** Consecutive columns sharing a group label hang under one group node, level by level. */
function groupTree(columns: readonly ColumnSpec[]): (GroupNode | ColumnSpec)[] {
  const root: GroupNode = { label: '', path: '', children: [] };
  for (const column of columns) {
    let parent = root;
    for (const label of column.groups ?? []) {
      const last = parent.children.at(-1);
      if (last && isGroup(last) && last.label === label) {
        parent = last;
      } else {
        const node: GroupNode = { label, path: `${parent.path}/${label}`, children: [] };
        parent.children.push(node);
        parent = node;
      }
    }
    parent.children.push(column);
  }
  return root.children;
}

function toDefs(table: TableSpec, nodes: readonly (GroupNode | ColumnSpec)[]): GridColumnDef[] {
  return nodes.map((node) =>
    isGroup(node)
      ? helper.group({ id: `group:${node.path}`, header: node.label, columns: toDefs(table, node.children) })
      : helper.display({ id: node.key, header: columnHeaderText(table, node) }),
  );
}

const cache = new WeakMap<TableSpec, { columns: GridColumnDef[]; rows: RowSpec[] }>();

/** Stable columns and rows of a table for `useTable` (new arrays each render would rebuild the table). */
export function tableInputsOf(table: TableSpec): { columns: GridColumnDef[]; rows: RowSpec[] } {
  let inputs = cache.get(table);
  if (!inputs) {
    const tree = toDefs(table, groupTree(table.columns));
    const columns = table.columnHeader
      ? [helper.group({ id: 'group:header', header: table.columnHeader, columns: tree })]
      : tree;
    inputs = { columns, rows: [...table.rows] };
    cache.set(table, inputs);
  }
  return inputs;
}

/** What a header needs for laying out merged cells (TanStack's Header has these). */
export interface HeaderLike {
  readonly id: string;
  readonly isPlaceholder: boolean;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly subHeaders: readonly HeaderLike[];
  readonly column: { readonly id: string };
}

/**
 * The header cells to draw, level by level, with their spans. TanStack merges a shallow leaf's chain of
 * placeholders into one tall cell (自然人 under 申请人情况), which is the format's layout; but where a
 * whole group is shallow (四: 行政复议 beside 行政诉讼 › 未经复议直接起诉) the format stretches the group
 * header down instead and keeps its columns in the bottom row, so the spans are moved accordingly.
 */
export function headerCellsOf<H extends HeaderLike>(
  levels: readonly { readonly headers: readonly H[] }[],
): { header: H; rowSpan: number; colSpan: number }[][] {
  const rowSpans = new Map<string, number>();
  for (const level of levels) {
    for (const header of level.headers) {
      const [first] = header.subHeaders;
      if (header.isPlaceholder || header.rowSpan !== 1 || !first) continue;
      const chain = first.rowSpan;
      if (chain < 2 || !header.subHeaders.every((sub) => sub.isPlaceholder && sub.rowSpan === chain)) continue;
      rowSpans.set(header.id, chain);
      for (const sub of header.subHeaders) {
        let link: HeaderLike | undefined = sub;
        while (link) {
          const next: HeaderLike | undefined = link.subHeaders.find((child) => child.column.id === sub.column.id);
          rowSpans.set(link.id, next ? 0 : 1);
          link = next;
        }
      }
    }
  }
  return levels.map((level) =>
    level.headers
      .map((header) => ({ header, rowSpan: rowSpans.get(header.id) ?? header.rowSpan, colSpan: header.colSpan }))
      .filter((cell) => cell.rowSpan > 0),
  );
}
