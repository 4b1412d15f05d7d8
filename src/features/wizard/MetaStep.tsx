/**
 * 基本信息: 机关名称, 年度 (the format follows from the year, RULES.md FMT-YEAR) and the optional 落款
 * printed under the paper copy (PRINT.md).
 */
import { useId, useState } from 'react';
import { defaultTitle } from '../../draft';
import type { Draft } from '../../draft';
import { formatById, formatIdForYear } from '../../format';
import { parseYear } from './metaStatus';
import { strings } from './strings.zh-CN';

type Meta = Draft['meta'];

function formatMessage(year: number | null): { text: string; problem: boolean } | undefined {
  if (year === null) return undefined;
  const formatId = formatIdForYear(year);
  if (formatId === '2021') return { text: strings.formatChosen(formatById(formatId)?.name ?? formatId), problem: false };
  if (formatId === '2019') return { text: strings.formatUnsupported2019, problem: true };
  return { text: strings.formatUnsupportedOld, problem: true };
}

export function MetaStep({ draft, update }: { draft: Draft; update: (change: (draft: Draft) => Draft) => void }) {
  const id = useId();
  const [yearText, setYearText] = useState(draft.meta.year === null ? '' : String(draft.meta.year));
  const yearValue = parseYear(yearText);
  const format = formatMessage(draft.meta.year);

  // The title follows 机关 and 年度 until the officer renames the draft (drafts list, issue 4).
  const changeMeta = (change: (meta: Meta) => Meta) =>
    update((current) => {
      const meta = change(current.meta);
      const title = current.title === defaultTitle(current) ? defaultTitle({ meta }) : current.title;
      return { ...current, meta, title };
    });

  const closing = draft.meta.closing;
  return (
    <div className="wizard-meta">
      <div className="field">
        <label htmlFor={`${id}-agency`}>{strings.agency}</label>
        <input
          id={`${id}-agency`}
          type="text"
          autoComplete="organization"
          value={draft.meta.agency}
          aria-describedby={`${id}-agency-hint`}
          onChange={(event) => {
            const agency = event.target.value;
            changeMeta((meta) => ({ ...meta, agency }));
          }}
        />
        <p id={`${id}-agency-hint`} className="field-hint">
          {strings.agencyHint}
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
          value={yearText}
          aria-invalid={yearValue === undefined || format?.problem ? true : undefined}
          aria-describedby={`${id}-year-hint ${id}-year-format`}
          onChange={(event) => {
            setYearText(event.target.value);
            const year = parseYear(event.target.value);
            // A half-typed year is not saved: the draft keeps only years it can be read back with.
            changeMeta((meta) => ({ ...meta, year: year ?? null }));
          }}
        />
        <p id={`${id}-year-hint`} className="field-hint">
          {strings.yearHint}
        </p>
        <p id={`${id}-year-format`} className={format?.problem || yearValue === undefined ? 'field-error' : 'field-hint'}>
          {yearValue === undefined ? strings.yearInvalid : format?.text}
        </p>
      </div>
      <fieldset className="field">
        <legend>{strings.closingLegend}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={closing?.enabled ?? false}
            onChange={(event) => {
              const enabled = event.target.checked;
              changeMeta((meta) => ({ ...meta, closing: { ...meta.closing, enabled } }));
            }}
          />
          {strings.closing}
        </label>
        {closing?.enabled && (
          <div className="field">
            <label htmlFor={`${id}-closing-date`}>{strings.closingDate}</label>
            <input
              id={`${id}-closing-date`}
              type="date"
              value={closing.date ?? ''}
              onChange={(event) => {
                const date = event.target.value;
                changeMeta((meta) => ({
                  ...meta,
                  closing: date === '' ? { enabled: true } : { enabled: true, date },
                }));
              }}
            />
          </div>
        )}
      </fieldset>
    </div>
  );
}
