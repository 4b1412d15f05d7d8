/** Tables of the 2021 format by id, for the unit tests (read from the declaration, as the view does). */
import { format2021 } from '../../format';
import type { FormatSpec, TableSpec } from '../../format';

export function tableOf2021(id: string): TableSpec {
  const format: FormatSpec = format2021;
  const table = format.sections.flatMap((section) => section.tables ?? []).find((candidate) => candidate.id === id);
  if (!table) throw new Error(`no table ${id} in the 2021 format`);
  return table;
}

export const applicationGrid = tableOf2021('s3.grid');
export const art20Item1 = tableOf2021('s2.art20_1');
export const reviewLitigationGrid = tableOf2021('s4.grid');
export const processingFees = tableOf2021('s6.fees');
