/**
 * One fold-out panel of the drafts page (导入已发布年报, 从上年已发布年报新建): its button, and its body
 * loaded on first opening.
 */
import { lazy, Suspense, useId, useState } from 'react';
import type { PanelBodyProps } from './PanelBody';
import { strings } from './strings.zh-CN';

const PanelBody = lazy(() => import('./PanelBody').then((module) => ({ default: module.PanelBody })));

export interface PublishedPanelProps extends PanelBodyProps {
  readonly toggleLabel: string;
  readonly title: string;
  readonly hint: string;
}

export function PublishedPanel({ toggleLabel, title, hint, ...body }: PublishedPanelProps) {
  const panelId = useId();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="published-panel">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {toggleLabel}
      </button>
      {open && (
        <section id={panelId} aria-labelledby={titleId} className="published-panel-body">
          <h2 id={titleId}>{title}</h2>
          <p>{hint}</p>
          <Suspense fallback={<p>{strings.loading}</p>}>
            <PanelBody {...body} />
          </Suspense>
        </section>
      )}
    </div>
  );
}
