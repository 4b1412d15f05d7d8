/**
 * The draft's findings, computed once per draft change (validate is pure; memoising on the draft object
 * keeps a re-render that changes nothing else from validating again), and which of them to show now.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { contextOf, reportOf } from '../../draft';
import type { Draft } from '../../draft';
import { validate } from '../../engine';
import type { Finding, Report } from '../../engine';
import { formats } from '../../format';
import { emptyRulesOf, revealedFindings, withTotals } from './steps';

export interface Checks {
  readonly report: Report;
  readonly findings: readonly Finding[];
  /** Findings to show at cells and in 校验结果 on a section step. */
  readonly shown: readonly Finding[];
  readonly checkedAll: boolean;
  /** The first check of a step opened with `checkAfterFirstFrame` has not run yet: findings are not known. */
  readonly pending: boolean;
  /** The officer left a cell (id) or a text field (`text-<section>`): its findings show from now on. */
  readonly reveal: (targets: readonly string[]) => void;
  /** 检查: show every finding. */
  readonly revealAll: () => void;
}

const noFindings: readonly Finding[] = [];

/** The deferred first check runs by then even where no frame is painted (a page opened in the background). */
const CHECK_AT_THE_LATEST_MS = 200;

/**
 * `checkAfterFirstFrame`: the page's first frame shows the draft without its findings and the check runs in a
 * render right after (a transition, issue 16): the first editable cell does not wait for the whole report's check.
 * Only for a section step, whose findings show at cells as the officer leaves them; 检查与预览 says at once
 * whether the report is ready, so it checks before its first frame.
 */
export function useChecks(draft: Draft, checkAfterFirstFrame = false): Checks {
  const report = useMemo(() => reportOf(draft), [draft]);
  const [pending, setPending] = useState(checkAfterFirstFrame);
  useEffect(() => {
    if (!pending) return;
    // Once the first frame is painted (a frame, then a task): started at once, the check and the render it brings
    // (step statuses, a second layout) ran before the first key could be taken. A hidden page paints no frame: a
    // timer stands in. As a transition, a key pressed meanwhile goes first.
    const check = () => startTransition(() => setPending(false));
    let timer = window.setTimeout(check, CHECK_AT_THE_LATEST_MS);
    const frame = requestAnimationFrame(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [pending]);
  const findings = useMemo(() => (pending ? noFindings : validate(report, contextOf(draft))), [pending, report, draft]);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [checkedAll, setCheckedAll] = useState(false);
  const emptyRules = useMemo(() => emptyRulesOf(formats[report.format]), [report.format]);
  const shown = useMemo(
    () => revealedFindings(findings, left, checkedAll, emptyRules),
    [findings, left, checkedAll, emptyRules],
  );
  const format = formats[report.format];
  const reveal = useCallback(
    (left: readonly string[]) => {
      const targets = withTotals(format, left);
      setLeft((current) => {
        if (targets.every((target) => current.has(target))) return current;
        return new Set([...current, ...targets]);
      });
    },
    [format],
  );
  const revealAll = useCallback(() => setCheckedAll(true), []);
  return { report, findings, shown, checkedAll, pending, reveal, revealAll };
}
