/** UI text of the drafts list, revisions, 回收站 and 存储 panel, in one place (the session banners have their own). */
export const strings = {
  title: '我的草稿',
  intro: '在这里起草、检查、打印和交接本机关的政府信息公开工作年度报告。',
  localOnly:
    '草稿只保存在本机的这个浏览器中：换电脑、换浏览器或清除浏览器数据后就看不到了。请定期「导出草稿」，把文件另存一份。',
  // Issue 11: nianbao.html opened from disk — every page opened from disk shares the browser's storage.
  fileStorage:
    '您是从本机文件打开的单文件版：草稿保存在这个浏览器的“本机文件”存储区中，不在 nianbao.html 文件里；复制或移动这个文件不会带走草稿，在本机用这个浏览器再打开任何一份单文件版都能看到它们。这里只列出年报的草稿。',
  newDraft: '新建草稿',
  fromLastYearLegend: '从上年草稿开始',
  fromLastYearHint: '沿用上年草稿的机关名称，年度加一；上年的数据留作同比检查。',
  lastYearDraft: '上年草稿',
  copyTexts: '同时复制上年的正文',
  createFromLastYear: '从上年草稿新建',
  listCaption: '草稿列表',
  empty: '还没有草稿。按「新建草稿」开始。',
  columns: { title: '标题', agency: '机关', year: '年度', updatedAt: '最后修改', errors: '错误', actions: '操作' },
  unnamedAgency: '（未填写）',
  noYear: '—',
  checking: '检查中…',
  errors: (count: number) => (count === 0 ? '无' : `${count} 个`),
  open: '打开',
  copy: '复制',
  rename: '重命名',
  newTitle: '新标题',
  saveTitle: '保存',
  cancel: '取消',
  delete: '删除',
  revisions: '版本记录',
  copied: (title: string) => `已复制为「${title}」。`,
  renamed: (title: string) => `已重命名为「${title}」。`,
  deleted: (title: string) => `「${title}」已移入回收站，30 天内可以恢复。`,
  restoredFromTrash: (title: string) => `「${title}」已从回收站恢复。`,
  deletedForever: (title: string) => `「${title}」已永久删除。`,
  openElsewhere: (title: string) =>
    `「${title}」正在另一个窗口中编辑。请先关闭那个窗口，再重命名、删除或恢复版本，以免两边的修改互相覆盖。`,
  exportReminder: '超过 7 天有修改未导出，请导出草稿另存一份。',
  /** A saved draft that no longer reads back, and drafts known only by their revisions (issue 12). */
  unreadable: {
    untitled: '（读不出的草稿）',
    idLabel: (id: string) => `编号 ${id || '（无）'}`,
    why: (fault: string) => `读不出：${fault}。`,
    state: '读不出',
    exportRaw: '导出原始数据',
    restoreFromRevisions: '从版本记录恢复',
    moveToTrash: '移到回收站',
    noRevision: '没有读得出的版本记录。请先导出原始数据留存。',
    rawFileName: (id: string) => `读不出的草稿-${id}-原始数据.json`,
    rawRevisionsFileName: (id: string) => `草稿版本记录-${id}-原始数据.json`,
    exported: (fileName: string) => `已导出原始数据「${fileName}」，保存的内容没有改动。`,
    exportFailed: (reason: string) => `原始数据无法导出（${reason}）。保存的内容没有改动。`,
    movedToTrash: (id: string) => `读不出的草稿（编号 ${id}）已移入回收站，30 天内可以恢复。`,
    orphanTitle: (title: string | undefined) => title ?? '（草稿已不存在）',
    orphanWhy: (count: number) => `草稿本身已不存在，只剩 ${count} 个版本记录。可以从版本记录恢复这份草稿。`,
    orphanState: '只剩版本记录',
    revisionWhy: (fault: string) => `读不出：${fault}。`,
  },
  trash: {
    title: '回收站',
    hint: '删除的草稿在回收站保留 30 天，之后自动清除。',
    empty: '回收站是空的。',
    caption: '回收站中的草稿',
    deletedAt: '删除时间',
    restore: '恢复',
    deleteForever: '永久删除',
    confirmForever: '确认永久删除',
  },
  revisionsPanel: {
    title: (draftTitle: string) => `版本记录：${draftTitle}`,
    hint: '编辑时每 10 分钟自动保存一个版本；打印、导出、导入替换和恢复之前也会先保存一个版本。',
    empty: '还没有版本记录。',
    caption: '版本记录',
    takenAt: '时间',
    reason: '原因',
    summary: '内容',
    restore: '恢复此版本',
    view: '只读查看',
    close: '关闭版本记录',
    restoreFailed: '这个版本没有恢复（读取或写入失败），草稿保持原样，可以再试一次。',
    rawFileName: (draftId: string, revisionId: number) => `版本记录-${draftId}-${revisionId}-原始数据.json`,
    restored: (time: string) => `已恢复到 ${time} 的版本；恢复前的内容已另存为一个版本，可以再恢复回去。`,
    reasons: { auto: '自动保存', print: '打印前', export: '导出前', import: '导入替换前', restore: '恢复前' } as Record<
      string,
      string
    >,
  },
  revisionView: {
    title: (time: string) => `版本（${time}）只读查看`,
    readOnlyNote: '这是一个历史版本，只能查看，不能修改。',
    meta: '基本信息',
    values: '已填写的格',
    texts: '正文',
    noValues: '没有填写的格。',
    close: '关闭',
  },
  storage: {
    title: '存储',
    persisted: '存储状态',
    persistedYes: '持久存储（浏览器不会自动清除）',
    persistedNo: '非持久存储（磁盘空间紧张时浏览器可能清除，请及时导出）',
    unknown: '浏览器未提供',
    usage: '已用空间',
    quota: '可用上限',
    lastExported: '上次导出',
    neverExported: '从未导出',
    caption: '各草稿的导出情况',
    refresh: '刷新',
  },
} as const;

// One formatter for the whole list: building an Intl.DateTimeFormat per row costs more than the row itself.
// Built on first use: the first zh-CN formatter of a page loads the locale's data (20–40 ms in a fresh profile).
let dateTime: Intl.DateTimeFormat | undefined;
const dateTimeOf = () =>
  (dateTime ??= new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
}));

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeOf().format(date);
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return strings.storage.unknown;
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}
