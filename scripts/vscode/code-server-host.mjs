// One code-server (real VS Code) and one headless Chromium, shared by the integration runner and
// the end-to-end suite: a free port, the server started in its own process group and killed with
// it, a wait for /healthz, and the browser with the flags these machines need.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
    s.on('error', rej);
  });
}

/** The workbench settings both suites start from (no welcome page, no AI, no updates), plus `extra`. */
export function writeUserSettings(userDataDir, extra = {}) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'chat.disableAIFeatures': true,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'security.workspace.trust.enabled': false,
      ...extra,
    }),
  );
}

/**
 * Starts code-server on `port` with `args` (user data, extensions, config, folder…) and waits
 * until it answers. Returns its base URL, `stop()` and `log()` (what it printed); it is also stopped when this process exits.
 */
export async function startCodeServer(rt, { port, args, env }) {
  const cs = spawn(
    rt.node24,
    [
      rt.codeServer,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...args,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  cs.stdout.on('data', (d) => {
    log += d;
  });
  cs.stderr.on('data', (d) => {
    log += d;
  });
  const stop = () => {
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 600 || cs.exitCode !== null) {
      stop();
      throw new Error(`code-server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop, log: () => log };
}

/** Headless Chromium (the one setup.mjs installed) with a persistent profile in `profileDir`. */
export async function launchChromium(rt, profileDir, options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: rt.chromium,
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
