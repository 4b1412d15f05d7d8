/** The report model: what an officer fills in, independent of where it is stored. */
import type { CellId2021, FormatId, TextFieldId2021 } from '../format';
import { formats, inputCellsOf } from '../format';

/** A count is a whole number ≥ 0; an amount is an exact decimal kept as text ("0.5000"), never a float. */
export type CellValue = number | string;

export type CellId = CellId2021;
export type TextFieldId = TextFieldId2021;

export interface ReportMeta {
  /** 机关名称 */
  readonly agency: string;
  /** 年度: the year the report covers. */
  readonly year: number | null;
  /** Print a closing block (机关名称 and date) under the report, for the signed and sealed paper copy. */
  readonly closing?: { readonly enabled: boolean; readonly date?: string };
}

/** A warning the officer accepted, with the written explanation (说明) kept in the draft. */
export interface AcceptedNote {
  readonly ruleId: string;
  readonly cells: readonly string[];
  readonly note: string;
  readonly acceptedAt: string;
}

export interface Report {
  readonly format: FormatId;
  readonly meta: ReportMeta;
  /** Input cells only; an absent id is "not filled", which is not 0. Totals are never stored. */
  readonly values: Readonly<Partial<Record<CellId, CellValue>>>;
  readonly texts: Readonly<Partial<Record<TextFieldId, string>>>;
  /** Accepted warnings by finding key (see findingKey). */
  readonly notes: Readonly<Record<string, AcceptedNote>>;
  /**
   * Only for a report read from a published text: every cell as printed, totals included, so that a
   * typed total can be checked against the computed one. Drafts typed in the app have none.
   */
  readonly printed?: Readonly<Partial<Record<CellId, string>>>;
  /** 'published' for a report read from published text: empty cells there are a warning, not an error. */
  readonly origin?: 'draft' | 'published';
}

/** A report of this format with nothing filled in. */
export function emptyReport(format: FormatId = '2021', meta: Partial<ReportMeta> = {}): Report {
  return {
    format,
    meta: { agency: meta.agency ?? '', year: meta.year ?? null, ...meta },
    values: {},
    texts: {},
    notes: {},
  };
}

/** The same report with every input cell that is not filled set to 0 (「其余填 0」). */
export function fillEmptyWithZero(report: Report, cellIds?: readonly string[]): Report {
  const values: Partial<Record<CellId, CellValue>> = { ...report.values };
  const wanted = cellIds ? new Set(cellIds) : undefined;
  for (const cell of inputCellsOf(formats[report.format])) {
    if (wanted && !wanted.has(cell.id)) continue;
    const id = cell.id as CellId;
    // Amounts are decimal text, counts numbers (report.ts CellValue).
    if (values[id] === undefined) values[id] = cell.kind === 'amount' ? '0' : 0;
  }
  return { ...report, values };
}
