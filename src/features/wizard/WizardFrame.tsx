/**
 * The wizard around one loaded draft: header, the step list with statuses, the current step, the step
 * buttons and 校验结果. Which findings show, and focusing a finding's cell, are decided here.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { RecoveryScreen } from '../../components/RecoveryScreen';
import { ThrowForTest } from '../../components/ThrowForTest';
import type { Draft } from '../../draft';
import { sectionStatus } from '../../engine';
import type { Finding } from '../../engine';
import { formats } from '../../format';
import type { RenderWhen, SaveStatusSource } from '../../storage/useDraftSession';
import { withAcceptedNote, withoutNote } from './draftEdits';
import { FindingsPanel } from './FindingsPanel';
import type { FindingActions } from './FindingsPanel';
import { metaStatus } from './metaStatus';
import { SaveStatusText } from './SaveStatusText';
import { preloadableLazy } from '../../components/preloadableLazy';
import { SectionStep } from './SectionStep';
import { StepButtons } from './StepButtons';
import { StepNav } from './StepNav';
import { focusIdOf, focusTargetOf, focusTargetOfFinding, sectionOfFinding, stepHref, stepsOf } from './steps';
import type { WizardStep } from './steps';
import { strings } from './strings.zh-CN';
import { useChecks } from './useChecks';
import './wizard.css';

// 检查与预览 is opened once or twice per report: keep it out of the first load.
// 基本信息 carries react-hook-form; a section step's first load does not.
const MetaStep = preloadableLazy(() => import('./MetaStep').then((module) => module.MetaStep));
const ReviewStep = lazy(() => import('./ReviewStep').then((module) => ({ default: module.ReviewStep })));

/** Fetches 基本信息's chunk ahead, for a page that opens a draft there next (生成汇总, issue 15 bench). */
export function preloadMetaStep(): Promise<unknown> {
  return MetaStep.preload();
}

type Update = (change: (draft: Draft) => Draft, when?: RenderWhen) => void;

/** Rows of a grid a screen shows under the step's heading and guidance: 12 of 三's 25 in a 1400×1000 window. */
const ROWS_ON_FIRST_SCREEN = 12;

function focusElement(target: string): boolean {
  const element = document.getElementById(focusIdOf(target));
  if (!element) return false;
  element.focus();
  return true;
}

