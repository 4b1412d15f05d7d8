/**
 * One row of a grid. Memoised on what it shows — its cells' values, its totals, its marks — so that a
 * keystroke re-renders the row typed in and the rows whose totals move (（七）总计), not all 26.
 */
import { memo } from 'react';
import type { JSX } from 'react';
import type { CellId, CellValue, Report } from '../../../engine';
import type { CellInfo } from '../../../format';
import { InputCell, TotalCell } from './GridCell';
import type { RowHeaderCell } from './layout';
import type { CellMarks } from './marks';

export interface GridRowProps {
  readonly headers: readonly RowHeaderCell[];
  readonly cells: readonly CellInfo[];
  readonly report: Report;
  /** Every total of the table, computed once per change of the report (TableGrid). */
  readonly totals: ReadonlyMap<string, number | undefined>;
  readonly marks: ReadonlyMap<string, CellMarks>;
  readonly readOnly: boolean;
  readonly onCommit: (cellId: string, value: CellValue | undefined) => void;
  readonly onLeave: (cellId: string) => void;
}

function GridRowView({ headers, cells, report, totals, marks, readOnly, onCommit, onLeave }: GridRowProps): JSX.Element {
  return (
    <tr>
      {headers.map((header) => (
        <th key={header.key} scope="row" rowSpan={header.rowSpan} colSpan={header.colSpan}>
          {header.label}
        </th>
      ))}
      {cells.map((cell) =>
        cell.sumOf ? (
          <TotalCell key={cell.id} cell={cell} total={totals.get(cell.id)} marks={marks.get(cell.id)} />
        ) : (
          <InputCell
            key={cell.id}
            cell={cell}
            value={report.values[cell.id as CellId]}
            marks={marks.get(cell.id)}
            readOnly={readOnly}
            onCommit={onCommit}
            onLeave={onLeave}
          />
        ),
      )}
    </tr>
  );
}

function sameRow(before: GridRowProps, after: GridRowProps): boolean {
  if (
    before.cells !== after.cells ||
    before.headers !== after.headers ||
    before.readOnly !== after.readOnly ||
    before.onCommit !== after.onCommit ||
    before.onLeave !== after.onLeave
  ) {
    return false;
  }
  for (const cell of after.cells) {
    if (before.marks.get(cell.id)?.key !== after.marks.get(cell.id)?.key) return false;
    if (cell.sumOf) {
      if (before.totals.get(cell.id) !== after.totals.get(cell.id)) return false;
    } else if (before.report.values[cell.id as CellId] !== after.report.values[cell.id as CellId]) {
      return false;
    }
  }
  return true;
}

export const GridRow = memo(GridRowView, sameRow);
