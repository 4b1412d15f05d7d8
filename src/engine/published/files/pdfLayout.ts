/**
 * A PDF page's text items (pdf.js: each string with its position) → lines of text as the page shows
 * them (issue 14). Items on one baseline make a line, left to right; a gap wider than a character
 * becomes spaces, so table cells stay apart like `pdftotext -layout` keeps them, and the text goes
 * through the same parser. Pure: pdf.js itself is loaded by the browser or the checker.
 */

/** One text item: its string, left x and baseline y (PDF units, y up), width and font height. */
export interface PositionedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Line {
  y: number;
  height: number;
  items: PositionedText[];
}

/** Items whose baselines differ by less than this share of the font height are on one line. */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font height separates cells (or words of a label). */
const CELL_GAP = 0.6;

/** The lines of one page, top to bottom, items joined left to right. */
export function pageLines(items: readonly PositionedText[]): string[] {
  const lines: Line[] = [];
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const height = item.height > 0 ? item.height : 10;
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < SAME_LINE * Math.max(height, candidate.height));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const ordered = [...line.items].sort((a, b) => a.x - b.x);
      let text = '';
      let end: number | undefined;
      for (const item of ordered) {
        const gap = end === undefined ? 0 : item.x - end;
        if (end !== undefined) text += gap > CELL_GAP * line.height ? '   ' : gap > 0.15 * line.height && /\d$/.test(text) && /^\d/.test(item.text) ? ' ' : '';
        text += item.text;
        end = Math.max(end ?? -Infinity, item.x + item.width);
      }
      return text.replace(/\s+$/, '');
    });
}

/** A whole document's text: pages' lines, a blank line between pages. */
export function documentText(pages: readonly (readonly PositionedText[])[]): string {
  return pages.map((items) => pageLines(items).join('\n')).join('\n\n');
}
