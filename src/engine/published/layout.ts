/**
 * The outline of a published report: its title (agency and year), the text before 一 (导语), and the
 * six sections, found by their headings in order. Headings are matched loosely: real reports write
 * 「五、政府信息公开工作存在的主要问题及改进情况」 (2019) and typos like 「行政法复议」 (平潭 2022).
 */

export interface ReportTitle {
  readonly agency: string;
  readonly year: number;
  readonly text: string;
  /** Index in the text where the title was found. */
  readonly at: number;
  readonly length: number;
}

// 「…政府信息公开年度报告」 without 工作 is common too (issue 14).
const TITLE_TAIL = '政府信息公开(?:工作)?年度报告';

/** Agency and year from the title: 「{机关}{年}年(度)政府信息公开工作年度报告」 or 「{年}年(度){机关}…」. */
export function findTitle(text: string): ReportTitle | undefined {
  const labelled = /标题\s*[:：]\s*([^\n]+)/.exec(text);
  const candidates: { text: string; at: number; length?: number }[] = [];
  if (labelled?.[1]) candidates.push({ text: labelled[1].trim(), at: labelled.index + labelled[0].indexOf(labelled[1]) });
  const pattern = new RegExp(`[^\\n。，；：:]{0,60}?${TITLE_TAIL}`, 'g');
  for (const match of text.matchAll(pattern)) candidates.push({ text: match[0], at: match.index });
  const name = '[^\\s\\d《》“”（）()：:，。、；]';
  const agencyFirst = new RegExp(`(${name}{2,40})\\s*((?:19|20)\\d{2})\\s*年度?\\s*${TITLE_TAIL}`);
  const yearFirst = new RegExp(`((?:19|20)\\d{2})\\s*年度?\\s*(${name}{2,40}?)\\s*${TITLE_TAIL}`);
  // A title a PDF split over two lines (issue 14): a line joined to the next, when one alone is no title.
  const lines = text.split('\n');
  let offset = 0;
  lines.slice(0, 80).forEach((line, index) => {
    const next = lines[index + 1] ?? '';
    if (line.trim() !== '' && next.trim() !== '' && !line.includes('年度报告') && next.trim().endsWith('年度报告')) {
      const joined = `${line.trim()}${next.trim()}`;
      if (joined.length <= 80) candidates.push({ text: joined, at: offset + line.indexOf(line.trim()), length: line.length + 1 + next.length });
    }
    offset += line.length + 1;
  });
  for (const candidate of candidates) {
    const line = candidate.text.trim();
    const byAgency = agencyFirst.exec(line);
    if (byAgency?.[1] && byAgency[2]) {
      return { agency: byAgency[1], year: Number(byAgency[2]), text: byAgency[0], at: candidate.at, length: candidate.length ?? candidate.text.length };
    }
    const byYear = yearFirst.exec(line);
    if (byYear?.[1] && byYear[2]) {
      return { agency: byYear[2], year: Number(byYear[1]), text: byYear[0], at: candidate.at, length: candidate.length ?? candidate.text.length };
    }
  }
  return undefined;
}

export type SectionKey = 's1' | 's2' | 's3' | 's4' | 's5' | 's6';

const headings: readonly { readonly key: SectionKey; readonly pattern: RegExp }[] = [
  { key: 's1', pattern: /一\s*[、.．]\s*总体情况/g },
  { key: 's2', pattern: /二\s*[、.．]\s*主动公开政府信息(?:的)?情况/g },
  { key: 's3', pattern: /三\s*[、.．]\s*收到和处理政府信息公开申请(?:的)?情况/g },
  { key: 's4', pattern: /四\s*[、.．][^、。\n]{0,24}?行政法?复议[^。\n]{0,24}?情况/g },
  { key: 's5', pattern: /五\s*[、.．][^、。\n]{0,16}?存在的?主要问题[^。\n]{0,12}?(?:改进|整改)(?:情况|措施)/g },
  { key: 's6', pattern: /六\s*[、.．]\s*其他需要报告的事项/g },
];

const anyNumber = '(^|\\n)[ \\t]*(?:[一二三四五六七八九十]+|（[一二三四五六七八九十]+）)\\s*[、.．]?\\s*';
/** Headings of the three tables under any number, with a word of the table's header that follows them. */
const shiftedHeadings: readonly { readonly key: SectionKey; readonly pattern: RegExp; readonly marker: RegExp }[] = [
  { key: 's2', pattern: new RegExp(`${anyNumber}主动公开政府信息(?:的)?情况`), marker: /本年制发件数|本年新制作数量|信息内容/ },
  { key: 's3', pattern: new RegExp(`${anyNumber}收到和处理政府信息公开申请(?:的)?情况`), marker: /申请人情况|自然人/ },
  { key: 's4', pattern: new RegExp(`${anyNumber}[^、。\\n]{0,24}?行政法?复议[^。\\n]{0,24}?情况`), marker: /结果维持/ },
];

/** The text from `from` to the next line that starts like a heading (「三、」), at most 1500 characters. */
function untilNextHeading(text: string, from: number): string {
  const rest = text.slice(from, from + 1500);
  const next = /\n[ \t]*[一二三四五六七八九十]+\s*[、.．]/.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

export interface SectionSpan {
  readonly key: SectionKey;
  /** Where the heading starts, and where the section's body starts and ends. */
  readonly headingAt: number;
  readonly start: number;
  readonly end: number;
}

/** The six sections in order; a heading not found leaves its section out. */
export function findSections(text: string): SectionSpan[] {
  const found: { key: SectionKey; at: number; bodyAt: number }[] = [];
  let from = 0;
  for (const heading of headings) {
    heading.pattern.lastIndex = from;
    const match = heading.pattern.exec(text);
    if (!match) continue;
    found.push({ key: heading.key, at: match.index, bodyAt: match.index + match[0].length });
    from = match.index + match[0].length;
  }
  // Tables numbered on their own (issue 14): 「一、主动公开政府信息情况」「二、收到和处理…」「三、…行政复议…」
  // inside or after prose numbered 一–六. A heading not found in order is looked for at a line's start
  // under any number.
  // When prose headings 二–四 come first and the tables follow under their own numbers (an annex), the
  // heading followed by its table's header is the one whose section holds the table.
  for (const table of shiftedHeadings) {
    const index = found.findIndex((section) => section.key === table.key);
    const current = found[index];
    const holdsTable = (bodyAt: number): boolean => table.marker.test(untilNextHeading(text, bodyAt));
    if (current && holdsTable(current.bodyAt)) continue;
    const matches = [...text.matchAll(new RegExp(table.pattern.source, 'g'))];
    const match = matches.find((candidate) => holdsTable(candidate.index + candidate[0].length)) ?? (current ? undefined : matches[0]);
    if (!match) continue;
    const section = { key: table.key, at: match.index + (match[1]?.length ?? 0), bodyAt: match.index + match[0].length };
    if (current) found.splice(index, 1, section);
    else found.push(section);
  }
  found.sort((a, b) => a.at - b.at);
  return found.map((section, index) => ({
    key: section.key,
    headingAt: section.at,
    start: section.bodyAt,
    end: found[index + 1]?.at ?? text.length,
  }));
}
