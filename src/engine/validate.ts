/** validate(report, context) → findings: every rule of the report's format, pure and fast. */
import type { Finding } from './finding';
import type { Report } from './report';
import { checkCellValues } from './rules/cellValues';
import type { Check, ValidationContext } from './rules/check';
import { checkRelations } from './rules/relations';
import { checkSections } from './rules/sections';
import { checkTextAgainstTables } from './rules/text';
import { checkTypedTotals } from './rules/typedTotals';
import { checkUnreadRows } from './rules/unreadRows';
import { checkYearOverYear } from './rules/yearOverYear';

/** The checks run on every report; later rules (text, year over year) join this list. */
export const checks: Check[] = [
  checkCellValues,
  checkTypedTotals,
  checkRelations,
  checkYearOverYear,
  checkTextAgainstTables,
  checkSections,
  checkUnreadRows,
];

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Every finding of every rule, errors first, in the order of the format within a severity. */
export function validate(report: Report, context: ValidationContext = {}): Finding[] {
  const findings = checks.flatMap((check) => check(report, context));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

export type { ValidationContext } from './rules/check';
