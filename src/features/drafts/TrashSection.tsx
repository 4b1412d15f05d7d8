/** 回收站: deleted drafts, restorable for 30 days; permanent deletion asks twice. */
import { useState } from 'react';
import type { DraftsRepository } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';
import { formatDateTime, strings } from './strings.zh-CN';

export interface TrashSectionProps {
  readonly repository: DraftsRepository;
  readonly deleted: readonly StoredDraft[];
  readonly onMessage: (message: string) => void;
}

export function TrashSection({ repository, deleted, onMessage }: TrashSectionProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  return (
    <section aria-labelledby="trash-title" className="drafts-panel">
      <h2 id="trash-title">{strings.trash.title}</h2>
      <p className="drafts-hint">{strings.trash.hint}</p>
      {deleted.length === 0 ? (
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
