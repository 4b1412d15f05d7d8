/** UI text of the offline/update notice. */
export const strings = {
  updateReady: '年报有新版本。保存好手头的修改后，按「更新」换用新版本。',
  update: '更新',
  later: '稍后',
  offlineReady: '年报已可离线使用：断网时也能打开和编辑草稿。',
  dismiss: '知道了',
} as const;
