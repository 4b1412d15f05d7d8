/** Words of the 来源 panel of a consolidated draft (issue 15). */
export const sourceStrings = {
  region: '来源',
  title: (cell: string) => `来源：${cell}`,
  idle: '这是一份汇总报告。选中表格中的一个单元格，这里列出各单位的数字。',
  value: (value: string) => `汇总数：${value || '（空）'}`,
  none: '没有单位填写这一格。',
  unitsTotal: (count: number, total: string) => `${count} 个单位合计：${total}`,
  edited: '汇总数已在本报告中改动，与各单位合计不同。',
  unnamed: '（未填机关名称）',
  contribution: (agency: string, value: string) => `${agency}：${value}`,
} as const;
