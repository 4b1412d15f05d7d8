/**
 * The header rows and column widths of a grid: TanStack's header groups with the format's merged cells,
 * and the row-header corner (信息内容 in 二). Depends on the declaration only, so it renders once.
 */
import { memo } from 'react';
import type { JSX } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { RowSpec, TableSpec } from '../../../format';
import { headerCellsOf } from './columns';
import type { gridFeatures } from './columns';

export interface GridHeadProps {
  readonly table: TableSpec;
  readonly rowHeaderDepth: number;
  readonly tanstack: ReactTable<typeof gridFeatures, RowSpec, null>;
}

function GridHeadView({ table, rowHeaderDepth, tanstack }: GridHeadProps): JSX.Element {
  const headerGroups = tanstack.getHeaderGroups();
  const headerCells = headerCellsOf(headerGroups);
  return (
    <thead>
      {headerGroups.map((group, level) => (
        <tr key={group.id}>
          {level === 0 &&
            rowHeaderDepth > 0 &&
            (table.cornerLabel ? (
              <th scope="col" rowSpan={headerGroups.length} colSpan={rowHeaderDepth}>
                {table.cornerLabel}
              </th>
            ) : (
              <td className="grid-corner" rowSpan={headerGroups.length} colSpan={rowHeaderDepth} />
            ))}
          {(headerCells[level] ?? []).map(({ header, rowSpan, colSpan }) => (
            <th key={header.id} scope="col" colSpan={colSpan} rowSpan={rowSpan}>
              <tanstack.FlexRender header={header} />
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}

// The table instance is built once per table; the header changes only with the declaration.
export const GridHead = memo(
  GridHeadView,
  (before, after) => before.table === after.table && before.rowHeaderDepth === after.rowHeaderDepth,
);
