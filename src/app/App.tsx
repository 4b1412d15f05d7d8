// The shell composes the features: each route renders one feature page, and where a page offers
// another feature's actions (export on the drafts list, say) the shell passes them in — no feature
// imports another (DESIGN.md).
import { lazy, Suspense } from 'react';
import { DraftsPage } from '../features/drafts/DraftsPage';
import { PublishedToolbar } from '../features/published/PublishedToolbar';
import { DraftEditGuard, SessionBanner } from '../features/drafts/SessionBanner';
import { PrintLink } from '../features/print/PrintLink';
import { ExportDraftButton, TransferToolbar } from '../features/transfer';
import { AppHeader } from './AppHeader';
import { hrefOf } from './routes';
import { UpdatePrompt } from './UpdatePrompt';
import { strings } from './strings.zh-CN';
import { useRoute } from './useRoute';

// The wizard (with the grid and TanStack Table) is not needed to list drafts: its own chunk.
const WizardPage = lazy(() => import('../features/wizard/WizardPage').then((module) => ({ default: module.WizardPage })));
const PrintPage = lazy(() => import('../features/print/PrintPage').then((module) => ({ default: module.PrintPage })));

const go = (href: string) => {
  window.location.hash = href;
};

export function App() {
  const route = useRoute();
  return (
    <>
      <AppHeader />
      <main id="main" className="app-main">
        {route.page === 'home' && (
          <DraftsPage
            onOpen={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'meta' }))}
            rowActions={(draft) => (
              <>
                <PrintLink draftId={draft.id} />
                <ExportDraftButton draft={draft} />
              </>
            )}
            toolbar={
              <>
                <TransferToolbar onOpen={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'meta' }))} />
                <PublishedToolbar
                  onImported={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'review' }))}
                  onCreatedFromLastYear={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'meta' }))}
                />
              </>
            }
          />
        )}
        {route.page !== 'home' && <SessionBanner />}
        {route.page === 'wizard' && (
          <DraftEditGuard>
            <Suspense fallback={<p>{strings.loading}</p>}>
              <WizardPage
                key={route.draftId}
                draftId={route.draftId}
                step={route.step}
                headerActions={(draft) => (
                  <>
                    <PrintLink draftId={draft.id} />
                    <ExportDraftButton draft={draft} />
                  </>
                )}
              />
            </Suspense>
          </DraftEditGuard>
        )}
        {route.page === 'print' && (
          <Suspense fallback={<p>{strings.loading}</p>}>
            <PrintPage
              draftId={route.draftId}
              onBack={() => go(hrefOf({ page: 'wizard', draftId: route.draftId, step: 'review' }))}
            />
          </Suspense>
        )}
        {route.page === 'notFound' && (
          <section>
            <h1>{strings.notFoundTitle}</h1>
            <p>
              <a href="#/">{strings.backHome}</a>
            </p>
          </section>
        )}
      </main>
      <UpdatePrompt />
    </>
  );
}
