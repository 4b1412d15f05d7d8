// The shell composes the features: each route renders one feature page, and where a page offers
// another feature's actions (export on the drafts list, say) the shell passes them in — no feature
// imports another (docs/architecture.md).
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RecoveryScreen } from '../components/RecoveryScreen';
import { ThrowForTest } from '../components/ThrowForTest';
import { ConsolidationLink } from '../features/consolidate/ConsolidateButton';
import { DraftEditGuard, SessionBanner } from '../features/drafts/SessionBanner';
import { PrintLink } from '../features/print/PrintLink';
import { useFileDrop } from '../features/transfer/useFileDrop';
import { recordOf } from './earlyRead';
import { canRegisterServiceWorker, servedFrom } from '../storage/servedFrom';
import { AppHeader } from './AppHeader';
import { preloadableLazy } from '../components/preloadableLazy';
import { hrefOf, parseRoute } from './routes';
import { strings } from './strings.zh-CN';
import { useAfterFirstLoad } from './useAfterFirstLoad';
import { useRoute } from './useRoute';

// The wizard (with the grid and TanStack Table) is not needed to list drafts: its own chunk.
// Each page is a preloadable lazy component (issue 16): fetched ahead, it renders without React's Suspense hold.
const WizardPage = preloadableLazy(() => import('../features/wizard/WizardPage').then((module) => module.WizardPage));
const HomeRoute = preloadableLazy(() => import('./HomeRoute').then((module) => module.HomeRoute));
// Export is offered beside every step, but the first editable cell does not wait for it: it comes once the
// first screen is up (useAfterFirstLoad).
const ExportDraftButton = lazy(() =>
  import('../features/transfer/ExportDraftButton').then((module) => ({ default: module.ExportDraftButton })),
);
// The service worker registers once the page is idle (useAfterFirstLoad): its code is not part of the first load.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((module) => ({ default: module.UpdatePrompt })));
// 导出 Word / 导出网页 on 检查与预览 (issue 13): a few buttons; the docx library behind them loads on the first press.
const ExportReportButtons = lazy(() =>
  import('../features/print/ExportReportButtons').then((module) => ({ default: module.ExportReportButtons })),
);
// 汇总 (issue 15): its own chunk, and ExcelJS a further one loaded only on export.
const ConsolidatePage = preloadableLazy(() =>
  import('../features/consolidate/ConsolidatePage').then((module) => module.ConsolidatePage),
);
// Said only on plain http (issue 11): no other first load carries it.
// It is part of the first frame there (preloadPageOf): shown later, it pushed the page down under a click aimed at
// 新建草稿 (found by CI on plain http under a sub-path).
const PlainHttpNotice = preloadableLazy(() => import('./PlainHttpNotice').then((module) => module.PlainHttpNotice));
const onPlainHttp = servedFrom() === 'plainHttp';
const PrintPage = preloadableLazy(() => import('../features/print/PrintPage').then((module) => module.PrintPage));

/**
 * The code of the page an address opens, and for a wizard step its draft (issue 16). main.tsx starts them as the
 * app's first script runs and renders once they are there, so the first frame shows the page with its draft
 * rather than 正在加载… and 正在打开草稿… (components/preloadableLazy.tsx, storage/earlyDraft.ts).
 */
export function preloadPageOf(hash: string): Promise<unknown> {
  const page = preloadPage(hash);
  return onPlainHttp ? Promise.all([page, PlainHttpNotice.preload()]) : page;
}

function preloadPage(hash: string): Promise<unknown> {
  const route = parseRoute(hash);
  switch (route.page) {
    case 'home':
      return HomeRoute.preload();
    case 'wizard': {
      // IndexedDB reads the stored record while the wizard's code downloads; the door takes it once that is here.
      // Asked already as the app's first module ran (earlyRead.ts) when the address opened this draft.
      const record = recordOf(route.draftId);
      return Promise.all([
        import('../storage/earlyDraft').then((module) => module.prefetchDraft(route.draftId, record)),
        WizardPage.preload(),
      ]);
    }
    case 'consolidate':
      return ConsolidatePage.preload();
    case 'print':
      return PrintPage.preload();
    case 'notFound':
      return Promise.resolve();
  }
}

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
  // The 汇总 page takes several dropped files itself (issue 15).
  useFileDrop(takeDropElsewhere, route.page !== 'home' && route.page !== 'consolidate');
  // 生成汇总 opens the wizard: its chunk is fetched while the officer chooses the units' files (issue 15).
  useEffect(() => {
    // 基本信息 too, where the consolidated draft opens. A failed fetch is tried again when the wizard is opened.
    if (route.page !== 'consolidate') return;
    WizardPage.preload()
      .then(() => import('../features/wizard/WizardPage'))
      .then((module) => module.preloadMetaStep())
      .catch(() => undefined);
  }, [route.page]);
  return (
    <>
      <AppHeader />
      {onPlainHttp && (
        <Suspense fallback={null}>
          <PlainHttpNotice />
        </Suspense>
      )}
      <main id="main" className="app-main">
        {/* Around each page (issue 12): an unexpected error shows the recovery screen, never a blank page; any new
            address (another page, 返回我的草稿) starts afresh. */}
        <ErrorBoundary resetKey={window.location.hash} fallback={(error) => <RecoveryScreen error={error} scope="page" />}>
          <ThrowForTest where="page" />
          {route.page === 'home' && (
            <Suspense fallback={<p>{strings.loading}</p>}>
              <HomeRoute
                onOpen={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'meta' }))}
                onImported={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'review' }))}
                droppedElsewhere={droppedElsewhere}
                onDroppedElsewhereTaken={clearDropElsewhere}
                onConsolidate={() => go(hrefOf({ page: 'consolidate' }))}
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
                      {draft.consolidation && <ConsolidationLink href={hrefOf({ page: 'consolidate', draftId: draft.id })} />}
                      {firstLoadDone && (
                        <Suspense fallback={null}>
                          <ExportDraftButton draft={draft} />
                        </Suspense>
                      )}
                    </>
                  )}
                  reviewActions={(draft) => (
                    <Suspense fallback={null}>
                      <ExportReportButtons draft={draft} />
                    </Suspense>
                  )}
                />
              </Suspense>
            </DraftEditGuard>
          )}
          {route.page === 'consolidate' && (
            <Suspense fallback={<p>{strings.loading}</p>}>
              <ConsolidatePage
                key={route.draftId ?? 'new'}
                draftId={route.draftId}
                onOpen={(draftId) => go(hrefOf({ page: 'wizard', draftId, step: 'meta' }))}
              />
            </Suspense>
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
        </ErrorBoundary>
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
