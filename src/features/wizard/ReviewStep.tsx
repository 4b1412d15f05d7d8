/**
 * 检查与预览 (issue 3 item 7): the report's own status, every finding grouped by section, the cells not
 * filled, the warnings accepted with a note, and a read-only summary of every section with 修改 links.
 */
import type { ReactNode, Ref } from 'react';
import type { Draft } from '../../draft';
import { cellLabel, findingKey, reportReadiness, unfilledCells } from '../../engine';
import type { Finding } from '../../engine';
import { cellsOf, formats, ruleCatalog2021 } from '../../format';
import type { FormatSpec } from '../../format';
import { FindingsPanel } from './FindingsPanel';
import type { FindingActions, FindingGroup } from './FindingsPanel';
import { ReviewSummary } from './ReviewSummary';
import { printHref, sectionOfFinding, sectionTitle } from './steps';
import { strings } from './strings.zh-CN';
import type { Checks } from './useChecks';

/** Sections with at most this many unfilled cells show their list unfolded. */
const UNFOLDED_UP_TO = 12;

function groupBySection(format: FormatSpec, findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = format.sections.map((section) => ({
    id: section.id,
    title: sectionTitle(section),
    findings: findings.filter((finding) => sectionOfFinding(format, finding) === section.id),
  }));
  const known = new Set(format.sections.map((section) => section.id));
  const other = findings.filter((finding) => !known.has(sectionOfFinding(format, finding) ?? ''));
  return [...groups, { id: 'other', title: strings.sectionOther, findings: other }];
}

export function ReviewStep({
  draft,
  checks,
  actions,
  headingRef,
  exportActions,
}: {
  draft: Draft;
  checks: Checks;
  actions: FindingActions;
  headingRef?: Ref<HTMLHeadingElement>;
  /** 导出 Word, 导出网页, 复制网页版 (issue 13), from the app shell. */
  exportActions?: ReactNode;
}) {
  const format = formats[checks.report.format];
  const readiness = reportReadiness(checks.report, checks.findings);
  const unfilled = unfilledCells(checks.report);
  const cells = cellsOf(format);
  // Cells by section (a new draft has 165: a flat list would bury the rest of the page), and the
  // sections whose text is still empty.
  const unfilledBySection = format.sections
    .map((section) => ({
      section,
      cellIds: unfilled.filter((id) => cells.get(id)?.sectionId === section.id),
      textEmpty: section.kind === 'text' && (draft.texts[section.id] ?? '').trim() === '',
    }))
    .filter((entry) => entry.cellIds.length > 0 || entry.textEmpty);
  // The engine's readiness counts cells; a report without its prose is not ready either.
  const emptyTexts = unfilledBySection.filter((entry) => entry.textEmpty).map((entry) => sectionTitle(entry.section));
  const ready = readiness.ready && emptyTexts.length === 0;
  const ruleTitles = new Map<string, string>(ruleCatalog2021.map((rule) => [rule.id, rule.title]));
  const current = new Set(checks.findings.map((finding) => findingKey(finding)));
  const notes = Object.entries(draft.notes).filter(([key]) => current.has(key));
  return (
    <div className="wizard-review">
      <section aria-labelledby="review-status" className={ready ? 'review-ready' : 'review-not-ready'}>
        <h2 id="review-status">{ready ? strings.reviewReady : strings.reviewNotReady}</h2>
        {!ready && (
          <ul>
            {readiness.errors > 0 && <li>{strings.reviewErrors(readiness.errors)}</li>}
            {readiness.unfilled > 0 && <li>{strings.reviewUnfilled(readiness.unfilled)}</li>}
            {emptyTexts.length > 0 && <li>{strings.reviewEmptyTexts(emptyTexts.join('、'))}</li>}
            {readiness.missingMeta.includes('agency') && <li>{strings.reviewMissingAgency}</li>}
            {readiness.missingMeta.includes('year') && <li>{strings.reviewMissingYear}</li>}
          </ul>
        )}
        <p>
          <a href={printHref(draft.id)}>{strings.printPreview}</a>
        </p>
        {exportActions}
      </section>
      <FindingsPanel
        groups={groupBySection(format, checks.findings)}
        notes={draft.notes}
        actions={actions}
        emptyText={strings.findingsNone}
        headingRef={headingRef}
        formatId={format.id}
      />
      <section aria-labelledby="review-unfilled">
        <h2 id="review-unfilled">{strings.reviewUnfilledTitle}</h2>
        {unfilledBySection.length === 0 ? (
          <p>{strings.reviewNoUnfilled}</p>
        ) : (
          unfilledBySection.map(({ section, cellIds, textEmpty }) => (
            <details key={section.id} className="review-unfilled" open={cellIds.length <= UNFOLDED_UP_TO}>
              <summary>
                {sectionTitle(section)}：{strings.reviewUnfilledCount(cellIds.length, textEmpty)}
              </summary>
              <ul>
                {textEmpty && <li>{strings.reviewUnfilledText(section.title)}</li>}
                {cellIds.map((id) => (
                  <li key={id}>{cellLabel(format, id)}</li>
                ))}
              </ul>
            </details>
          ))
        )}
      </section>
      {notes.length > 0 && (
        <section aria-labelledby="review-notes">
          <h2 id="review-notes">{strings.reviewNotesTitle}</h2>
          <ul>
            {notes.map(([key, note]) => (
              <li key={key}>
                {ruleTitles.get(note.ruleId) ?? note.ruleId}：{note.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReviewSummary draft={draft} checks={checks} format={format} />
    </div>
  );
}
