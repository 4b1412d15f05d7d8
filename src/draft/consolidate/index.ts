/** 汇总 (issue 15): many units' drafts into one consolidated draft, pure. */
export { addDecimals, sameDecimal } from './decimal';
export { agencyKey, unitDigest, unitFromDraft } from './units';
export type { UnitSource } from './units';
export { planConsolidation } from './plan';
export type { ConsolidationPlan, DuplicateGroup, PlanChoices, PlannedUnit, UnitStatus } from './plan';
export { breakdownOf, sumUnits, unitValue } from './sum';
export type { Contribution } from './sum';
export { consolidatedDraft, matchingUnit, unitChanges, withUnits } from './build';
export type { ConsolidatedDraftInput, UnitCellChange } from './build';
export { unitsOf } from './types';
export type { Consolidation, ConsolidationUnit } from './types';
