/** The shapes of a 汇总 (issue 15), as saved in the consolidated draft. */
import type { Draft } from '../schema';

/**
 * A unit as the 汇总 uses it. The saved schema leaves its values unparsed (85,000 of them in a 汇总 of 500
 * units); the door then holds each to its cell's kind, so here they are counts and amount texts.
 */
export type ConsolidationUnit = {
  readonly id: string;
  readonly agency: string;
  readonly year: number | null;
  readonly format: Draft['format'];
  readonly digest: string;
  readonly source: 'file' | 'draft';
  readonly fileName?: string;
  readonly draftId: string;
  readonly unitUpdatedAt?: string;
  readonly addedAt: string;
  readonly included: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly values: Readonly<Record<string, number | string>>;
};

export interface Consolidation {
  readonly units: readonly ConsolidationUnit[];
}

/** The units a draft remembers (none for a draft that is not a 汇总); read through the door, so checked. */
export function unitsOf(draft: Draft): readonly ConsolidationUnit[] {
  return (draft.consolidation?.units ?? []) as readonly ConsolidationUnit[];
}
