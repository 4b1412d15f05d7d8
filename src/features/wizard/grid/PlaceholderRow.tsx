/**
 * A row of a grid as its first frame draws it when the row is below the first screen (issue 16, ready): its labels
 * and its figures as plain text in boxes the size of its cells, without inputs, hooks or subscriptions. The real row
 * replaces it in the render after that frame, before anyone can scroll to it.
 */
import type { JSX } from 'react';
import { formatCellValue } from '../../../engine';
import type { CellInfo } from '../../../format';
import type { RowHeaderCell } from './layout';
import { RowHeaderCells } from './RowHeaderCells';
import type { GridValueStore } from './valueStore';

export interface PlaceholderRowProps {
  readonly headers: readonly RowHeaderCell[];
  readonly cells: readonly CellInfo[];
  readonly store: GridValueStore;
}

export function PlaceholderRow({ headers, cells, store }: PlaceholderRowProps): JSX.Element {
  return (
    <tr data-placeholder-row="">
      <RowHeaderCells headers={headers} />
      {cells.map((cell) => (
        <td key={cell.id} className={cell.sumOf ? 'grid-cell grid-cell--total' : 'grid-cell'}>
          {/* The same box as the cell's input or output (grid.css), so that the real row takes the same place. */}
          <span className="grid-cell-placeholder">
            {formatCellValue(cell.sumOf ? store.totalOf(cell) : store.valueOf(cell.id)) || '\u00a0'}
          </span>
        </td>
      ))}
    </tr>
  );
}
