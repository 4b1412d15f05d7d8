/** Whether the draft is saved in this browser (autosave, useDraftSession). */
import type { SaveStatus } from '../../storage/useDraftSession';
import { strings } from './strings.zh-CN';

export function SaveStatusText({ status }: { status: SaveStatus | undefined }) {
  let text = '';
  if (status?.state === 'saving') text = strings.saving;
  else if (status?.state === 'saved')
    text = strings.saved(status.at.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }));
  else if (status?.state === 'failed') text = strings.saveFailed(status.error);
  return (
    <p role="status" className={`wizard-save wizard-save-${status?.state ?? 'idle'}`}>
      {text}
    </p>
  );
}
