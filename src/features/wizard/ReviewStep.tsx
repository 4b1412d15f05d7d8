/**
 * 检查与预览 (issue 3 item 7): the report's own status, every finding grouped by section, the cells not
 * filled, the warnings accepted with a note, and a read-only summary of every section with 修改 links.
 */
import type { Ref } from 'react';
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
}: {
  draft: Draft;
  checks: Checks;
  actions: FindingActions;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const format = formats[checks.report.format];
  const readiness = reportReadiness(checks.report, checks.findings);
  const unfilled = unfilledCells(checks.report);
  const cells = cellsOf(format);
  const ruleTitles = new Map<string, string>(ruleCatalog2021.map((rule) => [rule.id, rule.title]));
  const current = new Set(checks.findings.map((finding) => findingKey(finding)));
  const notes = Object.entries(draft.notes).filter(([key]) => current.has(key));
  return (
    <div className="wizard-review">
      <section aria-labelledby="review-status" className={readiness.ready ? 'review-ready' : 'review-not-ready'}>
        <h2 id="review-status">{readiness.ready ? strings.reviewReady : strings.reviewNotReady}</h2>
        {!readiness.ready && (
          <ul>
            {readiness.errors > 0 && <li>{strings.reviewErrors(readiness.errors)}</li>}
            {readiness.unfilled > 0 && <li>{strings.reviewUnfilled(readiness.unfilled)}</li>}
            {readiness.missingMeta.includes('agency') && <li>{strings.reviewMissingAgency}</li>}
            {readiness.missingMeta.includes('year') && <li>{strings.reviewMissingYear}</li>}
          </ul>
        )}
        <p>
          <a href={printHref(draft.id)}>{strings.printPreview}</a>
        </p>
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
        {unfilled.length === 0 ? (
          <p>{strings.reviewNoUnfilled}</p>
        ) : (
          <ul className="review-unfilled">
            {unfilled.map((id) => {
              const cell = cells.get(id);
              const section = format.sections.find((candidate) => candidate.id === cell?.sectionId);
              return (
                <li key={id}>
                  {section ? `${section.number}、` : ''}
                  {cellLabel(format, id)}
                </li>
              );
            })}
          </ul>
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
