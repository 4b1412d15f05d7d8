// @vitest-environment jsdom
/**
 * Issue 16: typing one digit in 三 renders at most the cell, its row total, the column totals it changes and
 * the cells whose findings changed — in the key's task only the cell and its totals; the rest after the frame.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { useCallback, useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { computedTotal, emptyReport, validate } from '../../../engine';
import type { CellValue, Report } from '../../../engine';
import { format2021 } from '../../../format';
import type { SectionSpec, TableSpec } from '../../../format';
import { gridModelOf } from './layout';
import { marksByCell } from './marks';
import { renderCounts } from './renderCount';
import { TableGrid } from './TableGrid';

const table: TableSpec = (format2021.sections as readonly SectionSpec[]).flatMap((section) => section.tables ?? []).find((t) => t.id === 's3.grid')!;
const model = gridModelOf(format2021, table);
const cellIds = new Set(model.byId.keys());

/** The wizard around the grid, as SectionStep and the session do it: the report follows after the frame. */
function Wizard({ initial }: { initial: Report }) {
  const [report, setReport] = useState(initial);
  const findings = useMemo(() => validate(report), [report]);
  const onChange = useCallback((changes: Readonly<Record<string, CellValue | undefined>>) => {
    setTimeout(() => setReport((current) => ({ ...current, values: { ...current.values, ...changes } })), 0);
  }, []);
  return <TableGrid table={table} report={report} findings={findings} onChange={onChange} />;
}

const rendered = () => new Map(renderCounts);
const changedSince = (before: Map<string, number>) =>
  [...renderCounts].filter(([name, count]) => count !== (before.get(name) ?? 0)).map(([name]) => name).sort();

afterEach(cleanup);

describe('a keystroke in 三', () => {
  it('renders the cell and its totals in the key’s task, then only the cells whose findings changed', async () => {
    // Half filled, so that the balance rules of several columns have findings to change.
    const initial: Report = {
      ...emptyReport(),
      values: { 's3.new.natural': 3, 's3.carriedOver.natural': 1, 's3.disclosed.natural': 2, 's3.new.business': 1 },
    };
    render(<Wizard initial={initial} />);
    const id = 's3.disclosed.natural';
    const input = document.getElementById(`cell-${id}`) as HTMLInputElement;
    const before = rendered();

    fireEvent.change(input, { target: { value: '5' } });
    // In the key's task: the cell, and the totals whose figure moved (its row's 总计, （七）总计 of its column and of all).
    const next: Report = { ...initial, values: { ...initial.values, [id]: 5 } };
    const movedTotals = model.totalCells
      .filter((cell) => computedTotal(initial, cell) !== computedTotal(next, cell))
      .map((cell) => `total ${cell.id}`);
    expect(movedTotals).toEqual(['total s3.disclosed.total', 'total s3.handledTotal.natural', 'total s3.handledTotal.total']);
    expect(changedSince(before)).toEqual([`input ${id}`, ...movedTotals].sort());
    expect(document.getElementById('cell-s3.handledTotal.natural')?.textContent).toBe('5');

    // After the frame: the report follows; the grid itself renders once, and besides it only the rows and cells
    // whose findings changed.
    const inTask = rendered();
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    const marksBefore = marksByCell(validate(initial), cellIds, '2021');
    const marksAfter = marksByCell(validate(next), cellIds, '2021');
    const remarked = [...cellIds].filter((cellId) => marksBefore.get(cellId)?.key !== marksAfter.get(cellId)?.key);
    expect(remarked.length).toBeGreaterThan(0);
    const afterFrame = changedSince(inTask);
    const allowed = new Set([
      'grid s3.grid',
      ...remarked.map((cellId) => `${model.byId.get(cellId)?.sumOf ? 'total' : 'input'} ${cellId}`),
      ...remarked.map((cellId) => `row ${model.cells[model.positionOf.get(cellId)?.row ?? -1]?.[0]?.id ?? ''}`),
    ]);
    expect(afterFrame.filter((name) => !allowed.has(name))).toEqual([]);
    expect(afterFrame).toContain('grid s3.grid');
    // Of 144 inputs and 30 totals, a handful rendered at all.
    expect(changedSince(before).length).toBeLessThanOrEqual(4 + 2 * remarked.length + 1);
  });
});
