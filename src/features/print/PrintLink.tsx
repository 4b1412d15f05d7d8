/**
 * The way into the print view from elsewhere (wizard header, drafts list): the app shell puts it in
 * their slots, so that no feature imports another (docs/architecture.md). Kept apart from PrintPage, which loads lazily.
 */
import './printLink.css';

// Its one word is kept here, not in strings.zh-CN.ts: the link is on every wizard step's first load, the print view's words are not.
const printLinkText = '打印';

export function PrintLink({ draftId }: { draftId: string }) {
  return (
    <a className="print-link" href={`#/draft/${encodeURIComponent(draftId)}/print`}>
      {printLinkText}
    </a>
  );
}
