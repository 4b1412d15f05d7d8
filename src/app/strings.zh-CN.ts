/** UI text of the app shell. */
export const strings = {
  productName: '年报',
  productSubtitle: '政府信息公开工作年度报告',
  notFoundTitle: '找不到这个页面',
  backHome: '返回草稿列表',
  loading: '正在加载…',
  // Issue 11: shown once on an intranet host over plain http, where no service worker can run.
  plainHttp: {
    title: '断网使用说明',
    body: '这个网址是普通 http 连接，浏览器不允许本应用在断网时启动（需要 https 或本机地址）。联网时一切照常，草稿照样保存在本机浏览器中。',
    singleFile: '需要断网使用时，请下载单文件版，保存到本机后双击打开，无需网络：',
    download: '下载单文件版（nianbao.html）',
    dismiss: '知道了',
  },
} as const;
