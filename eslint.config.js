// Lint: TypeScript rules, React hooks, and the architecture of docs/architecture.md — imports point one way
// (app → features → components → storage → draft → engine → format), no feature imports another, cli/ imports
// only the pure core and nothing imports it, and the pure core (format, engine, draft) imports nothing of React,
// the DOM or Dexie. Static and dynamic import() alike; src/architecture.lint.test.ts plants a violation of each.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = ['format', 'engine', 'draft', 'storage', 'components', 'features', 'app', 'cli'];
// Which layers each layer must not import (the ones above it).
const above = {
  format: ['engine', 'draft', 'storage', 'components', 'features', 'app', 'cli'],
  engine: ['draft', 'storage', 'components', 'features', 'app', 'cli'],
  draft: ['storage', 'components', 'features', 'app', 'cli'],
  storage: ['components', 'features', 'app', 'cli'],
  components: ['features', 'app', 'cli'],
  features: ['app', 'cli'],
  app: ['cli'],
  cli: ['storage', 'components', 'features', 'app'],
};

// The features are the folders under src/features (issue 12: a hand-kept list had missed one).
const featureNames = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// `import('react')` is not an import declaration: no-restricted-imports does not see it.
const pureCoreDynamicImports = {
  selector: "ImportExpression[source.value=/^(react|react-dom|dexie|dexie-react-hooks|@tanstack\\/|react-hook-form)/]",
  message: 'The core is pure: no React, Dexie or UI libraries, not even through import().',
};

const pureCoreRestrictions = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The core is pure: no React.' },
    { group: ['dexie', 'dexie-*'], message: 'The core is pure: no Dexie.' },
    { group: ['@tanstack/*', 'react-hook-form'], message: 'The core is pure: no UI libraries.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'test-results', 'playwright-report', '.reports', 'dev-dist', '.bench-dist*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...Object.entries(above).flatMap(([layer, forbidden]) =>
              forbidden.map((from) => ({ target: `./src/${layer}`, from: `./src/${from}`, message: `${layer} must not import ${from} (docs/architecture.md: imports point one way).` })),
            ),
            ...featureNames.flatMap((feature) =>
              featureNames
                .filter((other) => other !== feature)
                .map((other) => ({ target: `./src/features/${feature}`, from: `./src/features/${other}`, message: 'No feature imports another feature.' })),
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/format/**', 'src/engine/**', 'src/draft/**'],
    languageOptions: { globals: { ...globals.es2022, crypto: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' } },
    rules: {
      'no-restricted-imports': ['error', pureCoreRestrictions],
      'no-restricted-syntax': ['error', pureCoreDynamicImports],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'HTMLElement'],
    },
  },
);
export { layers };
