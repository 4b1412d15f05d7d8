/**
 * 来源 of a consolidated draft (issue 15): for the cell that has the focus (typed into, or reached by Tab and
 * the arrow keys), which units contributed how much. A live region, so a screen reader hears it as the focus moves.
 */
import { addDecimals, breakdownOf, reportOf, unitsOf } from '../../draft';
import type { Draft } from '../../draft';
import { formatCellValue, numberAt } from '../../engine';
import type { CellValue } from '../../engine';
import { cellsOf, formats } from '../../format';
import { sourceStrings as t } from './sourceStrings.zh-CN';

function totalOf(values: readonly CellValue[]): string {
  if (values.every((value) => typeof value === 'number')) return String(values.reduce<number>((sum, value) => sum + Number(value), 0));
  return addDecimals(values.map(String));
}

function same(a: string, b: string): boolean {
  return a === b || (a !== '' && b !== '' && Number(a) === Number(b));
}

export function SourcePanel({ draft, cellId }: { draft: Draft; cellId: string | undefined }) {
  const cell = cellId ? cellsOf(formats[draft.format]).get(cellId) : undefined;
  const units = unitsOf(draft).filter((unit) => unit.included);
  const contributions = cell ? breakdownOf(units, cell.id) : [];
  const here = cell ? formatCellValue(cell.sumOf ? numberAt(reportOf(draft), cell.id) : draft.values[cell.id]) : '';
  const total = contributions.length > 0 ? totalOf(contributions.map((part) => part.value)) : '';
  return (
    <aside className="wizard-source" aria-label={t.region} aria-live="polite">
      {!cell ? (
        <p>{t.idle}</p>
      ) : (
        <>
          <h3>{t.title(cell.name)}</h3>
          <p>{t.value(here)}</p>
          {contributions.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <>
              <ul>
                {contributions.map((part) => (
                  <li key={part.unitId}>{t.contribution(part.agency || t.unnamed, formatCellValue(part.value))}</li>
                ))}
              </ul>
              <p>{t.unitsTotal(contributions.length, total)}</p>
            </>
          )}
          {!same(here, total) && <p className="wizard-source-edited">{t.edited}</p>}
        </>
      )}
    </aside>
  );
}
