/**
 * One table of the format as printed: the declaration's two-level headers as merged cells, merged
 * row-group cells on the left, the figures (computed totals included) and the corner note of 三.
 * The layout comes from printOutline.ts, which the Word and web-page exports read too (issue 13).
 */
import type { PrintedTable } from './printOutline';

/**
 * Row-header columns get their widths from print.css (classes, not style attributes: the CSP allows no
 * inline style); the value columns share the rest (table-layout: fixed).
 */
function rowHeaderColumnClass(depth: number, level: number): string {
  return `print-col-head print-col-head-${depth}-${level}`;
}

export function PrintTable({ printed }: { printed: PrintedTable }) {
  const { table, depth, corner, looseNote, headerRows, bodyRows } = printed;
  const size = printed.small ? 'print-table print-table-small' : 'print-table';
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
                {cell.printed}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {bodyRows.map((row) => (
          <tr key={row.key || 'row'}>
            {row.headers.map((cell) => (
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
            {row.values.map((value, column) => (
              <td key={table.columns[column]?.key ?? column}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
