/** The words of the 汇总 entry points, apart so the drafts list and the wizard do not load the whole feature. */
export const consolidateEntryStrings = {
  start: '新建汇总报告',
  link: '汇总单位',
} as const;
