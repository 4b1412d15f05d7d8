/**
 * What the officer sees when a page or a wizard step fails (issue 12): what happened, and the ways on — 返回我的草稿,
 * 导出全部 as raw records (read without the draft door, so nothing is held back), 重新加载.
 */
import { useState } from 'react';
import { downloadJson } from './downloadJson';
import { componentStrings } from './strings.zh-CN';
import './recovery.css';

const stampOf = (now: Date) => now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export function RecoveryScreen({ error, scope }: { readonly error: Error; readonly scope: 'page' | 'step' }) {
  const text = componentStrings.recovery;
  const [message, setMessage] = useState('');
  const exportAll = async () => {
    try {
      // Loaded on the press (issue 16): a static import put Dexie into the entry chunk that every page waits for.
      const { collectRawRecords } = await import('../storage/rawRecords');
      const now = new Date();
      const fileName = text.exportFileName(stampOf(now));
      const outcome = downloadJson(fileName, await collectRawRecords(undefined, now));
      setMessage(outcome.ok ? text.exported(fileName) : text.exportFailed);
    } catch {
      setMessage(text.exportFailed);
    }
  };
  return (
    <section role="alert" aria-labelledby="recovery-title" className="recovery">
      <h2 id="recovery-title">{scope === 'page' ? text.pageTitle : text.stepTitle}</h2>
      <p>{text.what}</p>
      <p>{text.next}</p>
      <p className="recovery-detail">{text.detail(error.message)}</p>
      <div className="recovery-actions">
        <a href="#/" className="recovery-home">
          {text.backHome}
        </a>
        <button type="button" onClick={() => void exportAll()}>
          {text.exportAll}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {text.reload}
        </button>
      </div>
      <p role="status" className="recovery-message">
        {message}
      </p>
    </section>
  );
}
