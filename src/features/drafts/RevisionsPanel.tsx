/**
 * 版本记录 of one draft: each with time, reason and summary; restore (current state kept first) or view read-only.
 * Revisions are read through the draft door: one that does not read back is listed with why, and can only be
 * exported as stored (issue 12).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { storedDraftFault } from '../../draft';
import { fileNamePart } from '../../components/downloadJson';
import { restoreRevision, revisionEntries } from '../../storage/revisions';
import type { ReadableRevision } from '../../storage/storedReads';
import { isDraftOpenElsewhere } from '../../storage/tabLock';
import { RevisionView } from './RevisionView';
import { formatDateTime, strings } from './strings.zh-CN';
import { exportRaw } from './UnreadableDraftRow';

export interface RevisionsPanelProps {
  readonly draftId: string;
  readonly draftTitle: string;
  readonly onClose: () => void;
  readonly onMessage: (message: string) => void;
}

export function RevisionsPanel({ draftId, draftTitle, onClose, onMessage }: RevisionsPanelProps) {
  const revisions = useLiveQuery(() => revisionEntries(draftId), [draftId]);
  const [viewing, setViewing] = useState<ReadableRevision | undefined>();
  const text = strings.revisionsPanel;
  const restore = async (revision: ReadableRevision) => {
    if (await isDraftOpenElsewhere(draftId)) {
      onMessage(strings.openElsewhere(draftTitle));
      return;
    }
    try {
      await restoreRevision(revision.id);
      onMessage(text.restored(formatDateTime(revision.takenAt)));
    } catch {
      onMessage(text.restoreFailed);
    }
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
            {revisions.map((revision) =>
              revision.readable ? (
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
              ) : (
                <tr key={revision.id} className="drafts-unreadable">
                  <td>{revision.takenAt ? formatDateTime(revision.takenAt) : strings.noYear}</td>
                  <td>{strings.unreadable.state}</td>
                  <td>{strings.unreadable.revisionWhy(storedDraftFault(revision.problem))}</td>
                  <td className="drafts-actions">
                    <button
                      type="button"
                      onClick={() =>
                        exportRaw(text.rawFileName(fileNamePart(draftId), revision.id), revision.record, onMessage)
                      }
                    >
                      {strings.unreadable.exportRaw}
                    </button>
                  </td>
                </tr>
              ),
            )}
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
