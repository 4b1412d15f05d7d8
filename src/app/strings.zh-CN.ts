/** UI text of the app shell. */
export const strings = {
  productName: '年报',
  productSubtitle: '政府信息公开工作年度报告',
  notFoundTitle: '找不到这个页面',
  backHome: '返回草稿列表',
  loading: '正在加载…',
} as const;
