/**
 * Whether the draft is saved in this browser (autosave, useDraftSession). Not a live region: a save
 * follows every pause in typing, and announcing each would drown a screen reader; a failed save is
 * announced by the session banner of the app shell.
 */
import { useSyncExternalStore } from 'react';
import type { SaveStatusSource } from '../../storage/useDraftSession';
import { strings } from './strings.zh-CN';

// One formatter for every render: toLocaleTimeString builds a new one each call (~0.6 ms), and the
// status re-renders after every pause in typing (bench: keystrokes.mjs). Built at the first save, not as the
// module loads: the first zh-CN formatter of a page loads the locale's data (20–40 ms in a fresh profile),
// which held up the step's first frame (issue 16, ready).
let clock: Intl.DateTimeFormat | undefined;
const clockOf = () =>
  (clock ??= new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }));

export function SaveStatusText({ source }: { source: SaveStatusSource }) {
  // Subscribed here alone: a save re-renders this line, not the wizard around the grid (issue 16).
  const status = useSyncExternalStore(source.subscribe, source.get);
  let text = '';
  if (status?.state === 'saving') text = strings.saving;
  else if (status?.state === 'saved')
    text = strings.saved(clockOf().format(status.at));
  else if (status?.state === 'failed') text = strings.saveFailed(status.error);
  return (
    <p className={`wizard-save wizard-save-${status?.state ?? 'idle'}`}>
      {text}
    </p>
  );
}
