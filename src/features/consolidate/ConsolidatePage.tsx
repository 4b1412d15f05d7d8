/** The 汇总 page (issue 15): a new 汇总, or the units of a saved one (`#/consolidate/<draft id>`). */
import { ExistingConsolidation } from './ExistingConsolidation';
import { NewConsolidation } from './NewConsolidation';
import './consolidate.css';

export function ConsolidatePage({ draftId, onOpen }: { draftId?: string | undefined; onOpen: (draftId: string) => void }) {
  return draftId ? <ExistingConsolidation draftId={draftId} onOpen={onOpen} /> : <NewConsolidation onOpen={onOpen} />;
}
