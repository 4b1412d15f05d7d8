/**
 * Splitting table cells that a page's text joined without separators (平潭: 「640020470」 is
 * 64 | 0 | 0 | 2 | 0 | 4 | 70). A split is accepted only when the format's arithmetic (a total equals
 * the sum of its parts) leaves exactly one way to cut the digits; otherwise the row is reported, never
 * guessed (issue 7).
 */

/** Cells `parts` must add up to cell `total` (indexes within the row). */
export interface SumConstraint {
  readonly parts: readonly number[];
  readonly total: number;
}

export type SplitOutcome =
  | { readonly kind: 'unique'; readonly cells: readonly string[] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly (readonly string[])[] }
  | { readonly kind: 'impossible' };

const MAX_STEPS = 200_000;
const MAX_CANDIDATES = 12;
/** No count in a report has more digits than this; it also bounds the search. */
const MAX_CELL_DIGITS = 9;

const isCellText = (part: string): boolean => part === '0' || (part.length <= MAX_CELL_DIGITS && /^[1-9]\d*$/.test(part));

/**
 * Every way to cut the tokens (runs of digits; a space between tokens is always a cell boundary) into
 * `count` whole numbers without leading zeros that satisfies the constraints, up to a few candidates.
 * `accept` may reject a candidate on further evidence.
 */
export function candidateSplits(
  tokens: readonly string[],
  count: number,
  constraints: readonly SumConstraint[],
  accept: (cells: readonly number[]) => boolean = () => true,
): (readonly string[])[] {
  const digits = tokens.join('');
  // Positions where a cell must end: the end of each token.
  const tokenEnds = new Set<number>();
  let offset = 0;
  for (const token of tokens) {
    offset += token.length;
    tokenEnds.add(offset);
  }
  const found: string[][] = [];
  const current: string[] = [];
  let steps = 0;
  const satisfied = (cells: readonly string[]): boolean => {
    for (const constraint of constraints) {
      const indexes = [...constraint.parts, constraint.total];
      if (indexes.some((index) => index >= cells.length)) continue;
      const sum = constraint.parts.reduce((total, index) => total + Number(cells[index]), 0);
      if (sum !== Number(cells[constraint.total])) return false;
    }
    return true;
  };
  const walk = (position: number): void => {
    steps += 1;
    if (steps > MAX_STEPS || found.length >= MAX_CANDIDATES) return;
    if (current.length === count) {
      if (position === digits.length && accept(current.map(Number))) found.push([...current]);
      return;
    }
    const remainingCells = count - current.length;
    if (digits.length - position < remainingCells) return;
    for (let end = position + 1; end <= Math.min(digits.length, position + MAX_CELL_DIGITS); end += 1) {
      const part = digits.slice(position, end);
      if (!isCellText(part)) break;
      current.push(part);
      // A token boundary inside a cell is impossible: check that no token end lies strictly inside.
      let crosses = false;
      for (let inner = position + 1; inner < end; inner += 1) if (tokenEnds.has(inner)) crosses = true;
      if (!crosses && satisfied(current)) walk(end);
      current.pop();
      if (crosses) break;
    }
  };
  walk(0);
  return found;
}

/** The split of the tokens into `count` cells, when the arithmetic leaves exactly one. */
export function splitJoinedCells(
  tokens: readonly string[],
  count: number,
  constraints: readonly SumConstraint[],
  accept?: (cells: readonly number[]) => boolean,
): SplitOutcome {
  if (tokens.some((token) => !/^\d+$/.test(token))) return { kind: 'impossible' };
  const candidates = candidateSplits(tokens, count, constraints, accept);
  if (candidates.length === 0) return { kind: 'impossible' };
  if (candidates.length === 1) return { kind: 'unique', cells: candidates[0] as readonly string[] };
  return { kind: 'ambiguous', candidates };
}

/** Table 三: each row's 总计 (7th cell) is the sum of the six applicant columns. */
export const rowOfApplicationGrid: readonly SumConstraint[] = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];

/** Table 四: three groups of five, each 总计 the sum of the four results before it. */
export const rowOfReviewLitigation: readonly SumConstraint[] = [0, 5, 10].map((start) => ({
  parts: [start, start + 1, start + 2, start + 3],
  total: start + 4,
}));
