import type { FontSubstitution } from './printFonts';

/** Every word the print view shows that is not the format's own (labels come from src/format). */
export const strings = {
  loading: '正在读取草稿…',
  notFound: '找不到这份草稿，可能已被删除。',
  toolbarLabel: '打印操作',
  print: '打印',
  // 公文 are printed on both sides (GB/T 9704): on an even page the bound edge is on the right.
  bothSides: '双面打印（偶数页装订边在右）',
  fontNotice: (substitutions: readonly FontSubstitution[]) =>
    `本机没有公文常用的字体，打印时以相近字体代替：${substitutions
      .map((item) => `${item.role}应为“${item.wanted}”，现用${item.drawnWith ? `“${item.drawnWith}”` : '浏览器默认字体'}`)
      .join('；')}。字形略有不同，版式不变；要与正式公文完全一致，请在装有这些字体的电脑上打印。`,
  back: '返回',
  previewLabel: '打印预览',
  previewHint: '预览按 A4 纸、公文格式（GB/T 9704）排版；点“打印”可打印到纸张或另存为 PDF。',
  draftWatermark: '草稿',
  draftLine: (marking: { errors: number; unfilled: number; missingMeta: number }) => {
    const reasons = [
      marking.errors > 0 ? `尚有 ${marking.errors} 处错误` : '',
      marking.unfilled > 0 ? `${marking.unfilled} 个单元格未填写` : '',
      marking.missingMeta > 0 ? '基本信息未填全' : '',
    ].filter(Boolean);
    return `草稿：${reasons.join('、')}，不能作为正式报告。`;
  },
  confirmTitle: '这份报告还是草稿',
  confirmText: '报告尚有错误或未填写的单元格，打印出来会带有“草稿”字样。仍然打印吗？',
  confirmPrint: '仍然打印',
  confirmCancel: '取消',
  unitSuffix: (unit: string) => `（单位：${unit}）`,
  closingDate: (date: string) => {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
    return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : date;
  },
  closingDateBlank: '年　月　日',
} as const;

/** The words of 导出 Word, 导出网页 and 复制网页版 (issue 13), on the print view and the review step. */
export const exportStrings = {
  groupLabel: '导出报告',
  word: '导出 Word',
  html: '导出网页',
  copy: '复制网页版',
  working: '正在生成…',
  /** The author the .docx names in its properties. */
  creator: '年报',
  fileName: (agency: string, year: string, extension: 'docx' | 'html') =>
    `${agency || '未填机关名称'}-${year || '未填年度'}年政府信息公开工作年度报告.${extension}`,
  saved: (fileName: string, draft: boolean) =>
    `已导出“${fileName}”${draft ? '，文件带有“草稿”字样：报告尚有错误或未填写的内容' : ''}。`,
  copied: (draft: boolean) =>
    `已复制网页版，可在门户网站编辑器中粘贴（表格保留）${draft ? '；内容带有“草稿”字样：报告尚有错误或未填写的内容' : ''}。`,
  copyFailed: '未能复制到剪贴板：浏览器不允许本页写入剪贴板。请改用“导出网页”，打开文件后全选复制。',
  failed: (detail: string) => `导出失败（${detail}），草稿没有任何改动，请再试一次。`,
  notReadable: '这份草稿读不出来，无法导出。',
} as const;
