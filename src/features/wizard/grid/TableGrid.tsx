/**
 * A statistics table of the format as an editable grid (issue 3). First version: a plain semantic
 * table with one native input per cell and read-only totals; keyboard, paste and layout follow.
 */
import type { JSX } from 'react';
import { cellsOfTable, formats } from '../../../format';
import type { TableSpec } from '../../../format';
import { computedTotal, describeFinding, formatCellValue, parseCellInput } from '../../../engine';
import type { CellValue, Finding, Report } from '../../../engine';

export interface TableGridProps {
  table: TableSpec;
  report: Report;
  findings: readonly Finding[];
  onChange: (changes: Readonly<Record<string, CellValue | undefined>>) => void;
  onCellBlur?: (cellId: string) => void;
  readOnly?: boolean;
}

export function TableGrid({ table, report, findings, onChange, onCellBlur, readOnly }: TableGridProps): JSX.Element {
  const cells = cellsOfTable(formats[report.format], table.id);
  return (
    <table className="table-grid">
      {table.caption && <caption>{table.caption}</caption>}
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {cells
              .filter((cell) => cell.row.key === row.key)
              .map((cell) => {
                const cellFindings = findings.filter((finding) => finding.cells.includes(cell.id));
                return (
                  <td key={cell.id}>
                    {cell.sumOf ? (
                      <output aria-label={cell.name}>{formatCellValue(computedTotal(report, cell))}</output>
                    ) : (
                      <input
                        id={`cell-${cell.id}`}
                        data-cell={cell.id}
                        aria-label={cell.name}
                        readOnly={readOnly}
                        defaultValue={formatCellValue(report.values[cell.id as keyof Report['values']])}
                        aria-invalid={cellFindings.length > 0 ? true : undefined}
                        title={cellFindings.map((finding) => describeFinding(finding, report.format)).join('\n') || undefined}
                        onChange={(event) => {
                          const parsed = parseCellInput(event.target.value, cell.kind, cell.decimals);
                          if (parsed.ok) onChange({ [cell.id]: parsed.value });
                        }}
                        onBlur={() => onCellBlur?.(cell.id)}
                      />
                    )}
                  </td>
                );
              })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
