// DESIGN.md: the core (format, engine, draft) is pure — nothing of React, the DOM or Dexie — and imports
// point one way: app → features → storage → draft → engine → format. ESLint enforces the same on every
// lint; this test reads the sources so that a lint configuration change cannot silently drop the rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('.', import.meta.url).pathname;
const order = ['format', 'engine', 'draft', 'storage', 'features', 'app'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

const layerOf = (path: string) => relative(src, path).split('/')[0] ?? '';

describe('architecture', () => {
  for (const layer of ['format', 'engine', 'draft']) {
    it(`${layer}/ imports nothing of React, the DOM or Dexie`, () => {
      const offenders = filesUnder(join(src, layer))
        .filter((file) => !file.endsWith('.test.ts'))
        .flatMap((file) =>
          importsOf(file)
            .filter((spec) => /^(react|react-dom|dexie|dexie-react-hooks|@tanstack|react-hook-form)(\/|$)/.test(spec))
            .map((spec) => `${relative(src, file)} → ${spec}`),
        );
      expect(offenders).toEqual([]);
      const domUse = filesUnder(join(src, layer))
        .filter((file) => !file.endsWith('.test.ts'))
        .filter((file) => /\b(window|document|localStorage|indexedDB)\./.test(readFileSync(file, 'utf8')))
        .map((file) => relative(src, file));
      expect(domUse).toEqual([]);
    });
  }

  it('imports point one way: no layer imports a layer above it', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(src)) {
      const from = order.indexOf(layerOf(file));
      if (from < 0) continue;
      for (const spec of importsOf(file).filter((candidate) => candidate.startsWith('.'))) {
        const to = order.indexOf(layerOf(resolve(file, '..', spec)));
        if (to > from) offenders.push(`${relative(src, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
