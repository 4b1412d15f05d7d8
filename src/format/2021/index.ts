/** The 2021 format (国办公开办函〔2021〕30号), used for report years 2021 onward. */
import type { FormatSpec } from '../types';
import { sections2021 } from './sections';

export const format2021 = {
  id: '2021',
  name: '中华人民共和国政府信息公开工作年度报告格式（2021年修订）',
  source: '国务院办公厅政府信息与政务公开办公室 国办公开办函〔2021〕30号',
  appliesFrom: 2021,
  titleTemplate: '{机关名称}{年度}年政府信息公开工作年度报告',
  sections: sections2021,
} as const satisfies FormatSpec;

export type { CellId2021, TextFieldId2021 } from './cells';
export { relationRules2021, ruleCatalog2021 } from './rules';
export type { RuleId2021, RelationRule, BalanceRule, AtLeastRule, DecimalPlacesRule } from './rules';
export * from './tables';
