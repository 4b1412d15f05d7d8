/** The read-only summary of every section on 检查与预览, each with a 修改 link back to its step. */
import type { Draft } from '../../draft';
import type { FormatSpec } from '../../format';
import { TableGrid } from './grid/TableGrid';
import { sectionTitle, stepHref } from './steps';
import { strings } from './strings.zh-CN';
import type { Checks } from './useChecks';

const ignoreChanges = () => undefined;

export function ReviewSummary({ draft, checks, format }: { draft: Draft; checks: Checks; format: FormatSpec }) {
  return (
    <section aria-labelledby="review-summary" className="review-summary">
      <h2 id="review-summary">{strings.reviewSummaryTitle}</h2>
      <section aria-labelledby="review-meta">
        <h3 id="review-meta">{strings.metaTitle}</h3>
        <dl>
          <dt>{strings.reviewMetaAgency}</dt>
          <dd>{draft.meta.agency || strings.reviewEmptyText}</dd>
          <dt>{strings.reviewMetaYear}</dt>
          <dd>{draft.meta.year ?? strings.reviewEmptyText}</dd>
          {draft.meta.closing?.enabled && (
            <>
              <dt>{strings.closingDate}</dt>
              <dd>{draft.meta.closing.date ?? strings.reviewEmptyText}</dd>
            </>
          )}
        </dl>
        <p>
          <a href={stepHref(draft.id, 'meta')} aria-label={strings.reviewEditLabel(strings.metaTitle)}>
            {strings.reviewEdit}
          </a>
        </p>
      </section>
      {format.sections.map((section) => {
        const text = section.kind === 'text' ? (draft.texts[section.id] ?? '') : undefined;
        return (
          <section key={section.id} aria-labelledby={`review-${section.id}`}>
            <h3 id={`review-${section.id}`}>{sectionTitle(section)}</h3>
            {text !== undefined && (
              <div className="review-text" data-section={section.id}>
                {text.trim() === '' ? <p>{strings.reviewEmptyText}</p> : text.split('\n').map((line, index) => <p key={index}>{line}</p>)}
              </div>
            )}
            {(section.tables ?? []).map((table) => (
              <TableGrid
                key={table.id}
                table={table}
                report={checks.report}
                findings={checks.findings}
                onChange={ignoreChanges}
                readOnly
              />
            ))}
            <p>
              <a href={stepHref(draft.id, section.id)} aria-label={strings.reviewEditLabel(sectionTitle(section))}>
                {strings.reviewEdit}
              </a>
            </p>
          </section>
        );
      })}
    </section>
  );
}
