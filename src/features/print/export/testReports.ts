/** Reports for the export unit tests: the seed's shape (every cell 0, fee figures left to the text) and a broken one. */
import { emptyReport, fillEmptyWithZero, validate } from '../../../engine';
import type { Report } from '../../../engine';
import { format2021 } from '../../../format';
import { draftMarking } from '../printModel';
import { printOutline } from '../printOutline';
import type { PrintOutline } from '../printOutline';

export function finishedReport(changes: Partial<Report> = {}): Report {
  const base = fillEmptyWithZero(emptyReport('2021', { agency: '某市某局', year: 2024 }));
  const values = Object.fromEntries(Object.entries(base.values).filter(([id]) => !id.startsWith('s6.fees.')));
  return {
    ...base,
    values,
    texts: { s1: '（一）主动公开。正文<b>不是标记</b>。\n第二段。', s5: '问题。', s6: '无收取信息处理费情况。' },
    ...changes,
  };
}

export function outlineOf(report: Report): PrintOutline {
  return printOutline(format2021, report, draftMarking(report, validate(report)));
}
