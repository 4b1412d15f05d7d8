// The home page with the actions other features add to it (import, export, published reports). Its own
// chunk: a wizard step opened from a link loads none of it (issue 3: first load ≤ 150 KB gzip).
import { ConsolidateButton } from '../features/consolidate/ConsolidateButton';
import { DraftsPage } from '../features/drafts/DraftsPage';
import { PrintLink } from '../features/print/PrintLink';
import { PublishedToolbar } from '../features/published/PublishedToolbar';
import { ExportDraftButton, TransferToolbar } from '../features/transfer';

export function HomeRoute({
  onOpen,
  onImported,
  droppedElsewhere,
  onDroppedElsewhereTaken,
  onConsolidate,
}: {
  onOpen: (draftId: string) => void;
  onImported: (draftId: string) => void;
  /** A draft file dropped on another page: imported here, as if dropped on this one. */
  droppedElsewhere?: File | undefined;
  onDroppedElsewhereTaken?: () => void;
  /** 新建汇总报告 (issue 15): to the 汇总 page. */
  onConsolidate: () => void;
}) {
  return (
    <DraftsPage
      onOpen={onOpen}
      rowActions={(draft) => (
        <>
          <PrintLink draftId={draft.id} />
          <ExportDraftButton draft={draft} />
        </>
      )}
      toolbar={
        <>
          <TransferToolbar
            onOpen={onOpen}
            droppedElsewhere={droppedElsewhere}
            onDroppedElsewhereTaken={onDroppedElsewhereTaken}
          />
          <PublishedToolbar onImported={onImported} onCreatedFromLastYear={onOpen} />
          <ConsolidateButton onStart={onConsolidate} />
        </>
      }
    />
  );
}
