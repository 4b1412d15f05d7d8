/**
 * Which units a 汇总 counts (issue 15): one year and one format; of the same 机关 twice (or two identical
 * files) only the one the officer keeps; units with errors counted unless the officer leaves them out.
 * Pure: the units table shows the plan, 生成汇总 sums its counted units.
 */
import type { Draft } from '../schema';
import type { ConsolidationUnit } from './types';
import { agencyKey } from './units';

export type UnitStatus =
  | { readonly kind: 'counted' }
  | { readonly kind: 'excluded' }
  | { readonly kind: 'duplicate'; readonly keptId: string }
  | { readonly kind: 'otherYear'; readonly year: number | null; readonly expected: number }
  | { readonly kind: 'otherFormat'; readonly format: string; readonly expected: string };

export interface DuplicateGroup {
  readonly key: string;
  /** Identical content (the same file twice, perhaps renamed), or different files of one 机关. */
  readonly reason: 'sameContent' | 'sameAgency';
  readonly unitIds: readonly string[];
  readonly keptId: string;
}

export interface PlannedUnit {
  readonly unit: ConsolidationUnit;
  readonly status: UnitStatus;
  readonly group?: DuplicateGroup;
}

export interface ConsolidationPlan {
  /** The year of the 汇总: the officer's choice, else the year most units report (the latest on a tie). */
  readonly year: number | null;
  readonly format: Draft['format'];
  readonly rows: readonly PlannedUnit[];
  readonly counted: readonly ConsolidationUnit[];
  readonly groups: readonly DuplicateGroup[];
}

export interface PlanChoices {
  /** Which unit to keep in a duplicate group, by group key. */
  readonly keep?: Readonly<Record<string, string>>;
  /** Units the officer left out. */
  readonly excluded?: ReadonlySet<string>;
  /** The year of the 汇总 when it is already fixed (an existing consolidated draft). */
  readonly year?: number | null;
}

function likelyYear(units: readonly ConsolidationUnit[]): number | null {
  const tally = new Map<number, number>();
  for (const unit of units) if (unit.year !== null) tally.set(unit.year, (tally.get(unit.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of tally) {
    const bestCount = best === null ? 0 : (tally.get(best) ?? 0);
    if (best === null || count > bestCount || (count === bestCount && year > best)) best = year;
  }
  return best;
}

function groupKeyOf(unit: ConsolidationUnit): string {
  const agency = agencyKey(unit.agency);
  return agency ? `agency:${agency}` : `digest:${unit.digest}`;
}

function newest(units: readonly ConsolidationUnit[]): ConsolidationUnit | undefined {
  return units.reduce<ConsolidationUnit | undefined>(
    (best, unit) => (!best || (unit.unitUpdatedAt ?? '') > (best.unitUpdatedAt ?? '') ? unit : best),
    undefined,
  );
}

/** The plan for these units and choices: each unit's status, the duplicate groups, the units summed. */
export function planConsolidation(units: readonly ConsolidationUnit[], choices: PlanChoices = {}): ConsolidationPlan {
  const year = choices.year !== undefined ? choices.year : likelyYear(units);
  const format: Draft['format'] = '2021';
  const sameYear = units.filter((unit) => unit.format === format && (year === null || unit.year === year));
  const members = new Map<string, ConsolidationUnit[]>();
  for (const unit of sameYear) {
    const key = groupKeyOf(unit);
    members.set(key, [...(members.get(key) ?? []), unit]);
  }
  const groups: DuplicateGroup[] = [];
  const groupOf = new Map<string, DuplicateGroup>();
  for (const [key, list] of members) {
    if (list.length < 2) continue;
    const chosen = choices.keep?.[key];
    const keptId = list.some((unit) => unit.id === chosen) ? (chosen as string) : (newest(list)?.id ?? '');
    const reason = list.every((unit) => unit.digest === list[0]?.digest) ? 'sameContent' : 'sameAgency';
    const group: DuplicateGroup = { key, reason, unitIds: list.map((unit) => unit.id), keptId };
    groups.push(group);
    for (const unit of list) groupOf.set(unit.id, group);
  }
  const rows = units.map((unit): PlannedUnit => {
    const group = groupOf.get(unit.id);
    const withGroup = group ? { group } : {};
    if (unit.format !== format) return { unit, status: { kind: 'otherFormat', format: unit.format, expected: format } };
    if (year !== null && unit.year !== year) return { unit, status: { kind: 'otherYear', year: unit.year, expected: year } };
    if (group && group.keptId !== unit.id) return { unit, status: { kind: 'duplicate', keptId: group.keptId }, ...withGroup };
    if (choices.excluded?.has(unit.id)) return { unit, status: { kind: 'excluded' }, ...withGroup };
    return { unit, status: { kind: 'counted' }, ...withGroup };
  });
  return { year, format, rows, counted: rows.filter((row) => row.status.kind === 'counted').map((row) => row.unit), groups };
}
