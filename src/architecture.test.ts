// docs/architecture.md: imports point one way (format → engine → draft → storage → components → features → app),
// no feature imports another, cli/ imports only the pure core and nothing imports it, and the pure core (format,
// engine, draft) imports nothing of React, the DOM or Dexie. This reads the sources, so a change of the lint
// configuration cannot silently drop a rule; and each rule is shown to fail on a planted violation (issue 12).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, importsOf } from './architectureRules';

const src = new URL('.', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const tree = new Map(filesUnder(src).map((file) => [relative(src, file), readFileSync(file, 'utf8')]));

/** The real tree with one planted file added. */
const planted = (file: string, text: string) => checkArchitecture(new Map([...tree, [file, text]])).filter((v) => v.file === file);

describe('architecture', () => {
  it('holds on this tree, which has every layer and every feature folder', () => {
    expect(checkArchitecture(tree)).toEqual([]);
    const features = readdirSync(join(src, 'features')).filter((name) => statSync(join(src, 'features', name)).isDirectory());
    expect(features).toContain('published');
    // Every feature is seen: each has at least one file the checker read.
    for (const feature of features) expect([...tree.keys()].some((file) => file.startsWith(`features/${feature}/`))).toBe(true);
  });

  it('sees static, re-exported, side-effect and dynamic imports, not ones quoted in comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "import './d.css';",
      "const e = lazy(() => import('../e/E'));",
      '// import { f } from "./f";',
      "/* const g = import('./g'); */",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['../b', '../e/E', './a', './c', './d.css']);
  });

  it('fails on a feature importing another feature, statically or with import()', () => {
    expect(planted('features/wizard/grid/Planted.tsx', "import { PublishedPanel } from '../../published/PublishedPanel';")).toMatchObject([
      { rule: 'feature' },
    ]);
    expect(planted('features/drafts/planted.ts', "export const later = () => import('../print/PrintPage');")).toMatchObject([
      { rule: 'feature' },
    ]);
  });

  it('fails on an import against the direction of the layers', () => {
    expect(planted('storage/planted.ts', "import { DraftsPage } from '../features/drafts/DraftsPage';")).toMatchObject([
      { rule: 'direction' },
    ]);
    expect(planted('engine/planted.ts', "const load = () => import('../draft');")).toMatchObject([{ rule: 'direction' }]);
    expect(planted('components/planted.ts', "import '../app/app.css';")).toMatchObject([{ rule: 'direction' }]);
  });

  it('fails on cli/ importing beyond the pure core, and on anything importing cli/', () => {
    expect(planted('cli/planted.ts', "import { DraftsRepository } from '../storage/draftsRepository';")).toMatchObject([
      { rule: 'cli' },
    ]);
    expect(planted('features/print/planted.ts', "import { render } from '../../cli/render';")).toMatchObject([{ rule: 'cli' }]);
    expect(planted('cli/planted.ts', "import { validate } from '../engine';")).toEqual([]);
  });

  it('fails on React, Dexie or a browser global in the pure core, and on an undeclared layer folder', () => {
    expect(planted('draft/planted.ts', "const react = await import('react');")).toMatchObject([{ rule: 'pureCore' }]);
    expect(planted('format/planted.ts', "import Dexie from 'dexie';")).toMatchObject([{ rule: 'pureCore' }]);
    expect(planted('engine/planted.ts', 'export const at = () => window.location.hash;')).toMatchObject([{ rule: 'pureCore' }]);
    expect(planted('helpers/planted.ts', 'export const x = 1;')).toMatchObject([{ rule: 'unknownLayer' }]);
  });
});
