/**
 * The official report formats. A report year chooses its format (docs/reference/RULES.md FMT-YEAR): 2021 onward the
 * 2021 format; 2019–2020 the 2019 format, to be declared as a sibling folder (2019/) when supported.
 */
import { format2021 } from './2021';
import type { FormatSpec } from './types';

export const formats = { '2021': format2021 } as const satisfies Record<string, FormatSpec>;

export type FormatId = keyof typeof formats;

/** Earliest year a report can be written in: pre-2019 reports had free-form tables. */
export const FIRST_SUPPORTED_YEAR = 2019;

/**
 * Which format a report of this year follows: '2021' for 2021 on, '2019' for 2019–2020 (not declared
 * yet), undefined before 2019.
 */
export function formatIdForYear(year: number): '2021' | '2019' | undefined {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR) return undefined;
  return year >= 2021 ? '2021' : '2019';
}

/** The declaration of a format this app supports, or undefined. */
export function formatById(id: string): FormatSpec | undefined {
  return id in formats ? formats[id as FormatId] : undefined;
}

export { format2021 };
export * from './types';
export * from './cells';
export { columnHeaderDepth, columnHeaderRows, rowHeaderCells, rowHeaderDepth } from './headerLayout';
export type { HeaderCell } from './headerLayout';
export type { CellId2021, TextFieldId2021, RuleId2021, RelationRule } from './2021';
export { relationRules2021, ruleCatalog2021 } from './2021';
