import { describe, expect, it } from 'vitest';
import { newDraft } from '../../draft';
import { emptyReport, findingKey } from '../../engine';
import type { Finding } from '../../engine';
import { withAcceptedNote, withoutNote, withText, withValues } from './draftEdits';

const draft = newDraft(emptyReport('2021', { agency: '某局', year: 2025 }), 'd1', '2026-01-15T01:30:00.000Z');
const warning: Finding = {
  ruleId: 'T2-VALID-MIN',
  severity: 'warning',
  cells: ['s2.normativeDocs.inForce', 's2.normativeDocs.issued', 's2.normativeDocs.repealed'],
  params: {},
};

describe('draft edits of the wizard', () => {
  it('set and empty cells: empty is "not filled", 0 is kept', () => {
    const filled = withValues(draft, { 's3.new.natural': 3, 's2.fees.amount': '0.5000', 's3.new.business': 0 });
    expect(filled.values).toEqual({ 's3.new.natural': 3, 's2.fees.amount': '0.5000', 's3.new.business': 0 });
    const emptied = withValues(filled, { 's3.new.natural': undefined });
    expect(emptied.values).not.toHaveProperty('s3.new.natural');
    expect(emptied.values['s3.new.business']).toBe(0);
    expect(draft.values).toEqual({});
  });

  it('an edit to a report imported from published text drops the printed copy so totals compute again', () => {
    const imported = { ...draft, origin: 'published' as const, printed: { 's3.handledTotal.natural': '20', 's3.disclosed.natural': '26' } };
    const edited = withValues(imported, { 's3.disclosed.natural': 20 });
    expect(edited).not.toHaveProperty('printed');
    expect(edited.origin).toBe('draft');
    expect(edited.values['s3.disclosed.natural']).toBe(20);
  });

  it('set a section text', () => {
    expect(withText(draft, 's5', '一是……').texts).toEqual({ s5: '一是……' });
  });

  it('keep an accepted warning’s note under the finding key, and remove it', () => {
    const accepted = withAcceptedNote(draft, warning, '已并入新文件', '2026-01-15T01:31:00.000Z');
    expect(accepted.notes[findingKey(warning)]).toEqual({
      ruleId: 'T2-VALID-MIN',
      cells: warning.cells,
      note: '已并入新文件',
      acceptedAt: '2026-01-15T01:31:00.000Z',
    });
    expect(withoutNote(accepted, warning).notes).toEqual({});
  });
});
