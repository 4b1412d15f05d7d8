import { describe, expect, it } from 'vitest';
import { normaliseNumberText, parseCellInput } from './input';
import { describeInputProblem } from './messages.zh-CN';

describe('parseCellInput: counts', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    [' 3 ', 3],
    ['1,234', 1234],
    ['１，２３４', 1234],
    ['0', 0],
    ['007', 7],
    ['+5', 5],
    ['-0', 0],
    ['3.0', 3],
  ])('takes %j as %d', (text, value) => {
    expect(parseCellInput(text, 'count')).toEqual({ ok: true, value });
  });

  it('reads empty text as not filled, which is not 0', () => {
    expect(parseCellInput('', 'count')).toEqual({ ok: true, value: undefined });
    expect(parseCellInput('　', 'count')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['-1', 'negative', '不能填负数'],
    ['－３', 'negative', '不能填负数'],
    ['abc', 'notNumber', '请填写数字，例如 0 或 12'],
    ['/', 'notNumber', '请填写数字，例如 0 或 12'],
    ['12,34', 'notNumber', '请填写数字，例如 0 或 12'],
    ['2.5', 'fraction', '件数须为整数，不能有小数'],
    ['99999999999', 'tooLarge', '数字过大，请核对'],
  ] as const)('refuses %j (%s) with 「%s」', (text, problem, message) => {
    const parsed = parseCellInput(text, 'count');
    expect(parsed).toEqual({ ok: false, problem });
    if (!parsed.ok) expect(describeInputProblem(parsed.problem, 'count', '件')).toBe(message);
  });
});

describe('parseCellInput: amounts are exact decimal text', () => {
  it.each([
    ['0', '0'],
    ['1.2500', '1.2500'],
    ['０．５', '0.5'],
    ['007.50', '7.50'],
    ['.5', '0.5'],
    ['24,252.3110', '24252.3110'],
  ])('takes %j as %j', (text, value) => {
    expect(parseCellInput(text, 'amount', 4)).toEqual({ ok: true, value });
  });

  it('refuses more decimals than the unit allows, and negatives', () => {
    expect(parseCellInput('1.23456', 'amount', 4)).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(describeInputProblem('tooManyDecimals', 'amount', '万元')).toBe('金额最多保留 4 位小数（单位：万元）');
    expect(parseCellInput('1.234', 'amount', 2)).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseCellInput('-1.5', 'amount')).toEqual({ ok: false, problem: 'negative' });
  });
});

describe('normaliseNumberText', () => {
  it('turns full-width digits, ideographic spaces and thousands separators into plain digits', () => {
    expect(normaliseNumberText('１ ２３４')).toBe('1234');
    expect(normaliseNumberText('1,234,567')).toBe('1234567');
  });
});
