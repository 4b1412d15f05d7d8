/**
 * Where the tables hold each quantity the prose can state (docs/reference/RULES.md TXT-NUM): a list of readings, each
 * a set of cells whose sum is the figure. The prose may mean any of them — 「收到申请75件」 is often new
 * applications plus those carried in (平潭 2022) — so a stated number is wrong only if it matches none.
 * Row lists are read from the format (rows of 三 whose keys start with withheld., unable., …).
 */
import { cellsOf, format2021 } from '../../format';
import type { Claim, Quantity } from './textFacts';

const total = (rowKey: string): string => `s3.${rowKey}.total`;

const rowsUnder = (prefix: string): string[] =>
  [...cellsOf(format2021).values()]
    .filter((cell) => cell.sectionId === 's3' && cell.column.sumOf && cell.row.key.startsWith(`${prefix}.`))
    .map((cell) => cell.id);

const reviewColumns = (suffix: string): string[] => [`s4.review.${suffix}`, `s4.suitDirect.${suffix}`, `s4.suitAfterReview.${suffix}`];

type Readings = Record<Quantity, readonly (readonly string[])[]>;
let readings: Readings | undefined;

/**
 * The readings of each quantity, most usual first: the first is the one a warning points to. Built at the first
 * check, not as the engine loads: reading the row lists derives every cell of the format, which a step's first
 * frame does not need (issue 16, ready).
 */
export const quantityReadings = (): Readings => (readings ??= readingsOfFormat());

const readingsOfFormat = (): Readings => ({
  'rules.issued': [['s2.rules.issued']],
  'rules.repealed': [['s2.rules.repealed']],
  'rules.inForce': [['s2.rules.inForce']],
  'normativeDocs.issued': [['s2.normativeDocs.issued']],
  'normativeDocs.repealed': [['s2.normativeDocs.repealed']],
  'normativeDocs.inForce': [['s2.normativeDocs.inForce']],
  'applications.received': [[total('new')], [total('new'), total('carriedIn')]],
  'applications.carriedIn': [[total('carriedIn')]],
  'applications.handled': [[total('handledTotal')]],
  'applications.carriedOver': [[total('carriedOver')]],
  'results.disclosedOrPartial': [[total('disclosed'), total('partial')]],
  'results.disclosed': [[total('disclosed')], [total('disclosed'), total('partial')]],
  'results.partial': [[total('partial')]],
  'results.withheld': [rowsUnder('withheld')],
  'results.unable': [rowsUnder('unable')],
  'results.notProcessed': [rowsUnder('notProcessed')],
  'results.otherHandling': [rowsUnder('otherHandling')],
  'cases.review': [['s4.review.total']],
  'cases.suits': [['s4.suitDirect.total', 's4.suitAfterReview.total']],
  'fees.amount': [['s2.fees.amount']],
  'processingFees.notices': [['s6.fees.notices']],
  'processingFees.noticeAmount': [['s6.fees.noticeAmount']],
  'processingFees.collected': [['s6.fees.collected']],
});

/** The cells a claim in words says are 0. */
export const claimZeroCells: Record<Claim, readonly string[]> = {
  noApplications: [total('new')],
  allUpheld: [...reviewColumns('corrected'), ...reviewColumns('other'), ...reviewColumns('pending')],
  casesConcluded: reviewColumns('pending'),
  allConcluded: [total('carriedOver')],
  noCases: ['s4.review.total', 's4.suitDirect.total', 's4.suitAfterReview.total'],
};
