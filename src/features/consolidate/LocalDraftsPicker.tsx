/** Local drafts to add to a 汇总 (issue 15): a checklist of this browser's drafts and 加入所选草稿. */
import { useState } from 'react';
import type { Draft } from '../../draft';
import { consolidateStrings as t } from './strings.zh-CN';

export function LocalDraftsPicker({ drafts, onAdd, disabled }: { drafts: readonly Draft[]; onAdd: (drafts: Draft[]) => void; disabled: boolean }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  return (
    <details className="consolidate-local">
      <summary>{t.localDrafts}</summary>
      {drafts.length === 0 ? (
        <p>{t.noLocal}</p>
      ) : (
        <fieldset>
          <legend>{t.localDraftsHint}</legend>
          <ul>
            {drafts.map((draft) => (
              <li key={draft.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(draft.id)}
                    onChange={(event) => {
                      const next = new Set(chosen);
                      if (event.currentTarget.checked) next.add(draft.id);
                      else next.delete(draft.id);
                      setChosen(next);
                    }}
                  />
                  {draft.title}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={disabled || chosen.size === 0}
            onClick={() => {
              // In the order the officer ticked them (a Set keeps it): the units table then lists them so.
              const byId = new Map(drafts.map((draft) => [draft.id, draft]));
              onAdd([...chosen].flatMap((id) => byId.get(id) ?? []));
              setChosen(new Set());
            }}
          >
            {t.addLocal}
          </button>
        </fieldset>
      )}
    </details>
  );
}
