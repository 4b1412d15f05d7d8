/**
 * TXT-NUM and TXT-CLAIM: numbers and claims in the prose against the tables (docs/reference/RULES.md §4). A warning
 * names the sentence (field + excerpt) and the cell. Nothing is said about a quantity whose cells are
 * all empty: a draft being typed has nothing to contradict yet.
 */
import type { Finding } from '../finding';
import type { CellId, Report } from '../report';
import { numberAt } from '../values';
import type { Check } from './check';
import { severityOf } from './catalog';
import { claimZeroCells, quantityReadings } from './textQuantities';
import { amountQuantities, textFactsOf } from './textFacts';

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

/** An amount cell as a number: the stored decimal text, or the printed one. */
function amountOf(report: Report, id: string): number | undefined {
  const text = String(report.values[id as CellId] ?? report.printed?.[id as CellId] ?? '').trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** A stated amount agrees when it is the table's figure, or that figure rounded to the decimals stated. */
function sameAmount(stated: string, table: number): boolean {
  const decimals = stated.split('.')[1]?.length ?? 0;
  return Math.abs(Number(stated) - table) < 1e-9 || Number(table.toFixed(decimals)) === Number(stated);
}

export const checkTextAgainstTables: Check = (report) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const fact of textFactsOf(report.texts)) {
    if (fact.kind === 'number') {
      const amount = amountQuantities.has(fact.quantity);
      const readings = quantityReadings()[fact.quantity]
        .map((cells) => ({ cells, value: amount ? amountOf(report, cells[0] ?? '') : readingOf(report, cells) }))
        .filter((reading): reading is { cells: readonly string[]; value: number } => reading.value !== undefined);
      const first = readings[0];
      const agrees = (value: number) => (amount ? sameAmount(fact.statedText, value) : value === fact.stated);
      if (!first || readings.some((reading) => agrees(reading.value))) continue;
      // One finding per sentence field and cells: findingKey (accepted notes, list keys) must be unique.
      const key = `TXT-NUM|${fact.field}|${first.cells.join('|')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        ruleId: 'TXT-NUM',
        severity: severityOf('TXT-NUM'),
        cells: first.cells,
        field: fact.field,
        params: { stated: amount ? fact.statedText : fact.stated, table: amount ? String(report.values[first.cells[0] as CellId] ?? report.printed?.[first.cells[0] as CellId] ?? first.value) : first.value, excerpt: fact.excerpt, quantity: fact.quantity },
      });
    } else {
      const cells = claimZeroCells[fact.claim];
      const nonZero = cells.filter((id) => (numberAt(report, id) ?? 0) > 0);
      if (nonZero.length === 0) continue;
      const key = `TXT-CLAIM|${fact.field}|${nonZero.join('|')}`;
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