export function WizardFrame({
  draft,
  stepId,
  update,
  saveStatus,
  headerActions,
  reviewActions,
}: {
  draft: Draft;
  stepId: string;
  update: Update;
  saveStatus: SaveStatusSource;
  headerActions?: (draft: Draft) => ReactNode;
  reviewActions?: (draft: Draft) => ReactNode;
}) {
  const format = formats[draft.format];
  const steps = useMemo(() => stepsOf(format), [format]);
  const index = steps.findIndex((candidate) => candidate.id === stepId);
  const step = steps[index];
  // Opened at a section step, the grid shows first and the findings a render later (issue 16).
  const [openedAtSection] = useState(() => step?.kind === 'section');
  const checks = useChecks(draft, openedAtSection);
  // Its grids too: rows below the first screen come in that render after the first frame (issue 16, ready). Not when
  // the address asks for a cell, which the first frame must have to focus.
  const [firstFrameRows] = useState(() =>
    openedAtSection && focusTargetOf(window.location.hash) === undefined ? ROWS_ON_FIRST_SCREEN : undefined,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const findingsHeadingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | undefined>(undefined);
  const [guidanceOpen, setGuidanceOpen] = useState(true);

  // A new step moves focus to its heading (screen readers announce it), or to the cell a finding
  // link or a `?cell=` URL asked for.
  useEffect(() => {
    const target = pendingFocus.current ?? focusTargetOf(window.location.hash);
    pendingFocus.current = undefined;
    if (target !== undefined && focusElement(target)) return;
    headingRef.current?.focus();
  }, [stepId]);

  const go = (id: string) => {
    window.location.hash = stepHref(draft.id, id);
  };

  const { reveal } = checks;
  const actions: FindingActions = useMemo(
    () => ({
      hrefOf: (finding) =>
        stepHref(draft.id, sectionOfFinding(format, finding) ?? stepId, focusTargetOfFinding(finding)),
      open: (finding) => {
        const target = focusTargetOfFinding(finding);
        const findingStep = sectionOfFinding(format, finding) ?? stepId;
        reveal([...finding.cells, ...(finding.field !== undefined ? [`text-${finding.field}`] : [])]);
        if (findingStep === stepId) {
          if (target !== undefined) focusElement(target);
          return;
        }
        pendingFocus.current = target;
        window.location.hash = stepHref(draft.id, findingStep);
      },
      accept: (finding, note) =>
        update((current) => withAcceptedNote(current, finding, note, new Date().toISOString())),
      removeNote: (finding) => update((current) => withoutNote(current, finding)),
    }),
    [draft.id, format, stepId, reveal, update],
  );

  const statusOf = useCallback(
    (candidate: WizardStep) => {
      if (checks.pending) return undefined;
      if (candidate.kind === 'meta') return metaStatus(checks.report);
      if (candidate.kind === 'section') return sectionStatus(checks.report, candidate.id, checks.findings);
      return undefined;
    },
    [checks.pending, checks.report, checks.findings],
  );

  const stepFindings: Finding[] =
    step?.kind === 'section'
      ? // A text↔table finding (TXT-NUM) belongs to its cell's section and also shows at its text.
        checks.shown.filter((finding) => sectionOfFinding(format, finding) === step.id || finding.field === step.id)
      : [];

  return (
    <div className="wizard">
      <header className="wizard-header">
        <h1>{draft.title}</h1>
        <SaveStatusText source={saveStatus} />
        {headerActions && <div className="wizard-header-actions">{headerActions(draft)}</div>}
      </header>
      <div className="wizard-body">
        <StepNav draftId={draft.id} steps={steps} currentId={stepId} statusOf={statusOf} />
        <div className="wizard-step">
          {step === undefined ? (
            <>
              <h2 tabIndex={-1} ref={headingRef}>
                {strings.unknownStep}
              </h2>
              <p>
                <a href={stepHref(draft.id, 'meta')}>{strings.firstStep}</a>
              </p>
            </>
          ) : (
            <>
              <h2 tabIndex={-1} ref={headingRef}>
                {step.title}
              </h2>
              {/* Around each step (issue 12): a failing step shows the recovery screen; the step list still works. */}
              <ErrorBoundary resetKey={step.id} fallback={(error) => <RecoveryScreen error={error} scope="step" />}>
                <ThrowForTest where="step" />
                {step.kind === 'meta' && (
                  <Suspense fallback={<p role="status">{strings.loading}</p>}>
                    <MetaStep draft={draft} update={update} />
                  </Suspense>
                )}
                {step.kind === 'section' && (
                  <SectionStep
                    key={step.id}
                    section={step.section}
                    draft={draft}
                    update={update}
                    checks={checks}
                    guidanceOpen={guidanceOpen}
                    onGuidanceToggle={setGuidanceOpen}
                    firstFrameRows={checks.pending ? firstFrameRows : undefined}
                  />
                )}
                {step.kind === 'review' && (
                  <Suspense fallback={<p role="status">{strings.loading}</p>}>
                    <ReviewStep
                      draft={draft}
                      checks={checks}
                      actions={actions}
                      headingRef={findingsHeadingRef}
                      exportActions={reviewActions?.(draft)}
                    />
                  </Suspense>
                )}
              </ErrorBoundary>
              <StepButtons
                previous={steps[index - 1]}
                next={steps[index + 1]}
                onGo={go}
                onCheck={
                  step.kind === 'review'
                    ? undefined
                    : () => {
                        checks.revealAll();
                        findingsHeadingRef.current?.focus();
                      }
                }
              />
              {step.kind !== 'review' && (
                <FindingsPanel
                  groups={[{ id: step.id, findings: stepFindings }]}
                  notes={draft.notes}
                  actions={actions}
                  emptyText={checks.checkedAll ? strings.findingsNone : strings.findingsNoneShown}
                  headingRef={findingsHeadingRef}
                  formatId={format.id}
                />
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
