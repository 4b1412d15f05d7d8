/**
 * Finding a row label that a report words slightly differently (issue 14): 「规范性文件」 for
 * 「行政规范性文件」, a character or three missing (「2.其他法律行政止公开」). Used only where the exact
 * label was not found, only between the rows found on either side, never across digits, and only when
 * one place is nearest: the parse notes name both the label and what the text says. Characters of the
 * row's group labels inside it (a PDF's section column, issue 14) are no difference.
 */
import type { CompactText, LabelMatch } from './compact';

export interface NearMatch extends LabelMatch {
  /** The text as the report writes it (compact). */
  readonly found: string;
  readonly distance: number;
}

/** How many edits a label of this length may differ by: none below 4 characters, at most 3. */
export const allowedEdits = (length: number): number => (length < 4 ? 0 : Math.min(3, Math.floor(length / 3)));

/** Best substring of `segment` for `key` by edit distance (Sellers), with where it starts and ends. */
function nearestIn(segment: string, key: string, free: ReadonlySet<string>): { distance: number; start: number; end: number; ties: number } {
  const m = key.length;
  let previous = new Array<number>(segment.length + 1).fill(0);
  let previousStart = Array.from({ length: segment.length + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i += 1) {
    const current = new Array<number>(segment.length + 1);
    const currentStart = new Array<number>(segment.length + 1);
    current[0] = i;
    currentStart[0] = 0;
    for (let j = 1; j <= segment.length; j += 1) {
      const substitute = (previous[j - 1] as number) + (key[i - 1] === segment[j - 1] ? 0 : 1);
      const skipKey = (previous[j] as number) + 1;
      // The section column a PDF interleaves into a wrapped label (「…通知要」「理」「求缴纳…」) costs nothing.
      const skipText = (current[j - 1] as number) + (free.has(segment[j - 1] as string) ? 0 : 1);
      if (substitute <= skipKey && substitute <= skipText) {
        current[j] = substitute;
        currentStart[j] = previousStart[j - 1] as number;
      } else if (skipKey <= skipText) {
        current[j] = skipKey;
        currentStart[j] = previousStart[j] as number;
      } else {
        current[j] = skipText;
        currentStart[j] = currentStart[j - 1] as number;
      }
    }
    previous = current;
    previousStart = currentStart;
  }
  let best = { distance: Infinity, start: 0, end: 0, ties: 0 };
  for (let j = 1; j <= segment.length; j += 1) {
    const distance = previous[j] as number;
    const start = previousStart[j] as number;
    if (distance < best.distance) best = { distance, start, end: j, ties: 0 };
    // The same place found one character longer or shorter is no second place.
    else if (distance === best.distance && start >= best.end) best = { ...best, ties: best.ties + 1 };
  }
  return best;
}

/**
 * The one place in compact[from, before) nearest to `key` within the allowed edits, never crossing a
 * digit (a row's cells), or undefined when none or several are as near.
 */
export function findNearLabel(
  compact: CompactText,
  key: string,
  from: number,
  before: number,
  free: ReadonlySet<string> = new Set(),
): NearMatch | undefined {
  const limit = allowedEdits(key.length);
  if (limit === 0 || before <= from) return undefined;
  const span = compact.text.slice(from, before);
  let best: { distance: number; at: number; end: number } | undefined;
  let tied = false;
  // Digits are a row's cells, except a sub-row's number (「2.」).
  for (const segment of span.matchAll(/(?:\d\.(?=\D)|\D)+/g)) {
    if (segment[0].length < key.length - limit) continue;
    const near = nearestIn(segment[0], key, free);
    if (near.distance > limit || near.end - near.start < key.length - limit) continue;
    const at = from + segment.index + near.start;
    const end = from + segment.index + near.end;
    if (!best || near.distance < best.distance) {
      best = { distance: near.distance, at, end };
      tied = near.ties > 0;
    } else if (near.distance === best.distance) tied = true;
  }
  if (!best || tied) return undefined;
  return {
    start: compact.origin[best.at] as number,
    end: (compact.origin[best.end - 1] as number) + 1,
    next: best.end,
    at: best.at,
    found: compact.text.slice(best.at, best.end),
    distance: best.distance,
  };
}
