/**
 * Home page: the officer's drafts (issue 4) — 新建草稿 (blank or from last year), the list with 机关, 年度,
 * last change and error count, its actions, 版本记录, 回收站 and the 存储 panel. The list follows IndexedDB
 * live, so a change made in another tab shows here at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { DraftsRepository } from '../../storage/draftsRepository';
import type { DraftListing } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';
import { servedFrom } from '../../storage/servedFrom';
import { DraftRow } from './DraftRow';
import { useErrorCounts } from './errorCount';
import { NewDraftForm } from './NewDraftForm';
import { OrphanedDraftRow } from './OrphanedDraftRow';
import { RevisionsPanel } from './RevisionsPanel';
import { StoragePanel } from './StoragePanel';
import { strings } from './strings.zh-CN';
import { TrashSection } from './TrashSection';
import { UnreadableDraftRow } from './UnreadableDraftRow';
import './drafts.css';

export interface DraftsPageProps {
  readonly onOpen: (draftId: string) => void;
  /** Other features' page-level buttons (导入草稿, 导入已发布年报), composed by the app shell. */
  readonly toolbar?: ReactNode;
  /** Other features' per-draft buttons (导出草稿), composed by the app shell. */
  readonly rowActions?: (draft: StoredDraft) => ReactNode;
}

const listedCount = (listing: DraftListing) => listing.drafts.length + listing.unreadable.length + listing.orphans.length;

/** Whose 版本记录 are open: a readable draft, an unreadable one, or one known only by its revisions. */
function revisionsTarget(listing: DraftListing | undefined, id: string | undefined): { id: string; title: string } | undefined {
  if (!listing || id === undefined) return undefined;
  const draft = listing.drafts.find((candidate) => candidate.id === id);
  if (draft) return { id, title: draft.title };
  const unreadable = listing.unreadable.find((candidate) => candidate.id === id);
  if (unreadable) return { id, title: unreadable.title ?? strings.unreadable.untitled };
  const orphan = listing.orphans.find((candidate) => candidate.draftId === id);
  return orphan ? { id, title: strings.unreadable.orphanTitle(orphan.title) } : undefined;
}

export function DraftsPage({ onOpen, toolbar, rowActions }: DraftsPageProps) {
  const repository = useMemo(() => new DraftsRepository(), []);
  // One read of IndexedDB through the draft door: a record that does not read back is a row of its own (issue 12).
  const listing = useLiveQuery(() => repository.listing(), [repository]);
  const drafts = listing?.drafts;
  const errorCounts = useErrorCounts(repository, drafts);
  const [message, setMessage] = useState('');
  const [revisionsOf, setRevisionsOf] = useState<string | undefined>();
  const revisionsDraft = revisionsTarget(listing, revisionsOf);
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
      {listing && listedCount(listing) === 0 && <p>{strings.empty}</p>}
      {listing && listedCount(listing) > 0 && (
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
            {listing.unreadable.map((entry) => (
              <UnreadableDraftRow
                key={entry.id}
                entry={entry}
                repository={repository}
                onMessage={setMessage}
                onShowRevisions={setRevisionsOf}
              />
            ))}
            {listing.orphans.map((orphan) => (
              <OrphanedDraftRow
                key={orphan.draftId}
                orphan={orphan}
                repository={repository}
                onMessage={setMessage}
                onShowRevisions={setRevisionsOf}
              />
            ))}
            {listing.drafts.map((draft) => (
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
      <TrashSection
        repository={repository}
        deleted={listing?.deleted ?? []}
        unreadable={listing?.unreadableDeleted ?? []}
        onMessage={setMessage}
      />
      <StoragePanel drafts={drafts ?? []} />
    </section>
  );
}
