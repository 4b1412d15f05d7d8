// @vitest-environment jsdom
/**
 * Issue 16 (ready): a step opened at a section shows its grid before the whole report's check; the findings follow
 * in the render right after, and until then no step is said to be complete or in error.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../draft';
import { emptyReport } from '../../engine';
import { useChecks } from './useChecks';

// Written off balance: 一 + 二 ≠ 三 + 四 in 自然人, so the check has findings to give.
const draft = newDraft(
  { ...emptyReport(), values: { 's3.new.natural': 3, 's3.disclosed.natural': 1 } },
  'draft-checks',
  '2026-12-03T00:00:00.000Z',
);

describe('useChecks', () => {
  it('checks before the first frame by default (检查与预览 says at once whether the report is ready)', () => {
    const { result } = renderHook(() => useChecks(draft));
    expect(result.current.pending).toBe(false);
    expect(result.current.findings.length).toBeGreaterThan(0);
  });

  it('with checkAfterFirstFrame, renders first without findings, then with the same findings as a check at once', async () => {
    const seen: boolean[] = [];
    const { result } = renderHook(() => {
      const checks = useChecks(draft, true);
      seen.push(checks.pending);
      return checks;
    });
    expect(seen[0]).toBe(true);
    // after the first frame (jsdom's requestAnimationFrame) and a task
    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(result.current.pending).toBe(false);
    const atOnce = renderHook(() => useChecks(draft)).result.current.findings;
    expect(atOnce.length).toBeGreaterThan(0);
    expect(result.current.findings).toEqual(atOnce);
  });
});
