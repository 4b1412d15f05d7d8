/**
 * A section's text as printed: one paragraph per line as typed, and the 公文 second-level headings
 * （一）（二）… set apart so that they print in 楷体 (GB/T 9704 结构层次序数), run-in or on their own line.
 */

export interface PrintParagraph {
  /** The （一）… heading part, when the paragraph starts with one. */
  readonly heading?: string;
  /** The body after the heading (or the whole paragraph). */
  readonly body: string;
}

const SUBHEADING = /^（[一二三四五六七八九十]+）/;
/** A run-in heading ends at its first 。 or colon when that comes early; a longer first sentence is body text. */
const MAX_HEADING_CHARS = 40;

/** Splits typed text into printed paragraphs, with their （一） headings. Blank lines are dropped. */
export function paragraphsOf(text: string): PrintParagraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line): PrintParagraph => {
      const marker = SUBHEADING.exec(line)?.[0];
      if (!marker) return { body: line };
      const stop = line.search(/[。：:]/);
      if (stop >= 0 && stop < MAX_HEADING_CHARS) {
        return { heading: line.slice(0, stop + 1), body: line.slice(stop + 1) };
      }
      if (stop < 0 && line.length <= MAX_HEADING_CHARS) return { heading: line, body: '' };
      return { heading: marker, body: line.slice(marker.length) };
    });
}
