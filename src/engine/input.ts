/**
 * Turning what an officer types or pastes into a cell value. Office PCs type full-width digits with a
 * Chinese IME (１２), Excel copies thousands separators (1,234): both are taken; anything that is not a
 * count or amount is refused with a reason the UI words in Chinese (messages.zh-CN.ts).
 */
import type { CellKind } from '../format';
import type { CellValue } from './report';

export type InputProblem =
  | 'notNumber'
  | 'negative'
  | 'fraction'
  | 'tooManyDecimals'
  | 'tooLarge';

export type ParsedInput =
  | { readonly ok: true; readonly value: CellValue | undefined }
  | { readonly ok: false; readonly problem: InputProblem };

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** Full-width digits, signs and separators to ASCII; spaces (incl. U+3000) and thousands commas removed. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212\u2014\u2013]/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/[\s\u3000\u00A0]/g, '')
    .replace(/(\d)[,，\uFF0C](?=\d{3}(\D|$))/g, '$1');
}

/** Largest count accepted: far above any real figure, and safe for integer arithmetic. */
const MAX_COUNT = 1_000_000_000;

/** Canonical text of a decimal amount: no leading zeros, no trailing dot ("007.50" → "7.50"). */
function canonicalAmount(text: string): string {
  const [whole = '0', fraction] = text.split('.');
  const wholeDigits = whole.replace(/^0+(?=\d)/, '') || '0';
  return fraction === undefined || fraction === '' ? wholeDigits : `${wholeDigits}.${fraction}`;
}

/**
 * Parses a cell's text. Empty text is "not filled" (value undefined), distinct from 0.
 * `maxDecimals` limits amounts (万元: 4); counts take whole numbers only.
 */
export function parseCellInput(text: string, kind: CellKind, maxDecimals = 4): ParsedInput {
  const normalised = normaliseNumberText(text);
  if (normalised === '') return { ok: true, value: undefined };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return { ok: false, problem: 'notNumber' };
  const unsigned = normalised.replace(/^[+-]/, '');
  if (normalised.startsWith('-') && /[1-9]/.test(unsigned)) return { ok: false, problem: 'negative' };
  if (kind === 'count') {
    if (/\.\d*[1-9]/.test(unsigned)) return { ok: false, problem: 'fraction' };
    const value = Number(unsigned.split('.')[0] || '0');
    if (value > MAX_COUNT) return { ok: false, problem: 'tooLarge' };
    return { ok: true, value };
  }
  const decimals = unsigned.split('.')[1]?.length ?? 0;
  if (decimals > maxDecimals) return { ok: false, problem: 'tooManyDecimals' };
  if (unsigned.replace('.', '').replace(/^0+/, '').length > 16) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: canonicalAmount(unsigned) };
}

/** How a stored value is shown in a cell or on paper. */
export function formatCellValue(value: CellValue | undefined): string {
  return value === undefined ? '' : String(value);
}
