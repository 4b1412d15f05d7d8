/** Accepting a warning with a written note (说明), or showing the note already given. */
import { useId, useState } from 'react';
import type { AcceptedNote } from '../../engine';
import { strings } from './strings.zh-CN';

export function AcceptWarning({
  note,
  onAccept,
  onRemove,
}: {
  note: AcceptedNote | undefined;
  onAccept: (note: string) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note?.note ?? '');
  if (editing) {
    return (
      <form
        className="accept-warning"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          onAccept(text.trim());
          setEditing(false);
        }}
      >
        <label htmlFor={`${id}-note`}>{strings.acceptNote}</label>
        <textarea id={`${id}-note`} rows={2} value={text} required onChange={(event) => setText(event.target.value)} />
        <button type="submit">{strings.acceptSave}</button>
        <button type="button" onClick={() => setEditing(false)}>
          {strings.acceptCancel}
        </button>
      </form>
    );
  }
  if (note) {
    return (
      <div className="accept-warning">
        <p className="accepted-note">{strings.accepted(note.note)}</p>
        <button type="button" onClick={() => setEditing(true)}>
          {strings.acceptWarning}
        </button>
        <button type="button" onClick={onRemove}>
          {strings.acceptRemove}
        </button>
      </div>
    );
  }
  return (
    <div className="accept-warning">
      <button type="button" onClick={() => setEditing(true)}>
        {strings.acceptWarning}
      </button>
    </div>
  );
}
