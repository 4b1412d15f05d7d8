/** What a rule reports: codes, cells and numbers; the wording lives in messages.zh-CN.ts. */
import type { Severity } from '../format';

export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  /** Rule id of docs/reference/RULES.md (T3-BAL, TXT-NUM, …). */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Cells the finding concerns, first the one to focus. */
  readonly cells: readonly string[];
  /** The numbers and names the message shows. */
  readonly params: FindingParams;
  /** A text field the finding concerns (TXT-NUM names the sentence in 一, 总体情况). */
  readonly field?: string;
}

/** Stable key of a finding, used to keep an accepted warning's note across edits. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'cells' | 'field'>): string {
  return [finding.ruleId, finding.field ?? '', ...finding.cells].join('|');
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
