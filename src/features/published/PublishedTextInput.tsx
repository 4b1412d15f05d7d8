/** The pasted text of a published report, or a .txt/.html file read into it. */
import { useId, useState } from 'react';
import { readTextFile } from './readTextFile';
import { strings } from './strings.zh-CN';

export interface PublishedTextInputProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
}

export function PublishedTextInput({ value, onChange }: PublishedTextInputProps) {
  const textId = useId();
  const fileId = useId();
  const [fileMessage, setFileMessage] = useState('');
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      onChange(await readTextFile(file));
      setFileMessage(strings.fileRead(file.name));
    } catch {
      setFileMessage(strings.fileUnreadable);
    }
  };
  return (
    <div className="published-input">
      <label htmlFor={textId}>{strings.text}</label>
      <textarea id={textId} rows={10} value={value} onChange={(event) => onChange(event.target.value)} spellCheck={false} />
      <label htmlFor={fileId}>{strings.file}</label>
      <input id={fileId} type="file" accept=".txt,.text,.htm,.html,text/plain,text/html" onChange={(event) => void open(event.target.files?.[0])} />
      <p role="status" className="published-file-status">
        {fileMessage}
      </p>
    </div>
  );
}
