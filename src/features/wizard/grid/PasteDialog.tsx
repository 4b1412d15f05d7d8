/** Asks before a pasted block changes more than one cell (issue 3 item 4); nothing changes on 取消. */
import { useEffect, useId, useRef } from 'react';
import type { JSX } from 'react';
import { gridStrings } from './strings.zh-CN';

export interface PasteDialogProps {
  readonly count: number;
  readonly from: string;
  readonly problems: readonly string[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function PasteDialog({ count, from, problems, onConfirm, onCancel }: PasteDialogProps): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="grid-paste-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Esc: the same as 取消; the grid closes the dialog by unmounting it.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{gridStrings.pasteTitle}</h2>
      <div id={bodyId}>
        <p>{gridStrings.pasteSummary(count, from)}</p>
        {problems.length > 0 && (
          <>
            <p>{gridStrings.pasteProblemsHeading(problems.length)}</p>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="grid-paste-actions">
        <button type="button" onClick={onConfirm} autoFocus>
          {gridStrings.confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {gridStrings.cancel}
        </button>
      </div>
    </dialog>
  );
}
