/**
 * One table of the format as printed: the declaration's two-level headers as merged cells, merged
 * row-group cells on the left, the figures (computed totals included) and the corner note of 三.
 */
import type { FormatSpec, TableSpec } from '../../format';
import type { Report } from '../../engine';
import { columnHeaderRows, rowHeaderCells, rowHeaderDepth } from '../../format';
import type { HeaderCell } from '../../format';
import { tableValues } from './printModel';
import { strings } from './strings.zh-CN';

/**
 * Row-header columns get their widths from print.css (classes, not style attributes: the CSP allows no
 * inline style); the value columns share the rest (table-layout: fixed).
 */
function rowHeaderColumnClass(depth: number, level: number): string {
  return `print-col-head print-col-head-${depth}-${level}`;
}

/** A column's own unit (六's 元 in a table of 件) is printed with its label unless the label says it. */
function columnText(table: TableSpec, cell: HeaderCell): string {
  const column = table.columns[cell.start];
  if (cell.role !== 'label' || !column?.unit || column.unit === table.unit || cell.text.includes(column.unit)) {
    return cell.text;
  }
  return `${cell.text}${strings.unitSuffix(column.unit)}`;
}

export function PrintTable({ format, report, table }: { format: FormatSpec; report: Report; table: TableSpec }) {
  const headerRows = columnHeaderRows(table);
  const rowHeaders = rowHeaderCells(table);
  const depth = rowHeaderDepth(table);
  const values = tableValues(format, report, table);
  const corner = table.cornerLabel ?? table.note ?? '';
  // A note that does not sit in the corner prints under the caption.
  const looseNote = table.cornerLabel && table.note ? table.note : undefined;
  const size = table.columns.length + depth > 5 ? 'print-table print-table-small' : 'print-table';
  return (
    <table className={size} data-table={table.id}>
      <colgroup>
        {Array.from({ length: depth }, (_, level) => (
          <col key={`head-${level}`} className={rowHeaderColumnClass(depth, level)} />
        ))}
        {table.columns.map((column) => (
          <col key={column.key} />
        ))}
      </colgroup>
      <thead>
        {table.caption && (
          <tr>
            <th colSpan={depth + table.columns.length} scope="colgroup" className="print-table-caption">
              {table.caption}
            </th>
          </tr>
        )}
        {looseNote && (
          <tr>
            <th colSpan={depth + table.columns.length} scope="colgroup" className="print-table-note">
              {looseNote}
            </th>
          </tr>
        )}
        {headerRows.map((cells, level) => (
          <tr key={level}>
            {level === 0 && depth > 0 && (
              <th rowSpan={headerRows.length} colSpan={depth} className="print-table-corner">
                {corner}
              </th>
            )}
            {cells.map((cell) => (
              <th
                key={cell.key}
                colSpan={cell.alongItems}
                rowSpan={cell.alongLevels}
                scope={cell.alongItems > 1 ? 'colgroup' : 'col'}
              >
                {columnText(table, cell)}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={row.key || 'row'}>
            {(rowHeaders[index] ?? []).map((cell) => (
              <th
                key={cell.key}
                rowSpan={cell.alongItems}
                colSpan={cell.alongLevels}
                scope={cell.alongItems > 1 ? 'rowgroup' : 'row'}
                className={cell.role === 'group' ? 'print-row-group' : 'print-row-label'}
              >
                {cell.text}
              </th>
            ))}
            {(values[index] ?? []).map((value, column) => (
              <td key={table.columns[column]?.key ?? column}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
