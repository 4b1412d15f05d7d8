/**
 * A published report's text (as copied from a government web page, or a saved .txt/.html) → a Report:
 * agency and year from the title, the texts of 一, 五 and 六, every table value as printed (typed
 * totals included, so they can be checked against computed ones), and, line by line, what could not be
 * placed. Nothing is guessed silently: a row whose joined digits the format's arithmetic cannot split
 * one way is named and left out (issue 7). Pure: no DOM, so it runs in the browser, vitest and the CLI.
 */
import { cellsOf, format2021 } from '../../format';
import type { CellId, CellValue, Report, TextFieldId } from '../report';
import { yearFindings } from '../rules/sections';
import { findSections, findTitle } from './layout';
import type { SectionKey, SectionSpan } from './layout';
import { contentLines, dropPageNumbers, htmlToText, looksLikeHtml, markdownTablesToTabs, normaliseText, stripTrailingFurniture } from './normalise';
import { rowPlansOf, tablesOfSection } from './rows';
import { settleApplicationRows, settleDocumentRows } from './settle';
import { plansOfApplications, readReviewRow, readRows } from './tables';
import type { ParseOptions, PublishedReport, TableRead } from './types';

export type { ParseIssue, ParseNote, ParseOptions, PublishedReport } from './types';

/** A heading line of the prose (（二）依申请公开工作) ends its paragraph even without a full stop. */
const subHeading = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．])/;

/**
 * The prose of a section as one string: lines the page wrapped mid-sentence are joined, paragraph
 * breaks kept (after a full stop, around a sub-heading).
 */
function proseOf(body: string): string {
  const lines = contentLines(body)
    .map((entry) => entry.text.trim())
    .filter((line) => line !== '');
  let text = '';
  let previous = '';
  for (const line of lines) {
    if (text !== '') {
      const previousEnds = /[。！？；：!?;:」”]$/.test(previous) || (subHeading.test(previous) && previous.length <= 30);
      text += previousEnds || subHeading.test(line) ? '\n' : '';
    }
    text += line;
    previous = line;
  }
  return stripTrailingFurniture(text);
}

/** 2019-format tables: 二 has 本年新制作数量/上一年项目数量 columns and a 政府集中采购 row. */
function layoutOf(text: string, sections: readonly SectionSpan[], year: number | undefined): '2021' | '2019' {
  const s2 = sections.find((section) => section.key === 's2');
  const s2Text = s2 ? text.slice(s2.start, s2.end) : '';
  if (/本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|第二十条第（九）项/.test(s2Text)) return '2019';
  if (/本年制发件数|现行有效件数/.test(s2Text)) return '2021';
  return year !== undefined && year < 2021 ? '2019' : '2021';
}

/**
 * Some bodies still print （六）其他处理 as the 2019 format's single row in an otherwise 2021 report
 * (issue 14): no sub-row of it in 三, but the row itself followed by its numbers.
 */
function otherHandlingLayout(s3Text: string, layout: '2021' | '2019'): '2021' | '2019' {
  if (layout === '2019') return layout;
  const compact = s3Text.replace(/\s/g, '');
  return /其他处理/.test(compact) && !/逾期不补正|逾期未按收费|不再处理其/.test(compact) ? '2019' : '2021';
}

/** The value an input cell takes from its printed text, when it is a valid count or amount. */
function valueOf(kind: 'count' | 'amount', printed: string): CellValue | undefined {
  const text = printed.trim();
  if (kind === 'count') return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
  if (!/^\d{1,16}(\.\d{1,8})?$/.test(text)) return undefined;
  return text.replace(/^0+(?=\d)/, '');
}

/** Reads a published report. Never throws: whatever cannot be read is in `issues`. */
export function parsePublishedReport(input: string, options: ParseOptions = {}): PublishedReport {
  const text = dropPageNumbers(markdownTablesToTabs(normaliseText(looksLikeHtml(input) ? htmlToText(input) : input)));
  const title = findTitle(text);
  const sections = findSections(text);
  const spanOf = (key: SectionKey) => sections.find((section) => section.key === key);
  const layout = layoutOf(text, sections, title?.year);
  const read: TableRead = { printed: new Map(), issues: [], notes: [] };
  if (!title) read.issues.push({ kind: 'titleMissing' });
  for (const key of ['s1', 's2', 's3', 's4', 's5', 's6'] as const) {
    if (!spanOf(key)) read.issues.push({ kind: 'sectionMissing', section: key });
  }
  if (layout === '2019') read.notes.push({ kind: 'legacyFormat', year: title?.year ?? null });

  // Texts first: the prose may settle a joined row of 二.
  const texts: Partial<Record<TextFieldId, string>> = {};
  for (const key of ['s1', 's5', 's6'] as const) {
    const span = spanOf(key);
    if (!span) continue;
    let body = text.slice(span.start, span.end);
    // The seed prints its title line right after 「一、总体情况」.
    if (title && title.at >= span.start && title.at < span.end) {
      const offset = title.at - span.start;
      if (body.slice(0, offset).trim() === '') body = body.slice(offset + title.length);
    }
    const prose = proseOf(body);
    if (prose !== '') texts[key] = prose;
  }
  const s1 = spanOf('s1');
  const prefaceStart = title && s1 && title.at < s1.headingAt ? title.at + title.length : 0;
  const preface = proseOf(text.slice(prefaceStart, s1?.headingAt ?? 0));

  const s2 = spanOf('s2');
  if (s2 && layout === '2021') {
    const ambiguous = readRows(text, s2, rowPlansOf('s2'), read);
    settleDocumentRows(ambiguous, read, texts, options.lastYear);
  }
  if (layout === '2019') read.notes.push({ kind: 'legacySection2NotChecked' });
  const s3 = spanOf('s3');
  const otherLayout = s3 ? otherHandlingLayout(text.slice(s3.start, s3.end), layout) : layout;
  if (s3) settleApplicationRows(readRows(text, s3, plansOfApplications(otherLayout), read), read);
  if (s3 && otherLayout === '2019') {
    // The rows the 2019 format does not have are 0 there: its single row is kept in 3.其他.
    for (const row of tablesOfSection('s3')[0]?.rows ?? []) {
      if (!row.key.startsWith('otherHandling.') || row.key === 'otherHandling.other') continue;
      for (const cell of cellsOf(format2021).values()) {
        if (cell.sectionId === 's3' && cell.row.key === row.key) read.printed.set(cell.id, '0');
      }
    }
    read.notes.push({ kind: 'legacyOtherHandling' });
  }
  const s4 = spanOf('s4');
  if (s4) readReviewRow(text, s4, read);

  const values: Partial<Record<CellId, CellValue>> = {};
  const printed: Partial<Record<CellId, string>> = {};
  for (const [id, printedText] of read.printed) {
    const cell = cellsOf(format2021).get(id);
    if (!cell) continue;
    printed[id as CellId] = printedText.slice(0, 64);
    if (cell.sumOf) continue;
    const value = valueOf(cell.kind, printedText);
    if (value !== undefined) values[id as CellId] = value;
  }

  // The draft keeps years 1990–2200 (draft schema); a title outside that is not a report year.
  const year = title && title.year >= 1990 && title.year <= 2200 ? title.year : null;
  const report: Report = {
    format: '2021',
    meta: { agency: title?.agency ?? '', year },
    values,
    texts,
    notes: {},
    printed,
    origin: 'published',
  };
  return {
    report,
    layout,
    ...(title ? { title: title.text } : {}),
    preface,
    issues: read.issues,
    notes: read.notes,
    prefaceFindings: yearFindings(year, preface, 'preface', false),
  };
}
