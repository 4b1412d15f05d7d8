/**
 * One fold-out panel: paste or open a published report, read it (showing what could not be placed
 * when anything could not), then make a draft of it. Used by 导入已发布年报 and 从上年已发布年报新建.
 */
import { useId, useState } from 'react';
import type { Draft } from '../../draft';
import { parsePublishedReport } from '../../engine/published';
import type { PublishedReport } from '../../engine/published';
import { ParseReview } from './ParseReview';
import { PublishedTextInput } from './PublishedTextInput';
import { needsReview } from './fromPublished';
import { strings } from './strings.zh-CN';

export interface PublishedPanelProps {
  readonly toggleLabel: string;
  readonly title: string;
  readonly hint: string;
  readonly actionLabel: string;
  readonly confirmLabel: string;
  readonly make: (parsed: PublishedReport) => Promise<Draft>;
  readonly onCreated: (draft: Draft) => void;
}

export function PublishedPanel({ toggleLabel, title, hint, actionLabel, confirmLabel, make, onCreated }: PublishedPanelProps) {
  const panelId = useId();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<PublishedReport | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

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
    if (needsReview(result)) setParsed(result);
    else void create(result);
  };

  return (
    <div className="published-panel">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {toggleLabel}
      </button>
      {open && (
        <section id={panelId} aria-labelledby={titleId} className="published-panel-body">
          <h2 id={titleId}>{title}</h2>
          <p>{hint}</p>
          {parsed ? (
            <ParseReview
              parsed={parsed}
              confirmLabel={confirmLabel}
              busy={busy}
              onConfirm={() => void create(parsed)}
              onCancel={() => setParsed(undefined)}
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
        </section>
      )}
    </div>
  );
}
