/**
 * A draft in the wizard (issue 3): loads the draft through the storage session and shows one step.
 * The app shell passes `headerActions` (export, print) so that this feature imports no other.
 */
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import type { Draft } from '../../draft';
import { useDraftSession } from '../../storage/useDraftSession';
import { strings } from './strings.zh-CN';
import { useSaveShortcut } from './useSaveShortcut';
import { WizardFrame } from './WizardFrame';

export { preloadMetaStep } from './WizardFrame';

const DraftUnreadable = lazy(() => import('./DraftUnreadable').then((module) => ({ default: module.DraftUnreadable })));

export interface WizardPageProps {
  readonly draftId: string;
  readonly step: string;
  /** Actions on the whole draft shown in the wizard's header, filled by the app shell. */
  readonly headerActions?: (draft: Draft) => ReactNode;
  /** What the finished report can become (导出 Word, 导出网页…), shown on 检查与预览; filled by the app shell (issue 13). */
  readonly reviewActions?: (draft: Draft) => ReactNode;
}

export function WizardPage({ draftId, step, headerActions, reviewActions }: WizardPageProps) {
  const session = useDraftSession(draftId);
  useSaveShortcut(session.flush);
  if (session.loading || !session.load) {
    return <p role="status">{strings.loading}</p>;
  }
  if (!session.load.ok) {
    return (
      <Suspense fallback={<p role="status">{strings.loading}</p>}>
        <DraftUnreadable problem={session.load.problem} />
      </Suspense>
    );
  }
  if (!session.draft) return <p role="status">{strings.loading}</p>;
  return (
    <WizardFrame
      draft={session.draft}
      stepId={step}
      update={session.update}
      saveStatus={session.saveStatus}
      headerActions={headerActions}
      reviewActions={reviewActions}
    />
  );
}
