/**
 * The tables of the 2021 format (国办公开办函〔2021〕30号), labels exactly as the seed report prints them
 * (e2e/fixtures/reference/format-2021.json). Everything that shows, checks or saves a table reads these.
 */
import type { TableSpec } from '../types';

const countTable = { kind: 'count', unit: '件', valueRule: 'T2-INT' } as const;

export const art20Item1 = {
  ...countTable,
  id: 's2.art20_1',
  idPrefix: 's2',
  caption: '第二十条第（一）项',
  cornerLabel: '信息内容',
  columns: [
    { key: 'issued', label: '本年制发件数' },
    { key: 'repealed', label: '本年废止件数' },
    { key: 'inForce', label: '现行有效件数' },
  ],
  rows: [
    { key: 'rules', label: '规章' },
    { key: 'normativeDocs', label: '行政规范性文件' },
  ],
} as const satisfies TableSpec;

export const art20Item5 = {
  ...countTable,
  id: 's2.art20_5',
  idPrefix: 's2',
  caption: '第二十条第（五）项',
  cornerLabel: '信息内容',
  columns: [{ key: 'decisions', label: '本年处理决定数量' }],
  rows: [{ key: 'licensing', label: '行政许可' }],
} as const satisfies TableSpec;

export const art20Item6 = {
  ...countTable,
  id: 's2.art20_6',
  idPrefix: 's2',
  caption: '第二十条第（六）项',
  cornerLabel: '信息内容',
  columns: [{ key: 'decisions', label: '本年处理决定数量' }],
  rows: [
    { key: 'penalty', label: '行政处罚' },
    { key: 'enforcement', label: '行政强制' },
  ],
} as const satisfies TableSpec;

export const art20Item8 = {
  id: 's2.art20_8',
  idPrefix: 's2',
  caption: '第二十条第（八）项',
  cornerLabel: '信息内容',
  kind: 'amount',
  unit: '万元',
  // The national header says only （单位：万元）; 保留4位小数 is a provincial addition (docs/reference/FORMAT.md), so more
  // decimals are accepted and reported as information (T2-FEE-DP).
  decimals: 4,
  valueRule: 'T2-NUM',
  columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
  rows: [{ key: 'fees', label: '行政事业性收费' }],
} as const satisfies TableSpec;

const corporate = ['法人或其他组织'] as const;
const results = ['三、本年度办理结果'] as const;
const withheld = ['三、本年度办理结果', '（三）不予公开'] as const;
const unable = ['三、本年度办理结果', '（四）无法提供'] as const;
const notProcessed = ['三、本年度办理结果', '（五）不予处理'] as const;
const otherHandling = ['三、本年度办理结果', '（六）其他处理'] as const;

