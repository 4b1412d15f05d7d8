/** Text storage writes into records (revision summaries). The UI's own text lives in each feature. */
export const storageStrings = {
  unnamedAgency: '未命名机关',
  unreadableSummary: '读不出的内容（按原样保留）',
  copyTitle: (title: string) => `${title}（副本）`,
  summary: (agency: string, year: number | null, filled: number, textChars: number) =>
    `${agency}${year ? ` ${year}年` : ''} · 已填 ${filled} 格 · 正文 ${textChars} 字`,
} as const;
