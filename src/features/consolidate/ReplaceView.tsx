/**
 * A newer file of a unit already in the 汇总 (issue 15): what its figures change, cell by cell, before the
 * officer replaces the unit's contribution or keeps the old one. Like the hand-over comparison, nothing
 * changes before the choice.
 */
import { cellsOf, format2021 } from '../../format';
import { formatCellValue } from '../../engine';
import { unitChanges } from '../../draft';
import type { ConsolidationUnit } from '../../draft';
import { consolidateStrings as t } from './strings.zh-CN';

export interface PendingReplace {
  readonly current: ConsolidationUnit;
  readonly incoming: ConsolidationUnit;
}

export function ReplaceView({ pending, onReplace, onKeep }: { pending: PendingReplace; onReplace: () => void; onKeep: () => void }) {
  const changes = unitChanges(pending.current, pending.incoming, [...cellsOf(format2021).keys()]);
  const older = (pending.incoming.unitUpdatedAt ?? '') < (pending.current.unitUpdatedAt ?? '');
  const title = t.replaceTitle(pending.current.agency || t.unnamed);
  return (
    <section className="consolidate-replace" aria-label={title}>
      <h2>{title}</h2>
      <p>{changes.length === 0 ? t.replaceSameNumbers : t.replaceIntro(changes.length, older)}</p>
      {changes.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.replaceCell}</th>
              <th scope="col">{t.replaceBefore}</th>
              <th scope="col">{t.replaceAfter}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.cellId}>
                <th scope="row">{change.label}</th>
                <td>{formatCellValue(change.before) || t.empty}</td>
                <td>{formatCellValue(change.after) || t.empty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="consolidate-actions">
        <button type="button" onClick={onReplace}>
          {t.replaceConfirm}
        </button>
        <button type="button" onClick={onKeep}>
          {t.replaceCancel}
        </button>
      </p>
    </section>
  );
}
