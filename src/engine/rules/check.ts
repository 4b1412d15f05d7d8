/** A check is one rule's code: it reads a report (and last year's, when given) and returns findings. */
import type { Finding } from '../finding';
import type { Report } from '../report';

export interface ValidationContext {
  /** Last year's report of the same body, for the year-over-year rules (T3-XY-CARRY, T2-XY-VALID, …). */
  readonly lastYear?: Report;
}

export type Check = (report: Report, context: ValidationContext) => Finding[];
