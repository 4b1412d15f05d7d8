/**
 * One section of the format: its guidance in a fold-away panel, its text (一, 五, 六) and its tables
 * (二, 三, 四, 六's fee figures), all read from the declaration.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import type { FocusEvent } from 'react';
import type { Draft } from '../../draft';
import type { CellValue, Finding } from '../../engine';
import type { SectionSpec } from '../../format';
import type { RenderWhen } from '../../storage/useDraftSession';
import { TableGrid } from './grid/TableGrid';
import { withText, withValues } from './draftEdits';
import { findingDomId } from './FindingsPanel';
import type { Checks } from './useChecks';
import { strings } from './strings.zh-CN';

// Only a 汇总 has sources (issue 15); the 汇总 code behind them stays out of every other draft's first load (issue 16).
const SourcePanel = lazy(() => import('./SourcePanel').then((module) => ({ default: module.SourcePanel })));

type Update = (change: (draft: Draft) => Draft, when?: RenderWhen) => void;

export function SectionStep({
  section,
  draft,
  update,
  checks,
  guidanceOpen,
  onGuidanceToggle,
  firstFrameRows,
}: {
  section: SectionSpec;
  draft: Draft;
  update: Update;
  checks: Checks;
  /** Folded once, the guidance stays folded on the next steps too. */
  guidanceOpen: boolean;
  onGuidanceToggle: (open: boolean) => void;
  /** The first frame of a page opened here draws each grid's rows below the first screen as placeholders. */
  firstFrameRows?: number;
}) {
  // The grid shows its figures and totals itself: the rest of the wizard follows after the frame (issue 16).
  const onChange = useCallback(
    (changes: Readonly<Record<string, CellValue | undefined>>) =>
      update((current) => withValues(current, changes), 'after-paint'),
    [update],
  );
  const { reveal } = checks;
  const onCellBlur = useCallback((cellId: string) => reveal([cellId]), [reveal]);
  const textId = `text-${section.id}`;
  // A text field's findings are listed in 校验结果 below the step buttons (not under the field, where
  // appearing on blur would move 下一步 away from a click in progress) and linked by aria-describedby.
  const textFindings = checks.shown.filter((finding: Finding) => finding.field === section.id);
  // A 汇总 shows where the focused cell's figure comes from (issue 15).
  const [focusedCell, setFocusedCell] = useState<string | undefined>();
  const onTablesFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = event.target.getAttribute('data-cell');
    if (id) setFocusedCell(id);
  };
  return (
    <div className="wizard-section">
      <details
        className="wizard-guidance"
        open={guidanceOpen}
        onToggle={(event) => onGuidanceToggle(event.currentTarget.open)}
      >
        <summary>{strings.guidance}</summary>
        <p>{section.guidance}</p>
      </details>
      {section.kind === 'text' && (
        <div className="field">
          <label htmlFor={textId}>{section.title}</label>
          <textarea
            id={textId}
            rows={12}
            value={draft.texts[section.id] ?? ''}
            aria-invalid={textFindings.some((finding) => finding.severity === 'error') ? true : undefined}
            aria-describedby={
              textFindings.length > 0 ? textFindings.map((finding) => findingDomId(finding)).join(' ') : undefined
            }
            onChange={(event) => {
              const text = event.target.value;
              update((current) => withText(current, section.id, text));
            }}
            onBlur={() => reveal([textId])}
          />
        </div>
      )}
      <div onFocus={draft.consolidation ? onTablesFocus : undefined}>
        {(section.tables ?? []).map((table) => (
          <TableGrid
            key={table.id}
            table={table}
            report={checks.report}
            findings={checks.shown}
            onChange={onChange}
            onCellBlur={onCellBlur}
            firstFrameRows={firstFrameRows}
          />
        ))}
      </div>
      {draft.consolidation && (section.tables ?? []).length > 0 && (
        <Suspense fallback={null}>
          <SourcePanel draft={draft} cellId={focusedCell} />
        </Suspense>
      )}
    </div>
  );
}
