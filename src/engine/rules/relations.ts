/** The rules that relate cells across rows and tables (T3-BAL, T2-VALID-MIN, T3-FEE-LINK, T2-FEE-DP). */
import { relationRules2021 } from '../../format';
import type { RelationRule } from '../../format';
import type { Finding } from '../finding';
import type { CellId, Report } from '../report';
import { anyUnread, numberAt } from '../values';
import type { Check } from './check';
import { severityOf } from './catalog';

function sumOf(report: Report, cells: readonly string[]): { sum: number; filled: number } {
  let sum = 0;
  let filled = 0;
  for (const id of cells) {
    const value = numberAt(report, id);
    if (value !== undefined) {
      sum += value;
      filled += 1;
    }
  }
  return { sum, filled };
}

/** The cells a relation reads. */
function cellsOfRule(rule: RelationRule): readonly string[] {
  if (rule.kind === 'balance') return [...rule.left, ...rule.right];
  if (rule.kind === 'atLeast') return [rule.left, ...rule.plus, ...rule.minus, ...(rule.when ? [rule.when] : [])];
  return rule.cells;
}

function checkRelation(report: Report, rule: RelationRule): Finding | undefined {
  // A row the importer could not read is not judged (issue 14): ROW-UNREAD names it instead.
  if (anyUnread(report, cellsOfRule(rule))) return undefined;
  const severity = severityOf(rule.ruleId);
  switch (rule.kind) {
    case 'balance': {
      const left = sumOf(report, rule.left);
      const right = sumOf(report, rule.right);
      // A column nobody has started is not yet unbalanced; one filled cell makes empty ones count as 0.
      if (left.filled + right.filled === 0 || left.sum === right.sum) return undefined;
      return {
        ruleId: rule.ruleId,
        severity,
        cells: [rule.scope, ...rule.left.filter((id) => id !== rule.scope), ...rule.right],
        params: { left: left.sum, right: right.sum, difference: Math.abs(left.sum - right.sum) },
      };
    }
    case 'atLeast': {
      if (rule.when !== undefined && !((numberAt(report, rule.when) ?? 0) > 0)) return undefined;
      const parts = [...rule.plus, ...rule.minus];
      const plus = sumOf(report, rule.plus);
      const minus = sumOf(report, rule.minus);
      const left = numberAt(report, rule.left);
      if (rule.when === undefined && (left === undefined || plus.filled + minus.filled < parts.length)) {
        return undefined;
      }
      const bound = plus.sum - minus.sum;
      if ((left ?? 0) >= bound) return undefined;
      return {
        ruleId: rule.ruleId,
        severity,
        cells: [rule.left, ...parts],
        params: { value: left ?? 0, bound, plus: plus.sum, minus: minus.sum },
      };
    }
    case 'decimalPlaces': {
      for (const id of rule.cells) {
        const text = String(report.printed?.[id as CellId] ?? report.values[id as CellId] ?? '');
        const decimals = text.trim().split('.')[1]?.length ?? 0;
        if (decimals > rule.max) {
          return { ruleId: rule.ruleId, severity, cells: [id], params: { value: text.trim(), decimals, max: rule.max } };
        }
      }
      return undefined;
    }
  }
}

export const checkRelations: Check = (report) =>
  relationRules2021.flatMap((rule) => {
    const finding = checkRelation(report, rule);
    return finding ? [finding] : [];
  });
