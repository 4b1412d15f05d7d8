/** UI text of the shared pieces: the recovery screen shown when a page or a wizard step fails (issue 12). */
export const componentStrings = {
  recovery: {
    pageTitle: '这一页出错了',
    stepTitle: '这一步出错了',
    what: '程序遇到了一个意外的错误，这部分内容无法显示。已经保存在本机的草稿不受影响；出错之前的修改通常已经自动保存。',
    next: '可以返回「我的草稿」，或重新加载页面再试。若问题一再出现，请先「导出全部（原始数据）」留存一份，再联系技术支持。',
    detail: (message: string) => `错误信息：${message}`,
    backHome: '返回我的草稿',
    exportAll: '导出全部（原始数据）',
    reload: '重新加载',
    exportFileName: (stamp: string) => `年报-全部原始数据-${stamp}.json`,
    exported: (fileName: string) => `已导出「${fileName}」：本机所有草稿和版本记录的原始数据。`,
    exportFailed: '原始数据无法导出：浏览器存储读不出来。请重新加载页面后再试。',
  },
} as const;
