/**
 * A statistics table of the format as an editable grid (issue 3 items 3–6): the official headers built
 * by TanStack Table from the declaration, native inputs named as the format prints them, totals that
 * follow every keystroke, keys that move like a spreadsheet, pasting blocks from Excel/WPS, 其余填 0.
 */
import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, FormEvent, JSX, KeyboardEvent } from 'react';
import { useTable } from '@tanstack/react-table';
import { formats } from '../../../format';
import type { TableSpec } from '../../../format';
import { fillEmptyWithZero } from '../../../engine';
import type { CellId, CellValue, Finding, Report } from '../../../engine';
import { gridFeatures, tableInputsOf } from './columns';
import { GridHead } from './GridHead';
import { GridRow } from './GridRow';
import { PlaceholderRow } from './PlaceholderRow';
import { directionOfKey } from './keys';
import { gridModelOf, neighbourOf } from './layout';
import type { RowHeaderCell } from './layout';
import { marksByCell } from './marks';
import { isBlock, planPaste } from './paste';
import type { PastePlan } from './paste';
import { gridStrings } from './strings.zh-CN';
import { countRender } from './renderCount';
import { createValueStore } from './valueStore';
import './grid.css';

export interface TableGridProps {
  table: TableSpec;
  report: Report;
  findings: readonly Finding[];
  onChange: (changes: Readonly<Record<string, CellValue | undefined>>) => void;
  onCellBlur?: (cellId: string) => void;
  readOnly?: boolean;
  /**
   * Set for the first frame of a page opened at this step (issue 16, ready): rows from this index on, below the first
   * screen, are drawn as placeholders, and the real rows follow in the render after that frame.
   */
  firstFrameRows?: number;
}

interface PendingPaste {
  readonly plan: PastePlan;
  readonly from: string;
  readonly startId: string;
}

/** What a paste or 其余填 0 did, told under the grid; `undo` puts back the cells it changed. */
interface GridOutcome {
  readonly message: string;
  readonly problems: readonly string[];
  readonly undo?: Readonly<Record<string, CellValue | undefined>>;
}

// Shown only once a block is pasted: not part of a step's first load.
const PasteDialog = lazy(() => import('./PasteDialog').then((module) => ({ default: module.PasteDialog })));

const noHeaders: readonly RowHeaderCell[] = [];

const rowFormId = (tableId: string, row: number) => `grid-form-${tableId}-${row}`;
const preventSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

function focusCell(cellId: string): void {
  const element = document.getElementById(`cell-${cellId}`);
  if (element instanceof HTMLInputElement) {
    element.focus();
    element.select();
  }
}

