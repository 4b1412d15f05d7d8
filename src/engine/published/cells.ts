/**
 * Reading the cells of one table row out of the text that follows its label: TAB-separated fields
 * (empty cells kept), space-separated numbers, or digits joined without separators (decoded by
 * decode.ts with the row's arithmetic).
 */
import type { SumConstraint } from './decode';
import { splitJoinedCells } from './decode';

export type RowReading =
  | { readonly kind: 'read'; readonly cells: readonly string[]; readonly decoded: boolean }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly (readonly string[])[]; readonly tokens: readonly string[] }
  | { readonly kind: 'unreadable'; readonly reason: 'noNumbers' | 'tooMany' | 'tooFew' | 'noSplit'; readonly tokens: readonly string[] };

/** Parenthesised notes in headers (（单位：万元，保留4位小数）) carry digits that are not cells. */
const notes = /（[^（）\n]*）|\([^()\n]*\)/g;

const numberToken = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[/／—－]+|-+/g;

const plain = (cell: string): string => cell.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');

function readTabbed(region: string, count: number, afterLabel: boolean): RowReading {
  const lines = region.replace(/^[ \n]+/, '').split('\n');
  // 四's unlabelled row: header lines (行政复议, 行政诉讼 of a markdown table) before it are no data.
  // A line of TABs is a row of blank cells (上海 2019), never skipped; a line with nothing is no row.
  while (!afterLabel && lines.length > 1 && /[\u4e00-\u9fff]|^ *$/.test(lines[0] ?? '')) lines.shift();
  const line = lines[0] ?? '';
  let fields = line.split('\t').map(plain);
  // The TAB right after a label separates it from the first cell (四's row has no label: a leading TAB
  // there is an empty first cell).
  if (afterLabel && line.startsWith('\t')) fields = fields.slice(1);
  while (fields.length > count && fields.at(-1) === '') fields = fields.slice(0, -1);
  if (fields.length > count) return { kind: 'unreadable', reason: 'tooMany', tokens: fields };
  if (fields.length < count) return { kind: 'unreadable', reason: 'tooFew', tokens: fields };
  return { kind: 'read', cells: fields, decoded: false };
}

/** 「— 4 —」 read as three tokens: a dash, at most 3 digits, a dash. */
const isPageNumber = ([open, page, close]: readonly string[]): boolean =>
  /^[-—－]{1,2}$/.test(open ?? '') && /^\d{1,3}$/.test(page ?? '') && /^[-—－]{1,2}$/.test(close ?? '');

/** The cells of a row: `count` printed texts ('' for an empty cell), or why they could not be read. */
export function readRowCells(region: string, count: number, constraints: readonly SumConstraint[], afterLabel = true): RowReading {
  if (region.includes('\t')) return readTabbed(region, count, afterLabel);
  const tokens = (region.replace(notes, ' ').match(numberToken) ?? []).map(plain);
  if (tokens.length === 0) return { kind: 'unreadable', reason: 'noNumbers', tokens };
  if (tokens.length === count) return { kind: 'read', cells: tokens, decoded: false };
  // A page number a PDF's text glued to the row's line with one space (「… 0 0 — 4 —」, issue 14).
  if (tokens.length === count + 3 && isPageNumber(tokens.slice(-3))) return { kind: 'read', cells: tokens.slice(0, count), decoded: false };
  if (tokens.length > count) return { kind: 'unreadable', reason: 'tooMany', tokens };
  const split = splitJoinedCells(tokens, count, constraints);
  if (split.kind === 'unique') return { kind: 'read', cells: split.cells, decoded: true };
  if (split.kind === 'ambiguous') return { kind: 'ambiguous', candidates: split.candidates, tokens };
  return { kind: 'unreadable', reason: tokens.length < count ? 'noSplit' : 'tooFew', tokens };
}
