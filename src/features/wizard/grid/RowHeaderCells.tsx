/** The header cells that name a grid's row (its groups and its label), as GridRow and PlaceholderRow draw them. */
import type { JSX } from 'react';
import type { RowHeaderCell } from './layout';

export function RowHeaderCells({ headers }: { readonly headers: readonly RowHeaderCell[] }): JSX.Element {
  return (
    <>
      {headers.map((header) => (
        <th key={header.key} scope="row" rowSpan={header.rowSpan} colSpan={header.colSpan}>
          {header.label}
        </th>
      ))}
    </>
  );
}
