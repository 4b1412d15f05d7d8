// Issue 12: the lint rules that keep the architecture (eslint.config.js) fail on planted violations — a feature
// importing another (statically and with import()), cli/ crossing its line, a layer importing upwards, React in
// the pure core through import() — and pass on the same file without the violation. ESLint's own API, on text
// linted as if it were a file at that path; nothing is written to the tree.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('lint guards the architecture', () => {
  it('passes a file that keeps the rules', async () => {
    expect(await ruleIds('src/features/wizard/grid/planted.ts', "export { cellsOf } from '../../../format';")).toEqual([]);
  }, 60_000);

  it('fails a feature importing another feature, statically or with import()', async () => {
    expect(
      await ruleIds('src/features/wizard/grid/planted.ts', "export { PublishedPanel } from '../../published/PublishedPanel';"),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds('src/features/drafts/planted.ts', "export const later = () => import('../print/PrintPage');"),
    ).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('fails cli/ importing storage, and a feature importing cli/', async () => {
    expect(await ruleIds('src/cli/planted.ts', "export { DraftsRepository } from '../storage/draftsRepository';")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/features/print/planted.ts', "export { renderText } from '../../cli/render';")).toContain(
      'import-x/no-restricted-paths',
    );
  }, 60_000);

  it('fails a layer importing upwards, and React in the pure core through import()', async () => {
    expect(await ruleIds('src/storage/planted.ts', "export const page = () => import('../features/drafts/DraftsPage');")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/engine/planted.ts', "export const react = () => import('react');")).toContain('no-restricted-syntax');
  }, 60_000);
});
