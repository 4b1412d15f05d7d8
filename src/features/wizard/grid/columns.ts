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