function TableGridView({
  table,
  report,
  findings,
  onChange,
  onCellBlur,
  readOnly = false,
  firstFrameRows,
}: TableGridProps): JSX.Element {
  countRender(`grid ${table.id}`);
  const model = gridModelOf(formats[report.format], table);
  const { columns, rows } = tableInputsOf(table);
  // Built once per table: columns and rows are constants of the declaration; no table state to watch.
  const tanstack = useTable({ features: gridFeatures, columns, data: rows }, () => null);

  // What the cells show: ahead of `report` between a keystroke and the wizard's render after it (issue 16).
  const [store] = useState(() => createValueStore(report));
  useLayoutEffect(() => store.follow(report), [store, report]);
  const [pending, setPending] = useState<PendingPaste | undefined>(undefined);
  const [outcome, setOutcome] = useState<GridOutcome | undefined>(undefined);

  // Cells get stable callbacks (their memo holds); the callbacks read the latest props through refs.
  const undoShown = outcome?.undo !== undefined;
  const latest = useRef({ onChange, onCellBlur, undoShown });
  useLayoutEffect(() => {
    latest.current = { onChange, onCellBlur, undoShown };
  });
  /** Every change of the grid's figures: the cells and totals show it now, the draft gets it as well. */
  const change = useCallback(
    (changes: Readonly<Record<string, CellValue | undefined>>) => {
      store.set(changes);
      latest.current.onChange(changes);
    },
    [store],
  );
  const onCommit = useCallback((cellId: string, value: CellValue | undefined) => {
    change({ [cellId]: value });
    // Once the officer types again, undoing the block change could overwrite what they typed: 撤销 goes.
    // Checked through the ref, so that ordinary typing schedules no extra update.
    if (latest.current.undoShown) setOutcome((current) => current && { message: current.message, problems: current.problems });
  }, [change]);
  /** The changes that put back what `changes` is about to overwrite. */
  const undoOf = (changes: Readonly<Record<string, CellValue | undefined>>) =>
    Object.fromEntries(Object.keys(changes).map((id) => [id, store.report().values[id as CellId]]));
  const onLeave = useCallback((cellId: string) => latest.current.onCellBlur?.(cellId), []);

  const cellIds = useMemo(() => new Set(model.byId.keys()), [model]);
  const marks = useMemo(() => marksByCell(findings, cellIds, report.format), [findings, cellIds, report.format]);


  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    const direction = directionOfKey(
      { ...event, isComposing: event.nativeEvent.isComposing || event.keyCode === 229 },
      { start: input.selectionStart, end: input.selectionEnd, length: input.value.length },
    );
    if (!direction) return;
    const target = neighbourOf(model, input.dataset.cell, direction);
    // Enter never submits a surrounding form, even on the last row.
    if (target !== undefined || event.key === 'Enter') event.preventDefault();
    if (target !== undefined) focusCell(target);
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const input = event.target;
    if (readOnly || !(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    const text = event.clipboardData.getData('text/plain');
    // One value goes into the input as typed text would (and is parsed the same way).
    if (!isBlock(text)) return;
    event.preventDefault();
    const plan = planPaste(model, store.report(), input.dataset.cell, text);
    const changed = Object.keys(plan.changes).length;
    if (changed > 1) {
      setPending({ plan, from: model.byId.get(input.dataset.cell)?.name ?? '', startId: input.dataset.cell });
      return;
    }
    const undo = changed === 1 ? undoOf(plan.changes) : undefined;
    if (changed === 1) change(plan.changes);
    setOutcome({ message: changed === 1 ? gridStrings.pasteDone(1) : gridStrings.pasteNothing, problems: plan.problems, ...(undo ? { undo } : {}) });
  };

  // Back to the cell the block was pasted into once the dialog has gone.
  const returnFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (pending || returnFocus.current === undefined) return;
    focusCell(returnFocus.current);
    returnFocus.current = undefined;
  }, [pending]);

  const confirmPaste = () => {
    if (!pending) return;
    const undo = undoOf(pending.plan.changes);
    change(pending.plan.changes);
    setOutcome({ message: gridStrings.pasteDone(Object.keys(pending.plan.changes).length), problems: pending.plan.problems, undo });
    setPending(undefined);
    returnFocus.current = pending.startId;
  };
  const cancelPaste = () => {
    setOutcome({ message: gridStrings.pasteCancelled, problems: [] });
    returnFocus.current = pending?.startId;
    setPending(undefined);
  };

  const fillZero = () => {
    const shown = store.report();
    const filled = fillEmptyWithZero(shown, model.inputIds);
    const changes: Record<string, CellValue | undefined> = {};
    for (const id of model.inputIds) {
      if (shown.values[id as CellId] === undefined) changes[id] = filled.values[id as CellId];
    }
    const count = Object.keys(changes).length;
    const undoChanges = undoOf(changes);
    if (count > 0) change(changes);
    setOutcome({
      message: count > 0 ? gridStrings.filledZero(count) : gridStrings.nothingToFill,
      problems: [],
      ...(count > 0 ? { undo: undoChanges } : {}),
    });
  };
  const undo = () => {
    if (!outcome?.undo) return;
    change(outcome.undo);
    setOutcome({ message: gridStrings.undone, problems: [] });
  };

  const differentUnits = table.columns.some((column) => column.unit && column.unit !== table.unit);
  // Fixed table layout: typing does not re-measure every column of a 182-cell table (issue 3 item 8).
  const wide = table.columns.length >= 4;
  const captionId = `grid-caption-${table.id}`;
  return (
    <div className="table-grid" data-table={table.id}>
      <table onKeyDown={onKeyDown} onPaste={onPaste} className={wide ? 'grid-wide' : undefined}>
        {table.caption && <caption id={captionId}>{table.caption}</caption>}
        <colgroup>
          {Array.from({ length: model.rowHeaderDepth }, (_, level) => (
            <col
              key={`head-${level}`}
              className={level === model.rowHeaderDepth - 1 ? 'grid-col-label' : 'grid-col-group'}
            />
          ))}
          {table.columns.map((column) => (
            <col key={column.key} className="grid-col-value" />
          ))}
        </colgroup>
        <GridHead table={table} rowHeaderDepth={model.rowHeaderDepth} tanstack={tanstack} />
        <tbody>
          {/* The rows are the declaration's, in its order (no sorting or filtering): taken from the model rather than
              TanStack's row model, whose pipeline cost more than the rows' own first render (issue 16). */}
          {model.cells.map((cells, index) => {
            const key = table.rows[index]?.key ?? index;
            const headers = model.rowHeaders[index] ?? noHeaders;
            if (firstFrameRows !== undefined && index >= firstFrameRows) {
              return <PlaceholderRow key={key} headers={headers} cells={cells} store={store} />;
            }
            return (
              <GridRow
                key={key}
                headers={headers}
                cells={cells}
                contexts={model.contexts}
                form={rowFormId(table.id, index)}
                store={store}
                marks={marks}
                readOnly={readOnly}
                onCommit={onCommit}
                onLeave={onLeave}
              />
            );
          })}
        </tbody>
      </table>
      {/* Issue 16: on every keystroke the browser's autofill reads the form of the changed field; a field outside
          any form counts every formless field of the page as its form (all 144 cells, each with its label inferred
          from the table), which cost more than the rest of the keystroke. Each row's cells belong to a small form of
          their own instead (HTML's form attribute), which submits nothing. */}
      <div hidden>
        {model.cells.map((_, index) => (
          <form key={index} id={rowFormId(table.id, index)} noValidate onSubmit={preventSubmit} />
        ))}
        {[...model.contexts].map(([context, id]) => (
          <span key={id} id={id}>
            {context}
          </span>
        ))}
      </div>
      <div className="grid-footer">
        {!differentUnits && <p className="grid-unit">{gridStrings.unit(table.unit)}</p>}
        {table.note && <p className="grid-note">{table.note}</p>}
        {!readOnly && (
          <button
            type="button"
            className="grid-fill-zero"
            title={gridStrings.fillZeroHint}
            // 二 has four grids on one step: each button says which table it fills.
            aria-describedby={table.caption ? captionId : undefined}
            onClick={fillZero}
          >
            {gridStrings.fillZero}
          </button>
        )}
      </div>
      <div role="status" className="grid-paste-outcome">
        {outcome && (
          <>
            <p>
              {outcome.message}
              {outcome.undo && !readOnly && (
                <button type="button" className="grid-undo" onClick={undo}>
                  {gridStrings.undo}
                </button>
              )}
            </p>
            {outcome.problems.length > 0 && (
              <ul>
                {outcome.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {pending && (
        <Suspense fallback={null}>
          <PasteDialog
            count={Object.keys(pending.plan.changes).length}
            from={pending.from}
            problems={pending.plan.problems}
            onConfirm={confirmPaste}
            onCancel={cancelPaste}
          />
        </Suspense>
      )}
    </div>
  );
}

const MemoTableGrid = memo(TableGridView);

/**
 * The grid of one table. The wizard re-renders on every save status change; with the same report,
 * findings and callbacks the grid is skipped (props compared one by one).
 */
export function TableGrid(props: TableGridProps): JSX.Element {
  return <MemoTableGrid {...props} />;
}
