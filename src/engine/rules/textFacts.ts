/**
 * What the prose of a report states about what its tables count: 「共制定规范性文件9项」,
 * 「共受理政府信息公开申请859件」, 「均获维持」. Each fact names a quantity; quantities.ts says which
 * cells the tables hold it in. Patterns are kept narrow on purpose: a number about a wider category
 * (「政策性文件」, 「群众诉求」, 「信息…条」) is not a table figure, and a false warning costs the officer
 * more than a missed one (RULES.md TXT-NUM; issue 7).
 */
import type { TextFieldId } from '../report';

export type Quantity =
  | 'rules.issued'
  | 'rules.repealed'
  | 'rules.inForce'
  | 'normativeDocs.issued'
  | 'normativeDocs.repealed'
  | 'normativeDocs.inForce'
  | 'applications.received'
  | 'applications.carriedIn'
  | 'applications.handled'
  | 'applications.carriedOver'
  | 'results.disclosedOrPartial'
  | 'results.disclosed'
  | 'results.partial'
  | 'results.withheld'
  | 'results.unable'
  | 'results.notProcessed'
  | 'results.otherHandling'
  | 'cases.review'
  | 'cases.suits'
  | 'fees.amount'
  | 'processingFees.notices'
  | 'processingFees.noticeAmount'
  | 'processingFees.collected';

/** Quantities that are amounts (万元 in 二, 元 in 六), compared as decimals rather than counts. */
export const amountQuantities: ReadonlySet<Quantity> = new Set(['fees.amount', 'processingFees.noticeAmount', 'processingFees.collected']);

/** A claim in words that fixes a table figure at zero. */
export type Claim = 'noApplications' | 'allUpheld' | 'allConcluded' | 'casesConcluded' | 'noCases';

export interface NumberFact {
  readonly kind: 'number';
  readonly quantity: Quantity;
  readonly stated: number;
  /** The figure as written (「24252.31」), for amounts compared to the decimals stated. */
  readonly statedText: string;
  readonly field: TextFieldId;
  /** The clause that states it, for the message. */
  readonly excerpt: string;
}

export interface ClaimFact {
  readonly kind: 'claim';
  readonly claim: Claim;
  readonly field: TextFieldId;
  readonly excerpt: string;
}

export type TextFact = NumberFact | ClaimFact;

const N = '(\\d{1,9})';
const AMOUNT = '(\\d{1,12}(?:\\.\\d{1,8})?)';
const UNIT = '\\s*(?:件|项|个|份|部)';

/** Numbers whose meaning is fixed by the words right around them; first match of a span wins. */
const numberPatterns: readonly { readonly pattern: RegExp; readonly quantity: Quantity | 'documents' | 'regulations'; readonly needs?: RegExp }[] = [
  { pattern: new RegExp(`予以公开(?:及|和|与|、|以及)部分公开(?:共|共计|合计)?${N}${UNIT}`, 'g'), quantity: 'results.disclosedOrPartial' },
  { pattern: new RegExp(`(?<![不及和与、])予以公开(?:共|共计)?${N}${UNIT}`, 'g'), quantity: 'results.disclosed' },
  { pattern: new RegExp(`(?<![及和与、])部分公开(?:共|共计)?${N}${UNIT}`, 'g'), quantity: 'results.partial' },
  { pattern: new RegExp(`不予公开(?:共|共计)?${N}${UNIT}`, 'g'), quantity: 'results.withheld' },
  { pattern: new RegExp(`无法提供(?:共|共计)?${N}${UNIT}`, 'g'), quantity: 'results.unable' },
  { pattern: new RegExp(`不予处理(?:共|共计)?${N}${UNIT}`, 'g'), quantity: 'results.notProcessed' },
  { pattern: new RegExp(`其他处理(?:共|共计)?${N}${UNIT}`, 'g'), quantity: 'results.otherHandling' },
  { pattern: new RegExp(`(?<!政策性|部门|其他)(?:行政)?规范性文件(?:共|共计|合计)?${N}${UNIT}`, 'g'), quantity: 'documents' },
  { pattern: new RegExp(`(?<!政府|部门)规章(?:共|共计|合计)?${N}${UNIT}`, 'g'), quantity: 'regulations' },
  {
    pattern: new RegExp(`(?:收到|受理|接收|接到|新收)[^，。；,;\\d]{0,30}?申请(?:共计|共|合计|总计)?\\s*${N}\\s*件`, 'g'),
    quantity: 'applications.received',
  },
  { pattern: new RegExp(`(?:收到|受理|接收|接到|新收)(?:各类)?${N}\\s*件[^，。；,;\\d]{0,12}?申请`, 'g'), quantity: 'applications.received' },
  { pattern: new RegExp(`上年度?结转(?:的)?(?:申请)?(?:共)?${N}\\s*件`, 'g'), quantity: 'applications.carriedIn' },
  {
    pattern: new RegExp(`${N}\\s*件[^，。；,;\\d]{0,16}?(?:结转(?:至|到)?下(?:一)?年度|顺延(?:至|到)下(?:一)?年度|转入下(?:一)?年度)`, 'g'),
    quantity: 'applications.carriedOver',
  },
  { pattern: new RegExp(`结转下(?:一)?年度[^，。；,;\\d]{0,10}?${N}\\s*件`, 'g'), quantity: 'applications.carriedOver' },
  { pattern: new RegExp(`(?:办结|答复)[^，。；,;\\d]{0,20}?${N}\\s*件`, 'g'), quantity: 'applications.handled', needs: /申请/ },
  { pattern: new RegExp(`行政事业性收费[^，。；,;\\d]{0,12}?${AMOUNT}\\s*万元`, 'g'), quantity: 'fees.amount' },
  { pattern: new RegExp(`(?:发出|发放|出具)(?:了)?收费通知(?:书)?(?:共)?${N}\\s*(?:件|份|次)`, 'g'), quantity: 'processingFees.notices' },
  { pattern: new RegExp(`收费通知(?:的)?总?金额(?:为|共|合计)?${AMOUNT}\\s*元`, 'g'), quantity: 'processingFees.noticeAmount' },
  { pattern: new RegExp(`实际收取(?:的)?(?:信息处理费)?(?:总金额|总额|金额)?(?:为|共|合计)?${AMOUNT}\\s*元`, 'g'), quantity: 'processingFees.collected' },
  { pattern: new RegExp(`(?:行政)?复议(?:案件)?(?:共|共计)?${N}\\s*件`, 'g'), quantity: 'cases.review' },
  { pattern: new RegExp(`(?:行政)?诉讼(?:案件)?(?:共|共计)?${N}\\s*件`, 'g'), quantity: 'cases.suits' },
];

