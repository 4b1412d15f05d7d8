/** 版本记录 of one draft: each with time, reason and summary; restore (current state kept first) or view read-only. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { StoredRevision } from '../../storage/db';
import { listRevisions, restoreRevision } from '../../storage/revisions';
import { isDraftOpenElsewhere } from '../../storage/tabLock';
import { RevisionView } from './RevisionView';
import { formatDateTime, strings } from './strings.zh-CN';

export interface RevisionsPanelProps {
  readonly draftId: string;
  readonly draftTitle: string;
  readonly onClose: () => void;
  readonly onMessage: (message: string) => void;
}

export function RevisionsPanel({ draftId, draftTitle, onClose, onMessage }: RevisionsPanelProps) {
  const revisions = useLiveQuery(() => listRevisions(draftId), [draftId]);
  const [viewing, setViewing] = useState<StoredRevision | undefined>();
  const text = strings.revisionsPanel;
  const restore = async (revision: StoredRevision) => {
    if (revision.id === undefined) return;
    if (await isDraftOpenElsewhere(draftId)) {
      onMessage(strings.openElsewhere(draftTitle));
      return;
    }
    await restoreRevision(revision.id);
    onMessage(text.restored(formatDateTime(revision.takenAt)));
  };
  return (
    <section aria-labelledby="revisions-title" className="drafts-panel">
      <h2 id="revisions-title">{text.title(draftTitle)}</h2>
      <p className="drafts-hint">{text.hint}</p>
      {revisions && revisions.length === 0 && <p>{text.empty}</p>}
      {revisions && revisions.length > 0 && (
        <table className="drafts-table">
          <caption>{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.takenAt}</th>
              <th scope="col">{text.reason}</th>
              <th scope="col">{text.summary}</th>
              <th scope="col">{strings.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td>{formatDateTime(revision.takenAt)}</td>
                <td>{text.reasons[revision.reason] ?? revision.reason}</td>
                <td>{revision.summary}</td>
                <td className="drafts-actions">
                  <button type="button" onClick={() => void restore(revision)}>
                    {text.restore}
                  </button>
                  <button type="button" onClick={() => setViewing(revision)}>
                    {text.view}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {viewing && (
        <RevisionView draft={viewing.draft} takenAt={formatDateTime(viewing.takenAt)} onClose={() => setViewing(undefined)} />
      )}
      <button type="button" onClick={onClose}>
        {text.close}
      </button>
    </section>
  );
}
