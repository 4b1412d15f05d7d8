/** 新建草稿: a blank draft for last year, or one that starts from last year's draft. */
import { useState } from 'react';
import type { Draft } from '../../draft';
import { emptyReport } from '../../engine';
import type { DraftsRepository } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';
import { strings } from './strings.zh-CN';

export interface NewDraftFormProps {
  readonly repository: DraftsRepository;
  readonly drafts: readonly StoredDraft[];
  readonly onCreated: (draft: Draft) => void;
}

export function NewDraftForm({ repository, drafts, onCreated }: NewDraftFormProps) {
  const [busy, setBusy] = useState(false);
  const [sourceId, setSourceId] = useState('');
  const [copyTexts, setCopyTexts] = useState(false);
  const source = drafts.find((draft) => draft.id === sourceId) ?? drafts[0];

  const run = async (make: () => Promise<Draft>) => {
    setBusy(true);
    try {
      onCreated(await make());
    } finally {
      setBusy(false);
    }
  };
  const createBlank = () =>
    run(() => repository.create(emptyReport('2021', { year: new Date().getFullYear() - 1 })));
  const createFromLastYear = () => {
    if (source) void run(() => repository.createFromLastYear(source.id, { copyTexts }));
  };

  return (
    <div className="drafts-new">
      <button type="button" className="drafts-primary" onClick={() => void createBlank()} disabled={busy}>
        {strings.newDraft}
      </button>
      {drafts.length > 0 && (
        <fieldset className="drafts-from-last-year">
          <legend>{strings.fromLastYearLegend}</legend>
          <p className="drafts-hint">{strings.fromLastYearHint}</p>
          <label>
            {strings.lastYearDraft}
            <select value={source?.id ?? ''} onChange={(event) => setSourceId(event.target.value)}>
              {drafts.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {draft.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={copyTexts} onChange={(event) => setCopyTexts(event.target.checked)} />
            {strings.copyTexts}
          </label>
          <button type="button" onClick={createFromLastYear} disabled={busy || !source}>
            {strings.createFromLastYear}
          </button>
        </fieldset>
      )}
    </div>
  );
}
