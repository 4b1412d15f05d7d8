/** 存储: whether the browser keeps this site's data, how much is used, and when each draft was last exported. */
import { useCallback, useEffect, useState } from 'react';
import type { StoredDraft } from '../../storage/db';
import { storageReport } from '../../storage/storageSafety';
import type { StorageReport } from '../../storage/storageSafety';
import { formatBytes, formatDateTime, strings } from './strings.zh-CN';

export function StoragePanel({ drafts }: { drafts: readonly StoredDraft[] }) {
  const [report, setReport] = useState<StorageReport | undefined>();
  const refresh = useCallback(() => {
    void storageReport().then(setReport);
  }, []);
  // Re-read when the number of drafts changes: creating the first draft asks for persistence.
  useEffect(refresh, [refresh, drafts.length]);
  const text = strings.storage;
  const persisted =
    report?.persisted === undefined ? text.unknown : report.persisted ? text.persistedYes : text.persistedNo;
  return (
    <section aria-labelledby="storage-title" className="drafts-panel">
      <h2 id="storage-title">{text.title}</h2>
      <p className="drafts-note">{strings.localOnly}</p>
      <dl className="drafts-storage">
        <dt>{text.persisted}</dt>
        <dd>{persisted}</dd>
        <dt>{text.usage}</dt>
        <dd>{formatBytes(report?.usage)}</dd>
        <dt>{text.quota}</dt>
        <dd>{formatBytes(report?.quota)}</dd>
      </dl>
      <button type="button" onClick={refresh}>
        {text.refresh}
      </button>
      {drafts.length > 0 && (
        <table className="drafts-table">
          <caption>{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columns.title}</th>
              <th scope="col">{text.lastExported}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id}>
                <td>{draft.title}</td>
                <td>{draft.lastExportedAt ? formatDateTime(draft.lastExportedAt) : text.neverExported}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
