// `npm run bench`: runs every benchmark in scripts/bench/ in turn and prints its figures.
// Benchmarks measure; they are not tests and never fail the build on a number.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules, ensureSystemPackages, root, run } from './setup.mjs';

ensureNodeModules();
ensureSystemPackages();
const dir = join(root, 'scripts', 'bench');
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.mjs')).sort()) {
  if (only.length > 0 && !only.some((name) => file.includes(name))) continue;
  console.log(`\n== ${file}`);
  if (run('node', [join(dir, file)]) !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
