/**
 * Turning what an officer pastes or saves (a web page's text, a .txt, an .html file) into plain text
 * the parser can read: tags and entities removed by our own small code (the core has no DOM),
 * full-width digits made ASCII, odd spaces made plain, and page furniture dropped.
 */

const namedEntities: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/**
 * True when the text is an HTML page or fragment rather than plain text. A stray 「<br />」 in a text
 * file (the 上海 2019 fixture's own note mentions one) is not enough: a page has several block tags.
 */
export function looksLikeHtml(text: string): boolean {
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(text)) return true;
  return (text.match(/<(table|tr|td|th|p|div)\b[^>]*>/gi) ?? []).length >= 3;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

/**
 * A cell spanning columns (colspan, issue 14) that holds a figure or nothing stands for that many
 * cells: the ones after it are empty. A label spanning columns (（一）予以公开 over the group column) is
 * one field, as the reader expects.
 */
function spannedCell(whole: string, _tag: string, attributes: string, content: string): string {
  const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(attributes)?.[1] ?? '1');
  if (!(span > 1 && span <= 20)) return whole;
  const text = decodeEntities(content.replace(/<[^>]*>/g, '')).trim();
  return /^[\d.,\s]*$/.test(text) ? `${whole}${'\t'.repeat(span - 1)}` : whole;
}

/**
 * HTML → text: a table row becomes a line and its cells are separated by TAB (empty cells kept, as the
 * 上海 2019 page shows), block elements become line breaks, everything else is dropped.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|head|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/[\r\n]+/g, ' ')
      .replace(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi, spannedCell)
      .replace(/<\/(td|th)\s*>/gi, '\t')
      .replace(/<br\s*\/?>/gi, '')
      .replace(/<\/(tr|p|div|h[1-6]|li|table|section|article)\s*>/gi, '\n')
      .replace(/<(p|div|tr|table|h[1-6]|li)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+\t/g, '\t').replace(/\t[ \u00a0]+/g, '\t').replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''))
    .join('\n');
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Radicals of U+2E80–U+2EFF a PDF font maps whole characters to (人⺠ is 人民), with the character. */
const radicalSupplement: Readonly<Record<string, string>> = Object.fromEntries(
  [...'⺠民⻓长⻔门⻜飞⻢马⻛风⻋车⻅见⻉贝⻚页⻘青⻝食⻣骨⻄西⻆角⻩黄⻬齐⻰龙⻳龟⺟母⻥鱼⻦鸟⻨麦⻮齿⻙韦⻗雨⻤鬼⻡首⺩王⺮竹⻁虎⺼肉⺝月⺗心⻑長⻒镸'].flatMap(
    (ch, index, all) => (index % 2 === 0 ? [[ch, all[index + 1] as string]] : []),
  ),
);

/** Full-width digits, letters' dot and spaces to their plain forms; CRLF to LF. Sentence marks stay. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    // A PDF's fonts often map 一 工 人 … to the look-alike Kangxi radicals (⼀ ⼯ ⼈, U+2F00–U+2FDF): as
    // text they are other characters, so labels would not match (issue 14). Their NFKC form is the ideograph.
    .replace(/[\u2F00-\u2FDF]/g, (radical) => radical.normalize('NFKC'))
    // The CJK Radicals Supplement has no such form: the radicals that stand for whole characters, mapped.
    .replace(/[\u2E80-\u2EFF]/g, (radical) => radicalSupplement[radical] ?? radical)
    .replace(/\uFF0E/g, '.')
    .replace(/[\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]/g, (space) => (space === '\u200b' || space === '\ufeff' ? '' : ' '));
}

/**
 * Lines that are the web page around the report, not the report: an archiver's header (标题:, 原文链接:),
 * the fixtures' `source:` line, separators, and the site's buttons.
 */
const furnitureLine =
  /^(source|标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本地目录|页面链接与图片详见|来源|浏览次数|字号|打印|关闭|分享到)\s*[:：]?.*$|^=+.*=+$|^(附件下载|【打印本页】|【关闭窗口】|打印本页|关闭窗口|返回顶部)$/;

/** Drops furniture lines; returns the kept lines with their 1-based line numbers in the input. */
export function contentLines(text: string): { readonly line: number; readonly text: string }[] {
  return text
    .split('\n')
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/\s+$/, '') }))
    .filter((entry) => !furnitureLine.test(entry.text.trim()));
}

/** Trailing furniture glued to the last paragraph by a page-text archiver (「…情况。 附件下载」). */
export function stripTrailingFurniture(text: string): string {
  return text.replace(/\s*(附件下载|【打印本页】|【关闭窗口】|打印本页|关闭窗口)\s*$/u, '').trim();
}

/** A page number as PDFs print it: 「-3-」, 「— 4 —」, 「－ 5 －」 (at most one space inside). */
const pageNumber = String.raw`[-—–－]{1,2} ?\d{1,4} ?[-—–－]{1,2}`;
const pageNumberLine = new RegExp(String.raw`^\s*(?:${pageNumber}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)\s*$`);
const pageNumberAtEnd = new RegExp(String.raw`(?:\t| {2,})${pageNumber}\s*$`);
const pageNumberAtStart = new RegExp(String.raw`^\s*${pageNumber}(?:\t| {2,})`);
/** 「-3-」 written without spaces is never a table cell, wherever it stands. */
const tightPageNumber = /(^|\s)[-—–－]\d{1,4}[-—–－](?=\s|$)/g;

/**
 * Page numbers of a PDF's text (issue 14): on a line of their own, at the start or end of a table row's
 * line (set apart by a wide gap), or 「-3-」 anywhere. Blanked, not removed, so line numbers stay right.
 */
export function dropPageNumbers(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      pageNumberLine.test(line) ? '' : line.replace(pageNumberAtEnd, '').replace(pageNumberAtStart, '').replace(tightPageNumber, '$1'),
    )
    .join('\n');
}

const markdownRow = /^\s*\|(.*)\|\s*$/;
const markdownSeparator = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/;

/**
 * Markdown and OCR tables (issue 14): 「| （一）予以公开 | 1 | 0 | … |」 becomes a TAB-separated line, as an
 * HTML row does (empty cells kept); separator rows 「|---|---|」 become blank lines.
 */
export function markdownTablesToTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (markdownSeparator.test(line)) return '';
      const row = markdownRow.exec(line);
      if (!row?.[1]?.includes('|')) return line;
      const cells = row[1].split('|').map((cell) => cell.trim());
      // A header row (「| 类别 | 数据1 | … | 总计 |」) has no cell that is a number: its digits are column
      // names an OCR tool made up, never values.
      const header = !cells.slice(1).some((cell) => /^[\d.,]+$/.test(cell));
      return (header ? cells.map((cell, index) => (index === 0 || /^\d+[.、]/.test(cell) ? cell : cell.replace(/\d+/g, ''))) : cells).join('\t');
    })
    .join('\n');
}
