/**
 * The report as it prints, from the format declaration and the draft only (issue 5): title, sections
 * 一 to 六 with their texts and tables, the optional 落款, and the 草稿 marking while it is not final.
 * Everything from the draft is rendered as text (React escapes it), never as HTML. The layout is
 * printOutline.ts, shared with the Word and web-page exports (issue 13).
 */
import type { FormatSpec } from '../../format';
import type { Report } from '../../engine';
import { PrintTable } from './PrintTable';
import { printOutline } from './printOutline';
import type { PrintedSection } from './printOutline';
import type { DraftMarking } from './printModel';
import { strings } from './strings.zh-CN';

function PrintSection({ section }: { section: PrintedSection }) {
  return (
    <section className="print-section" aria-label={section.title}>
      <h2 className="print-heading">{section.heading}</h2>
      {section.paragraphs.map((paragraph, index) => (
        <p key={index} className={paragraph.heading && !paragraph.body ? 'print-subheading' : undefined}>
          {paragraph.heading && <span className="print-subheading-run">{paragraph.heading}</span>}
          {paragraph.body}
        </p>
      ))}
      {section.tables.length > 0 && (
        <div className="print-tables">
          {section.tables.map((printed) => (
            <PrintTable key={printed.table.id} printed={printed} />
          ))}
        </div>
      )}
    </section>
  );
}

export function PrintDocument({
  format,
  report,
  marking,
}: {
  format: FormatSpec;
  report: Report;
  marking: DraftMarking;
}) {
  const outline = printOutline(format, report, marking);
  const { title, closing } = outline;
  return (
    <article className="print-document" aria-label={strings.previewLabel}>
      {marking.draft && (
        // The word is drawn by CSS from data-text: a decoration, faint on purpose, not text of the page (the line
        // under the title says the same in words).
        <div className="print-watermark" aria-hidden="true" data-text={strings.draftWatermark} />
      )}
      <h1 className="print-title">
        {title.agency && <span className="print-title-part">{title.agency}</span>}
        <span className="print-title-part">{title.rest}</span>
      </h1>
      {marking.draft && <p className="print-draft-line">{strings.draftLine(marking)}</p>}
      {outline.sections.map((section) => (
        <PrintSection key={section.id} section={section} />
      ))}
      {closing && (
        <div className="print-closing">
          <p>{closing.agency}</p>
          <p>{closing.date}</p>
        </div>
      )}
    </article>
  );
}
