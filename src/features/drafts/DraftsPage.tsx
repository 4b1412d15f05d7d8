import { useState } from 'react';
import { emptyReport } from '../../engine';
import { DraftsRepository } from '../../storage/draftsRepository';

/** Home page: the officer's drafts. (Issue 4 grows this into the full drafts list.) */
export function DraftsPage({ onOpen }: { onOpen: (draftId: string) => void }) {
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    const lastYear = new Date().getFullYear() - 1;
    const draft = await new DraftsRepository().create(emptyReport('2021', { year: lastYear }));
    onOpen(draft.id);
  };
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">我的草稿</h1>
      <p>在这里起草、检查、打印和交接本机关的政府信息公开工作年度报告。草稿只保存在本机浏览器中。</p>
      <button type="button" onClick={() => void create()} disabled={busy}>
        新建草稿
      </button>
    </section>
  );
}
