/**
 * What the wizard shows for a draft it cannot open. Its own chunk: the door's wording of every refusal
 * (readProblems.zh-CN.ts) is needed only then, not on every step's first load.
 */
import { describeStoredDraftProblem } from '../../draft';
import type { ReadProblem } from '../../draft';
import { strings } from './strings.zh-CN';

export function DraftUnreadable({ problem }: { readonly problem: ReadProblem | { readonly code: 'notFound' } }) {
  return (
    <section className="wizard-problem">
      <h1>{problem.code === 'notFound' ? strings.notFound : strings.unreadable}</h1>
      {problem.code !== 'notFound' && <p>{describeStoredDraftProblem(problem)}</p>}
      <p>
        <a href="#/">{strings.backHome}</a>
      </p>
    </section>
  );
}
