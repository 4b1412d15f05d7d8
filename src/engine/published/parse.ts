/**
 * A published report's text (as copied from a government web page, or a saved .txt/.html) → a Report:
 * agency and year from the title, the texts of 一, 五 and 六, every table value as printed (typed
 * totals included, so they can be checked against computed ones), and, line by line, what could not be
 * placed. Nothing is guessed silently: a row whose joined digits the format's arithmetic cannot split
 * one way is named and left out (issue 7). Pure: no DOM, so it runs in the browser, vitest and the CLI.
 */
import { cellsOf, format2021, relationRules2021 } from '../../format';
import type { Finding } from '../finding';
import type { CellId, CellValue, Report, TextFieldId } from '../report';
import { textFactsOf } from '../rules/textFacts';
import { reportFormatOf, yearFindings } from '../rules/sections';
import { numberAt } from '../values';
import { readRowCells } from './cells';
import { compactLabel, compactOf, findLabel } from './compact';
import { findSections, findTitle } from './layout';
import type { SectionKey, SectionSpan } from './layout';
import { contentLines, htmlToText, looksLikeHtml, normaliseText, stripTrailingFurniture } from './normalise';
import { rowConstraintsOf, rowPlansOf, tablesOfSection } from './rows';
import type { RowPlan } from './rows';

export type ParseIssue =
  | { readonly kind: 'titleMissing' }
  | { readonly kind: 'sectionMissing'; readonly section: SectionKey }
  | { readonly kind: 'rowNotFound'; readonly row: string; readonly cellIds: readonly string[] }
  | {
      readonly kind: 'rowUnreadable';
      readonly row: string;
      readonly line: number;
      readonly reason: 'noNumbers' | 'tooMany' | 'tooFew' | 'noSplit';
      readonly tokens: readonly string[];
      readonly expected: number;
      readonly cellIds: readonly string[];
    }
  | {
      readonly kind: 'rowAmbiguous';
      readonly row: string;
      readonly line: number;
      readonly tokens: readonly string[];
      readonly candidates: readonly (readonly string[])[];
      readonly cellIds: readonly string[];
    }
  | { readonly kind: 'lineUnplaced'; readonly line: number; readonly text: string };

export type ParseNote =
  | { readonly kind: 'legacyFormat'; readonly year: number | null }
  | { readonly kind: 'legacyOtherHandling' }
  | { readonly kind: 'legacySection2NotChecked' }
  | { readonly kind: 'rowDecoded'; readonly row: string; readonly line: number; readonly cells: readonly string[] }
  | { readonly kind: 'rowDecodedByColumns'; readonly row: string; readonly line: number; readonly cells: readonly string[] }
  | {
      readonly kind: 'rowDecodedWithEvidence';
      readonly row: string;
      readonly line: number;
      readonly cells: readonly string[];
      readonly evidence: readonly ('text' | 'lastYear')[];
    };

export interface PublishedReport {
  /** The report, origin 'published', with `printed` for every cell read (totals included). */
  readonly report: Report;
  /** Which official format the text follows. The 2019 format's 二 is not read (not declared yet). */
  readonly layout: '2021' | '2019';
  readonly title?: string;
  /** The text before 一、总体情况 (导语: basis, statistics period, contact). */
  readonly preface: string;
  /** What could not be placed, in the order of the text. */
  readonly issues: readonly ParseIssue[];
  /** Decisions taken (a joined row split, a 2019 row mapped) that the officer should know about. */
  readonly notes: readonly ParseNote[];
  /** Findings about the 导语, which the report model does not keep (YEAR-CONSIST on the statistics period). */
  readonly prefaceFindings: readonly Finding[];
}

export interface ParseOptions {
  /** Last year's report of the same body: its 现行有效件数 bounds this year's (helps split joined rows). */
  readonly lastYear?: Report;
}

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
};

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

/**
 * Lines of a table's header (before its first row) that carry numbers: nothing there is a cell, so
 * they are reported rather than dropped. Notes in brackets and 「第二十条第（一）项」 are not numbers.
 */
