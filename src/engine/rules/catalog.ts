/** Severity of a rule id, from the format's rule catalog. */
import { ruleCatalog2021 } from '../../format';
import type { Severity } from '../../format';

const severities = new Map<string, Severity>(ruleCatalog2021.map((rule) => [rule.id, rule.severity]));

export function severityOf(ruleId: string): Severity {
  return severities.get(ruleId) ?? 'warning';
}
