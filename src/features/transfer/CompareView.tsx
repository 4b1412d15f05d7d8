/**
 * The field-by-field comparison shown when a file holds a draft that exists here (issue 6): 本地 / 文件 for
 * every field that differs, by its label, with 保留两份, 用文件替换, or a choice per field. Everything from
 * the file is rendered as text.
 */
import { useState } from 'react';
import { asSeparateDraft, mergeDrafts, newId, replaceWithFile } from '../../draft';
import type { Draft, DraftDifference, FieldChoice } from '../../draft';
import type { StoredDraft } from '../../storage/db';
import { addImportedDraft, replaceAfterSnapshot } from '../../storage/transfer';
import { localTime } from './download';
import { transferStrings as t } from './strings.zh-CN';

export interface CompareViewProps {
  readonly local: StoredDraft;
  readonly file: Draft;
  readonly differences: readonly DraftDifference[];
  readonly exportedAt?: string;
  readonly onDone: (outcome: { ok: boolean; message: string; openDraftId?: string }) => void;
  readonly onCancel: () => void;
}

function Value({ text }: { readonly text: string | undefined }) {
  return text === undefined ? <span className="transfer-empty">{t.notFilled}</span> : <span className="transfer-value">{text}</span>;
}

export function CompareView({ local, file, differences, exportedAt, onDone, onCancel }: CompareViewProps) {
  const [choices, setChoices] = useState<Record<string, FieldChoice>>({});
  const [busy, setBusy] = useState(false);
  const { deletedAt: _deletedAt, ...localDraft } = local;

  const act = async (write: () => Promise<string>) => {
    setBusy(true);
    try {
      onDone({ ok: true, message: await write() });
    } catch (error) {
      onDone({ ok: false, message: t.writeFailed(error instanceof Error ? error.message : String(error)) });
    }
  };
  const now = () => new Date().toISOString();
  const keepBoth = () =>
    act(async () => {
      const copy = asSeparateDraft(file, newId(), t.importedCopyTitle(file.title), now());
      await addImportedDraft(copy);
      return t.keptBoth(copy.title);
    });
  const replace = () =>
    act(async () => {
      await replaceAfterSnapshot(replaceWithFile(localDraft, file, now()));
      return t.replaced;
    });
  const merge = () =>
    act(async () => {
      await replaceAfterSnapshot(mergeDrafts(localDraft, file, choices, now()));
      return t.merged(Object.values(choices).filter((choice) => choice === 'file').length);
    });

  if (differences.length === 0) {
    return (
      <section className="transfer-compare" aria-labelledby="transfer-compare-title">
        <h2 id="transfer-compare-title">{t.compareTitle}</h2>
        <p role="status">{t.compareSame}</p>
        <button type="button" onClick={onCancel}>
          {t.close}
        </button>
      </section>
    );
  }
  return (
    <section className="transfer-compare" aria-labelledby="transfer-compare-title">
      <h2 id="transfer-compare-title">{t.compareTitle}</h2>
      <p>{t.compareIntro(differences.length, localTime(exportedAt))}</p>
      <table className="transfer-table">
        <caption>{t.compareCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columnField}</th>
            <th scope="col">{t.columnLocal}</th>
            <th scope="col">{t.columnFile}</th>
            <th scope="col">{t.columnChoice}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => {
            const choice = choices[difference.key] ?? 'local';
            const choose = (next: FieldChoice) => setChoices((current) => ({ ...current, [difference.key]: next }));
            return (
              <tr key={difference.key}>
                <th scope="row">{difference.label}</th>
                <td>
                  <Value text={difference.local} />
                </td>
                <td>
                  <Value text={difference.file} />
                </td>
                <td className="transfer-choice">
                  <label>
                    <input
                      type="radio"
                      name={`choice-${difference.key}`}
                      checked={choice === 'local'}
                      onChange={() => choose('local')}
                      aria-label={t.chooseLocal(difference.label)}
                    />
                    {t.columnLocal}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`choice-${difference.key}`}
                      checked={choice === 'file'}
                      onChange={() => choose('file')}
                      aria-label={t.chooseFile(difference.label)}
                    />
                    {t.columnFile}
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="transfer-actions">
        <button type="button" disabled={busy} onClick={() => void keepBoth()}>
          {t.keepBoth}
        </button>
        <button type="button" disabled={busy} onClick={() => void replace()}>
          {t.replaceWithFile}
        </button>
        <button type="button" disabled={busy} onClick={() => void merge()}>
          {t.mergeChosen}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
