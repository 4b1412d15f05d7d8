/**
 * A draft in the wizard (issue 3): loads the draft through the storage session and shows one step.
 * The app shell passes `headerActions` (export, print) so that this feature imports no other.
 */
import type { ReactNode } from 'react';
import { describeReadProblem } from '../../draft';
import type { Draft } from '../../draft';
import { useDraftSession } from '../../storage/useDraftSession';
import { strings } from './strings.zh-CN';
import { WizardFrame } from './WizardFrame';

export interface WizardPageProps {
  readonly draftId: string;
  readonly step: string;
  /** Actions on the whole draft shown in the wizard's header, filled by the app shell. */
  readonly headerActions?: (draft: Draft) => ReactNode;
}

export function WizardPage({ draftId, step, headerActions }: WizardPageProps) {
  const session = useDraftSession(draftId);
  if (session.loading || !session.load) {
    return <p role="status">{strings.loading}</p>;
  }
  if (!session.load.ok) {
    const { problem } = session.load;
    return (
      <section className="wizard-problem">
        <h1>{problem.code === 'notFound' ? strings.notFound : strings.unreadable}</h1>
        {problem.code !== 'notFound' && <p>{describeReadProblem(problem)}</p>}
        <p>
          <a href="#/">{strings.backHome}</a>
        </p>
      </section>
    );
  }
  if (!session.draft) return <p role="status">{strings.loading}</p>;
  return (
    <WizardFrame
      draft={session.draft}
      stepId={step}
      update={session.update}
      status={session.status}
      headerActions={headerActions}
    />
  );
}
