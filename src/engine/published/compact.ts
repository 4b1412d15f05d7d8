/**
 * Finding labels in text that breaks them across lines, adds stray spaces, and writes quotes, brackets
 * and 「1、」 differently: labels are matched on a compact copy of the text (no whitespace, no quotes,
 * one kind of bracket) that remembers where each of its characters was in the original.
 */

export interface CompactText {
  readonly text: string;
  /** Index in the original text of each compact character. */
  readonly origin: readonly number[];
}

const dropped = /[\s“”"'‘’「」『』]/;

function canonicalChar(ch: string, previous: string, beforePrevious: string): string {
  // previous/beforePrevious are the original characters before this one (whitespace included).
  if (ch === '(') return '（';
  if (ch === ')') return '）';
  if (ch === ':') return '：';
  if (ch === ',') return '，';
  // 「1、属于国家秘密」 is 「1.属于国家秘密」: a single digit numbering a sub-row.
  if ((ch === '、' || ch === '．') && /\d/.test(previous) && !/\d/.test(beforePrevious)) return '.';
  return ch;
}

/** A cell standing alone between spaces or line ends: a number, or 「—」 「/」 for an empty cell. */
export const standaloneCell = /(?<=^|\s)(?:\d[\d,]*(?:\.\d+)?|[/／—－-]+)(?=\s|$)/g;

/** Indexes of the characters of standalone cells. */
function standaloneIndexes(text: string): Set<number> {
  const indexes = new Set<number>();
  for (const match of text.matchAll(standaloneCell)) {
    for (let index = match.index; index < match.index + match[0].length; index += 1) indexes.add(index);
  }
  return indexes;
}

/**
 * The compact form of a text with its map back to the original. With `skipCells`, numbers standing
 * alone are left out too, so a label a PDF wrapped around its row's numbers (issue 14: the numbers on
 * the middle line of a three-line label) still reads as one label.
 */
export function compactOf(text: string, skipCells = false): CompactText {
  let compact = '';
  const origin: number[] = [];
  const skipped = skipCells ? standaloneIndexes(text) : undefined;
  for (let index = 0; index < text.length; index += 1) {
    const ch = text[index] as string;
    if (dropped.test(ch) || skipped?.has(index)) continue;
    compact += canonicalChar(ch, text[index - 1] ?? '', text[index - 2] ?? '');
    origin.push(index);
  }
  return { text: compact, origin };
}

/** The compact form of a label, for searching (same rules as the text). */
export function compactLabel(label: string): string {
  return compactOf(label).text;
}

export interface LabelMatch {
  /** Original index where the label starts and just after it ends. */
  readonly start: number;
  readonly end: number;
  /** Compact index just after the label, to continue searching. */
  readonly next: number;
  /** Compact index where the label starts. */
  readonly at: number;
}

/** The first occurrence of one of the keys (tried in order) at or after compact index `from`. */
export function findLabel(compact: CompactText, keys: readonly string[], from: number, before = Infinity): LabelMatch | undefined {
  for (const key of keys) {
    if (key === '') continue;
    const at = compact.text.indexOf(key, from);
    if (at >= 0 && at < before) {
      const lastChar = at + key.length - 1;
      return { start: compact.origin[at] as number, end: (compact.origin[lastChar] as number) + 1, next: at + key.length, at };
    }
  }
  return undefined;
}
