/** Error counts for the list (engine validate), remembered per stored record so re-renders do not re-check. */
import { contextOf, reportOf } from '../../draft';
import type { Draft } from '../../draft';
import { validate } from '../../engine';

const counted = new WeakMap<Draft, number>();

export function errorCountOf(draft: Draft): number {
  let count = counted.get(draft);
  if (count === undefined) {
    count = validate(reportOf(draft), contextOf(draft)).filter((finding) => finding.severity === 'error').length;
    counted.set(draft, count);
  }
  return count;
}
