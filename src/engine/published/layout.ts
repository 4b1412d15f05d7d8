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

const TITLE_TAIL = '政府信息公开工作年度报告';

/** Agency and year from the title: 「{机关}{年}年(度)政府信息公开工作年度报告」 or 「{年}年(度){机关}…」. */
export function findTitle(text: string): ReportTitle | undefined {
  const labelled = /标题\s*[:：]\s*([^\n]+)/.exec(text);
  const candidates: { text: string; at: number }[] = [];
  if (labelled?.[1]) candidates.push({ text: labelled[1].trim(), at: labelled.index + labelled[0].indexOf(labelled[1]) });
  const pattern = new RegExp(`[^\\n。，；：:]{0,60}?${TITLE_TAIL}`, 'g');
  for (const match of text.matchAll(pattern)) candidates.push({ text: match[0], at: match.index });
  const name = '[^\\s\\d《》“”（）()：:，。、；]';
  const agencyFirst = new RegExp(`(${name}{2,40})\\s*((?:19|20)\\d{2})\\s*年度?\\s*${TITLE_TAIL}`);
  const yearFirst = new RegExp(`((?:19|20)\\d{2})\\s*年度?\\s*(${name}{2,40}?)\\s*${TITLE_TAIL}`);
  for (const candidate of candidates) {
    const line = candidate.text.trim();
    const byAgency = agencyFirst.exec(line);
    if (byAgency?.[1] && byAgency[2]) {
      return { agency: byAgency[1], year: Number(byAgency[2]), text: byAgency[0], at: candidate.at, length: candidate.text.length };
    }
    const byYear = yearFirst.exec(line);
    if (byYear?.[1] && byYear[2]) {
      return { agency: byYear[2], year: Number(byYear[1]), text: byYear[0], at: candidate.at, length: candidate.text.length };
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
  { key: 's5', pattern: /五\s*[、.．][^、。\n]{0,16}?存在的?主要问题[^。\n]{0,12}?改进情况/g },
  { key: 's6', pattern: /六\s*[、.．]\s*其他需要报告的事项/g },
];

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
  return found.map((section, index) => ({
    key: section.key,
    headingAt: section.at,
    start: section.bodyAt,
    end: found[index + 1]?.at ?? text.length,
  }));
}
