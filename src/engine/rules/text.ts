/**
 * TXT-NUM and TXT-CLAIM: numbers and claims in the prose against the tables (RULES.md §4). A warning
 * names the sentence (field + excerpt) and the cell. Nothing is said about a quantity whose cells are
 * all empty: a draft being typed has nothing to contradict yet.
 */
import type { Finding } from '../finding';
import type { Report } from '../report';
import { numberAt } from '../values';
import type { Check } from './check';
import { severityOf } from './catalog';
import { claimZeroCells, quantityReadings } from './textQuantities';
import { textFactsOf } from './textFacts';

/** The sum of the cells, or undefined when none of them holds a number. */
function readingOf(report: Report, cells: readonly string[]): number | undefined {
  let sum = 0;
  let filled = false;
  for (const id of cells) {
    const value = numberAt(report, id);
    if (value !== undefined) {
      sum += value;
      filled = true;
    }
  }
  return filled ? sum : undefined;
}

export const checkTextAgainstTables: Check = (report) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const fact of textFactsOf(report.texts)) {
    if (fact.kind === 'number') {
      const readings = quantityReadings[fact.quantity]
        .map((cells) => ({ cells, value: readingOf(report, cells) }))
        .filter((reading): reading is { cells: readonly string[]; value: number } => reading.value !== undefined);
      const first = readings[0];
      if (!first || readings.some((reading) => reading.value === fact.stated)) continue;
      const key = `${fact.field}|${fact.quantity}|${fact.stated}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        ruleId: 'TXT-NUM',
        severity: severityOf('TXT-NUM'),
        cells: first.cells,
        field: fact.field,
        params: { stated: fact.stated, table: first.value, excerpt: fact.excerpt, quantity: fact.quantity },
      });
    } else {
      const cells = claimZeroCells[fact.claim];
      const nonZero = cells.filter((id) => (numberAt(report, id) ?? 0) > 0);
      if (nonZero.length === 0) continue;
      const key = `${fact.field}|${fact.claim}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        ruleId: 'TXT-CLAIM',
        severity: severityOf('TXT-CLAIM'),
        cells: nonZero,
        field: fact.field,
        params: {
          excerpt: fact.excerpt,
          claim: fact.claim,
          values: nonZero.map((id) => numberAt(report, id) ?? 0).join('、'),
        },
      });
    }
  }
  return findings;
};
