/** UI text of the app shell. */
export const strings = {
  productName: '年报',
  productSubtitle: '政府信息公开工作年度报告',
  homeTitle: '我的草稿',
  homeIntro: '在这里起草、检查、打印和交接本机关的政府信息公开工作年度报告。草稿只保存在本机浏览器中。',
  notFoundTitle: '找不到这个页面',
  backHome: '返回草稿列表',
} as const;
