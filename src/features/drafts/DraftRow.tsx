/** One draft in the list, with its actions; 重命名 edits the title in place. */
import type { ReactNode } from 'react';
import { memo, useState } from 'react';
import type { DraftsRepository } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';
import { needsExportReminder } from '../../storage/storageSafety';
import { isDraftOpenElsewhere } from '../../storage/tabLock';
import { formatDateTime, strings } from './strings.zh-CN';

export interface DraftRowProps {
  readonly draft: StoredDraft;
  /** Errors found by the rules engine; undefined while not checked yet. */
  readonly errors: number | undefined;
  readonly repository: DraftsRepository;
  readonly now: Date;
  readonly onOpen: (draftId: string) => void;
  readonly onMessage: (message: string) => void;
  readonly onShowRevisions: (draftId: string) => void;
  readonly rowActions?: (draft: StoredDraft) => ReactNode;
}

/** Memoised: error counts arrive a few drafts at a time, and only the rows they concern should re-render. */
export const DraftRow = memo(function DraftRow({
  draft,
  errors,
  repository,
  now,
  onOpen,
  onMessage,
  onShowRevisions,
  rowActions,
}: DraftRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(draft.title);
  const remind = needsExportReminder(draft, now);

  // The list never changes a draft another window is editing: that window's next save would undo it.
  const unlessOpenElsewhere = async (action: () => Promise<void>) => {
    if (await isDraftOpenElsewhere(draft.id)) onMessage(strings.openElsewhere(draft.title));
    else await action();
  };

  const saveTitle = async () => {
    const trimmed = title.trim();
    if (!trimmed) return;
    await unlessOpenElsewhere(async () => {
      await repository.rename(draft.id, trimmed);
      onMessage(strings.renamed(trimmed));
    });
    setRenaming(false);
  };

  return (
    <tr>
      <td>
        {renaming ? (
          <form
            className="drafts-rename"
            onSubmit={(event) => {
              event.preventDefault();
              void saveTitle();
            }}
          >
            <label>
              {strings.newTitle}
              <input value={title} onChange={(event) => setTitle(event.target.value)} autoFocus size={40} />
            </label>
            <button type="submit">{strings.saveTitle}</button>
            <button type="button" onClick={() => setRenaming(false)}>
              {strings.cancel}
            </button>
          </form>
        ) : (
          <>
            <a href={`#/draft/${encodeURIComponent(draft.id)}/meta`}>{draft.title}</a>
            {remind && <p className="drafts-reminder">{strings.exportReminder}</p>}
          </>
        )}
      </td>
      <td>{draft.meta.agency || strings.unnamedAgency}</td>
      <td>{draft.meta.year ?? strings.noYear}</td>
      <td>{formatDateTime(draft.updatedAt)}</td>
      <td className={errors ? 'drafts-errors' : undefined}>
        {errors === undefined ? strings.checking : strings.errors(errors)}
      </td>
      <td className="drafts-actions">
        <button type="button" onClick={() => onOpen(draft.id)}>
          {strings.open}
        </button>
        <button
          type="button"
          onClick={() =>
            void repository.copy(draft.id).then((copy) => onMessage(strings.copied(copy.title)))
          }
        >
          {strings.copy}
        </button>
        <button
          type="button"
          onClick={() => {
            setTitle(draft.title);
            setRenaming(true);
          }}
        >
          {strings.rename}
        </button>
        <button type="button" onClick={() => onShowRevisions(draft.id)}>
          {strings.revisions}
        </button>
        {rowActions?.(draft)}
        <button
          type="button"
          onClick={() =>
            void unlessOpenElsewhere(async () => {
              await repository.moveToTrash(draft.id);
              onMessage(strings.deleted(draft.title));
            })
          }
        >
          {strings.delete}
        </button>
      </td>
    </tr>
  );
});
