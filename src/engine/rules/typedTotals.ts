/**
 * T3-SUM, T3-COL, T4-SUM: a total printed in a published report against the sum of its parts. In the
 * app totals are computed and cannot disagree, so this only fires on reports read from text.
 */
import { cellsOf, formats } from '../../format';
import type { Finding } from '../finding';
import { anyUnread, computedTotal, printedCount } from '../values';
import type { Check } from './check';
import { severityOf } from './catalog';

export const checkTypedTotals: Check = (report) => {
  if (!report.printed) return [];
  const findings: Finding[] = [];
  const cells = cellsOf(formats[report.format]);
  for (const cell of cells.values()) {
    const typed = printedCount(report, cell.id);
    if (typed === undefined) continue;
    for (const identity of cell.identities) {
      // A part the importer could not read is no evidence of a wrong total (issue 14): ROW-UNREAD says so.
      if (anyUnread(report, identity.parts)) continue;
      // Sum the parts as printed: a part that is itself a total counts as the report typed it.
      let sum = 0;
      for (const part of identity.parts) {
        const partCell = cells.get(part);
        sum += printedCount(report, part) ?? (partCell ? computedTotal(report, partCell) : 0) ?? 0;
      }
      if (sum !== typed) {
        findings.push({
          ruleId: identity.ruleId,
          severity: severityOf(identity.ruleId),
          cells: [cell.id, ...identity.parts],
          params: { typed, computed: sum, difference: Math.abs(typed - sum) },
        });
      }
    }
  }
  return findings;
};
