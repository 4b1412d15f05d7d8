import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePublishedReport } from './engine/published';
it('dbg', () => {
  const p = parsePublishedReport(readFileSync(process.env.F ?? '/tmp/seed-pdfjs.txt', 'utf8'));
  console.log(JSON.stringify(p.report.meta), JSON.stringify(p.issues), JSON.stringify(p.notes), Object.keys(p.report.printed ?? {}).length, JSON.stringify(p.report.values).slice(0, 400));
});
