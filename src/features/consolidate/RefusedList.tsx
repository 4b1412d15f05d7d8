/** Files the door refused, each with its message: listed, never counted (issue 15). */
import type { RefusedFile } from './readUnits';
import { consolidateStrings as t } from './strings.zh-CN';

export function RefusedList({ refused }: { refused: readonly RefusedFile[] }) {
  if (refused.length === 0) return null;
  return (
    <section className="consolidate-refused" aria-labelledby="consolidate-refused-title">
      <h2 id="consolidate-refused-title">{t.refusedTitle}</h2>
      <ul>
        {refused.map((file, index) => (
          <li key={`${file.name}-${index}`}>{file.message}</li>
        ))}
      </ul>
    </section>
  );
}
