/**
 * Settling joined rows that a row's own arithmetic leaves open: by the columns' arithmetic (三), or by
 * the prose and last year's report (二's document rows). Each accepted only when one reading remains.
 */
import { cellsOf, format2021, relationRules2021 } from '../../format';
import type { Report, TextFieldId } from '../report';
import { reportFormatOf } from '../rules/sections';
import { textFactsOf } from '../rules/textFacts';
import { numberAt } from '../values';
import type { RowPlan } from './rows';
import type { TableRead } from './types';

/**
 * A joined row of 三 whose own total leaves several splits (「270020130」: 27|0|0|2|0|1|30 or
 * 2|7|0|0|20|1|30) is settled by the columns: each column's （七）总计 is the sum of its rows (T3-SUM)
 * and 一 + 二 = （七）+ 四 (T3-BAL). Accepted only when exactly one combination of the ambiguous rows'
 * splits makes every such identity hold.
 */
export function settleApplicationRows(ambiguous: readonly RowPlan[], read: TableRead): void {
  if (ambiguous.length === 0 || ambiguous.length > 4) return;
  const issues = ambiguous.map((plan) => read.issues.find((issue) => issue.kind === 'rowAmbiguous' && issue.row === plan.label));
  if (issues.some((issue) => issue?.kind !== 'rowAmbiguous')) return;
  const candidateLists = issues.map((issue) => (issue?.kind === 'rowAmbiguous' ? issue.candidates : []));
  // Bound the work on a long paste: beyond a few thousand combinations the rows stay reported.
  if (candidateLists.reduce((product, list) => product * list.length, 1) > 5000) return;
  const cells = [...cellsOf(format2021).values()].filter((cell) => cell.sectionId === 's3');
  const sums = cells.flatMap((cell) => cell.identities.map((identity) => ({ total: cell.id, parts: identity.parts })));
  const balances = relationRules2021.flatMap((rule) => (rule.kind === 'balance' ? [rule] : []));
  const holds = (printed: ReadonlyMap<string, string>): boolean => {
    const at = (id: string): number | undefined => {
      const text = printed.get(id);
      return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
    };
    const sum = (ids: readonly string[]): number | undefined => {
      let total = 0;
      for (const id of ids) {
        const value = at(id);
        if (value === undefined) return undefined;
        total += value;
      }
      return total;
    };
    for (const identity of sums) {
      const total = at(identity.total);
      const parts = sum(identity.parts);
      if (total !== undefined && parts !== undefined && total !== parts) return false;
    }
    for (const rule of balances) {
      const left = sum(rule.left);
      const right = sum(rule.right);
      if (left !== undefined && right !== undefined && left !== right) return false;
    }
    return true;
  };
  const fitting: (readonly string[])[][] = [];
  const choose = (index: number, chosen: (readonly string[])[]): void => {
    if (fitting.length > 1) return;
    if (index === ambiguous.length) {
      const printed = new Map(read.printed);
      ambiguous.forEach((plan, row) => plan.cellIds.forEach((id, cell) => printed.set(id, chosen[row]?.[cell] ?? '')));
      if (holds(printed)) fitting.push([...chosen]);
      return;
    }
    for (const candidate of candidateLists[index] ?? []) choose(index + 1, [...chosen, candidate]);
  };
  choose(0, []);
  const [only] = fitting;
  if (fitting.length !== 1 || !only) return;
  ambiguous.forEach((plan, row) => {
    const chosen = only[row] ?? [];
    plan.cellIds.forEach((id, cell) => read.printed.set(id, chosen[cell] ?? ''));
    const issueIndex = read.issues.findIndex((issue) => issue.kind === 'rowAmbiguous' && issue.row === plan.label);
    const issue = read.issues[issueIndex];
    read.issues.splice(issueIndex, 1);
    read.notes.push({ kind: 'rowDecodedByColumns', row: plan.label, line: issue?.kind === 'rowAmbiguous' ? issue.line : 0, cells: chosen });
  });
}

/**
 * A joined row of 二（规章, 行政规范性文件: 本年制发, 本年废止, 现行有效) has no sum to split it by. Evidence
 * may still leave one reading: 现行有效 and 本年废止 cannot exceed last year's 现行有效 plus 本年制发, and
 * the prose may state 制发 or 现行有效. Used only when exactly one reading remains, and said so.
 */
export function settleDocumentRows(
  ambiguous: readonly RowPlan[],
  read: TableRead,
  texts: Readonly<Partial<Record<TextFieldId, string>>>,
  lastYear: Report | undefined,
): void {
  const facts = textFactsOf(texts);
  for (const plan of ambiguous) {
    const issueIndex = read.issues.findIndex((issue) => issue.kind === 'rowAmbiguous' && issue.row === plan.label);
    const issue = read.issues[issueIndex];
    if (!issue || issue.kind !== 'rowAmbiguous') continue;
    const row = /^s2\.(rules|normativeDocs)\.issued$/.exec(plan.cellIds[0] ?? '')?.[1];
    if (!row || plan.cellIds.length !== 3) continue;
    let candidates = issue.candidates.map((candidate) => candidate.map(Number));
    const evidence: ('text' | 'lastYear')[] = [];
    (['issued', 'repealed', 'inForce'] as const).forEach((column, index) => {
      for (const fact of facts) {
        if (fact.kind !== 'number' || fact.quantity !== `${row}.${column}`) continue;
        const agreeing = candidates.filter((candidate) => candidate[index] === fact.stated);
        if (agreeing.length > 0 && agreeing.length < candidates.length) {
          candidates = agreeing;
          if (!evidence.includes('text')) evidence.push('text');
        }
      }
    });
    const last = lastYear && reportFormatOf(lastYear) === '2021' ? numberAt(lastYear, `s2.${row}.inForce`) : undefined;
    // Last year's figures may themselves be wrong: use them only when the prose leaves a choice.
    if (last !== undefined && candidates.length > 1) {
      const bounded = candidates.filter(([issued = 0, repealed = 0, inForce = 0]) => inForce <= last + issued && repealed <= last + issued);
      if (bounded.length < candidates.length && bounded.length > 0) {
        candidates = bounded;
        evidence.push('lastYear');
      }
    }
    const [only] = candidates;
    if (candidates.length !== 1 || !only) continue;
    const cells = only.map(String);
    plan.cellIds.forEach((id, index) => read.printed.set(id, cells[index] ?? ''));
    read.issues.splice(issueIndex, 1);
    read.notes.push({ kind: 'rowDecodedWithEvidence', row: plan.label, line: issue.line, cells, evidence });
  }
}
