/** The step list, always visible: every step with its status (issue 3 item 2). */
import type { SectionStatus } from '../../engine';
import { stepHref } from './steps';
import type { WizardStep } from './steps';
import { strings } from './strings.zh-CN';

export function statusText(status: SectionStatus): string {
  switch (status.state) {
    case 'notStarted':
      return strings.status.notStarted;
    case 'inProgress':
      return strings.status.inProgress;
    case 'hasErrors':
      return strings.status.hasErrors(status.errors);
    case 'done':
      return strings.status.done;
  }
}

export function StepNav({
  draftId,
  steps,
  currentId,
  statusOf,
}: {
  draftId: string;
  steps: readonly WizardStep[];
  currentId: string;
  statusOf: (step: WizardStep) => SectionStatus | undefined;
}) {
  return (
    <nav className="wizard-nav" aria-label={strings.stepsNavLabel}>
      <ol>
        {steps.map((step) => {
          const status = statusOf(step);
          return (
            <li key={step.id} className={step.id === currentId ? 'is-current' : undefined}>
              <a
                href={stepHref(draftId, step.id)}
                aria-current={step.id === currentId ? 'step' : undefined}
                aria-describedby={status ? `step-status-${step.id}` : undefined}
              >
                {step.title}
              </a>
              {status && (
                <span id={`step-status-${step.id}`} className={`wizard-status wizard-status-${status.state}`}>
                  {statusText(status)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
