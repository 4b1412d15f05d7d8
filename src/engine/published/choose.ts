/**
 * Ask, don't guess (issue 14): a row whose joined digits (「693665」) split several ways that all add
 * up is shown to the officer with its candidate splits as choices. Last year's report, when known,
 * ranks them: 现行有效 = 上年现行有效 + 本年制发 − 本年废止 (T2-XY-VALID) for 二's document rows, and
 * 上年结转 = last year's 结转下年度继续办理 (T3-XY-CARRY) for 三. Choosing one puts it in the report as
 * the officer's reading, said so in the notes.
 */
import { cellsOf, format2021 } from '../../format';
import type { CellId, CellValue, Report } from '../report';
import { numberAt } from '../values';
import type { ParseIssue, PublishedReport } from './types';

type Ambiguous = Extract<ParseIssue, { kind: 'rowAmbiguous' }>;

/** How far a candidate is from what last year's report implies (0: it agrees), or undefined when last year says nothing. */
function distanceFromLastYear(issue: Ambiguous, candidate: readonly string[], lastYear: Report): number | undefined {
  const cells = candidate.map(Number);
  const document = /^s2\.(rules|normativeDocs)\.issued$/.exec(issue.cellIds[0] ?? '')?.[1];
  if (document && cells.length === 3) {
    const last = numberAt(lastYear, `s2.${document}.inForce`);
    if (last === undefined) return undefined;
    const [issued = 0, repealed = 0, inForce = 0] = cells;
    return Math.abs(last + issued - repealed - inForce);
  }
  if (issue.cellIds[0]?.startsWith('s3.carriedIn.')) {
    let distance = 0;
    for (const [index, id] of issue.cellIds.entries()) {
      const last = numberAt(lastYear, id.replace('s3.carriedIn.', 's3.carriedOver.'));
      if (last === undefined) return undefined;
      distance += Math.abs(last - (cells[index] ?? 0));
    }
    return distance;
  }
  return undefined;
}

export interface RankedCandidate {
  readonly cells: readonly string[];
  /** True when last year's report agrees with this split exactly. */
  readonly agreesWithLastYear: boolean;
}

/** The candidate splits of an ambiguous row, those last year's report agrees with first (stable otherwise). */
export function rankedCandidates(issue: Ambiguous, lastYear?: Report): RankedCandidate[] {
  const scored = issue.candidates.map((cells, index) => ({
    cells,
    index,
    distance: lastYear ? distanceFromLastYear(issue, cells, lastYear) : undefined,
  }));
  return scored
    .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || a.index - b.index)
    .map(({ cells, distance }) => ({ cells, agreesWithLastYear: distance === 0 }));
}

/** The parse with the officer's choice of split for one ambiguous row: cells set, issue gone, a note added. */
export function chooseSplit(parsed: PublishedReport, issue: Ambiguous, cells: readonly string[]): PublishedReport {
  const all = cellsOf(format2021);
  const printed: Partial<Record<CellId, string>> = { ...parsed.report.printed };
  const values: Partial<Record<CellId, CellValue>> = { ...parsed.report.values };
  issue.cellIds.forEach((id, index) => {
    const text = cells[index] ?? '';
    printed[id as CellId] = text;
    const cell = all.get(id);
    if (cell && !cell.sumOf && /^\d+$/.test(text)) values[id as CellId] = cell.kind === 'amount' ? text : Number(text);
  });
  return {
    ...parsed,
    report: { ...parsed.report, printed, values },
    issues: parsed.issues.filter((other) => other !== issue),
    notes: [...parsed.notes, { kind: 'rowChosen', row: issue.row, line: issue.line, cells }],
  };
}
