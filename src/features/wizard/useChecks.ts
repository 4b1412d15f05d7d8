/**
 * The draft's findings, computed once per draft change (validate is pure; memoising on the draft object
 * keeps a re-render that changes nothing else from validating again), and which of them to show now.
 */
import { useCallback, useMemo, useState } from 'react';
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
  /** The officer left a cell (id) or a text field (`text-<section>`): its findings show from now on. */
  readonly reveal: (targets: readonly string[]) => void;
  /** 检查: show every finding. */
  readonly revealAll: () => void;
}

export function useChecks(draft: Draft): Checks {
  const report = useMemo(() => reportOf(draft), [draft]);
  const findings = useMemo(() => validate(report, contextOf(draft)), [report, draft]);
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
  return { report, findings, shown, checkedAll, reveal, revealAll };
}
