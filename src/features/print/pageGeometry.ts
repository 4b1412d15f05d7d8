/**
 * The 公文 page of GB/T 9704-2012 as PRINT.md §2 reads it, in numbers, for the outputs that cannot read
 * print.css: the Word file (issue 13). print.css states the same numbers for the browser's print.
 */
export const pageGeometry = {
  paperMm: { width: 210, height: 297 },
  /** 天头 37, 订口 28 (the bound edge), 版心 156 × 225, so 下白边 35 and 翻口 26. */
  marginsMm: { top: 37, bottom: 35, binding: 28, outer: 26 },
  /** The page number's 一字线 sits 7 mm under the 版心. */
  pageNumberBelowBodyMm: 7,
  /** Type sizes: 三号 body and headings, 二号 title, 四号 page numbers, 五号 tables, 小五 for 三 and 四. */
  sizesPt: { body: 16, title: 22, pageNumber: 14, table: 10.5, smallTable: 9, draftLine: 12 },
  /** 22 lines on the 225 mm 版心 (GB/T 9704: 每面排22行); Word templates set 行距 固定值 28.95 磅. */
  linePt: 28.95,
  /** 28 characters of 三号 on the 156 mm line (GB/T 9704: 每行排28个字): print.css letter-spacing -0.25pt. */
  bodyLetterSpacingPt: -0.25,
  /** The title's lines, a little more open than the body's (print.css: line-height 1.45 at 22 pt). */
  titleLinePt: 31.9,
} as const;

/**
 * Widths of the row-header columns, as fractions of the table width, by the table's number of them (二: one
 * label column; 三: group, sub-group and label columns). print.css gives the preview the same widths.
 */
export const rowHeaderWidths: Readonly<Record<number, readonly number[]>> = {
  1: [0.34],
  2: [0.12, 0.3],
  3: [0.07, 0.09, 0.29],
};
