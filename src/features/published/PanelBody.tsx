/**
 * The inside of a fold-out panel: paste or open a published report, read it (showing what could not be
 * placed when anything could not), then make a draft of it. Loaded when a panel is first opened, so the
 * parser does not weigh on the first load of the drafts page.
 */
import { useState } from 'react';
import type { Draft } from '../../draft';
import type { Report } from '../../engine';
import { chooseSplit, parsePublishedReport } from '../../engine/published';
import type { ParseIssue, PublishedReport } from '../../engine/published';

type AmbiguousIssue = Extract<ParseIssue, { kind: 'rowAmbiguous' }>;
import { ParseReview } from './ParseReview';
import { PublishedTextInput } from './PublishedTextInput';
import { needsReview } from './fromPublished';
import { strings } from './strings.zh-CN';

export interface PanelBodyProps {
  readonly actionLabel: string;
  readonly confirmLabel: string;
  readonly make: (parsed: PublishedReport) => Promise<Draft>;
  readonly onCreated: (draft: Draft) => void;
  /** Last year's report of the same body among the officer's drafts, if any (ranks candidate splits). */
  readonly findLastYear?: (report: Report) => Promise<Report | undefined>;
}

export function PanelBody({ actionLabel, confirmLabel, make, onCreated, findLastYear }: PanelBodyProps) {
  const [text, setText] = useState('');
  // The parse as read, and the officer's choices of split by ambiguous row (issue 14): a choice can be changed.
  const [original, setOriginal] = useState<PublishedReport | undefined>();
  const [chosen, setChosen] = useState<ReadonlyMap<AmbiguousIssue, readonly string[]>>(new Map());
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [lastYear, setLastYear] = useState<Report | undefined>();

  const parsed = original && [...chosen].reduce((report, [issue, cells]) => chooseSplit(report, issue, cells), original);
  const setParsed = (result: PublishedReport | undefined) => {
    setOriginal(result);
    setChosen(new Map());
  };

  const create = async (report: PublishedReport) => {
    setBusy(true);
    setMessage(strings.busy);
    try {
      onCreated(await make(report));
    } catch {
      setMessage(strings.failed);
      setBusy(false);
    }
  };
  const read = () => {
    if (text.trim() === '') {
      setMessage(strings.empty);
      return;
    }
    const result = parsePublishedReport(text);
    if (Object.keys(result.report.printed ?? {}).length === 0 && !result.report.meta.agency) {
      setMessage(strings.noTables);
      return;
    }
    setMessage('');
    if (!needsReview(result)) {
      void create(result);
      return;
    }
    setParsed(result);
    setLastYear(undefined);
    if (findLastYear && result.issues.some((issue) => issue.kind === 'rowAmbiguous')) {
      findLastYear(result.report).then(setLastYear, () => setLastYear(undefined));
    }
  };

  return (
    <>
      {parsed ? (
        <ParseReview
          parsed={parsed}
          confirmLabel={confirmLabel}
          busy={busy}
          onConfirm={() => void create(parsed)}
          onCancel={() => setParsed(undefined)}
          ambiguous={original?.issues.flatMap((issue) => (issue.kind === 'rowAmbiguous' ? [issue] : [])) ?? []}
          chosen={chosen}
          onChoose={(issue, cells) => setChosen(new Map(chosen).set(issue, cells))}
          {...(lastYear ? { lastYear } : {})}
        />
      ) : (
        <>
          <PublishedTextInput value={text} onChange={setText} />
          <button type="button" onClick={read} disabled={busy}>
            {actionLabel}
          </button>
        </>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </>
  );
}
