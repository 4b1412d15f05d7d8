/**
 * 回收站: deleted drafts, restorable for 30 days; permanent deletion asks twice. A draft that does not read back
 * is listed here too, by what is known of it, with 导出原始数据 (issue 12).
 */
import { useState } from 'react';
import { fileNamePart } from '../../components/downloadJson';
import type { DraftsRepository, UnreadableListed } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';
import { formatDateTime, strings } from './strings.zh-CN';
import { exportRaw } from './UnreadableDraftRow';

export interface TrashSectionProps {
  readonly repository: DraftsRepository;
  readonly deleted: readonly StoredDraft[];
  readonly unreadable: readonly UnreadableListed[];
  readonly onMessage: (message: string) => void;
}

export function TrashSection({ repository, deleted, unreadable, onMessage }: TrashSectionProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  return (
    <section aria-labelledby="trash-title" className="drafts-panel">
      <h2 id="trash-title">{strings.trash.title}</h2>
      <p className="drafts-hint">{strings.trash.hint}</p>
      {deleted.length + unreadable.length === 0 ? (
        <p>{strings.trash.empty}</p>
      ) : (
        <table className="drafts-table">
          <caption>{strings.trash.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columns.title}</th>
              <th scope="col">{strings.trash.deletedAt}</th>
              <th scope="col">{strings.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {unreadable.map((entry) => (
              <tr key={entry.id} className="drafts-unreadable">
                <td>
                  <strong>{entry.title ?? strings.unreadable.untitled}</strong>
                  <span className="drafts-id">{strings.unreadable.idLabel(entry.id)}</span>
                </td>
                <td>{entry.deletedAt ? formatDateTime(entry.deletedAt) : ''}</td>
                <td className="drafts-actions">
                  <button
                    type="button"
                    onClick={() => exportRaw(strings.unreadable.rawFileName(fileNamePart(entry.id)), entry.record, onMessage)}
                  >
                    {strings.unreadable.exportRaw}
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void repository
                        .restoreFromTrash(entry.key)
                        .then(() => onMessage(strings.restoredFromTrash(entry.title ?? strings.unreadable.untitled)))
                    }
                  >
                    {strings.trash.restore}
                  </button>
                  {confirming === entry.id ? (
                    <button
                      type="button"
                      className="drafts-danger"
                      onClick={() =>
                        void repository
                          .deleteForever(entry.key)
                          .then(() => onMessage(strings.deletedForever(entry.title ?? strings.unreadable.untitled)))
                      }
                    >
                      {strings.trash.confirmForever}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setConfirming(entry.id)}>
                      {strings.trash.deleteForever}
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {deleted.map((draft) => (
              <tr key={draft.id}>
                <td>{draft.title}</td>
                <td>{draft.deletedAt ? formatDateTime(draft.deletedAt) : ''}</td>
                <td className="drafts-actions">
                  <button
                    type="button"
                    onClick={() =>
                      void repository
                        .restoreFromTrash(draft.id)
                        .then(() => onMessage(strings.restoredFromTrash(draft.title)))
                    }
                  >
                    {strings.trash.restore}
                  </button>
                  {confirming === draft.id ? (
                    <button
                      type="button"
                      className="drafts-danger"
                      onClick={() =>
                        void repository
                          .deleteForever(draft.id)
                          .then(() => onMessage(strings.deletedForever(draft.title)))
                      }
                    >
                      {strings.trash.confirmForever}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setConfirming(draft.id)}>
                      {strings.trash.deleteForever}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
