/**
 * The fonts the Word file names, from the print view's font stacks (printFonts.ts): the office font of each role,
 * under its Chinese name as office PCs and WPS list it. Word draws with it where it is installed and substitutes as
 * it sees fit elsewhere; the file never carries font data.
 */
import type { IFontAttributesProperties } from 'docx';
import { printFontStacks } from '../printFonts';
import type { FontStack } from '../printFonts';

export type FontRole = 'title' | 'body' | 'kai' | 'hei' | 'song';

function stackOf(role: FontRole): FontStack {
  const stack = printFontStacks.find((candidate) => candidate.variable === `--print-font-${role}`);
  if (!stack) throw new Error(`no font stack for ${role}`);
  return stack;
}

/** The office font of a role (仿宋_GB2312 for the body…). */
export function officeFont(role: FontRole): string {
  return stackOf(role).office[0] ?? '';
}

/** A run's fonts: the same family for Chinese, Latin letters and figures, as 公文 templates set them. */
export function runFont(role: FontRole): IFontAttributesProperties {
  const name = officeFont(role);
  return { eastAsia: name, ascii: name, hAnsi: name, cs: name };
}
