/** The pasted text of a published report, or a .pdf/.docx/.txt/.html file read into it (issue 14). */
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
    setFileMessage(strings.fileReading(file.name));
    try {
      const read = await readTextFile(file);
      if (!read.ok) {
        setFileMessage(read.problem === 'noText' ? strings.fileNoText(read.kind) : strings.fileBroken(read.kind));
        return;
      }
      onChange(read.text);
      setFileMessage(strings.fileRead(file.name, read.kind));
    } catch {
      setFileMessage(strings.fileUnreadable);
    }
  };
  return (
    <div className="published-input">
      <label htmlFor={textId}>{strings.text}</label>
      <textarea id={textId} rows={10} value={value} onChange={(event) => onChange(event.target.value)} spellCheck={false} />
      <label htmlFor={fileId}>{strings.file}</label>
      <input id={fileId} type="file" accept=".pdf,.docx,.txt,.text,.htm,.html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/html" onChange={(event) => void open(event.target.files?.[0])} />
      <p role="status" className="published-file-status">
        {fileMessage}
      </p>
    </div>
  );
}