function reportUnplacedLines(text: string, from: number, to: number, read: TableRead): void {
  const firstLine = lineAt(text, from);
  text
    .slice(from, to)
    .split('\n')
    .forEach((line, index) => {
      const numbers = line.replace(/（[^（）\n]*）|\([^()\n]*\)/g, '').replace(/第[一二三四五六七八九十]+条/g, '');
      if (/\d/.test(numbers)) read.issues.push({ kind: 'lineUnplaced', line: firstLine + index, text: line.trim().slice(0, 80) });
    });
}

interface TableRead {
  readonly printed: Map<string, string>;
  readonly issues: ParseIssue[];
  readonly notes: ParseNote[];
}

/** Reads the rows of one section's tables, label after label, in the format's order. */
function readRows(text: string, span: SectionSpan, plans: readonly RowPlan[], read: TableRead): RowPlan[] {
  const body = text.slice(span.start, span.end);
  const compact = compactOf(body);
  let from = 0;
  const found = plans.map((plan) => {
    const match = findLabel(compact, plan.keys, from);
    if (match) from = match.next;
    return match;
  });
  const ambiguous: RowPlan[] = [];
  const first = found.find((match) => match !== undefined);
  if (first) reportUnplacedLines(text, span.start, span.start + first.start, read);
  plans.forEach((plan, index) => {
    const match = found[index];
    if (!match) {
      read.issues.push({ kind: 'rowNotFound', row: plan.label, cellIds: plan.cellIds });
      return;
    }
    const nextStart = found.slice(index + 1).find((next) => next !== undefined)?.start ?? body.length;
    // A label's closing quote (「3.危及“三安全一稳定”」) is dropped from the compact text: skip it here.
    let end = match.end;
    while (end < nextStart && /[“”"'‘’」』]/.test(body[end] ?? '')) end += 1;
    const region = body.slice(end, nextStart);
    const line = lineAt(text, span.start + match.start);
    const reading = readRowCells(region, plan.cellIds.length, plan.constraints);
    if (reading.kind === 'read') {
      plan.cellIds.forEach((id, cell) => read.printed.set(id, reading.cells[cell] ?? ''));
      if (reading.decoded) read.notes.push({ kind: 'rowDecoded', row: plan.label, line, cells: reading.cells });
    } else if (reading.kind === 'ambiguous') {
      read.issues.push({ kind: 'rowAmbiguous', row: plan.label, line, tokens: reading.tokens, candidates: reading.candidates, cellIds: plan.cellIds });
      ambiguous.push(plan);
    } else {
      read.issues.push({
        kind: 'rowUnreadable',
        row: plan.label,
        line,
        reason: reading.reason,
        tokens: reading.tokens,
        expected: plan.cellIds.length,
        cellIds: plan.cellIds,
      });
    }
  });
  return ambiguous;
}

/** Table 四 has one unlabelled row: its 15 numbers follow the last header cell (the third 尚未审结 总计). */
function readReviewRow(text: string, span: SectionSpan, read: TableRead): void {
  const [table] = tablesOfSection('s4');
  if (!table) return;
  const cellIds = [...cellsOf(format2021).values()].filter((cell) => cell.table.id === table.id).map((cell) => cell.id);
  const label = table.columns.map((column) => column.groups?.[0] ?? '').filter((group, index, all) => all.indexOf(group) === index).join('、');
  const body = text.slice(span.start, span.end);
  const compact = compactOf(body);
  const lastColumns = compactLabel(table.columns.slice(-2).map((column) => column.label).join(''));
  let from = 0;
  let match = findLabel(compact, [lastColumns], from);
  for (let next = match; next; next = findLabel(compact, [lastColumns], from)) {
    match = next;
    from = next.next;
  }
  if (match) reportUnplacedLines(text, span.start, span.start + match.start, read);
  // What is left of the header line (an HTML row's last TAB) is not the data row.
  const region = (match ? body.slice(match.end) : body).replace(/^[ \t]*\n/, '');
  const line = lineAt(text, span.start + (match?.end ?? 0));
  const reading = readRowCells(region, cellIds.length, rowConstraintsOf(table), false);
  if (reading.kind === 'read') {
    cellIds.forEach((id, cell) => read.printed.set(id, reading.cells[cell] ?? ''));
    if (reading.decoded) read.notes.push({ kind: 'rowDecoded', row: label, line, cells: reading.cells });
  } else if (reading.kind === 'ambiguous') {
    read.issues.push({ kind: 'rowAmbiguous', row: label, line, tokens: reading.tokens, candidates: reading.candidates, cellIds });
  } else {
    read.issues.push({ kind: 'rowUnreadable', row: label, line, reason: reading.reason, tokens: reading.tokens, expected: cellIds.length, cellIds });
  }
}

/**
 * A joined row of 三 whose own total leaves several splits (「270020130」: 27|0|0|2|0|1|30 or
 * 2|7|0|0|20|1|30) is settled by the columns: each column's （七）总计 is the sum of its rows (T3-SUM)
 * and 一 + 二 = （七）+ 四 (T3-BAL). Accepted only when exactly one combination of the ambiguous rows'
 * splits makes every such identity hold.
 */
function settleApplicationRows(ambiguous: readonly RowPlan[], read: TableRead): void {
  if (ambiguous.length === 0 || ambiguous.length > 4) return;
  const issues = ambiguous.map((plan) => read.issues.find((issue) => issue.kind === 'rowAmbiguous' && issue.row === plan.label));
  if (issues.some((issue) => issue?.kind !== 'rowAmbiguous')) return;
  const candidateLists = issues.map((issue) => (issue?.kind === 'rowAmbiguous' ? issue.candidates : []));
  // Bound the work on a long paste: beyond a few thousand combinations the rows stay reported.
  if (candidateLists.reduce((product, list) => product * list.length, 1) > 5000) return;
  const cells = [...cellsOf(format2021).values()].filter((cell) => cell.sectionId === 's3');
  const sums = cells.flatMap((cell) => cell.identities.map((identity) => ({ total: cell.id, parts: identity.parts })));
  const balances = relationRules2021.flatMap((rule) => (rule.kind === 'balance' ? [rule] : []));
  const holds = (printed: ReadonlyMap<string, string>): boolean => {
    const at = (id: string): number | undefined => {
      const text = printed.get(id);
      return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
    };
    const sum = (ids: readonly string[]): number | undefined => {
      let total = 0;
      for (const id of ids) {
        const value = at(id);
        if (value === undefined) return undefined;
        total += value;
      }
      return total;
    };
    for (const identity of sums) {
      const total = at(identity.total);
      const parts = sum(identity.parts);
      if (total !== undefined && parts !== undefined && total !== parts) return false;
    }
    for (const rule of balances) {
      const left = sum(rule.left);
      const right = sum(rule.right);
      if (left !== undefined && right !== undefined && left !== right) return false;
    }
    return true;
  };
  const fitting: (readonly string[])[][] = [];
  const choose = (index: number, chosen: (readonly string[])[]): void => {
    if (fitting.length > 1) return;
    if (index === ambiguous.length) {
      const printed = new Map(read.printed);
      ambiguous.forEach((plan, row) => plan.cellIds.forEach((id, cell) => printed.set(id, chosen[row]?.[cell] ?? '')));
      if (holds(printed)) fitting.push([...chosen]);
      return;
    }
    for (const candidate of candidateLists[index] ?? []) choose(index + 1, [...chosen, candidate]);
  };
  choose(0, []);
  const [only] = fitting;
  if (fitting.length !== 1 || !only) return;
  ambiguous.forEach((plan, row) => {
    const chosen = only[row] ?? [];
    plan.cellIds.forEach((id, cell) => read.printed.set(id, chosen[cell] ?? ''));
    const issueIndex = read.issues.findIndex((issue) => issue.kind === 'rowAmbiguous' && issue.row === plan.label);
    const issue = read.issues[issueIndex];
    read.issues.splice(issueIndex, 1);
    read.notes.push({ kind: 'rowDecodedByColumns', row: plan.label, line: issue?.kind === 'rowAmbiguous' ? issue.line : 0, cells: chosen });
  });
}

/** The 2019 format's 三 has a single （六）其他处理 row where 2021 has three. */
function plansOfApplications(layout: '2021' | '2019'): RowPlan[] {
  const plans = rowPlansOf('s3');
  if (layout === '2021') return plans;
  const grid = tablesOfSection('s3')[0];
  const otherRows = grid?.rows.filter((row) => row.key.startsWith('otherHandling.')) ?? [];
  const groupLabel = otherRows[0]?.groups?.at(-1);
  const target = otherRows.at(-1);
  if (!groupLabel || !target) return plans;
  const otherLabels = new Set(otherRows.map((row) => row.label));
  const replaced = plans.filter((plan) => !otherLabels.has(plan.label));
  const at = plans.findIndex((plan) => otherLabels.has(plan.label));
  const targetPlan = plans.find((plan) => plan.label === target.label);
  if (!targetPlan) return plans;
  replaced.splice(at, 0, { ...targetPlan, label: groupLabel, keys: [compactLabel(groupLabel)] });
  return replaced;
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
 * A joined row of 二（规章, 行政规范性文件: 本年制发, 本年废止, 现行有效) has no sum to split it by. Evidence
 * may still leave one reading: 现行有效 and 本年废止 cannot exceed last year's 现行有效 plus 本年制发, and
 * the prose may state 制发 or 现行有效. Used only when exactly one reading remains, and said so.
 */
function settleDocumentRows(
  ambiguous: readonly RowPlan[],
  read: TableRead,
  texts: Readonly<Partial<Record<TextFieldId, string>>>,
  lastYear: Report | undefined,
): void {
  const facts = textFactsOf(texts);
  for (const plan of ambiguous) {
    const issueIndex = read.issues.findIndex((issue) => issue.kind === 'rowAmbiguous' && issue.row === plan.label);
    const issue = read.issues[issueIndex];
    if (!issue || issue.kind !== 'rowAmbiguous') continue;
    const row = /^s2\.(rules|normativeDocs)\.issued$/.exec(plan.cellIds[0] ?? '')?.[1];
    if (!row || plan.cellIds.length !== 3) continue;
    let candidates = issue.candidates.map((candidate) => candidate.map(Number));
    const evidence: ('text' | 'lastYear')[] = [];
    (['issued', 'repealed', 'inForce'] as const).forEach((column, index) => {
      for (const fact of facts) {
        if (fact.kind !== 'number' || fact.quantity !== `${row}.${column}`) continue;
        const agreeing = candidates.filter((candidate) => candidate[index] === fact.stated);
        if (agreeing.length > 0 && agreeing.length < candidates.length) {
          candidates = agreeing;
          if (!evidence.includes('text')) evidence.push('text');
        }
      }
    });
    const last = lastYear && reportFormatOf(lastYear) === '2021' ? numberAt(lastYear, `s2.${row}.inForce`) : undefined;
    // Last year's figures may themselves be wrong: use them only when the prose leaves a choice.
    if (last !== undefined && candidates.length > 1) {
      const bounded = candidates.filter(([issued = 0, repealed = 0, inForce = 0]) => inForce <= last + issued && repealed <= last + issued);
      if (bounded.length < candidates.length && bounded.length > 0) {
        candidates = bounded;
        evidence.push('lastYear');
      }
    }
    const [only] = candidates;
    if (candidates.length !== 1 || !only) continue;
    const cells = only.map(String);
    plan.cellIds.forEach((id, index) => read.printed.set(id, cells[index] ?? ''));
    read.issues.splice(issueIndex, 1);
    read.notes.push({ kind: 'rowDecodedWithEvidence', row: plan.label, line: issue.line, cells, evidence });
  }
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
  const text = normaliseText(looksLikeHtml(input) ? htmlToText(input) : input);
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
  if (s3) settleApplicationRows(readRows(text, s3, plansOfApplications(layout), read), read);
  if (s3 && layout === '2019') {
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
