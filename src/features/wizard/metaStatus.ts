/** Status of the 基本信息 step, in the same terms as a section's (engine sectionStatus). */
import type { Report, SectionStatus } from '../../engine';
import { formatIdForYear } from '../../format';

/** Whether the year is one this app writes reports for (2021 format only, for now). */
export function isSupportedYear(year: number | null): boolean {
  return year !== null && formatIdForYear(year) === '2021';
}

export function metaStatus(report: Pick<Report, 'meta'>): SectionStatus {
  const { agency, year } = report.meta;
  const hasAgency = agency.trim() !== '';
  if (year !== null && !isSupportedYear(year)) return { state: 'hasErrors', errors: 1 };
  if (!hasAgency && year === null) return { state: 'notStarted' };
  const unfilled = (hasAgency ? 0 : 1) + (year === null ? 1 : 0);
  return unfilled > 0 ? { state: 'inProgress', unfilled } : { state: 'done' };
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

/** A year typed as text: a number the draft can keep, null when empty, undefined when not a year yet. */
export function parseYear(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (trimmed === '') return null;
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}
