/**
 * One cell of a grid: a native <input> for a figure the officer types, an <output> for a computed total.
 * Each reads its own figure from the grid's value store, and is memoised on its marks' key: a keystroke
 * re-renders only the cells whose figure or findings changed (issue 16).
 */
import { memo, useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { ChangeEvent, CompositionEvent, JSX } from 'react';
import { describeInputProblem, formatCellValue, parseCellInput } from '../../../engine';
import type { CellValue, InputProblem } from '../../../engine';
import type { CellInfo } from '../../../format';
import { maxDecimalsOf } from './layout';
import type { CellMarks } from './marks';
import { countRender } from './renderCount';
import type { GridValueStore } from './valueStore';

export interface InputCellProps {
  readonly cell: CellInfo;
  /** Id of the grid's element that says the cell's group (GridModel.contexts). */
  readonly contextId: string | undefined;
  /** The row's own little form (see TableGrid): what the browser's autofill reads on every keystroke. */
  readonly form: string;
  readonly store: GridValueStore;
  readonly marks: CellMarks | undefined;
  readonly readOnly: boolean;
  /** Stable: the grid's commit of one cell. */
  readonly onCommit: (cellId: string, value: CellValue | undefined) => void;
  readonly onLeave: (cellId: string) => void;
}

/** Ids of the description parts of a cell (what was typed wrong, its findings); its group's is the grid's. */
export const describedIds = {
  problem: (cellId: string) => `cell-${cellId}-problem`,
  findings: (cellId: string) => `cell-${cellId}-findings`,
};

function className(marks: CellMarks | undefined, problem: InputProblem | undefined): string {
  if (problem) return 'grid-cell grid-cell--error';
  return marks ? `grid-cell grid-cell--${marks.severity}` : 'grid-cell';
}

function Marks({ id, marks }: { id: string; marks: CellMarks }): JSX.Element {
  return (
    <ul id={id} className="grid-cell-findings">
      {marks.marks.map((mark, index) => (
        <li key={index} className={`grid-mark grid-mark--${mark.severity}`}>
          {mark.text}
        </li>
      ))}
    </ul>
  );
}

function InputCellView({ cell, contextId, form, store, marks, readOnly, onCommit, onLeave }: InputCellProps): JSX.Element {
  countRender(`input ${cell.id}`);
  const value = useSyncExternalStore(
    store.subscribe,
    useCallback(() => store.valueOf(cell.id), [store, cell.id]),
  );
  // The text shown is the cell's own state: refused text stays visible until corrected (issue 3 item 5)
  // while the stored value keeps its last good figure.
  const [text, setText] = useState(() => formatCellValue(value));
  const [shownValue, setShownValue] = useState(value);
  const [problem, setProblem] = useState<InputProblem | undefined>(undefined);
  const composing = useRef(false);
  if (value !== shownValue) {
    // Changed from outside (paste, 其余填 0, another tab): show the stored figure.
    setShownValue(value);
    setText(formatCellValue(value));
    setProblem(undefined);
  }

  const commit = (raw: string) => {
    const parsed = parseCellInput(raw, cell.kind, maxDecimalsOf(cell));
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(undefined);
    if (parsed.value !== value) {
      setShownValue(parsed.value);
      onCommit(cell.id, parsed.value);
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    // An IME is still composing (拼音 candidates): commit on compositionend, never reformat mid-way.
    if (!composing.current && !(event.nativeEvent as InputEvent).isComposing) commit(event.target.value);
  };
  const onCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    composing.current = false;
    commit(event.currentTarget.value);
  };
  const onBlur = () => {
    // Leaving the cell shows the figure as stored: １２ → 12, 1,234 → 1234.
    const parsed = parseCellInput(text, cell.kind, maxDecimalsOf(cell));
    if (parsed.ok && !composing.current) setText(formatCellValue(parsed.value));
    onLeave(cell.id);
  };

  const described = [
    contextId,
    problem ? describedIds.problem(cell.id) : undefined,
    marks ? describedIds.findings(cell.id) : undefined,
  ].filter(Boolean);
  return (
    <td className={className(marks, problem)}>
      <input
        id={`cell-${cell.id}`}
        data-cell={cell.id}
        form={form}
        type="text"
        inputMode={cell.kind === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        aria-label={cell.name}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        aria-invalid={problem || marks ? true : undefined}
        readOnly={readOnly}
        value={text}
        onChange={onChange}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={onCompositionEnd}
        onBlur={onBlur}
      />
      {problem && (
        <span id={describedIds.problem(cell.id)} className="grid-cell-problem" role="alert">
          {describeInputProblem(problem, cell.kind, cell.unit)}
        </span>
      )}
      {marks && <Marks id={describedIds.findings(cell.id)} marks={marks} />}
    </td>
  );
}

const sameMarks = (a: CellMarks | undefined, b: CellMarks | undefined) => a?.key === b?.key;

export const InputCell = memo(
  InputCellView,
  (before, after) =>
    before.cell === after.cell &&
    before.contextId === after.contextId &&
    before.form === after.form &&
    before.store === after.store &&
    before.readOnly === after.readOnly &&
    before.onCommit === after.onCommit &&
    before.onLeave === after.onLeave &&
    sameMarks(before.marks, after.marks),
);

export interface TotalCellProps {
  readonly cell: CellInfo;
  readonly contextId: string | undefined;
  readonly form: string;
  readonly store: GridValueStore;
  readonly marks: CellMarks | undefined;
}

function TotalCellView({ cell, contextId, form, store, marks }: TotalCellProps): JSX.Element {
  countRender(`total ${cell.id}`);
  const total = useSyncExternalStore(
    store.subscribe,
    useCallback(() => store.totalOf(cell), [store, cell]),
  );
  const described = [contextId, marks ? describedIds.findings(cell.id) : undefined].filter(Boolean);
  return (
    <td className={`${className(marks, undefined)} grid-cell--total`}>
      <output
        id={`cell-${cell.id}`}
        data-cell={cell.id}
        form={form}
        // Focusable from 校验结果 links (a balance finding may point at a total), but not a Tab stop.
        tabIndex={-1}
        aria-label={cell.name}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
      >
        {formatCellValue(total)}
      </output>
      {marks && <Marks id={describedIds.findings(cell.id)} marks={marks} />}
    </td>
  );
}

export const TotalCell = memo(
  TotalCellView,
  (before, after) =>
    before.cell === after.cell &&
    before.contextId === after.contextId &&
    before.form === after.form &&
    before.store === after.store && sameMarks(before.marks, after.marks),
);
