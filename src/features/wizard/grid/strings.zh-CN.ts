/** Every sentence the statistics grid shows (issue 3). Cell names and messages come from src/format and the engine. */
export const gridStrings = {
  unit: (unit: string) => `单位：${unit}`,
  fillZero: '其余填 0',
  fillZeroHint: '把本表所有未填的格填为 0（已填的格不变）',
  filledZero: (count: number) => `已将 ${count} 个未填的格填为 0。`,
  nothingToFill: '本表没有未填的格。',
  undo: '撤销',
  undone: '已撤销，表格恢复原样。',
  pasteTitle: '粘贴表格数据',
  pasteSummary: (count: number, from: string) => `将从「${from}」起填入 ${count} 个格，是否继续？`,
  pasteProblemsHeading: (count: number) => `以下 ${count} 个值无法填入：`,
  confirm: '确定',
  cancel: '取消',
  pasteDone: (count: number) => `已粘贴 ${count} 个格。`,
  pasteNothing: '粘贴的内容没有可填入的格。',
  pasteCancelled: '已取消粘贴，表格未改动。',
  pasteOutside: (count: number) => `有 ${count} 个值超出表格范围，未填入`,
  pasteValueProblem: (name: string, text: string, message: string) => `「${name}」粘贴的是“${text}”：${message}`,
  pasteComputed: (name: string, text: string, computed: string) =>
    `「${name}」是自动计算的合计（${computed}），粘贴的“${text}”未采用`,
} as const;
