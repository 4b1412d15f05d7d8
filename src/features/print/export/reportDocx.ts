/**
 * 导出 Word (issue 13): the report as a .docx for the OA system's 审签, from the same outline the print view
 * draws — A4 with the GB/T 9704 margins, 小标宋 二号 title, 仿宋 三号 body on a fixed 28.95 pt line, 黑体 一、
 * headings, 楷体 （一） headings, paragraphs indented two characters, the tables as real Word tables, page
 * numbers 「— 1 —」 in 宋体 四号 at the foot's outer side, the 落款 when chosen, and while the report is not
 * final the 草稿 line as the page header (text the officer sees on every page, not a picture).
 * Loaded only when 导出 Word is pressed: the docx library stays out of the first load.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { FileChild } from 'docx';
import type { PrintOutline, PrintedSection } from '../printOutline';
import { pageGeometry } from '../pageGeometry';
import { exportStrings, strings } from '../strings.zh-CN';
import { runFont } from './docxFonts';
import { docxTable } from './docxTable';
import { halfPointsOf, twipsOfMm, twipsOfPt } from './docxUnits';
import { withMirroredMargins } from './mirrorMargins';

const { sizesPt, marginsMm } = pageGeometry;
const bodyLine = { before: 0, after: 0, line: twipsOfPt(pageGeometry.linePt), lineRule: LineRuleType.EXACT };
/** No extra space between Chinese and figures (「2021年」, not 「2021 年」), as the print view sets them. */
const noAutoSpace = { autoSpaceEastAsianText: false } as const;
/** 「空二字」: two characters of the body's size. */
const twoChars = twipsOfPt(sizesPt.body * 2);
/** About 20 characters of 二号 fit on the 156 mm line: a longer title breaks after the agency (PRINT.md §1.1). */
const titleCharsPerLine = Math.floor(
  ((pageGeometry.paperMm.width - marginsMm.binding - marginsMm.outer) * 72) / 25.4 / sizesPt.title,
);

function titleParagraph(outline: PrintOutline): Paragraph {
  const { agency, rest } = outline.title;
  const breakAfterAgency = agency !== '' && [...agency, ...rest].length > titleCharsPerLine;
  const font = runFont('title');
  const size = halfPointsOf(sizesPt.title);
  const characterSpacing = 0;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 0, after: twipsOfPt(pageGeometry.linePt), line: twipsOfPt(pageGeometry.titleLinePt), lineRule: LineRuleType.EXACT },
    children: breakAfterAgency
      ? [new TextRun({ text: agency, font, size, characterSpacing }), new TextRun({ text: rest, font, size, characterSpacing, break: 1 })]
      : [new TextRun({ text: `${agency}${rest}`, font, size, characterSpacing })],
  });
}

function sectionChildren(section: PrintedSection): FileChild[] {
  const children: FileChild[] = [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      indent: { firstLine: twoChars },
      spacing: bodyLine,
      ...noAutoSpace,
      children: [new TextRun({ text: section.heading, font: runFont('hei') })],
    }),
  ];
  for (const paragraph of section.paragraphs) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: twoChars },
        spacing: bodyLine,
        ...noAutoSpace,
        // A heading on a line of its own stays with the paragraph it heads.
        keepNext: Boolean(paragraph.heading) && paragraph.body === '',
        children: [
          ...(paragraph.heading ? [new TextRun({ text: paragraph.heading, font: runFont('kai') })] : []),
          ...(paragraph.body ? [new TextRun({ text: paragraph.body })] : []),
        ],
      }),
    );
  }
  section.tables.forEach((printed, index) => {
    // Word joins two tables that touch into one: a hairline paragraph keeps 二's four tables apart, stacked as
    // one block as the format prints them.
    if (index > 0) {
      children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2 })] }));
    }
    children.push(docxTable(printed));
  });
  if (section.tables.length > 0) children.push(new Paragraph({ spacing: { before: 0, after: 0, line: twipsOfPt(12), lineRule: LineRuleType.EXACT } }));
  return children;
}

function closingChildren(outline: PrintOutline): Paragraph[] {
  if (!outline.closing) return [];
  const { agency, date } = outline.closing;
  // 右空四字, kept together and with the report's last lines.
  return [agency, date].map(
    (text, index) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: twipsOfPt(sizesPt.body * 4) },
        keepNext: index === 0,
        keepLines: true,
        ...noAutoSpace,
        spacing: { ...bodyLine, before: index === 0 ? twipsOfPt(pageGeometry.linePt) : 0 },
        children: [new TextRun({ text })],
      }),
  );
}

/** 「— 1 —」 in 宋体 四号, 空一字 from the outer edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = twipsOfPt(sizesPt.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont('song'), size: halfPointsOf(sizesPt.pageNumber) })],
      }),
    ],
  });
}

function draftHeader(outline: PrintOutline): Header | undefined {
  if (!outline.marking.draft) return undefined;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: strings.draftLine(outline.marking), font: runFont('hei'), size: halfPointsOf(sizesPt.draftLine) })],
      }),
    ],
  });
}

/** The Word document of the report. */
export function reportDocument(outline: PrintOutline): Document {
  const header = draftHeader(outline);
  // The footer's bottom edge sits so that the number's line starts 7 mm under the 版心.
  const footerFromEdgeMm = marginsMm.bottom - pageGeometry.pageNumberBelowBodyMm - (sizesPt.pageNumber * 1.3 * 25.4) / 72;
  return new Document({
    title: `${outline.title.agency}${outline.title.rest}`,
    creator: exportStrings.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // Condensed as the print view's letter-spacing, so that 28 characters fill a line.
          run: { font: runFont('body'), size: halfPointsOf(sizesPt.body), characterSpacing: twipsOfPt(pageGeometry.bodyLetterSpacingPt) },
          paragraph: { spacing: bodyLine },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twipsOfMm(pageGeometry.paperMm.width), height: twipsOfMm(pageGeometry.paperMm.height) },
            margin: {
              top: twipsOfMm(marginsMm.top),
              bottom: twipsOfMm(marginsMm.bottom),
              left: twipsOfMm(marginsMm.binding),
              right: twipsOfMm(marginsMm.outer),
              header: twipsOfMm(15),
              footer: twipsOfMm(footerFromEdgeMm),
            },
          },
        },
        ...(header ? { headers: { default: header, even: draftHeader(outline) } } : {}),
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          titleParagraph(outline),
          ...outline.sections.flatMap(sectionChildren),
          ...closingChildren(outline),
        ],
      },
    ],
  });
}

/** The .docx file's bytes (margins mirrored for 双面印刷). */
export async function reportDocxBytes(outline: PrintOutline): Promise<Uint8Array> {
  return withMirroredMargins(new Uint8Array(await Packer.toArrayBuffer(reportDocument(outline))));
}

/** The .docx file, as the browser downloads it. */
export async function reportDocxBlob(outline: PrintOutline): Promise<Blob> {
  // fflate's bytes always sit on a plain ArrayBuffer.
  return new Blob([(await reportDocxBytes(outline)) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
