// Shared by `npm start`, `npm test` and `npm run bench`: install what is missing, nothing more.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('正在安装依赖（npm ci）…');
  const status = run('npm', ['ci', '--no-audit', '--no-fund'], {
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (status !== 0) throw new Error('npm ci 失败');
}

function hasFont(pattern) {
  try {
    return execFileSync('fc-list', [pattern], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/**
 * What the browser tests need from Debian: chromium, CJK fonts (仿宋/楷体 included), poppler for PDF checks, and
 * LibreOffice Writer to open the exported .docx as a colleague's WPS or Word would (issue 13).
 */
export function missingSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!hasFont(':lang=zh-cn')) missing.push('fonts-noto-cjk');
  if (!hasFont('AR PL UKai CN')) missing.push('fonts-arphic-ukai');
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (!existsSync('/usr/bin/soffice')) missing.push('libreoffice-writer');
  return missing;
}

const FANDOL_FANG = '/usr/local/share/fonts/FandolFang-Regular.otf';

/**
 * Debian's only full simplified 仿宋 is FandolFang inside texlive-lang-chinese; take the one font file
 * from the package without installing TeX (docs/architecture.md, toolchain facts).
 */
function ensureFangSong() {
  if (existsSync(FANDOL_FANG)) return;
  const work = '/tmp/nianbao-fandol';
  const script = [
    `rm -rf ${work} && mkdir -p ${work} && cd ${work}`,
    'apt-get download -o APT::Sandbox::User=root texlive-lang-chinese >/dev/null',
    'dpkg-deb --fsys-tarfile texlive-lang-chinese_*.deb | tar -x --wildcards "*FandolFang-Regular.otf"',
    `mkdir -p /usr/local/share/fonts && cp $(find . -name FandolFang-Regular.otf | head -1) ${FANDOL_FANG}`,
    'fc-cache -f >/dev/null',
  ].join(' && ');
  if (run('bash', ['-c', script]) !== 0) console.log('未能安装仿宋字体 FandolFang：打印测试将使用其他中文字体。');
}

export function ensureSystemPackages() {
  const missing = missingSystemPackages();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (missing.length > 0) {
    if (!isRoot) {
      console.log(`缺少系统软件包：${missing.join(' ')}。请以 root 运行：apt-get install -y ${missing.join(' ')}`);
      return false;
    }
    console.log(`正在安装系统软件包：${missing.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    const status = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
    if (status !== 0) return false;
  }
  if (isRoot) ensureFangSong();
  return missingSystemPackages().length === 0;
}
