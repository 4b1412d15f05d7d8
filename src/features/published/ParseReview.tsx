/** What the parser could not place and what it decided, shown before the draft is created. */
import type { Report } from '../../engine';
import { describeParseIssue, describeParseNote } from '../../engine/published';
import type { ParseIssue, PublishedReport } from '../../engine/published';
import { SplitChoices } from './SplitChoices';
import { strings } from './strings.zh-CN';

export interface ParseReviewProps {
  readonly parsed: PublishedReport;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly busy: boolean;
  /** Last year's report of the same body, when the officer has it: it ranks candidate splits. */
  readonly lastYear?: Report;
  /** Rows whose joined digits split several ways (as read), and the split chosen for each so far. */
  readonly ambiguous: readonly Extract<ParseIssue, { kind: 'rowAmbiguous' }>[];
  readonly chosen: ReadonlyMap<Extract<ParseIssue, { kind: 'rowAmbiguous' }>, readonly string[]>;
  /** The officer chose a split for an ambiguous row. */
  readonly onChoose: (issue: Extract<ParseIssue, { kind: 'rowAmbiguous' }>, cells: readonly string[]) => void;
}

export function ParseReview({ parsed, confirmLabel, onConfirm, onCancel, busy, lastYear, ambiguous, chosen, onChoose }: ParseReviewProps) {
  const { meta } = parsed.report;
  const cells = Object.keys(parsed.report.printed ?? {}).length;
  return (
    <section className="published-review" aria-labelledby="published-review-title">
      <h3 id="published-review-title">{strings.reviewTitle}</h3>
      <p>{strings.readSummary(meta.agency, meta.year, cells)}</p>
      {parsed.issues.length > 0 && (
        <>
          <h4 id="published-not-placed">{strings.notPlacedTitle}</h4>
          <ul aria-labelledby="published-not-placed">
            {parsed.issues.map((issue, index) => (
              <li key={index}>{describeParseIssue(issue)}</li>
            ))}
          </ul>
        </>
      )}
      {ambiguous.length > 0 && (
        <div className="published-splits">
          <h4>{strings.splitTitle}</h4>
          <p>{strings.splitHint}</p>
          {ambiguous.map((issue) => (
            <SplitChoices
              key={`${issue.row}/${issue.line}`}
              issue={issue}
              chosen={chosen.get(issue)}
              onChoose={(cells) => onChoose(issue, cells)}
              {...(lastYear ? { lastYear } : {})}
            />
          ))}
        </div>
      )}
      {parsed.notes.length > 0 && (
        <details>
          <summary>{strings.notesTitle}</summary>
          <ul>
            {parsed.notes.map((note, index) => (
              <li key={index}>{describeParseNote(note)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="published-actions">
        <button type="button" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {strings.cancel}
        </button>
      </div>
    </section>
  );
}
