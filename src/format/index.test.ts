import { describe, expect, it } from 'vitest';
import { cellsOf, format2021, formatById, formatIdForYear, relationRules2021, ruleCatalog2021 } from '.';

describe('format choice by report year (FMT-YEAR)', () => {
  it.each([
    [2018, undefined],
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2025, '2021'],
  ])('year %i → format %s', (year, expected) => {
    expect(formatIdForYear(year)).toBe(expected);
  });

  it('only declares formats it supports', () => {
    expect(formatById('2021')).toBe(format2021);
    expect(formatById('2019')).toBeUndefined();
  });
});

describe('rule declarations', () => {
  const cells = cellsOf(format2021);
  const catalog = new Set<string>(ruleCatalog2021.map((rule) => rule.id));

  it('every relation rule reads only cells that exist and has a catalogued id', () => {
    for (const rule of relationRules2021) {
      expect(catalog.has(rule.ruleId)).toBe(true);
      const ids =
        rule.kind === 'balance'
          ? [...rule.left, ...rule.right, rule.scope]
          : rule.kind === 'atLeast'
            ? [rule.left, ...rule.plus, ...rule.minus, ...(rule.when ? [rule.when] : [])]
            : rule.cells;
      for (const id of ids) expect(cells.has(id), id).toBe(true);
    }
  });

  it('every table names catalogued rules for its values, empty cells and sums', () => {
    for (const cell of cells.values()) {
      expect(catalog.has(cell.table.valueRule), cell.table.valueRule).toBe(true);
      if (cell.table.emptyRule) expect(catalog.has(cell.table.emptyRule)).toBe(true);
      for (const identity of cell.identities) expect(catalog.has(identity.ruleId)).toBe(true);
    }
  });

  it('the balance rule is declared for each of the 7 columns of 三', () => {
    expect(relationRules2021.filter((rule) => rule.ruleId === 'T3-BAL')).toHaveLength(7);
  });
});
