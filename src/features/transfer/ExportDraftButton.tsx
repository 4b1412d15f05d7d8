import { useState } from 'react';
import type { Draft } from '../../draft';
import type { ExportOutcome } from './exportDraft';
import { transferStrings } from './strings.zh-CN';

/** 导出草稿 for one draft: on the drafts list and in the wizard's header. */
export function ExportDraftButton({ draft }: { readonly draft: Draft }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | undefined>();
  const run = async () => {
    setBusy(true);
    setOutcome(undefined);
    // The export code (envelope, sha256, read-back through the door) loads on the first press: the button
    // sits beside every wizard step and must not weigh on its first load.
    try {
      const { exportDraft } = await import('./exportDraft');
      setOutcome(await exportDraft(draft));
    } catch (error) {
      setOutcome({ ok: false, message: transferStrings.exportFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="transfer-export">
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? transferStrings.exporting : transferStrings.exportDraft}
      </button>
      {outcome && (
        <span role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'transfer-ok' : 'transfer-problem'}>
          {outcome.message}
        </span>
      )}
    </span>
  );
}
