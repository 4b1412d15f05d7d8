/** UI text of 导入已发布年报 and 从上年已发布年报新建, in one place. */
const kinds = { pdf: ' PDF ', docx: ' Word ', text: '文本' } as const;

export const strings = {
  importToggle: '导入已发布年报',
  importTitle: '导入已发布的年度报告',
  importHint:
    '把政府网站上已发布的年报全文复制粘贴到下面，或打开保存下来的 PDF、Word（.docx）、网页（.html）或文本（.txt）文件。导入后会新建一份草稿并直接打开「检查与预览」，列出正文与表格不一致、合计不符等问题。',
  fromLastYearToggle: '从上年已发布年报新建',
  fromLastYearTitle: '以上年已发布的年报为基础新建草稿',
  fromLastYearHint:
    '粘贴或打开上年已发布的年报：新草稿沿用其机关名称，年度加一；上年的数字留作同比检查（上年结转、现行有效件数等）。',
  text: '年报全文',
  file: '打开文件（PDF、Word、网页、文本）',
  fileReading: (name: string) => `正在读取文件「${name}」…`,
  fileRead: (name: string, kind: 'pdf' | 'docx' | 'text') =>
    kind === 'text' ? `已读入文件「${name}」。` : `已读入文件「${name}」：已从${kinds[kind]}中取出文字，请点“导入”。`,
  fileUnreadable: '这个文件读不出文字，请换一个 .txt 或 .html 文件，或直接粘贴全文。',
  fileBroken: (kind: 'pdf' | 'docx' | 'text') => `无法打开这个${kinds[kind]}文件（文件可能已损坏或加密），请换一个文件，或直接粘贴全文。`,
  fileNoText: (kind: 'pdf' | 'docx' | 'text') =>
    `这个${kinds[kind]}文件里没有可读取的文字（可能是扫描件），请改用网页、Word 文件，或直接粘贴全文。`,
  import: '导入',
  createFromLastYear: '新建草稿',
  cancel: '取消',
  importAnyway: '仍然导入',
  createAnyway: '仍然新建',
  empty: '请先粘贴年报全文或打开文件。',
  noTables: '没有在这段文字中找到年报的标题和表格，请确认复制的是年报全文。',
  reviewTitle: '请先看一下导入情况',
  readSummary: (agency: string, year: number | null, cells: number) =>
    `读到：${agency || '（未找到机关名称）'}，${year ?? '（未找到年度）'}年，表格中 ${cells} 个数字。`,
  notPlacedTitle: '未能导入的内容',
  notesTitle: '导入说明',
  busy: '正在导入…',
  loading: '正在加载…',
  importedTitle: (title: string) => `${title}（已发布年报导入）`,
  failed: '导入失败，草稿没有保存，请重试。',
  splitTitle: '请选择拆法',
  splitHint: '下面这些行的数字在原文中连在一起，有几种拆法都符合表格的加总关系。请对照原文选择；不选的行不导入。',
  splitLegend: (row: string, digits: string) => `“${row}”（原文：${digits}）`,
  agreesWithLastYear: '（与上年报告衔接）',
} as const;
