/**
 * The open draft's banners, shown by the app shell above the wizard and print pages: read-only because another
 * window edits the draft, and a failed save (loud, role="alert") with 导出草稿 as the way out.
 */
import type { ReactNode } from 'react';
import type { Draft } from '../../draft';
import { useState, useSyncExternalStore } from 'react';
import { sessionSignal, subscribeSession } from '../../storage/sessionSignals';
import { sessionStrings as text } from './sessionStrings.zh-CN';
import './sessionBanner.css';

// The way out of a failed save is rare: its envelope code (sha256, file name) loads when pressed, not with every step.
const downloadDraft = async (draft: Draft) => (await import('./downloadDraft')).downloadDraft(draft);

export function SessionBanner() {
  const signal = useSyncExternalStore(subscribeSession, sessionSignal);
  const [exporting, setExporting] = useState(false);
  if (!signal) return null;
  const { failure } = signal;
  return (
    <>
      {signal.lockedElsewhere && (
        <p className="session-banner session-banner-readonly" role="status">
          {text.readOnly}
        </p>
      )}
      {failure && (
        <div className="session-banner session-banner-failed" role="alert">
          <strong>{text.saveFailedTitle}</strong>
          <p>{failure.errorName === 'QuotaExceededError' ? text.quota : text.other(failure.error)}</p>
          <p>{text.keep}</p>
          <button
            type="button"
            disabled={exporting}
            onClick={() => {
              setExporting(true);
              void downloadDraft(failure.draft).finally(() => setExporting(false));
            }}
          >
            {text.export}
          </button>
        </div>
      )}
    </>
  );
}

/** Disables every control of the page beneath while this tab may not edit the open draft. */
export function DraftEditGuard({ children }: { children: ReactNode }) {
  const signal = useSyncExternalStore(subscribeSession, sessionSignal);
  return (
    <fieldset className="session-guard" disabled={signal?.lockedElsewhere ?? false}>
      {children}
    </fieldset>
  );
}
