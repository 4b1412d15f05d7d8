/**
 * A saved draft that no longer reads back, as a row of its own in the list (issue 12): what is still known (title,
 * id, last saved), why the door refuses it, and the ways out — 导出原始数据 (the record exactly as stored),
 * 从版本记录恢复 when a revision reads back, 移到回收站. Nothing is written until the officer chooses.
 */
import { storedDraftFault } from '../../draft';
import { downloadJson, fileNamePart } from '../../components/downloadJson';
import type { DraftsRepository, UnreadableListed } from '../../storage/draftsRepository';
import { formatDateTime, strings } from './strings.zh-CN';

export interface UnreadableDraftRowProps {
  readonly entry: UnreadableListed;
  readonly repository: DraftsRepository;
  readonly onMessage: (message: string) => void;
  readonly onShowRevisions: (draftId: string) => void;
}

/** 导出原始数据: the stored record as a file, with the outcome as a message. */
export function exportRaw(fileName: string, record: unknown, onMessage: (message: string) => void): void {
  const text = strings.unreadable;
  const outcome = downloadJson(fileName, record);
  onMessage(outcome.ok ? text.exported(fileName) : text.exportFailed(outcome.reason));
}

export function UnreadableDraftRow({ entry, repository, onMessage, onShowRevisions }: UnreadableDraftRowProps) {
  const text = strings.unreadable;
  return (
    <tr className="drafts-unreadable">
      <td>
        <strong>{entry.title ?? text.untitled}</strong>
        <span className="drafts-id">{text.idLabel(entry.id)}</span>
      </td>
      <td colSpan={2}>{text.why(storedDraftFault(entry.problem))}</td>
      <td>{entry.updatedAt ? formatDateTime(entry.updatedAt) : strings.noYear}</td>
      <td className="drafts-errors">{text.state}</td>
      <td className="drafts-actions">
        <button type="button" onClick={() => exportRaw(text.rawFileName(fileNamePart(entry.id)), entry.record, onMessage)}>
          {text.exportRaw}
        </button>
        {entry.readableRevisions > 0 ? (
          <button type="button" onClick={() => onShowRevisions(entry.id)}>
            {text.restoreFromRevisions}
          </button>
        ) : (
          <span className="drafts-hint">{text.noRevision}</span>
        )}
        <button
          type="button"
          onClick={() => void repository.moveToTrash(entry.key).then(() => onMessage(text.movedToTrash(entry.id)))}
        >
          {text.moveToTrash}
        </button>
      </td>
    </tr>
  );
}
