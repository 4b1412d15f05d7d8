/**
 * The figures one grid shows, held outside React (issue 16): a keystroke changes the store, and only the
 * components whose own figure changed re-render in the key's task — the cell, its row's 总计, its column's
 * totals — through `useSyncExternalStore`. The wizard renders the draft after the frame is painted; until its
 * report catches up, the store keeps what was typed here over what the report still says.
 */
import { computedTotal } from '../../../engine';
import type { CellId, CellValue, Report } from '../../../engine';
import type { CellInfo } from '../../../format';

export type ValueChanges = Readonly<Record<string, CellValue | undefined>>;

export interface GridValueStore {
  readonly subscribe: (listener: () => void) => () => void;
  /** The figure an input cell shows. */
  readonly valueOf: (cellId: string) => CellValue | undefined;
  /** The figure a total shows, computed from what the store holds. */
  readonly totalOf: (cell: CellInfo) => number | undefined;
  /** The report with what was typed here, for commands that read all of it (paste, 其余填 0, 撤销). */
  readonly report: () => Report;
  /** Changes made in the grid: shown at once, kept until the rendered report has them. */
  readonly set: (changes: ValueChanges) => void;
  /** The report the wizard rendered: taken over, except for cells whose change has not reached it yet. */
  readonly follow: (report: Report) => void;
}

export function createValueStore(initial: Report): GridValueStore {
  let current = initial;
  /** Changes made here that the rendered report did not have yet, by cell id. */
  const ahead = new Map<string, CellValue | undefined>();
  const listeners = new Set<() => void>();
  // Totals are read by every total on each notification; computed once per change of `current`.
  let totals = new Map<string, number | undefined>();
  const notify = () => {
    totals = new Map();
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    valueOf: (cellId) => current.values[cellId as CellId],
    totalOf(cell) {
      if (!totals.has(cell.id)) totals.set(cell.id, computedTotal(current, cell));
      return totals.get(cell.id);
    },
    report: () => current,
    set(changes) {
      const values: Partial<Record<CellId, CellValue>> = { ...current.values };
      for (const [id, value] of Object.entries(changes)) {
        ahead.set(id, value);
        if (value === undefined) delete values[id as CellId];
        else values[id as CellId] = value;
      }
      current = { ...current, values };
      notify();
    },
    follow(report) {
      if (report === current) return;
      let values = report.values;
      if (ahead.size > 0) {
        const kept: Partial<Record<CellId, CellValue>> = { ...report.values };
        for (const [id, value] of ahead) {
          // The report has caught up with this cell (or holds it already): nothing to keep.
          if (report.values[id as CellId] === value) ahead.delete(id);
          else if (value === undefined) delete kept[id as CellId];
          else kept[id as CellId] = value;
        }
        values = kept;
      }
      current = values === report.values ? report : { ...report, values };
      notify();
    },
  };
}
