/**
 * The wizard's chunks a cold load runs before its first frame besides the entry's (issue 16, ready): those of the
 * wizard page and its early draft read. config/pagePreload.ts lists them in index.html; config/compileHints.ts marks
 * them for eager compilation.
 */
import type { Rolldown } from 'vite';

/** The modules whose chunks (and their static imports) are preloaded: the wizard page and its early draft read. */
const PRELOADED_MODULES = [/\/src\/features\/wizard\/WizardPage\.tsx$/, /\/src\/storage\/earlyDraft\.ts$/];

type Chunk = Rolldown.OutputChunk;

function staticClosure(bundle: Rolldown.OutputBundle, start: Chunk): Set<Chunk> {
  const found = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (found.has(chunk)) return;
    found.add(chunk);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(start);
  return found;
}

/**
 * The wizard's chunks that the entry does not already load (the entry's come with its own script). Undefined without
 * code splitting (the one-file build) or should a page move: then nothing is done.
 */
export function pageChunksOf(bundle: Rolldown.OutputBundle): ReadonlySet<Chunk> | undefined {
  const chunks = Object.values(bundle).filter((item): item is Chunk => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const pages = chunks.filter((chunk) => PRELOADED_MODULES.some((pattern) => pattern.test(chunk.facadeModuleId ?? '')));
  if (!entry || pages.length === 0) return undefined;
  const entryClosure = staticClosure(bundle, entry);
  const page = new Set<Chunk>();
  for (const start of pages) for (const chunk of staticClosure(bundle, start)) if (!entryClosure.has(chunk)) page.add(chunk);
  return page;
}
