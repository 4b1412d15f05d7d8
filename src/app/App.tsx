// The shell composes the features: each route renders one feature page, and where a page offers
// another feature's actions (export on the drafts list, say) the shell passes them in — no feature
// imports another (DESIGN.md).
import { lazy, Suspense, useCallback, useState } from 'react';
import { DraftEditGuard, SessionBanner } from '../features/drafts/SessionBanner';
import { PrintLink } from '../features/print/PrintLink';
import { useFileDrop } from '../features/transfer/useFileDrop';
import { canRegisterServiceWorker, servedFrom } from '../storage/servedFrom';
import { AppHeader } from './AppHeader';
import { hrefOf } from './routes';
import { strings } from './strings.zh-CN';
import { useAfterFirstLoad } from './useAfterFirstLoad';
import { useRoute } from './useRoute';

// The wizard (with the grid and TanStack Table) is not needed to list drafts: its own chunk.
const WizardPage = lazy(() => import('../features/wizard/WizardPage').then((module) => ({ default: module.WizardPage })));
const HomeRoute = lazy(() => import('./HomeRoute').then((module) => ({ default: module.HomeRoute })));
// Export is offered beside every step, but the first editable cell does not wait for it: it comes once the
// first screen is up (useAfterFirstLoad).
const ExportDraftButton = lazy(() =>
  import('../features/transfer/ExportDraftButton').then((module) => ({ default: module.ExportDraftButton })),
);
// The service worker registers once the page is idle (useAfterFirstLoad): its code is not part of the first load.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((module) => ({ default: module.UpdatePrompt })));
// Said only on plain http (issue 11): no other first load carries it.
const PlainHttpNotice = lazy(() => import('./PlainHttpNotice').then((module) => ({ default: module.PlainHttpNotice })));
const onPlainHttp = servedFrom() === 'plainHttp';
const PrintPage = lazy(() => import('../features/print/PrintPage').then((module) => ({ default: module.PrintPage })));

const go = (href: string) => {
  window.location.hash = href;
};

export function App() {
  const route = useRoute();
  const firstLoadDone = useAfterFirstLoad();
  // A draft file dropped on any other page (the wizard, the print view) would otherwise be opened by the browser
  // in place of the app: it goes to 我的草稿 and is imported there, through the same checks and comparison.
  const [droppedElsewhere, setDroppedElsewhere] = useState<File | undefined>();
  const takeDropElsewhere = useCallback((file: File) => {
    setDroppedElsewhere(file);
    go(hrefOf({ page: 'home' }));
  }, []);
  const clearDropElsewhere = useCallback(() => setDroppedElsewhere(undefined), []);
  useFileDrop(takeDropElsewhere, route.page !== 'home');
  return (
    <>
      <AppHeader />
      {onPlainHttp && (
        <Suspense fallback={null}>
          <PlainHttpNotice />
        </Suspense>
      )}
      <main id="main" className="app-main">
        {route.page === 'home' && (
          <Suspense fallback={<p>{strings.loading}</p>}>
            <HomeRoute
              onOpen={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'meta' }))}
              onImported={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'review' }))}
              droppedElsewhere={droppedElsewhere}
              onDroppedElsewhereTaken={clearDropElsewhere}
            />
          </Suspense>
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
                    {firstLoadDone && (
                      <Suspense fallback={null}>
                        <ExportDraftButton draft={draft} />
                      </Suspense>
                    )}
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
      {/* No service worker on plain http or from disk (issue 11): nothing to register there. */}
      {firstLoadDone && canRegisterServiceWorker() && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
    </>
  );
}
