/**
 * The drafts page's hand-over buttons (issue 6): 导入草稿 (picker or drop), 导出全部, 恢复备份. A file is
 * read and checked first; nothing is written until the officer has chosen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { addImportedDraft } from '../../storage/transfer';
import { CompareView } from './CompareView';
import { exportAll } from './exportDraft';
import { readBackup, readImport } from './readImport';
import type { BackupRead, ImportRead } from './readImport';
import { RestoreView } from './RestoreView';
import { transferStrings as t } from './strings.zh-CN';
import { useFileDrop } from './useFileDrop';
import './transfer.css';

type Pending = Extract<ImportRead, { kind: 'existing' }> | Extract<BackupRead, { kind: 'backup' }>;

export interface TransferToolbarProps {
  /** Opens a draft in the wizard (a new draft from a file opens at once). */
  readonly onOpen: (draftId: string) => void;
  /** A file dropped on another page of the app, brought here to be imported (the app shell hands it over). */
  readonly droppedElsewhere?: File | undefined;
  /** Called once the dropped file is taken, so it is imported only once. */
  readonly onDroppedElsewhereTaken?: () => void;
}

export function TransferToolbar({ onOpen, droppedElsewhere, onDroppedElsewhereTaken }: TransferToolbarProps) {
  const draftInput = useRef<HTMLInputElement>(null);
  const backupInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const [busy, setBusy] = useState(false);

  const importFile = useCallback(
    async (file: File) => {
      setBusy(true);
      setPending(undefined);
      setMessage(undefined);
      const read = await readImport(file);
      setBusy(false);
      if (read.kind === 'refused') return setMessage({ ok: false, text: read.message });
      if (read.kind === 'existing') return setPending(read);
      try {
        await addImportedDraft(read.draft);
        setMessage({ ok: true, text: t.importedNew(read.draft.title) });
        onOpen(read.draft.id);
      } catch (error) {
        setMessage({ ok: false, text: t.writeFailed(error instanceof Error ? error.message : String(error)) });
      }
    },
    [onOpen],
  );
  const restoreFile = async (file: File) => {
    setBusy(true);
    setPending(undefined);
    setMessage(undefined);
    const read = await readBackup(file);
    setBusy(false);
    if (read.kind === 'refused') setMessage({ ok: false, text: read.message });
    else setPending(read);
  };
  const dropped = useCallback((file: File) => void importFile(file), [importFile]);
  const dragging = useFileDrop(dropped);
  // A drop on another page is an event from outside, handled as one once this page is up; taking it clears it.
  useEffect(() => {
    if (!droppedElsewhere) return;
    const timer = setTimeout(() => {
      onDroppedElsewhereTaken?.();
      void importFile(droppedElsewhere);
    }, 0);
    return () => clearTimeout(timer);
  }, [droppedElsewhere, onDroppedElsewhereTaken, importFile]);

  const picked = (input: HTMLInputElement | null, handle: (file: File) => void) => {
    const file = input?.files?.[0];
    if (input) input.value = '';
    if (file) handle(file);
  };
  const done = (outcome: { ok: boolean; message: string }) => {
    setPending(undefined);
    setMessage({ ok: outcome.ok, text: outcome.message });
  };
  const backupAll = async () => {
    setBusy(true);
    setMessage(undefined);
    const outcome = await exportAll();
    setBusy(false);
    setMessage({ ok: outcome.ok, text: outcome.message });
  };

  return (
    <section className="transfer-toolbar" aria-label={t.region}>
      <div className="transfer-buttons">
        <button type="button" disabled={busy} onClick={() => draftInput.current?.click()}>
          {t.importDraft}
        </button>
        <button type="button" disabled={busy} onClick={() => void backupAll()}>
          {t.exportAll}
        </button>
        <button type="button" disabled={busy} onClick={() => backupInput.current?.click()}>
          {t.restoreBackup}
        </button>
        <input
          ref={draftInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.importDraft}
          onChange={(event) => picked(event.currentTarget, (file) => void importFile(file))}
        />
        <input
          ref={backupInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.restoreBackup}
          onChange={(event) => picked(event.currentTarget, (file) => void restoreFile(file))}
        />
      </div>
      <p className="transfer-hint">{t.importHint}</p>
      {busy && <p role="status">{t.reading}</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'transfer-ok' : 'transfer-problem'}>
          {message.text}
        </p>
      )}
      {pending?.kind === 'existing' && (
        <CompareView
          key={pending.file.id}
          local={pending.local}
          file={pending.file}
          differences={pending.differences}
          {...(pending.exportedAt ? { exportedAt: pending.exportedAt } : {})}
          onDone={done}
          onCancel={() => setPending(undefined)}
        />
      )}
      {pending?.kind === 'backup' && (
        <RestoreView entries={pending.entries} exportedAt={pending.exportedAt} onDone={done} onCancel={() => setPending(undefined)} />
      )}
      {dragging && (
        <div className="transfer-drop" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </section>
  );
}
