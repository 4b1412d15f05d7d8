/**
 * The way into the print view from elsewhere (wizard header, drafts list): the app shell puts it in
 * their slots, so that no feature imports another (DESIGN.md). Kept apart from PrintPage, which loads lazily.
 */
import { strings } from './strings.zh-CN';
import './printLink.css';

export function PrintLink({ draftId }: { draftId: string }) {
  return (
    <a className="print-link" href={`#/draft/${encodeURIComponent(draftId)}/print`}>
      {strings.printLink}
    </a>
  );
}
