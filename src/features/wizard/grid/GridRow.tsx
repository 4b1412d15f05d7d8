/**
 * One row of a grid. Its cells read their figures from the grid's value store themselves (issue 16), so a
 * row re-renders only when the marks of one of its cells change, never on a keystroke.
 */
import { memo } from 'react';
import type { JSX } from 'react';
import type { CellValue } from '../../../engine';
import type { CellInfo } from '../../../format';
import { InputCell, TotalCell } from './GridCell';
import type { RowHeaderCell } from './layout';
import { RowHeaderCells } from './RowHeaderCells';
import type { CellMarks } from './marks';
import { countRender } from './renderCount';
import type { GridValueStore } from './valueStore';

export interface GridRowProps {
  readonly headers: readonly RowHeaderCell[];
  readonly cells: readonly CellInfo[];
  /** The grid's context descriptions (GridModel.contexts). */
  readonly contexts: ReadonlyMap<string, string>;
  /** Id of the row's own form (TableGrid). */
  readonly form: string;
  readonly store: GridValueStore;
  readonly marks: ReadonlyMap<string, CellMarks>;
  readonly readOnly: boolean;
  readonly onCommit: (cellId: string, value: CellValue | undefined) => void;
  readonly onLeave: (cellId: string) => void;
}

function GridRowView({ headers, cells, contexts, form, store, marks, readOnly, onCommit, onLeave }: GridRowProps): JSX.Element {
  countRender(`row ${cells[0]?.id ?? ''}`);
  return (
    <tr>
      <RowHeaderCells headers={headers} />
      {cells.map((cell) =>
        cell.sumOf ? (
          <TotalCell key={cell.id} cell={cell} contextId={contexts.get(cell.context)} form={form} store={store} marks={marks.get(cell.id)} />
        ) : (
          <InputCell
            key={cell.id}
            cell={cell}
            contextId={contexts.get(cell.context)}
            form={form}
            store={store}
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
    before.contexts !== after.contexts ||
    before.headers !== after.headers ||
    before.form !== after.form ||
    before.store !== after.store ||
    before.readOnly !== after.readOnly ||
    before.onCommit !== after.onCommit ||
    before.onLeave !== after.onLeave
  ) {
    return false;
  }
  return after.cells.every((cell) => before.marks.get(cell.id)?.key === after.marks.get(cell.id)?.key);
}

export const GridRow = memo(GridRowView, sameRow);
