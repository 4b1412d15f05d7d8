/**
 * 基本信息 as a react-hook-form form: the fields as the officer types them, the schema that checks them (its
 * messages are what the form shows), and the draft's meta they make. Only what reads back through the draft
 * door is written: a half-typed year is kept as "not filled", an over-long 机关名称 is not written at all.
 */
import * as z from 'zod/mini';
import type { Draft } from '../../draft';
import { parseYear } from './metaStatus';
import { strings } from './strings.zh-CN';

type Meta = Draft['meta'];

/** The draft schema's limit (src/draft/schema.ts): a longer name could not be read back. */
export const AGENCY_MAX_LENGTH = 200;

export const metaFormSchema = z.object({
  agency: z.string().check(z.maxLength(AGENCY_MAX_LENGTH, strings.agencyTooLong(AGENCY_MAX_LENGTH))),
  year: z.string().check(z.refine((text) => parseYear(text) !== undefined, strings.yearInvalid)),
  closingEnabled: z.boolean(),
  closingDate: z.string(),
});

export type MetaFormValues = z.infer<typeof metaFormSchema>;

export function formValuesOf(meta: Meta): MetaFormValues {
  return {
    agency: meta.agency,
    year: meta.year === null ? '' : String(meta.year),
    closingEnabled: meta.closing?.enabled ?? false,
    closingDate: meta.closing?.date ?? '',
  };
}

/** The meta the form's values make, starting from the draft's (fields the form does not hold are kept). */
export function metaOf(values: Partial<MetaFormValues>, previous: Meta): Meta {
  const agency = values.agency ?? previous.agency;
  const year = parseYear(values.year ?? '');
  const enabled = values.closingEnabled ?? false;
  const date = values.closingDate ?? '';
  // A draft that never had 落款 gets none until the box is ticked; one that had keeps its date when unticked.
  const closing =
    previous.closing === undefined && !enabled ? undefined : date === '' ? { ...previous.closing, enabled, date: undefined } : { ...previous.closing, enabled, date };
  const { closing: _closing, ...rest } = previous;
  return {
    ...rest,
    agency: agency.length > AGENCY_MAX_LENGTH ? previous.agency : agency,
    year: year ?? null,
    ...(closing === undefined ? {} : { closing: withoutUndefinedDate(closing) }),
  };
}

function withoutUndefinedDate(closing: { enabled: boolean; date?: string | undefined }): NonNullable<Meta['closing']> {
  const { date, ...rest } = closing;
  return date === undefined ? rest : { ...rest, date };
}

/** Whether the draft's meta already says what the form holds (so the form need not be reset from it). */
export function formAgreesWith(values: MetaFormValues, meta: Meta): boolean {
  const written = formValuesOf(metaOf(values, meta));
  const stored = formValuesOf(meta);
  return (Object.keys(stored) as (keyof MetaFormValues)[]).every((key) => written[key] === stored[key]);
}
