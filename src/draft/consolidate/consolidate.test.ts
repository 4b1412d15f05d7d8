import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../../format';
import { addDecimals, sameDecimal } from './decimal';
import { consolidatedDraft, matchingUnit, unitChanges, withUnits } from './build';
import { planConsolidation } from './plan';
import { breakdownOf, sumUnits } from './sum';
import type { ConsolidationUnit } from './types';
import { unitDigest, unitFromDraft } from './units';
import { newDraft } from '../draft';
import { readDraftValue } from '../read';
import { emptyReport } from '../../engine';

const unit = (id: string, agency: string, values: ConsolidationUnit['values'], extra: Partial<ConsolidationUnit> = {}): ConsolidationUnit => ({
  id,
  agency,
  year: 2025,
  format: '2021',
  digest: `digest-${id}`,
  source: 'file',
  draftId: `draft-${id}`,
  unitUpdatedAt: '2026-01-10T00:00:00.000Z',
  addedAt: '2026-01-15T00:00:00.000Z',
  included: true,
  errors: 0,
  warnings: 0,
  values,
  ...extra,
});

describe('decimal amounts', () => {
  it('adds exactly, keeping the most precise places', () => {
    expect(addDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(addDecimals(['1.5', '0.2500', '3'])).toBe('4.7500');
    expect(addDecimals(['0.0001', '0.0002'])).toBe('0.0003');
    expect(addDecimals(['99999999.99', '0.01'])).toBe('100000000.00');
    expect(addDecimals(['12', '30'])).toBe('42');
    expect(addDecimals([])).toBe('0');
  });
  it('compares amounts by value', () => {
    expect(sameDecimal('1.50', '1.5')).toBe(true);
    expect(sameDecimal('1.51', '1.5')).toBe(false);
  });
});

describe('sums', () => {
  const a = unit('a', '甲局', { 's3.new.natural': 3, 's3.new.business': 1, 's2.fees.amount': '0.1', 's2.normativeDocs.inForce': 20 });
  const b = unit('b', '乙局', { 's3.new.natural': 4, 's2.fees.amount': '0.2000', 's2.normativeDocs.inForce': 5 });
  it('adds every input cell; a cell no unit filled stays empty', () => {
    const sums = sumUnits([a, b]);
    expect(sums['s3.new.natural']).toBe(7);
    expect(sums['s3.new.business']).toBe(1);
    expect(sums['s2.fees.amount']).toBe('0.3000');
    expect(sums['s2.normativeDocs.inForce']).toBe(25);
    expect('s3.new.research' in sums).toBe(false);
  });
  it('lists each unit’s part of a cell, and of a total', () => {
    expect(breakdownOf([a, b], 's3.new.natural')).toEqual([
      { unitId: 'a', agency: '甲局', value: 3 },
      { unitId: 'b', agency: '乙局', value: 4 },
    ]);
    expect(breakdownOf([a, b], 's3.new.total')).toEqual([
      { unitId: 'a', agency: '甲局', value: 4 },
      { unitId: 'b', agency: '乙局', value: 4 },
    ]);
    expect(breakdownOf([a, b], 's3.new.research')).toEqual([]);
  });
});

describe('plan', () => {
  it('flags the same 机关 twice and keeps the newer unless told otherwise', () => {
    const older = unit('a1', '甲 局', {}, { unitUpdatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = unit('a2', '甲局', {}, { unitUpdatedAt: '2026-01-09T00:00:00.000Z' });
    const other = unit('b', '乙局', {});
    const plan = planConsolidation([older, newer, other]);
    expect(plan.groups).toEqual([{ key: 'agency:甲局', reason: 'sameAgency', unitIds: ['a1', 'a2'], keptId: 'a2' }]);
    expect(plan.rows.map((row) => row.status.kind)).toEqual(['duplicate', 'counted', 'counted']);
    const chosen = planConsolidation([older, newer, other], { keep: { 'agency:甲局': 'a1' } });
    expect(chosen.counted.map((u) => u.id)).toEqual(['a1', 'b']);
  });
  it('calls identical files the same content', () => {
    const plan = planConsolidation([unit('x', '甲局', {}, { digest: 'd' }), unit('y', '甲局', {}, { digest: 'd' })]);
    expect(plan.groups[0]?.reason).toBe('sameContent');
  });
  it('takes the year most units report and refuses the others', () => {
    const plan = planConsolidation([unit('a', '甲局', {}), unit('b', '乙局', {}), unit('c', '丙局', {}, { year: 2024 })]);
    expect(plan.year).toBe(2025);
    expect(plan.rows[2]?.status).toEqual({ kind: 'otherYear', year: 2024, expected: 2025 });
    expect(plan.counted.map((u) => u.id)).toEqual(['a', 'b']);
  });
  it('counts units with errors unless left out', () => {
    const units = [unit('a', '甲局', {}, { errors: 2 }), unit('b', '乙局', {})];
    expect(planConsolidation(units).counted).toHaveLength(2);
    const plan = planConsolidation(units, { excluded: new Set(['a']) });
    expect(plan.rows[0]?.status.kind).toBe('excluded');
    expect(plan.counted.map((u) => u.id)).toEqual(['b']);
  });
});

describe('consolidated draft', () => {
  const a = unit('a', '甲局', { 's3.new.natural': 3, 's4.review.upheld': 1 });
  const b = unit('b', '乙局', { 's3.new.natural': 4, 's4.review.upheld': 2 });
  const excluded = unit('c', '丙局', { 's3.new.natural': 100 }, { included: false, errors: 3 });
  const draft = consolidatedDraft({ id: 'sum', agency: ' 某县人民政府 ', year: 2025, format: '2021', units: [a, b, excluded], now: '2026-01-15T00:00:00.000Z' });

  it('holds the sums of the included units, no texts, and remembers every unit', () => {
    expect(draft.values).toEqual({ 's3.new.natural': 7, 's4.review.upheld': 3 });
    expect(draft.texts).toEqual({});
    expect(draft.meta).toEqual({ agency: '某县人民政府', year: 2025 });
    expect(draft.title).toBe('某县人民政府2025年政府信息公开工作年度报告');
    expect(draft.consolidation?.units.map((u) => [u.id, u.included])).toEqual([['a', true], ['b', true], ['c', false]]);
  });

  it('a newer file of one unit changes only its contribution, and keeps what the office typed elsewhere', () => {
    const edited = { ...draft, values: { ...draft.values, 's3.carriedIn.natural': 9 } };
    const a2 = unit('a', '甲局', { 's3.new.natural': 5, 's4.review.upheld': 1 }, { digest: 'digest-a2' });
    const next = withUnits(edited, [a2, b, excluded], '2026-01-16T00:00:00.000Z');
    expect(next.values).toEqual({ 's3.new.natural': 9, 's4.review.upheld': 3, 's3.carriedIn.natural': 9 });
    expect(next.consolidation?.units[0]?.digest).toBe('digest-a2');
    const order = [...cellsOf(format2021).keys()];
    expect(unitChanges(a, a2, order)).toEqual([{ cellId: 's3.new.natural', label: '一、本年新收政府信息公开申请数量 自然人', before: 3, after: 5 }]);
  });

  it('taking a unit back in adds it; a cell emptied by every unit is cleared', () => {
    const back = withUnits(draft, [a, b, { ...excluded, included: true }], 'now');
    expect(back.values['s3.new.natural']).toBe(107);
    const none = withUnits(draft, [{ ...a, included: false }, { ...b, included: false }, excluded], 'now');
    expect(none.values).toEqual({});
  });

  it('finds the unit a new file belongs to by its 机关', () => {
    expect(matchingUnit([a, b], unit('z', ' 乙局', {}))?.id).toBe('b');
    expect(matchingUnit([a, b], unit('z', '丁局', {}))).toBeUndefined();
  });
});

describe('a unit from a draft', () => {
  it('counts its findings and digests its content, not its export time', async () => {
    const draft = newDraft(emptyReport('2021', { agency: '甲局', year: 2025 }), 'd1', '2026-01-01T00:00:00.000Z');
    const made = await unitFromDraft(draft, { id: 'u1', source: 'file', fileName: 'a.nianbao.json', addedAt: 'now' });
    expect(made.agency).toBe('甲局');
    expect(made.errors).toBeGreaterThan(0);
    expect(made.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await unitDigest({ ...draft, lastExportedAt: '2026-02-01T00:00:00.000Z' })).toBe(made.digest);
  });
});

describe('the door and a 汇总', () => {
  const make = (values: ConsolidationUnit['values']) =>
    consolidatedDraft({ id: 'sum', agency: '某县', year: 2025, format: '2021', units: [unit('a', '甲局', values)], now: '2026-01-15T00:00:00.000Z' });
  it('reads a consolidated draft back with its units', async () => {
    const read = await readDraftValue(make({ 's3.new.natural': 3, 's2.fees.amount': '0.5' }));
    expect(read.ok && read.draft.consolidation?.units[0]?.values).toEqual({ 's3.new.natural': 3, 's2.fees.amount': '0.5' });
  });
  it('holds each unit’s values to its cell, as the draft’s own', async () => {
    expect(await readDraftValue(make({ 's3.new.natural': -1 }))).toMatchObject({ ok: false, problem: { code: 'badCellValue', cell: 's3.new.natural', fault: 'negative' } });
    expect(await readDraftValue(make({ 's2.fees.amount': 0.5 }))).toMatchObject({ ok: false, problem: { code: 'badCellValue', fault: 'amountNotText' } });
    expect(await readDraftValue(make({ 's3.new.total': 3 }))).toMatchObject({ ok: false, problem: { code: 'unknownCells', cells: ['s3.new.total'] } });
  });
  it('refuses a unit whose values are not a plain object of cells (the schema checks only that, issue 15)', async () => {
    for (const values of [[3], 'x', null]) {
      const bad = { ...make({}), consolidation: { units: [{ ...unit('a', '甲局', {}), values }] } };
      expect(await readDraftValue(bad)).toMatchObject({ ok: false, problem: { code: 'schema', path: ['consolidation', 'units', 0, 'values'] } });
    }
  });
});
