/**
 * Markup that would run if a page ever interpreted it: script, frames, plugins, event handlers,
 * `javascript:` links. The app shows every text as text anyway; a file carrying such markup was made by
 * a tool or a person trying something, so the door refuses it instead of passing it on (issue 6).
 */
const ACTIVE_MARKUP = /<\s*\/?\s*(script|iframe|frame|object|embed|applet|link|meta|style|base|form|svg)\b|javascript\s*:|<[^>]*\son[a-z]+\s*=/i;

export interface ActiveContentHit {
  /** Where it is: ['texts', 's1'], ['title'], ['meta', 'agency'], ['notes', key, 'note']. */
  readonly path: readonly string[];
  /** The markup found, cut short, to show as text in the refusal. */
  readonly sample: string;
}

function hit(text: unknown, path: readonly string[]): ActiveContentHit | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ACTIVE_MARKUP.exec(text);
  return match ? { path, sample: text.slice(match.index, match.index + 30) } : undefined;
}

/** The first piece of active markup in a draft's free texts, if any. */
export function findActiveContent(draft: {
  readonly title: string;
  readonly meta: { readonly agency: string };
  readonly texts: Readonly<Record<string, string>>;
  readonly notes: Readonly<Record<string, { readonly note: string }>>;
}): ActiveContentHit | undefined {
  return (
    hit(draft.title, ['title']) ??
    hit(draft.meta.agency, ['meta', 'agency']) ??
    Object.entries(draft.texts)
      .map(([id, text]) => hit(text, ['texts', id]))
      .find(Boolean) ??
    Object.entries(draft.notes)
      .map(([key, note]) => hit(note.note, ['notes', key, 'note']))
      .find(Boolean)
  );
}
