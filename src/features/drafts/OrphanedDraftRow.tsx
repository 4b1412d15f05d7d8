/**
 * A draft whose record is gone while its revisions remain (a crashed delete, a partial restore): a row of its own
 * (issue 12), with 从版本记录恢复 and 导出原始数据 of the revisions exactly as stored.
 */
import { fileNamePart } from '../../components/downloadJson';
import type { DraftsRepository, OrphanedRevisions } from '../../storage/draftsRepository';
import { strings } from './strings.zh-CN';
import { exportRaw } from './UnreadableDraftRow';

export interface OrphanedDraftRowProps {
  readonly orphan: OrphanedRevisions;
  readonly repository: DraftsRepository;
  readonly onMessage: (message: string) => void;
  readonly onShowRevisions: (draftId: string) => void;
}

export function OrphanedDraftRow({ orphan, repository, onMessage, onShowRevisions }: OrphanedDraftRowProps) {
  const text = strings.unreadable;
  return (
    <tr className="drafts-unreadable">
      <td>
        <strong>{text.orphanTitle(orphan.title)}</strong>
        <span className="drafts-id">{text.idLabel(orphan.draftId)}</span>
      </td>
      <td colSpan={2}>{text.orphanWhy(orphan.revisions)}</td>
      <td>{strings.noYear}</td>
      <td className="drafts-errors">{text.orphanState}</td>
      <td className="drafts-actions">
        <button
          type="button"
          onClick={() =>
            void repository
              .rawRevisions(orphan.draftId)
              .then((records) => exportRaw(text.rawRevisionsFileName(fileNamePart(orphan.draftId)), records, onMessage))
          }
        >
          {text.exportRaw}
        </button>
        {orphan.readableRevisions > 0 ? (
          <button type="button" onClick={() => onShowRevisions(orphan.draftId)}>
            {text.restoreFromRevisions}
          </button>
        ) : (
          <span className="drafts-hint">{text.noRevision}</span>
        )}
      </td>
    </tr>
  );
}
