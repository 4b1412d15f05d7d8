import { describe, expect, it } from 'vitest';
import { metaSchema } from '../../draft';
import type { Draft } from '../../draft';
import { AGENCY_MAX_LENGTH, formAgreesWith, formValuesOf, metaFormSchema, metaOf } from './metaForm';

type Meta = Draft['meta'];
const meta: Meta = { agency: '某局', year: 2025 };

const problemsOf = (values: unknown) => {
  const result = metaFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('基本信息 form', () => {
  it('shows the draft as typed text, and a draft without 落款 as an unticked box', () => {
    expect(formValuesOf(meta)).toEqual({ agency: '某局', year: '2025', closingEnabled: false, closingDate: '' });
    expect(formValuesOf({ agency: '', year: null, closing: { enabled: true, date: '2026-01-08' } })).toEqual({
      agency: '',
      year: '',
      closingEnabled: true,
      closingDate: '2026-01-08',
    });
  });

  it('checks the year and the length of 机关名称 with messages in Chinese', () => {
    expect(problemsOf(formValuesOf(meta))).toEqual([]);
    expect(problemsOf({ ...formValuesOf(meta), year: '２０２４' })).toEqual([]);
    expect(problemsOf({ ...formValuesOf(meta), year: '' })).toEqual([]);
    expect(problemsOf({ ...formValuesOf(meta), year: '20' })).toEqual(['year: 请填写四位数的年份，例如 2025']);
    expect(problemsOf({ ...formValuesOf(meta), agency: '局'.repeat(AGENCY_MAX_LENGTH + 1) })).toEqual([
      `agency: 机关名称最多 ${AGENCY_MAX_LENGTH} 个字，超出的部分没有保存，请删短一些。`,
    ]);
  });

  it('writes only what the draft door reads back: a half-typed year is "not filled", an over-long name is not written', () => {
    expect(metaOf({ ...formValuesOf(meta), year: '２０２４' }, meta).year).toBe(2024);
    expect(metaOf({ ...formValuesOf(meta), year: '20' }, meta).year).toBeNull();
    expect(metaOf({ ...formValuesOf(meta), agency: '局'.repeat(AGENCY_MAX_LENGTH + 1) }, meta).agency).toBe('某局');
    for (const values of [
      { ...formValuesOf(meta), year: '9' },
      { ...formValuesOf(meta), agency: 'x'.repeat(500) },
      { ...formValuesOf(meta), closingEnabled: true, closingDate: '2026-01-08' },
    ]) {
      expect(metaSchema.safeParse(metaOf(values, meta)).success).toBe(true);
    }
  });

  it('adds 落款 only when ticked, and keeps its date when unticked', () => {
    expect(metaOf(formValuesOf(meta), meta)).toEqual(meta);
    const ticked = metaOf({ ...formValuesOf(meta), closingEnabled: true }, meta);
    expect(ticked.closing).toEqual({ enabled: true });
    const dated = metaOf({ ...formValuesOf(ticked), closingDate: '2026-01-08' }, ticked);
    expect(dated.closing).toEqual({ enabled: true, date: '2026-01-08' });
    expect(metaOf({ ...formValuesOf(dated), closingEnabled: false }, dated).closing).toEqual({ enabled: false, date: '2026-01-08' });
  });

  it('keeps fields of the meta the form does not hold', () => {
    const withExtra = { ...meta, futureField: 'kept' } as Meta;
    expect(metaOf(formValuesOf(withExtra), withExtra)).toEqual(withExtra);
  });

  it('knows when the draft already says what the form holds, so the form is reset only for changes made elsewhere', () => {
    expect(formAgreesWith(formValuesOf(meta), meta)).toBe(true);
    // Half-typed year and over-long name: the draft holds what was written from them.
    expect(formAgreesWith({ ...formValuesOf(meta), year: '20' }, { ...meta, year: null })).toBe(true);
    expect(formAgreesWith({ ...formValuesOf(meta), agency: 'x'.repeat(201) }, meta)).toBe(true);
    expect(formAgreesWith(formValuesOf(meta), { ...meta, agency: '另一局' })).toBe(false);
  });
});