export const applicationGrid = {
  id: 's3.grid',
  idPrefix: 's3',
  kind: 'count',
  unit: '件',
  columnHeader: '申请人情况',
  note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  valueRule: 'T3-INT',
  emptyRule: 'T3-EMPTY',
  sumRules: { rows: 'T3-SUM', columns: 'T3-COL' },
  columns: [
    { key: 'natural', label: '自然人' },
    { key: 'business', label: '商业企业', groups: corporate },
    { key: 'research', label: '科研机构', groups: corporate },
    { key: 'nonprofit', label: '社会公益组织', groups: corporate },
    { key: 'legal', label: '法律服务机构', groups: corporate },
    { key: 'other', label: '其他', groups: corporate },
    {
      key: 'total',
      label: '总计',
      sumOf: ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'],
    },
  ],
  rows: [
    { key: 'new', label: '一、本年新收政府信息公开申请数量' },
    { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量' },
    { key: 'disclosed', label: '（一）予以公开', groups: results },
    {
      key: 'partial',
      label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      groups: results,
    },
    { key: 'withheld.stateSecret', label: '1.属于国家秘密', groups: withheld },
    { key: 'withheld.lawForbidden', label: '2.其他法律行政法规禁止公开', groups: withheld },
    { key: 'withheld.security', label: '3.危及“三安全一稳定”', groups: withheld },
    { key: 'withheld.thirdParty', label: '4.保护第三方合法权益', groups: withheld },
    { key: 'withheld.internal', label: '5.属于三类内部事务信息', groups: withheld },
    { key: 'withheld.process', label: '6.属于四类过程性信息', groups: withheld },
    { key: 'withheld.enforcementFile', label: '7.属于行政执法案卷', groups: withheld },
    { key: 'withheld.query', label: '8.属于行政查询事项', groups: withheld },
    { key: 'unable.notHeld', label: '1.本机关不掌握相关政府信息', groups: unable },
    { key: 'unable.needsCreation', label: '2.没有现成信息需要另行制作', groups: unable },
    { key: 'unable.unclear', label: '3.补正后申请内容仍不明确', groups: unable },
    { key: 'notProcessed.complaint', label: '1.信访举报投诉类申请', groups: notProcessed },
    { key: 'notProcessed.duplicate', label: '2.重复申请', groups: notProcessed },
    { key: 'notProcessed.publication', label: '3.要求提供公开出版物', groups: notProcessed },
    { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', groups: notProcessed },
    {
      key: 'notProcessed.confirmation',
      label: '5.要求行政机关确认或重新出具已获取信息',
      groups: notProcessed,
    },
    {
      key: 'otherHandling.noCorrection',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      groups: otherHandling,
    },
    {
      key: 'otherHandling.noFee',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      groups: otherHandling,
    },
    { key: 'otherHandling.other', label: '3.其他', groups: otherHandling },
    {
      key: 'handledTotal',
      label: '（七）总计',
      groups: results,
      sumOf: [
        'disclosed',
        'partial',
        'withheld.stateSecret',
        'withheld.lawForbidden',
        'withheld.security',
        'withheld.thirdParty',
        'withheld.internal',
        'withheld.process',
        'withheld.enforcementFile',
        'withheld.query',
        'unable.notHeld',
        'unable.needsCreation',
        'unable.unclear',
        'notProcessed.complaint',
        'notProcessed.duplicate',
        'notProcessed.publication',
        'notProcessed.excessive',
        'notProcessed.confirmation',
        'otherHandling.noCorrection',
        'otherHandling.noFee',
        'otherHandling.other',
      ],
    },
    { key: 'carriedOver', label: '四、结转下年度继续办理' },
  ],
} as const satisfies TableSpec;

const review = ['行政复议'] as const;
const suitDirect = ['行政诉讼', '未经复议直接起诉'] as const;
const suitAfterReview = ['行政诉讼', '复议后起诉'] as const;

/** 四: one row of 15 columns; a cell is named by its group and column (行政复议 结果维持). */
export const reviewLitigationGrid = {
  id: 's4.grid',
  idPrefix: 's4',
  kind: 'count',
  unit: '件',
  valueRule: 'T4-INT',
  emptyRule: 'T4-EMPTY',
  sumRules: { columns: 'T4-SUM' },
  cellName: 'groupColumn',
  columns: [
    { key: 'review.upheld', label: '结果维持', groups: review },
    { key: 'review.corrected', label: '结果纠正', groups: review },
    { key: 'review.other', label: '其他结果', groups: review },
    { key: 'review.pending', label: '尚未审结', groups: review },
    {
      key: 'review.total',
      label: '总计',
      groups: review,
      sumOf: ['review.upheld', 'review.corrected', 'review.other', 'review.pending'],
    },
    { key: 'suitDirect.upheld', label: '结果维持', groups: suitDirect },
    { key: 'suitDirect.corrected', label: '结果纠正', groups: suitDirect },
    { key: 'suitDirect.other', label: '其他结果', groups: suitDirect },
    { key: 'suitDirect.pending', label: '尚未审结', groups: suitDirect },
    {
      key: 'suitDirect.total',
      label: '总计',
      groups: suitDirect,
      sumOf: [
        'suitDirect.upheld',
        'suitDirect.corrected',
        'suitDirect.other',
        'suitDirect.pending',
      ],
    },
    { key: 'suitAfterReview.upheld', label: '结果维持', groups: suitAfterReview },
    { key: 'suitAfterReview.corrected', label: '结果纠正', groups: suitAfterReview },
    { key: 'suitAfterReview.other', label: '其他结果', groups: suitAfterReview },
    { key: 'suitAfterReview.pending', label: '尚未审结', groups: suitAfterReview },
    {
      key: 'suitAfterReview.total',
      label: '总计',
      groups: suitAfterReview,
      sumOf: [
        'suitAfterReview.upheld',
        'suitAfterReview.corrected',
        'suitAfterReview.other',
        'suitAfterReview.pending',
      ],
    },
  ],
  rows: [{ key: '', label: '' }],
} as const satisfies TableSpec;

/** 六: the 信息处理费 figures (《政府信息公开信息处理费管理办法》), amounts in 元. */
export const processingFees = {
  id: 's6.fees',
  idPrefix: 's6.fees',
  kind: 'count',
  unit: '件',
  valueRule: 'S6-FEE-NUM',
  cellName: 'column',
  // The seed and many real reports state the fees in words only (「无收取信息处理费情况」): S6-FEE
  // checks that the section says something, so empty figures do not hold a report back.
  optional: true,
  columns: [
    { key: 'notices', label: '发出收费通知的件数' },
    { key: 'noticeAmount', label: '收费通知总金额', kind: 'amount', unit: '元', decimals: 2 },
    { key: 'collected', label: '实际收取的总金额', kind: 'amount', unit: '元', decimals: 2 },
  ],
  rows: [{ key: '', label: '' }],
} as const satisfies TableSpec;
