/**
 * The drafts page's published-report actions (issue 7), placed by the app shell in the DraftsPage
 * toolbar slot: 导入已发布年报 opens the new draft's review step; 从上年已发布年报新建 opens 基本信息.
 */
import { useMemo } from 'react';
import { DraftsRepository } from '../../storage/draftsRepository';
import { PublishedPanel } from './PublishedPanel';
import { createFromPublishedLastYear, findLastYearReport, importPublished } from './fromPublished';
import { strings } from './strings.zh-CN';
import './published.css';

export interface PublishedToolbarProps {
  /** The imported report's draft was created: open its review step. */
  readonly onImported: (draftId: string) => void;
  /** A draft for the year after a published report was created: open it. */
  readonly onCreatedFromLastYear: (draftId: string) => void;
}

export function PublishedToolbar({ onImported, onCreatedFromLastYear }: PublishedToolbarProps) {
  const repository = useMemo(() => new DraftsRepository(), []);
  return (
    <div className="published-toolbar">
      <PublishedPanel
        toggleLabel={strings.importToggle}
        title={strings.importTitle}
        hint={strings.importHint}
        actionLabel={strings.import}
        confirmLabel={strings.importAnyway}
        make={(parsed) => importPublished(repository, parsed)}
        findLastYear={(report) => findLastYearReport(repository, report)}
        onCreated={(draft) => onImported(draft.id)}
      />
      <PublishedPanel
        toggleLabel={strings.fromLastYearToggle}
        title={strings.fromLastYearTitle}
        hint={strings.fromLastYearHint}
        actionLabel={strings.createFromLastYear}
        confirmLabel={strings.createAnyway}
        make={(parsed) => createFromPublishedLastYear(repository, parsed)}
        onCreated={(draft) => onCreatedFromLastYear(draft.id)}
      />
    </div>
  );
}
