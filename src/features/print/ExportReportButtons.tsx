/**
 * 导出 Word, 导出网页 and 复制网页版 (issue 13), on the print view and on the wizard's 检查与预览 step (the app
 * shell puts them there). The export code and the docx library load on the first press, so that neither page's
 * first load grows.
 */
import { useState } from 'react';
import type { Draft } from '../../draft';
import type { ExportKind, ExportOutcome } from './export/exportReport';
import { exportStrings } from './strings.zh-CN';
import './exportButtons.css';

export function ExportReportButtons({ draft }: { readonly draft: Draft }) {
  const [busy, setBusy] = useState<ExportKind | undefined>();
  const [outcome, setOutcome] = useState<ExportOutcome | undefined>();
  const run = async (kind: ExportKind) => {
    setBusy(kind);
    setOutcome(undefined);
    try {
      const { exportReport } = await import('./export/exportReport');
      setOutcome(await exportReport(draft, kind));
    } catch (error) {
      setOutcome({ ok: false, message: exportStrings.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(undefined);
    }
  };
  const button = (kind: ExportKind, label: string) => (
    <button type="button" onClick={() => void run(kind)} disabled={busy !== undefined} aria-busy={busy === kind}>
      {busy === kind ? `${label}（${exportStrings.working}）` : label}
    </button>
  );
  return (
    <div className="export-report" role="group" aria-label={exportStrings.groupLabel}>
      {button('word', exportStrings.word)}
      {button('html', exportStrings.html)}
      {button('copy', exportStrings.copy)}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'export-report-ok' : 'export-report-problem'}>
          {outcome.message}
        </p>
      )}
    </div>
  );
}
