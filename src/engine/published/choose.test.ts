// Issue 14, ask don't guess: a joined row with several splits is offered as choices, ranked by last
// year's report; the officer's choice goes in as printed, with a note.
import { describe, expect, it } from 'vitest';
import { parsePublishedReport, rankedCandidates, chooseSplit, describeParseNote } from '.';
import type { ParseIssue } from '.';
import { reportFixtures, reportText } from './fixtures';
import { baseText, replaceLine } from './shapes.testkit';

type Ambiguous = Extract<ParseIssue, { kind: 'rowAmbiguous' }>;
const ambiguousOf = (issues: readonly ParseIssue[]): Ambiguous => {
  const found = issues.find((issue): issue is Ambiguous => issue.kind === 'rowAmbiguous');
  if (!found) throw new Error('no ambiguous row');
  return found;
};
const fixtureText = (name: string) => reportText(reportFixtures().find((entry) => entry.name === name)!.file);

describe('candidate splits of a joined row', () => {
  it('平潭 2021 「693665」: the reading of the archived page is among the choices; choosing it fills the row', () => {
    const parsed = parsePublishedReport(fixtureText('2021-pingtan-shiyanqu'));
    const issue = ambiguousOf(parsed.issues);
    const ranked = rankedCandidates(issue);
    expect(ranked.map((candidate) => candidate.cells.join('|'))).toContain('69|3|665');
    const chosen = chooseSplit(parsed, issue, ['69', '3', '665']);
    expect(chosen.issues).toEqual([]);
    expect(chosen.report.values['s2.normativeDocs.inForce']).toBe(665);
    expect(chosen.report.printed?.['s2.normativeDocs.issued']).toBe('69');
    expect(describeParseNote(chosen.notes.at(-1)!)).toBe('第 11 行：“行政规范性文件”的数字连在一起，按您选择的拆法导入：69 | 3 | 665。');
  });

  it('last year’s 现行有效 ranks first the split that carries it over exactly, and marks it', () => {
    // 上年现行有效 10: 10 + 10 − 5 = 15, so 10 | 5 | 15 of 「10515」.
    const base = baseText();
    const lastYear = parsePublishedReport(replaceLine(base, '行政规范性文件', '行政规范性文件 3 2 10')).report;
    const parsed = parsePublishedReport(replaceLine(base, '行政规范性文件', '行政规范性文件 10515'));
    const issue = ambiguousOf(parsed.issues);
    const ranked = rankedCandidates(issue, lastYear);
    expect(ranked[0]).toEqual({ cells: ['10', '5', '15'], agreesWithLastYear: true });
    expect(ranked.slice(1).every((candidate) => !candidate.agreesWithLastYear)).toBe(true);
    expect(rankedCandidates(issue).map((candidate) => candidate.agreesWithLastYear)).not.toContain(true);
  });

  it('平潭 2023 with 2022 as last year: 77 | 132 | 470 comes first (the table breaks T2-XY-VALID, so none agrees)', () => {
    const lastYear = parsePublishedReport(fixtureText('2022-pingtan-shiyanqu')).report;
    const issue = ambiguousOf(parsePublishedReport(fixtureText('2023-pingtan-shiyanqu')).issues);
    expect(rankedCandidates(issue, lastYear)[0]).toEqual({ cells: ['77', '132', '470'], agreesWithLastYear: false });
  });
});
