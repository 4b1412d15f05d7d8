/**
 * The import rules of docs/architecture.md as a pure checker over source texts (issue 12), so a test can run it on
 * the real tree and on planted violations alike. It sees static imports, re-exports, side-effect imports and
 * dynamic `import()`; the layers are the folders under src/ (an undeclared folder is itself a violation) and the
 * features are the folders under src/features/, never a hand-kept list.
 */

/** Layers from the bottom up: a layer may import only layers before it. */
export const LAYER_ORDER = ['format', 'engine', 'draft', 'storage', 'components', 'features', 'app'] as const;
/** The pure core: nothing of React, the DOM or Dexie. */
export const PURE_CORE = ['format', 'engine', 'draft'] as const;
/** `npm run check` runs in Node: it may import the pure core and nothing else of ours, and nothing imports it. */
export const CLI = 'cli';
const CLI_MAY_IMPORT: readonly string[] = PURE_CORE;

const UI_PACKAGES = /^(react|react-dom|dexie|dexie-react-hooks|@tanstack\/|react-hook-form|@hookform\/)/;
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*\./;

export interface Violation {
  readonly file: string;
  readonly rule: 'direction' | 'feature' | 'cli' | 'pureCore' | 'unknownLayer';
  readonly detail: string;
}

// Comments may quote imports or globals (as this file's do); they import and use nothing.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Every module specifier a source text imports: `import … from`, `export … from`, `import '…'`, `import('…')`. */
export function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const code = withoutComments(text);
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*[,)]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) specifiers.push(match[1] ?? '');
  return specifiers;
}

/** Joins a relative specifier to the importing file's folder (paths relative to src/, with `/`). */
function resolveRelative(file: string, specifier: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return '../'; // above src/
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** Checks source files given by path relative to src/ (`features/wizard/WizardPage.tsx`) and their text. */
export function checkArchitecture(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  const layers = new Set<string>(LAYER_ORDER);
  for (const [file, text] of files) {
    const parts = file.split('/');
    if (parts.length < 2) continue; // files at the root of src/ (setup, this checker) belong to no layer
    const layer = parts[0] ?? '';
    if (!layers.has(layer) && layer !== CLI) {
      violations.push({ file, rule: 'unknownLayer', detail: `${layer}/ is not a declared layer` });
      continue;
    }
    const feature = layer === 'features' ? parts[1] : undefined;
    for (const specifier of importsOf(text)) {
      if (PURE_CORE.includes(layer as (typeof PURE_CORE)[number]) && !isTest(file) && UI_PACKAGES.test(specifier)) {
        violations.push({ file, rule: 'pureCore', detail: specifier });
      }
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(file, specifier);
      const targetParts = target.split('/');
      const targetLayer = targetParts[0] ?? '';
      // Outside src/ (e2e fixtures), or a file at its root; `../draft` (a layer's index) is a layer.
      if (target.startsWith('..') || (targetParts.length < 2 && !layers.has(targetLayer) && targetLayer !== CLI)) continue;
      if (targetLayer === CLI && layer !== CLI) {
        violations.push({ file, rule: 'cli', detail: `${specifier}: nothing imports cli/` });
      } else if (layer === CLI && targetLayer !== CLI && !CLI_MAY_IMPORT.includes(targetLayer)) {
        violations.push({ file, rule: 'cli', detail: `${specifier}: cli/ imports only ${CLI_MAY_IMPORT.join(', ')}` });
      } else if (layer !== CLI && LAYER_ORDER.indexOf(targetLayer as never) > LAYER_ORDER.indexOf(layer as never)) {
        violations.push({ file, rule: 'direction', detail: `${specifier}: ${layer} must not import ${targetLayer}` });
      }
      if (feature !== undefined && targetLayer === 'features' && targetParts[1] !== feature) {
        violations.push({ file, rule: 'feature', detail: `${specifier}: features/${feature} must not import features/${targetParts[1]}` });
      }
    }
    if (PURE_CORE.includes(layer as (typeof PURE_CORE)[number]) && !isTest(file) && DOM_GLOBALS.test(withoutComments(text))) {
      violations.push({ file, rule: 'pureCore', detail: 'uses a browser global' });
    }
  }
  return violations;
}
