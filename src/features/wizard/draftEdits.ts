/** The wizard's changes to a draft, as pure functions (the session applies them and saves). */
import type { Draft } from '../../draft';
import { findingKey } from '../../engine';
import type { CellValue, Finding } from '../../engine';

/**
 * The draft with cell values changed; undefined empties a cell ("not filled" is not 0). A report imported
 * from published text carries its figures as printed (typed totals included); once the officer edits a
 * cell it is their draft: the printed copy is dropped so totals are computed again and a wrong typed
 * total can be corrected (ADR 0002).
 */
export function withValues(draft: Draft, changes: Readonly<Record<string, CellValue | undefined>>): Draft {
  const values: Record<string, CellValue> = { ...draft.values };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete values[id];
    else values[id] = value;
  }
  if (draft.printed === undefined) return { ...draft, values };
  const { printed: _printed, ...rest } = draft;
  return { ...rest, values, origin: 'draft' };
}

/** The draft with a section's text set. */
export function withText(draft: Draft, sectionId: string, text: string): Draft {
  return { ...draft, texts: { ...draft.texts, [sectionId]: text } };
}

/** The draft with a warning accepted: the officer's note (说明) kept under the finding's key. */
export function withAcceptedNote(draft: Draft, finding: Finding, note: string, acceptedAt: string): Draft {
  return {
    ...draft,
    notes: {
      ...draft.notes,
      [findingKey(finding)]: { ruleId: finding.ruleId, cells: [...finding.cells], note, acceptedAt },
    },
  };
}

/** The draft without the note of a finding. */
export function withoutNote(draft: Draft, finding: Finding): Draft {
  const { [findingKey(finding)]: _removed, ...notes } = draft.notes;
  return { ...draft, notes };
}
