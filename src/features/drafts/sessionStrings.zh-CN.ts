/** UI text of the session banners, apart from the drafts list's: the banners are on every wizard step's first paint. */
export const sessionStrings = {
  readOnly: '这份草稿正在另一个窗口中编辑，本窗口只能查看。关闭另一个窗口后，本窗口即可编辑。',
  saveFailedTitle: '保存失败：修改还没有存进浏览器',
  quota: '浏览器的存储空间已满。',
  other: (error: string) => `浏览器拒绝写入（${error}）。`,
  keep: '修改仍保留在本页中，请不要关闭或刷新本页。请立即导出草稿，把文件另存一份；释放空间后，下一次修改会再试保存。',
  export: '导出草稿',
} as const;
