/** 上一步 / 下一步 / 检查 under each step. */
import type { WizardStep } from './steps';
import { strings } from './strings.zh-CN';

export function StepButtons({
  previous,
  next,
  onGo,
  onCheck,
}: {
  previous: WizardStep | undefined;
  next: WizardStep | undefined;
  onGo: (stepId: string) => void;
  onCheck?: () => void;
}) {
  return (
    <div className="wizard-buttons">
      {previous && (
        <button type="button" onClick={() => onGo(previous.id)}>
          {strings.previous}
        </button>
      )}
      {onCheck && (
        <button type="button" onClick={onCheck} aria-describedby="check-hint">
          {strings.check}
        </button>
      )}
      {next && (
        <button type="button" className="primary" onClick={() => onGo(next.id)}>
          {strings.next}
        </button>
      )}
      {onCheck && (
        <p id="check-hint" className="field-hint">
          {strings.checkHint}
        </p>
      )}
    </div>
  );
}
