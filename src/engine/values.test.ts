import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../format';
import { emptyReport, fillEmptyWithZero } from './report';
import { withValues } from './testing';
import { computedTotal, numberAt } from './values';

const cell = (id: string) => {
  const found = cellsOf(format2021).get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('totals are computed from the declaration on every read', () => {
  it('leaves a total empty while none of its parts is filled', () => {
    expect(computedTotal(emptyReport(), cell('s3.new.total'))).toBeUndefined();
  });

  it('adds a row across the applicant columns (总计 column)', () => {
    const report = withValues(emptyReport(), { 's3.new.natural': 3, 's3.new.business': 2, 's3.new.other': 1 });
    expect(computedTotal(report, cell('s3.new.total'))).toBe(6);
  });

  it('adds （一） to （六）3 down a column into （七）总计, and both ways where they meet', () => {
    const report = withValues(emptyReport(), {
      's3.disclosed.natural': 4,
      's3.withheld.stateSecret.natural': 1,
      's3.otherHandling.other.legal': 2,
    });
    expect(computedTotal(report, cell('s3.handledTotal.natural'))).toBe(5);
    expect(computedTotal(report, cell('s3.handledTotal.legal'))).toBe(2);
    expect(computedTotal(report, cell('s3.handledTotal.total'))).toBe(7);
  });

  it('adds each 四 group into its own 总计', () => {
    const report = withValues(fillEmptyWithZero(emptyReport()), {
      's4.review.upheld': 2,
      's4.review.pending': 1,
      's4.suitDirect.corrected': 4,
    });
    expect(numberAt(report, 's4.review.total')).toBe(3);
    expect(numberAt(report, 's4.suitDirect.total')).toBe(4);
    expect(numberAt(report, 's4.suitAfterReview.total')).toBe(0);
  });

  it('fills every empty input cell with 0 (counts) or "0" (amounts) for 「其余填 0」', () => {
    const report = fillEmptyWithZero(withValues(emptyReport(), { 's3.new.natural': 5 }));
    expect(report.values['s3.new.natural']).toBe(5);
    expect(report.values['s3.new.business']).toBe(0);
    expect(report.values['s2.fees.amount']).toBe('0');
    expect(Object.keys(report.values)).toHaveLength(169);
  });
});
