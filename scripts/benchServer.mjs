// Shared by the benchmarks of scripts/bench/: build the app into its own folder and serve it with
// `vite preview` on a free loopback port. Not a benchmark itself (scripts/bench.mjs runs only bench/).
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error('vite preview stopped');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url}`);
}

/** Builds into `outDir`, serves it, and returns its address and a stop() that also removes the build. */
export async function serveBuild(outDir) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const preview = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-preview.pid);
    } catch {
      // already stopped
    }
    rmSync(join(root, outDir), { recursive: true, force: true });
  };
  try {
    await waitForServer(url, preview);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
