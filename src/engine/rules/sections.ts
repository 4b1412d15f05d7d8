/**
 * Rules on the text sections (docs/reference/RULES.md §4): S6-FEE, FMT-LEGACY, S5-EMPTY, S1-TOPICS, YEAR-CONSIST.
 *
 * A fresh draft has empty texts, and the wizard runs validate() on every keystroke: a rule about a
 * section says nothing until that section has been started (or the report was read from a published
 * text, which is finished by definition). S5-EMPTY also speaks when 五 is empty but 六 has been written,
 * i.e. the officer went past it. Each rule gives at most one finding, so the list never floods.
 * S6-FEE, S1-TOPICS and FMT-LEGACY belong to the 2021 format; a 2019–2020 report is not held to them.
 */
import { formatIdForYear } from '../../format';
import type { Finding } from '../finding';
import type { Report, TextFieldId } from '../report';
import type { Check } from './check';
import { severityOf } from './catalog';

const started = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** A published report whose prose was read: a report pasted as tables only is not held to the text rules. */
const publishedWithProse = (report: Report): boolean =>
  report.origin === 'published' && Object.values(report.texts).some((text) => started(text));

/** The format the report's year follows; a report without a year is taken as the current one. */
export function reportFormatOf(report: Pick<Report, 'meta'>): '2021' | '2019' | undefined {
  return report.meta.year === null ? '2021' : formatIdForYear(report.meta.year);
}

/** Words that show 六 reports the 信息处理费 (《政府信息公开信息处理费管理办法》), or says there was none. */
// Issue 14: bodies also write 「政府信息公开未发生收费情况」, 「本机关未收取信息公开处理费」,
// 「未发生政府信息公开收费事项」: each says 无收取信息处理费情况.
const feeStatement = /信息处理费|收费通知|公开处理费|(?:未|没有|无)(?:发生|收取)[^。；！\n]{0,12}?收费/;

function checkFeeStatement(report: Report): Finding[] {
  const text = report.texts.s6;
  if (!started(text) && !publishedWithProse(report)) return [];
  if (feeStatement.test(text ?? '')) return [];
  // Figures typed into 六's fee cells state the result too.
  const figures = ['s6.fees.notices', 's6.fees.noticeAmount', 's6.fees.collected'] as const;
  if (figures.some((id) => report.values[id] !== undefined)) return [];
  return [{ ruleId: 'S6-FEE', severity: severityOf('S6-FEE'), cells: [], field: 's6', params: {} }];
}

/** Items of the 2019 format that the 2021 format removed (RULES.md FMT-LEGACY). */
const legacyItems = ['政府集中采购', '其他对外管理服务事项', '上一年项目数量', '本年新制作数量', '对外公开总数量'];

function checkLegacyItems(report: Report): Finding[] {
  for (const field of ['s1', 's5', 's6'] as const) {
    const text = report.texts[field] ?? '';
    const item = legacyItems.find((candidate) => text.includes(candidate));
    if (item) {
      const at = text.indexOf(item);
      const excerpt = text.slice(Math.max(0, at - 12), at + item.length + 16).trim();
      return [{ ruleId: 'FMT-LEGACY', severity: severityOf('FMT-LEGACY'), cells: [], field, params: { item, excerpt } }];
    }
  }
  return [];
}

/** 五 must say something: not empty, not just 「无」, not shorter than a sentence. */
function checkProblemsSection(report: Report): Finding[] {
  const text = (report.texts.s5 ?? '').replace(/\s/g, '');
  const wentPast = started(report.texts.s6) || publishedWithProse(report);
  if (text === '' && !wentPast) return [];
  const trivial = text === '' || /^(无|没有|暂无|无。|无\.|无其他|没有问题)[。.]?$/.test(text) || text.length < 10;
  return trivial ? [{ ruleId: 'S5-EMPTY', severity: severityOf('S5-EMPTY'), cells: [], field: 's5', params: { length: text.length } }] : [];
}

/**
 * The five aspects the 2021 notice asks 一 to cover, with words real reports use for each (the seed
 * writes 「信息发布审核制度」 for 政府信息管理 and 「组织领导」「培训」 for 监督保障).
 */
export const section1Topics: readonly { readonly topic: string; readonly words: RegExp }[] = [
  { topic: '主动公开', words: /主动公开/ },
  { topic: '依申请公开', words: /依申请|公开申请/ },
  { topic: '政府信息管理', words: /信息管理|发布审核|审核发布|保密审查|公开审查|信息审查|属性|文件管理|规范性文件库|清理/ },
  { topic: '政府信息公开平台建设', words: /平台|网站|新媒体|公开栏|公报|公众号/ },
  { topic: '监督保障', words: /监督|保障|考核|培训|组织领导|领导小组|评议|责任追究|督查|督促/ },
];

function checkTopics(report: Report): Finding[] {
  const text = report.texts.s1;
  if (!started(text)) return [];
  const missing = section1Topics.filter((topic) => !topic.words.test(text)).map((topic) => topic.topic);
  return missing.length > 0
    ? [{ ruleId: 'S1-TOPICS', severity: severityOf('S1-TOPICS'), cells: [], field: 's1', params: { missing: missing.join('、') } }]
    : [];
}

/**
 * Years a text gives for the report: the statistics period (「统计期限自2021年1月1日」) and the opening
 * 「2021年，我局…」 of a section. Other years in prose (「2020年度部门决算」, 「2024年，我区将…」 in 五)
 * are legitimate and not read.
 */
export function statedYears(text: string, opening: boolean): { readonly year: number; readonly excerpt: string }[] {
  const years: { year: number; excerpt: string }[] = [];
  for (const match of text.matchAll(/统计(?:期限|时限|时间|区间)[^。；\n]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/g)) {
    years.push({ year: Number(match[1]), excerpt: match[0] });
  }
  if (opening) {
    const first = /^\s*((?:19|20)\d{2})\s*年\s*[，,]/.exec(text);
    if (first?.[1]) years.push({ year: Number(first[1]), excerpt: first[0].trim() });
  }
  return years;
}

/** YEAR-CONSIST for one text against the report's year (also used on a published report's 导语). */
export function yearFindings(year: number | null, text: string, field: TextFieldId | 'preface', opening: boolean): Finding[] {
  if (year === null) return [];
  const wrong = statedYears(text, opening).find((stated) => stated.year !== year);
  return wrong
    ? [{ ruleId: 'YEAR-CONSIST', severity: severityOf('YEAR-CONSIST'), cells: [], field, params: { year, stated: wrong.year, excerpt: wrong.excerpt } }]
    : [];
}

function checkYear(report: Report): Finding[] {
  return (['s1', 's5', 's6'] as const).flatMap((field) =>
    yearFindings(report.meta.year, report.texts[field] ?? '', field, field === 's1'),
  ).slice(0, 1);
}

export const checkSections: Check = (report) => {
  const modern = reportFormatOf(report) === '2021';
  return [
    ...checkYear(report),
    ...(modern ? checkTopics(report) : []),
    ...checkProblemsSection(report),
    ...(modern ? checkFeeStatement(report) : []),
    ...(modern ? checkLegacyItems(report) : []),
  ];
};
