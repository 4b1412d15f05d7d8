/** What the published-text parser returns: the report, what it could not place, what it decided. */
import type { Finding } from '../finding';
import type { Report } from '../report';
import type { SectionKey } from './layout';

export type ParseIssue =
  | { readonly kind: 'titleMissing' }
  | { readonly kind: 'sectionMissing'; readonly section: SectionKey }
  | { readonly kind: 'rowNotFound'; readonly row: string; readonly cellIds: readonly string[] }
  | {
      readonly kind: 'rowUnreadable';
      readonly row: string;
      readonly line: number;
      readonly reason: 'noNumbers' | 'tooMany' | 'tooFew' | 'noSplit';
      readonly tokens: readonly string[];
      readonly expected: number;
      readonly cellIds: readonly string[];
    }
  | {
      readonly kind: 'rowAmbiguous';
      readonly row: string;
      readonly line: number;
      readonly tokens: readonly string[];
      readonly candidates: readonly (readonly string[])[];
      readonly cellIds: readonly string[];
    }
  | { readonly kind: 'lineUnplaced'; readonly line: number; readonly text: string };

export type ParseNote =
  | { readonly kind: 'legacyFormat'; readonly year: number | null }
  | { readonly kind: 'legacyOtherHandling' }
  | { readonly kind: 'legacySection2NotChecked' }
  /** The officer chose how to split a joined row (issue 14). */
  | { readonly kind: 'rowChosen'; readonly row: string; readonly line: number; readonly cells: readonly string[] }
  /** A row label found worded differently (issue 14): read as the official row, said so. */
  | { readonly kind: 'labelVariant'; readonly row: string; readonly found: string; readonly line: number }
  | { readonly kind: 'rowDecoded'; readonly row: string; readonly line: number; readonly cells: readonly string[] }
  | { readonly kind: 'rowDecodedByColumns'; readonly row: string; readonly line: number; readonly cells: readonly string[] }
  | {
      readonly kind: 'rowDecodedWithEvidence';
      readonly row: string;
      readonly line: number;
      readonly cells: readonly string[];
      readonly evidence: readonly ('text' | 'lastYear')[];
    };

export interface PublishedReport {
  /** The report, origin 'published', with `printed` for every cell read (totals included). */
  readonly report: Report;
  /** Which official format the text follows. The 2019 format's 二 is not read (not declared yet). */
  readonly layout: '2021' | '2019';
  readonly title?: string;
  /** The text before 一、总体情况 (导语: basis, statistics period, contact). */
  readonly preface: string;
  /** What could not be placed, in the order of the text. */
  readonly issues: readonly ParseIssue[];
  /** Decisions taken (a joined row split, a 2019 row mapped) that the officer should know about. */
  readonly notes: readonly ParseNote[];
  /** Findings about the 导语, which the report model does not keep (YEAR-CONSIST on the statistics period). */
  readonly prefaceFindings: readonly Finding[];
}

export interface ParseOptions {
  /** Last year's report of the same body: its 现行有效件数 bounds this year's (helps split joined rows). */
  readonly lastYear?: Report;
}

/** The cells read so far (printed text by cell id), with the issues and notes collected. */
export interface TableRead {
  readonly printed: Map<string, string>;
  readonly issues: ParseIssue[];
  readonly notes: ParseNote[];
}
