/** 选择文件: a file chooser taking several .nianbao.json files at once, and the page as a drop zone (issue 15). */
import { useRef } from 'react';
import { consolidateStrings as t } from './strings.zh-CN';
import { useFilesDrop } from '../../components/useFilesDrop';

export function FilePicker({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFilesDrop(onFiles);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {t.chooseFiles}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,application/json"
        hidden
        aria-label={t.filesInput}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      {dragging && (
        <div className="consolidate-drop" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </>
  );
}
