// `npm start`: install what is missing, build, serve the built app on loopback and print its address.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureNodeModules, root, run } from './setup.mjs';

function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(from) {
  for (let port = from; port < from + 100; port += 1) if (await isFree(port)) return port;
  throw new Error('找不到空闲端口');
}

ensureNodeModules();
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
const port = await freePort(4173);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const address = `http://127.0.0.1:${port}/`;
// Print the address only once the server answers, so that a script can use it straight away.
for (let attempt = 0; attempt < 100; attempt += 1) {
  try {
    if ((await fetch(address)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
console.log(`年报已启动：${address}`);
// Issue 11: the one-file version for officers without a server (double-click, works offline).
console.log(`单文件版（可拷给同事，双击打开）：${root}dist/nianbao.html`);
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
