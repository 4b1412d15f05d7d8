/**
 * Home page: the officer's drafts (issue 4) — 新建草稿 (blank or from last year), the list with 机关, 年度,
 * last change and error count, its actions, 版本记录, 回收站 and the 存储 panel. The list follows IndexedDB
 * live, so a change made in another tab shows here at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { DraftsRepository } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';
import { servedFrom } from '../../storage/servedFrom';
import { DraftRow } from './DraftRow';
import { useErrorCounts } from './errorCount';
import { NewDraftForm } from './NewDraftForm';
import { RevisionsPanel } from './RevisionsPanel';
import { StoragePanel } from './StoragePanel';
import { strings } from './strings.zh-CN';
import { TrashSection } from './TrashSection';
import './drafts.css';

export interface DraftsPageProps {
  readonly onOpen: (draftId: string) => void;
  /** Other features' page-level buttons (导入草稿, 导入已发布年报), composed by the app shell. */
  readonly toolbar?: ReactNode;
  /** Other features' per-draft buttons (导出草稿), composed by the app shell. */
  readonly rowActions?: (draft: StoredDraft) => ReactNode;
}

export function DraftsPage({ onOpen, toolbar, rowActions }: DraftsPageProps) {
  const repository = useMemo(() => new DraftsRepository(), []);
  const drafts = useLiveQuery(() => repository.list(), [repository]);
  const deleted = useLiveQuery(() => repository.listDeleted(), [repository]);
  const errorCounts = useErrorCounts(repository, drafts);
  const [message, setMessage] = useState('');
  const [revisionsOf, setRevisionsOf] = useState<string | undefined>();
  const revisionsDraft = drafts?.find((draft) => draft.id === revisionsOf);
  // One clock reading per visit, so rows stay memoised (the 7-day reminder does not need a live clock).
  const [now] = useState(() => new Date());

  // Drafts deleted over 30 days ago leave 回收站 for good.
  useEffect(() => {
    void repository.purgeTrash();
  }, [repository]);

  return (
    <section aria-labelledby="home-title" className="drafts-page">
      <h1 id="home-title">{strings.title}</h1>
      <p>{strings.intro}</p>
      <p className="drafts-note">{strings.localOnly}</p>
      {servedFrom() === 'file' && <p className="drafts-note">{strings.fileStorage}</p>}
      <div className="drafts-toolbar">
        <NewDraftForm repository={repository} drafts={drafts ?? []} onCreated={(draft) => onOpen(draft.id)} />
        {toolbar}
      </div>
      <p role="status" className="drafts-message">
        {message}
      </p>
      {drafts && drafts.length === 0 && <p>{strings.empty}</p>}
      {drafts && drafts.length > 0 && (
        <table className="drafts-table drafts-list">
          <caption>{strings.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columns.title}</th>
              <th scope="col">{strings.columns.agency}</th>
              <th scope="col">{strings.columns.year}</th>
              <th scope="col">{strings.columns.updatedAt}</th>
              <th scope="col">{strings.columns.errors}</th>
              <th scope="col">{strings.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                errors={errorCounts.get(draft.id)}
                repository={repository}
                now={now}
                onOpen={onOpen}
                onMessage={setMessage}
                onShowRevisions={setRevisionsOf}
                rowActions={rowActions}
              />
            ))}
          </tbody>
        </table>
      )}
      {revisionsDraft && (
        <RevisionsPanel
          key={revisionsDraft.id}
          draftId={revisionsDraft.id}
          draftTitle={revisionsDraft.title}
          onClose={() => setRevisionsOf(undefined)}
          onMessage={setMessage}
        />
      )}
      <TrashSection repository={repository} deleted={deleted ?? []} onMessage={setMessage} />
      <StoragePanel drafts={drafts ?? []} />
    </section>
  );
}
