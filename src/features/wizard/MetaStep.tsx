/**
 * 基本信息: 机关名称, 年度 (the format follows from the year, docs/reference/RULES.md FMT-YEAR) and the optional 落款
 * printed under the paper copy (docs/reference/PRINT.md). A react-hook-form form checked by its zod schema (metaForm.ts);
 * every change the officer makes is written to the draft as it is typed, so autosave keeps it (ADR 0013).
 * Its own lazy chunk: react-hook-form is not part of a section step's first load.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { defaultTitle } from '../../draft';
import type { Draft } from '../../draft';
import { formatById, formatIdForYear } from '../../format';
import { formAgreesWith, formValuesOf, metaFormSchema, metaOf } from './metaForm';
import type { MetaFormValues } from './metaForm';
import { strings } from './strings.zh-CN';

function formatMessage(year: number | null): { text: string; problem: boolean } | undefined {
  if (year === null) return undefined;
  const formatId = formatIdForYear(year);
  if (formatId === '2021') return { text: strings.formatChosen(formatById(formatId)?.name ?? formatId), problem: false };
  if (formatId === '2019') return { text: strings.formatUnsupported2019, problem: true };
  return { text: strings.formatUnsupportedOld, problem: true };
}

type Update = (change: (draft: Draft) => Draft) => void;

export function MetaStep({ draft, update }: { draft: Draft; update: Update }) {
  const id = useId();
  const form = useForm<MetaFormValues>({
    defaultValues: formValuesOf(draft.meta),
    mode: 'onChange',
    resolver: zodResolver(metaFormSchema),
  });
  const { register, subscribe, reset, getValues, control, formState } = form;
  const { errors } = formState;

  const updateRef = useRef(update);
  useEffect(() => {
    updateRef.current = update;
  }, [update]);

  // The officer's changes go to the draft. Only 'change' events write: subscribers also hear reset(), and a
  // reset must never write a form over the draft (docs/architecture.md, toolchain facts).
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, type }) => {
          if (type !== 'change') return;
          updateRef.current((current) => {
            const meta = metaOf(values, current.meta);
            // The title follows 机关 and 年度 until the officer renames the draft (drafts list, issue 4).
            const title = current.title === defaultTitle(current) ? defaultTitle({ meta }) : current.title;
            return { ...current, meta, title };
          });
        },
      }),
    [subscribe],
  );

  // A draft changed from elsewhere (another window handing over, a restored revision) shows in the form.
  useEffect(() => {
    if (!formAgreesWith(getValues(), draft.meta)) reset(formValuesOf(draft.meta));
  }, [draft.meta, getValues, reset]);

  const format = formatMessage(draft.meta.year);
  const closingEnabled = useWatch({ control, name: 'closingEnabled' });
  const yearProblem = errors.year?.message ?? (format?.problem ? format.text : undefined);
  return (
    <form className="wizard-meta" noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-agency`}>{strings.agency}</label>
        <input
          id={`${id}-agency`}
          type="text"
          autoComplete="organization"
          aria-invalid={errors.agency ? true : undefined}
          aria-describedby={`${id}-agency-hint`}
          {...register('agency')}
        />
        <p id={`${id}-agency-hint`} className={errors.agency ? 'field-error' : 'field-hint'}>
          {errors.agency?.message ?? strings.agencyHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>{strings.year}</label>
        <input
          id={`${id}-year`}
          type="text"
          inputMode="numeric"
          maxLength={4}
          className="field-year"
          aria-invalid={yearProblem === undefined ? undefined : true}
          aria-describedby={`${id}-year-hint ${id}-year-format`}
          {...register('year')}
        />
        <p id={`${id}-year-hint`} className="field-hint">
          {strings.yearHint}
        </p>
        <p id={`${id}-year-format`} className={yearProblem === undefined ? 'field-hint' : 'field-error'}>
          {yearProblem ?? format?.text}
        </p>
      </div>
      <fieldset className="field">
        <legend>{strings.closingLegend}</legend>
        <label className="checkbox">
          <input type="checkbox" {...register('closingEnabled')} />
          {strings.closing}
        </label>
        {closingEnabled && (
          <div className="field">
            <label htmlFor={`${id}-closing-date`}>{strings.closingDate}</label>
            <input id={`${id}-closing-date`} type="date" {...register('closingDate')} />
          </div>
        )}
      </fieldset>
    </form>
  );
}
