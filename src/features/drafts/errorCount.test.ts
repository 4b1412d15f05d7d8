import { describe, expect, it } from 'vitest';
import { newDraft } from '../../draft';
import { emptyReport } from '../../engine';
import { errorCountOf, fingerprintOf } from './errorCount';

describe('drafts list error counts', () => {
  const draft = newDraft(emptyReport('2021', { agency: '甲局', year: 2025 }), 'd1', '2026-01-15T01:00:00.000Z');

  it('gives a changed draft a new fingerprint even when its clock did not move', () => {
    const changed = { ...draft, values: { ...draft.values, 's3.new.natural': 1 } };
    expect(fingerprintOf(changed)).not.toBe(fingerprintOf(draft));
    expect(fingerprintOf({ ...draft, title: '只改了标题' })).toBe(fingerprintOf(draft));
  });

  it('counts only errors', () => {
    expect(errorCountOf(draft)).toBeGreaterThanOrEqual(0);
    // A total that contradicts its parts is an error (T3 balance): more disclosed than received.
    const broken = { ...draft, values: { 's3.new.natural': 1, 's3.disclosed.natural': 5 } };
    expect(errorCountOf(broken)).toBeGreaterThan(errorCountOf(draft));
  });
});
