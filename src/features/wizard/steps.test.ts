import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine';
import { format2021 } from '../../format';
import { emptyRulesOf, focusTargetOf, revealedFindings, sectionOfFinding, stepHref, stepsOf, withTotals } from './steps';
import { metaStatus, parseYear } from './metaStatus';

const balance: Finding = { ruleId: 'T3-BAL', severity: 'error', cells: ['s3.new.natural', 's3.carriedIn.natural'], params: {} };
const empty: Finding = { ruleId: 'T3-EMPTY', severity: 'error', cells: ['s3.new.business'], params: {} };
const text: Finding = { ruleId: 'S5-EMPTY', severity: 'warning', cells: [], params: {}, field: 's5' };

describe('wizard steps', () => {
  it('are 基本信息, the format sections in order, then 检查与预览', () => {
    const steps = stepsOf(format2021);
    expect(steps.map((step) => step.id)).toEqual(['meta', ...format2021.sections.map((s) => s.id), 'review']);
    expect(steps[3]?.title).toBe(`${format2021.sections[2].number}、${format2021.sections[2].title}`);
  });

  it('each have a hash URL, and a cell to focus can ride along', () => {
    expect(stepHref('a b', 's3')).toBe('#/draft/a%20b/s3');
    const href = stepHref('x', 's3', 's3.new.natural');
    expect(focusTargetOf(href)).toBe('s3.new.natural');
    expect(focusTargetOf(stepHref('x', 's3'))).toBeUndefined();
  });

  it('put a finding in the section of its first cell or its text field', () => {
    expect(sectionOfFinding(format2021, balance)).toBe('s3');
    expect(sectionOfFinding(format2021, text)).toBe('s5');
  });
});

describe('which findings show', () => {
  const emptyRules = emptyRulesOf(format2021);
  const all = [balance, empty, text];

  it('none before the officer leaves a cell or presses 检查', () => {
    expect(revealedFindings(all, new Set(), false, emptyRules)).toEqual([]);
  });

  it('those of a cell once left; a table’s empty cells only after 检查', () => {
    expect(revealedFindings(all, new Set(['s3.carriedIn.natural', 's3.new.business']), false, emptyRules)).toEqual([balance]);
    expect(revealedFindings(all, new Set(['text-s5']), false, emptyRules)).toEqual([text]);
    expect(revealedFindings(all, new Set(), true, emptyRules)).toEqual(all);
  });

  it('a text↔table finding once either its cell or its text was left', () => {
    const textNumber: Finding = { ruleId: 'TXT-NUM', severity: 'warning', cells: ['s2.normativeDocs.issued'], params: {}, field: 's1' };
    expect(revealedFindings([textNumber], new Set(['text-s1']), false, emptyRules)).toEqual([textNumber]);
    expect(revealedFindings([textNumber], new Set(['s2.normativeDocs.issued']), false, emptyRules)).toEqual([textNumber]);
    expect(sectionOfFinding(format2021, textNumber)).toBe('s2');
  });
});

describe('leaving a cell', () => {
  it('also reveals the totals it adds into', () => {
    expect(withTotals(format2021, ['s3.new.natural']).sort()).toEqual(['s3.new.natural', 's3.new.total']);
    expect(withTotals(format2021, ['s3.disclosed.natural'])).toEqual(
      expect.arrayContaining(['s3.disclosed.total', 's3.handledTotal.natural', 's3.handledTotal.total']),
    );
    expect(withTotals(format2021, ['s2.rules.issued'])).toEqual(['s2.rules.issued']);
  });
});

describe('基本信息', () => {
  it('takes four-digit years, full-width too, and nothing half-typed', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear('２０２５')).toBe(2025);
    expect(parseYear('')).toBeNull();
    expect(parseYear('202')).toBeUndefined();
    expect(parseYear('20x5')).toBeUndefined();
  });

  it('has a status like a section: unsupported years are an error', () => {
    expect(metaStatus({ meta: { agency: '', year: null } }).state).toBe('notStarted');
    expect(metaStatus({ meta: { agency: '某局', year: null } }).state).toBe('inProgress');
    expect(metaStatus({ meta: { agency: '某局', year: 2025 } }).state).toBe('done');
    expect(metaStatus({ meta: { agency: '某局', year: 2020 } })).toEqual({ state: 'hasErrors', errors: 1 });
    expect(metaStatus({ meta: { agency: '某局', year: 2015 } }).state).toBe('hasErrors');
  });
});
