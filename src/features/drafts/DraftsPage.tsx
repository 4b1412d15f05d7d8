import type { ReactNode } from 'react';
import { useState } from 'react';
import { emptyReport } from '../../engine';
import { DraftsRepository } from '../../storage/draftsRepository';
import type { StoredDraft } from '../../storage/db';

export interface DraftsPageProps {
  readonly onOpen: (draftId: string) => void;
  /** Other features' page-level buttons (导入草稿, 导入已发布年报), composed by the app shell. */
  readonly toolbar?: ReactNode;
  /** Other features' per-draft buttons (导出草稿), composed by the app shell. */
  readonly rowActions?: (draft: StoredDraft) => ReactNode;
}

/** Home page: the officer's drafts. (Issue 4 grows this into the full drafts list.) */
export function DraftsPage({ onOpen, toolbar }: DraftsPageProps) {
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
      {toolbar}
    </section>
  );
}
