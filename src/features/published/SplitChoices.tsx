/**
 * Ask, don't guess (issue 14): a row whose joined digits split several ways is offered to the officer
 * as choices, the split last year's report agrees with first and marked. Nothing is taken until the
 * officer picks one; a row left alone stays unread (and is named so in 校验结果).
 */
import { useId } from 'react';
import { rankedCandidates } from '../../engine/published';
import type { ParseIssue } from '../../engine/published';
import type { Report } from '../../engine';
import { strings } from './strings.zh-CN';

type Ambiguous = Extract<ParseIssue, { kind: 'rowAmbiguous' }>;

export interface SplitChoicesProps {
  readonly issue: Ambiguous;
  readonly lastYear?: Report;
  /** The split chosen so far, if any. */
  readonly chosen: readonly string[] | undefined;
  readonly onChoose: (cells: readonly string[]) => void;
}

export function SplitChoices({ issue, lastYear, chosen, onChoose }: SplitChoicesProps) {
  const name = useId();
  const ranked = rankedCandidates(issue, lastYear);
  return (
    <fieldset className="published-split">
      <legend>{strings.splitLegend(issue.row, issue.tokens.join(' '))}</legend>
      {ranked.map((candidate, index) => {
        const label = candidate.cells.join(' | ');
        return (
          <label key={index}>
            <input
              type="radio"
              name={name}
              checked={chosen !== undefined && chosen.join('|') === candidate.cells.join('|')}
              onChange={() => onChoose(candidate.cells)}
            />
            {label}
            {candidate.agreesWithLastYear ? strings.agreesWithLastYear : ''}
          </label>
        );
      })}
    </fieldset>
  );
}
