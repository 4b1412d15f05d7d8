// Property tests (fast-check): whatever text the officer pastes and whatever draft comes in, the parser
// and validate() never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../../format';
import { describeFinding, findingKey, validate } from '..';
import type { Report } from '..';
import { reportText } from './fixtures';
import { describeParseIssue, describeParseNote, parsePublishedReport } from '.';

const seedText = reportText('2021-puyang-gongxinju.txt');
const pingtanText = reportText('2021-pingtan-shiyanqu.txt');
const cellIds = [...cellsOf(format2021).keys()];

/** Real text cut, spliced and sprinkled with the characters that trouble a parser. */
const mangledReport = fc
  .tuple(
    fc.constantFrom(seedText, pingtanText),
    fc.nat(),
    fc.nat(),
    fc.array(fc.constantFrom('0', '9', '\t', '\n', ' ', '、', '（', '）', '<td>', '&nbsp;', '总计', '１', '.', '-', '/'), { maxLength: 30 }),
  )
  .map(([text, a, b, noise]) => {
    const from = a % text.length;
    const to = b % text.length;
    return text.slice(0, Math.min(from, to)) + noise.join('') + text.slice(Math.max(from, to));
  });

const cellValue = fc.oneof(fc.nat({ max: 2000 }), fc.constantFrom('0', '1.5', '24252.311082'), fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 4 }));

const arbitraryReport: fc.Arbitrary<Report> = fc.record({
  format: fc.constant('2021' as const),
  meta: fc.record({ agency: fc.string({ maxLength: 10 }), year: fc.option(fc.integer({ min: 1990, max: 2200 }), { nil: null }) }),
  values: fc.dictionary(fc.oneof(fc.constantFrom(...cellIds), fc.string({ maxLength: 6 })), cellValue, { maxKeys: 40 }),
  texts: fc.record(
    { s1: fc.oneof(fc.string(), fc.constantFrom(seedText, '今年未收到申请。共受理申请12件，办结3件。均获维持')), s5: fc.string(), s6: fc.string() },
    { requiredKeys: [] },
  ),
  notes: fc.constant({}),
  printed: fc.option(fc.dictionary(fc.constantFrom(...cellIds), fc.oneof(fc.string({ maxLength: 5 }), fc.nat().map(String)), { maxKeys: 40 }), { nil: undefined }),
  origin: fc.constantFrom('draft' as const, 'published' as const, undefined),
}) as fc.Arbitrary<Report>;

describe('never throws', () => {
  it('parsePublishedReport on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (text) => {
        const parsed = parsePublishedReport(text);
        parsed.issues.forEach(describeParseIssue);
        parsed.notes.forEach(describeParseNote);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('parsePublishedReport on mangled real reports, and validate on what it reads', () => {
    fc.assert(
      fc.property(mangledReport, (text) => {
        const parsed = parsePublishedReport(text);
        validate(parsed.report).forEach((finding) => describeFinding(finding));
        expect(parsed.report.origin).toBe('published');
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('validate on arbitrary drafts, with and without last year', () => {
    fc.assert(
      fc.property(arbitraryReport, fc.option(arbitraryReport, { nil: undefined }), (report, lastYear) => {
        const findings = validate(report, lastYear ? { lastYear } : {});
        findings.forEach((finding) => describeFinding(finding));
        // Keys of accepted notes and of the 校验结果 list: never two findings with one key.
        const keys = findings.map(findingKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