const claimPatterns: readonly { readonly pattern: RegExp; readonly claim: Claim | 'concluded' }[] = [
  { pattern: /未(?:收到|受理|接到|收到过)[^，。；,;]{0,20}?申请/g, claim: 'noApplications' },
  { pattern: /(?:均|全部|都)(?:获|被|予以)?维持/g, claim: 'allUpheld' },
  { pattern: /(?:均已|全部|均|都已)(?:办结|结案|审结)/g, claim: 'concluded' },
  { pattern: /未(?:发生|出现|收到|有)[^，。；,;]{0,10}?(?:行政复议|行政诉讼)/g, claim: 'noCases' },
];

/** The verb before 「规范性文件N件」 says which column it is: 制定 → 本年制发, 废止 → 本年废止, 现行有效. */
function documentQuantity(clauseBefore: string, row: 'rules' | 'normativeDocs'): Quantity | undefined {
  if (/现行有效/.test(clauseBefore)) return `${row}.inForce`;
  if (/废止/.test(clauseBefore)) return `${row}.repealed`;
  if (/制定|制发|印发|出台/.test(clauseBefore)) return `${row}.issued`;
  return undefined;
}

interface Sentence {
  readonly text: string;
}

function sentencesOf(text: string): Sentence[] {
  return text
    .split(/(?<=[。！？!?；;\n])/)
    .map((sentence) => ({ text: sentence.trim() }))
    .filter((sentence) => sentence.text !== '');
}

/** The clause around a match (between clause marks), shortened for a message. */
function excerptOf(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('：')) + 1;
  const stop = after.search(/[，,。；;！？]/);
  const clause = sentence.slice(from, stop < 0 ? sentence.length : end + stop);
  return clause.length > 60 ? `${clause.slice(0, 58)}…` : clause;
}

function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('：'), before.lastIndexOf('；')) + 1;
  return before.slice(from);
}

/** Every fact the given texts state, in reading order. */
export function textFactsOf(texts: Readonly<Partial<Record<TextFieldId, string>>>): TextFact[] {
  const facts: TextFact[] = [];
  for (const field of ['s1', 's5', 's6'] as const) {
    const text = texts[field];
    if (!text) continue;
    for (const { text: sentence } of sentencesOf(text)) {
      const taken: [number, number][] = [];
      const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
      for (const { pattern, quantity, needs } of numberPatterns) {
        if (needs && !needs.test(sentence)) continue;
        for (const match of sentence.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (overlaps(start, end)) continue;
          const statedText = match[1] ?? '';
          const stated = Number(statedText);
          let resolved: Quantity | undefined;
          if (quantity === 'documents') resolved = documentQuantity(clauseBefore(sentence, start), 'normativeDocs');
          else if (quantity === 'regulations') resolved = documentQuantity(clauseBefore(sentence, start), 'rules');
          else resolved = quantity;
          taken.push([start, end]);
          if (!resolved || !Number.isFinite(stated)) continue;
          if (!amountQuantities.has(resolved) && !Number.isSafeInteger(stated)) continue;
          facts.push({ kind: 'number', quantity: resolved, stated, statedText, field, excerpt: excerptOf(sentence, start, end) });
        }
      }
      for (const { pattern, claim } of claimPatterns) {
        for (const match of sentence.matchAll(pattern)) {
          const resolved: Claim = claim === 'concluded' ? (/复议|诉讼/.test(sentence) ? 'casesConcluded' : 'allConcluded') : claim;
          facts.push({ kind: 'claim', claim: resolved, field, excerpt: excerptOf(sentence, match.index, match.index + match[0].length) });
        }
      }
    }
  }
  return facts;
}
