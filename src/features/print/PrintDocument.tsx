/**
 * The report as it prints, from the format declaration and the draft only (issue 5): title, sections
 * 一 to 六 with their texts and tables, the optional 落款, and the 草稿 marking while it is not final.
 * Everything from the draft is rendered as text (React escapes it), never as HTML.
 */
import type { FormatSpec, SectionSpec } from '../../format';
import type { Report, TextFieldId } from '../../engine';
import { paragraphsOf } from './paragraphs';
import { PrintTable } from './PrintTable';
import { tablePrints, titleParts } from './printModel';
import type { DraftMarking } from './printModel';
import { strings } from './strings.zh-CN';

function PrintSection({ format, report, section }: { format: FormatSpec; report: Report; section: SectionSpec }) {
  const text = section.kind === 'text' ? (report.texts[section.id as TextFieldId] ?? '') : '';
  const tables = (section.tables ?? []).filter((table) => tablePrints(format, report, table));
  return (
    <section className="print-section" aria-label={section.title}>
      <h2 className="print-heading">
        {section.number}、{section.title}
      </h2>
      {paragraphsOf(text).map((paragraph, index) => (
        <p key={index} className={paragraph.heading && !paragraph.body ? 'print-subheading' : undefined}>
          {paragraph.heading && <span className="print-subheading-run">{paragraph.heading}</span>}
          {paragraph.body}
        </p>
      ))}
      {tables.length > 0 && (
        <div className="print-tables">
          {tables.map((table) => (
            <PrintTable key={table.id} format={format} report={report} table={table} />
          ))}
        </div>
      )}
    </section>
  );
}

function Closing({ report }: { report: Report }) {
  const closing = report.meta.closing;
  if (!closing?.enabled) return null;
  const date = closing.date?.trim();
  return (
    <div className="print-closing">
      <p>{report.meta.agency}</p>
      <p>{date ? strings.closingDate(date) : strings.closingDateBlank}</p>
    </div>
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
  const title = titleParts(format, report);
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
      {format.sections.map((section) => (
        <PrintSection key={section.id} format={format} report={report} section={section} />
      ))}
      <Closing report={report} />
    </article>
  );
}
