/** The findings shown at each cell, as sentences, with a key that changes only when they do. */
import { describeFinding, findingKey } from '../../../engine';
import type { Finding } from '../../../engine';
import type { FormatId, Severity } from '../../../format';

export interface CellMark {
  readonly severity: Severity;
  readonly text: string;
}

export interface CellMarks {
  /** The gravest severity among the cell's findings (error before warning before info). */
  readonly severity: Severity;
  readonly marks: readonly CellMark[];
  /** Equal keys mean equal marks: a cell re-renders only when its own findings change. */
  readonly key: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Marks by cell id, for the cells of `cellIds` that a shown finding concerns. */
export function marksByCell(
  findings: readonly Finding[],
  cellIds: ReadonlySet<string>,
  formatId: FormatId,
): ReadonlyMap<string, CellMarks> {
  const lists = new Map<string, { finding: Finding; text: string }[]>();
  for (const finding of findings) {
    let text: string | undefined;
    for (const id of finding.cells) {
      if (!cellIds.has(id)) continue;
      text ??= describeFinding(finding, formatId);
      const list = lists.get(id) ?? [];
      list.push({ finding, text });
      lists.set(id, list);
    }
  }
  const result = new Map<string, CellMarks>();
  for (const [id, list] of lists) {
    list.sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity]);
    const marks = list.map(({ finding, text }) => ({ severity: finding.severity, text }));
    result.set(id, {
      severity: marks[0]?.severity ?? 'info',
      marks,
      key: list.map(({ finding, text }) => `${findingKey(finding)}=${text}`).join('\n'),
    });
  }
  return result;
}
