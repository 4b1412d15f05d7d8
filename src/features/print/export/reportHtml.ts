/**
 * 导出网页 / 复制网页版 (issue 13): the report as a clean, self-contained web page for a portal's CMS, from the
 * same outline the print view draws. Semantic tables (caption, thead, th scope, rowspan/colspan), no script, no
 * class, no external resource; the few inline styles are the ones rich-text editors keep (text-align, text-indent,
 * border-collapse, width). No 落款: the web version of the report carries none (PRINT.md §1.5). Everything from
 * the draft is escaped: what the officer typed is text, never markup.
 */
import type { PrintedTable, PrintOutline } from '../printOutline';
import { strings } from '../strings.zh-CN';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const spans = (rows: number, columns: number) =>
  `${rows > 1 ? ` rowspan="${rows}"` : ''}${columns > 1 ? ` colspan="${columns}"` : ''}`;

const CELL = 'border:1px solid #000;padding:4px;text-align:center;vertical-align:middle';
const LABEL_CELL = 'border:1px solid #000;padding:4px;text-align:left;vertical-align:middle';

/**
 * With `styled` false the markup carries no style attribute (tables keep border="1"): the async clipboard API
 * parses what it writes inside the app's page, whose CSP refuses inline styles (clipboard.ts).
 */
export interface HtmlOptions {
  readonly styled: boolean;
}

function tableHtml(printed: PrintedTable, styleOf: (css: string) => string): string {
  const { table, depth, headerRows, bodyRows } = printed;
  const width = depth + table.columns.length;
  const lines: string[] = [
    `<table border="1" cellspacing="0" cellpadding="4"${styleOf('border-collapse:collapse;width:100%')}>`,
  ];
  // The caption is a table's name (第二十条第（一）项): <caption> says so to a screen reader and a CMS alike.
  if (table.caption) lines.push(`<caption${styleOf('text-align:left;font-weight:bold')}>${escapeHtml(table.caption)}</caption>`);
  lines.push('<thead>');
  if (printed.looseNote) {
    lines.push(`<tr><th scope="colgroup" colspan="${width}"${styleOf(CELL)}>${escapeHtml(printed.looseNote)}</th></tr>`);
  }
  headerRows.forEach((cells, level) => {
    const corner =
      level === 0 && depth > 0
        ? `<th${spans(headerRows.length, depth)}${styleOf(CELL)}>${escapeHtml(printed.corner)}</th>`
        : '';
    const heads = cells.map(
      (cell) =>
        `<th scope="${cell.alongItems > 1 ? 'colgroup' : 'col'}"${spans(cell.alongLevels, cell.alongItems)}${styleOf(CELL)}>${escapeHtml(cell.printed)}</th>`,
    );
    lines.push(`<tr>${corner}${heads.join('')}</tr>`);
  });
  lines.push('</thead>', '<tbody>');
  for (const row of bodyRows) {
    const heads = row.headers.map(
      (cell) =>
        `<th scope="${cell.alongItems > 1 ? 'rowgroup' : 'row'}"${spans(cell.alongItems, cell.alongLevels)}${styleOf(cell.role === 'group' ? CELL : LABEL_CELL)}>${escapeHtml(cell.text)}</th>`,
    );
    const values = row.values.map((value) => `<td${styleOf(CELL)}>${escapeHtml(value)}</td>`);
    lines.push(`<tr>${heads.join('')}${values.join('')}</tr>`);
  }
  lines.push('</tbody>', '</table>');
  return lines.join('\n');
}

/** The report's body: what 复制网页版 puts on the clipboard and what goes between <body> and </body> of the file. */
export function reportHtmlFragment(outline: PrintOutline, options: HtmlOptions = { styled: true }): string {
  const styleOf = (css: string) => (options.styled ? ` style="${css}"` : '');
  const title = `${outline.title.agency}${outline.title.rest}`;
  const parts: string[] = [`<h1${styleOf('text-align:center')}>${escapeHtml(title)}</h1>`];
  if (outline.marking.draft) {
    parts.push(`<p${styleOf('text-align:center')}><strong>${escapeHtml(strings.draftLine(outline.marking))}</strong></p>`);
  }
  for (const section of outline.sections) {
    parts.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    for (const paragraph of section.paragraphs) {
      const heading = paragraph.heading ? `<strong>${escapeHtml(paragraph.heading)}</strong>` : '';
      parts.push(`<p${styleOf('text-indent:2em')}>${heading}${escapeHtml(paragraph.body)}</p>`);
    }
    for (const printed of section.tables) parts.push(tableHtml(printed, styleOf));
  }
  return parts.join('\n');
}

/** The whole page of 导出网页: UTF-8, zh-CN, a title, nothing loaded from anywhere. */
export function reportHtmlPage(outline: PrintOutline): string {
  const title = `${outline.title.agency}${outline.title.rest}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    reportHtmlFragment(outline),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The same report as plain text, for an editor that takes no HTML: paragraphs by line, table cells by tab. */
export function reportPlainText(outline: PrintOutline): string {
  const lines: string[] = [`${outline.title.agency}${outline.title.rest}`];
  if (outline.marking.draft) lines.push(strings.draftLine(outline.marking));
  for (const section of outline.sections) {
    lines.push(section.heading);
    for (const paragraph of section.paragraphs) lines.push(`${paragraph.heading ?? ''}${paragraph.body}`);
    for (const printed of section.tables) {
      if (printed.table.caption) lines.push(printed.table.caption);
      if (printed.looseNote) lines.push(printed.looseNote);
      printed.headerRows.forEach((cells, level) =>
        lines.push([...(level === 0 && printed.depth > 0 ? [printed.corner] : []), ...cells.map((cell) => cell.printed)].join('\t')),
      );
      for (const row of printed.bodyRows) lines.push([...row.headers.map((cell) => cell.text), ...row.values].join('\t'));
    }
  }
  return `${lines.join('\n')}\n`;
}
