/**
 * The consolidated draft (issue 15): a normal draft whose values are the sums of the counted units, its texts
 * (一、五、六) left for the office to write, and the units remembered so the 汇总 can be redone.
 */
import { canonicalJson } from '../canonical';
import { defaultTitle } from '../draft';
import { cellNameOf } from '../readProblems.zh-CN';
import type { Draft } from '../schema';
import { sumUnits } from './sum';
import type { ConsolidationUnit } from './types';
import { unitsOf } from './types';
import { agencyKey } from './units';

export interface ConsolidatedDraftInput {
  readonly id: string;
  /** The office that publishes the 汇总 (e.g. 某县人民政府); may be filled later in 基本信息. */
  readonly agency: string;
  readonly year: number | null;
  readonly format: Draft['format'];
  /** Every unit to remember: counted ones with included true, those left out with included false. */
  readonly units: readonly ConsolidationUnit[];
  readonly now: string;
}

/** A new draft holding the sums of the included units. */
export function consolidatedDraft(input: ConsolidatedDraftInput): Draft {
  const meta = { agency: input.agency.trim(), year: input.year };
  return {
    id: input.id,
    title: defaultTitle({ meta }),
    format: input.format,
    meta,
    values: sumUnits(input.units.filter((unit) => unit.included), input.format),
    texts: {},
    notes: {},
    createdAt: input.now,
    updatedAt: input.now,
    // The units are read-only values, shared rather than copied: the IndexedDB write copies them anyway, and a
    // copy of 500 units' figures here cost 生成汇总 time for nothing (issue 15 bench).
    consolidation: { units: [...input.units] },
  };
}

/**
 * The draft with its units changed (one replaced, added, left out or taken back): only the cells whose sum
 * changed are written, so a unit's new file changes exactly its contribution and nothing the office typed
 * elsewhere in the 汇总 (issue 15: re-import never double-counts).
 */
export function withUnits(draft: Draft, units: readonly ConsolidationUnit[], now: string): Draft {
  const before = sumUnits(unitsOf(draft).filter((unit) => unit.included), draft.format);
  const after = sumUnits(units.filter((unit) => unit.included), draft.format);
  const values: Record<string, number | string> = { ...draft.values };
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (canonicalJson(before[id] ?? null) === canonicalJson(after[id] ?? null)) continue;
    const next = after[id];
    if (next === undefined) delete values[id];
    else values[id] = next;
  }
  return { ...draft, values, consolidation: { ...draft.consolidation, units: units.map((unit) => structuredClone(unit)) }, updatedAt: now };
}

/** A cell whose figure differs between a unit's remembered file and its new one. */
export interface UnitCellChange {
  readonly cellId: string;
  readonly label: string;
  readonly before: number | string | undefined;
  readonly after: number | string | undefined;
}

/** What replacing a unit's figures would change, cell by cell in the order of the report. */
export function unitChanges(before: ConsolidationUnit, after: ConsolidationUnit, cellOrder: readonly string[]): UnitCellChange[] {
  const ids = new Set([...Object.keys(before.values), ...Object.keys(after.values)]);
  const rank = (id: string) => {
    const at = cellOrder.indexOf(id);
    return at < 0 ? cellOrder.length : at;
  };
  return [...ids]
    .filter((id) => canonicalJson(before.values[id] ?? null) !== canonicalJson(after.values[id] ?? null))
    .sort((a, b) => rank(a) - rank(b))
    .map((cellId) => ({ cellId, label: cellNameOf(cellId), before: before.values[cellId], after: after.values[cellId] }));
}

/** The unit of the 汇总 that a new file belongs to: the same 机关 (or, unnamed, the same content). */
export function matchingUnit(units: readonly ConsolidationUnit[], incoming: ConsolidationUnit): ConsolidationUnit | undefined {
  const wanted = agencyKey(incoming.agency);
  return units.find((unit) => (wanted ? agencyKey(unit.agency) === wanted : unit.digest === incoming.digest));
}
