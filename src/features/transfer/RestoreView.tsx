/** What restoring a backup will do, draft by draft, before anything is written (nothing local is overwritten). */
import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../draft';
import { applyRestore, planRestore } from '../../storage/transfer';
import type { RestorePlanItem } from '../../storage/transfer';
import { localTime } from './download';
import { transferStrings as t } from './strings.zh-CN';

export interface RestoreViewProps {
  readonly entries: readonly BackupEntry[];
  readonly exportedAt: string;
  readonly onDone: (outcome: { ok: boolean; message: string }) => void;
  readonly onCancel: () => void;
}

export function RestoreView({ entries, exportedAt, onDone, onCancel }: RestoreViewProps) {
  const [plan, setPlan] = useState<RestorePlanItem[] | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void planRestore(entries).then((next) => live && setPlan(next));
    return () => {
      live = false;
    };
  }, [entries]);
  const restore = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      onDone({ ok: true, message: t.restored(await applyRestore(plan, t.backupCopyTitle)) });
    } catch (error) {
      onDone({ ok: false, message: t.writeFailed(error instanceof Error ? error.message : String(error)) });
    }
  };
  return (
    <section className="transfer-compare" aria-labelledby="transfer-restore-title">
      <h2 id="transfer-restore-title">{t.restoreTitle}</h2>
      <p>{t.restoreIntro(localTime(exportedAt) ?? exportedAt)}</p>
      <ul aria-label={t.restoreTitle}>
        {plan?.map((item) => (
          <li key={item.entry.draft.id}>
            <span className="transfer-value">{item.entry.draft.title}</span>：{t.restoreAction[item.action]}
          </li>
        ))}
      </ul>
      <div className="transfer-actions">
        <button type="button" disabled={busy || !plan} onClick={() => void restore()}>
          {t.restoreConfirm}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
