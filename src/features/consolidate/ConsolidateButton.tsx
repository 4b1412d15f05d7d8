/** 新建汇总报告 on 我的草稿 (issue 15): goes to the 汇总 page, where 选择文件 takes several files at once. */
import { consolidateEntryStrings as t } from './entryStrings.zh-CN';

export function ConsolidateButton({ onStart }: { onStart: () => void }) {
  return (
    <button type="button" className="consolidate-start" onClick={onStart}>
      {t.start}
    </button>
  );
}

/** 汇总单位 beside a consolidated draft in the wizard: back to its units, to add or replace a unit's file. */
export function ConsolidationLink({ href }: { href: string }) {
  return (
    <a className="consolidate-link" href={href}>
      {t.link}
    </a>
  );
}
