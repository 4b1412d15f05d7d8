/** The six sections of the 2021 format in their official order, with what the instructions ask of each. */
import type { SectionSpec } from '../types';
import {
  applicationGrid,
  art20Item1,
  art20Item5,
  art20Item6,
  art20Item8,
  processingFees,
  reviewLitigationGrid,
} from './tables';

export const sections2021 = [
  {
    id: 's1',
    number: '一',
    title: '总体情况',
    kind: 'text',
    guidance:
      '概述本年度政府信息公开工作。2021年格式要求围绕主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面报告（各级人民政府还应报告工作考核、社会评议和责任追究结果情况）。常用（一）（二）……分小标题。文中引用的数字须与后面表格一致。',
  },
  {
    id: 's2',
    number: '二',
    title: '主动公开政府信息情况',
    kind: 'tables',
    guidance:
      '按《中华人民共和国政府信息公开条例》第二十条填报：第（一）项规章、行政规范性文件的本年制发、本年废止、现行有效件数；第（五）项行政许可、第（六）项行政处罚和行政强制的本年处理决定数量；第（八）项行政事业性收费的本年收费金额（单位：万元）。没有的填 0。',
    tables: [art20Item1, art20Item5, art20Item6, art20Item8],
  },
  {
    id: 's3',
    number: '三',
    title: '收到和处理政府信息公开申请情况',
    kind: 'tables',
    guidance:
      '按申请人类型（自然人；法人或其他组织：商业企业、科研机构、社会公益组织、法律服务机构、其他）统计本年新收、上年结转的申请和本年度办理结果。每一列都须满足：第一项加第二项之和，等于第三项加第四项之和。区分处理的申请只计入“（二）部分公开”。没有的填 0，不要留空。',
    tables: [applicationGrid],
  },
  {
    id: 's4',
    number: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    kind: 'tables',
    guidance:
      '统计本机关因政府信息公开工作被申请行政复议、提起行政诉讼的案件：行政复议，以及行政诉讼中未经复议直接起诉、复议后起诉，各按结果维持、结果纠正、其他结果、尚未审结统计，总计自动计算。没有的填 0。',
    tables: [reviewLitigationGrid],
  },
  {
    id: 's5',
    number: '五',
    title: '存在的主要问题及改进情况',
    kind: 'text',
    guidance:
      '如实说明本年度政府信息公开工作存在的主要问题和改进措施，通常也说明上一年度问题的整改情况。不要只写“无”。',
  },
  {
    id: 's6',
    number: '六',
    title: '其他需要报告的事项',
    kind: 'text',
    guidance:
      '报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况：发出收费通知的件数、收费通知总金额、实际收取的总金额（单位：元），没有收取的写明“无收取信息处理费情况”。还可报告落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、年度工作创新，以及（各级人民政府）考核、评议和责任追究结果等。',
    tables: [processingFees],
  },
] as const satisfies readonly SectionSpec[];
