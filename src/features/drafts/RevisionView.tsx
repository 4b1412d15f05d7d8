/** A revision opened read-only: its 基本信息, filled cells (named as the format names them) and texts. */
import type { Draft } from '../../draft';
import { cellLabel } from '../../engine';
import { formatById } from '../../format';
import { strings } from './strings.zh-CN';

export function RevisionView({ draft, takenAt, onClose }: { draft: Draft; takenAt: string; onClose: () => void }) {
  const format = formatById(draft.format);
  const values = Object.entries(draft.values);
  const texts = (format?.sections ?? []).filter((section) => section.kind === 'text');
  return (
    <section aria-labelledby="revision-view-title" className="drafts-panel drafts-revision-view">
      <h3 id="revision-view-title">{strings.revisionView.title(takenAt)}</h3>
      <p className="drafts-hint">{strings.revisionView.readOnlyNote}</p>
      <h4>{strings.revisionView.meta}</h4>
      <dl>
        <dt>{strings.columns.agency}</dt>
        <dd>{draft.meta.agency || strings.unnamedAgency}</dd>
        <dt>{strings.columns.year}</dt>
        <dd>{draft.meta.year ?? strings.noYear}</dd>
      </dl>
      <h4>{strings.revisionView.values}</h4>
      {values.length === 0 || !format ? (
        <p>{strings.revisionView.noValues}</p>
      ) : (
        <ul className="drafts-revision-values">
          {values.map(([cellId, value]) => (
            <li key={cellId}>
              {cellLabel(format, cellId)}：{value}
            </li>
          ))}
        </ul>
      )}
      <h4>{strings.revisionView.texts}</h4>
      {texts.map((section) => (
        <article key={section.id} aria-label={`${section.number}、${section.title}`}>
          <h5>{`${section.number}、${section.title}`}</h5>
          <p className="drafts-revision-text">{draft.texts[section.id] ?? ''}</p>
        </article>
      ))}
      <button type="button" onClick={onClose}>
        {strings.revisionView.close}
      </button>
    </section>
  );
}
