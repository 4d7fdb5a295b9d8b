// The review store against a hostile or failing folder: planted symbolic links, a sidecar
// folder outside the report's, file-system failures as one line with their exit code, temp
// files and stale locks from crashed writers, and N concurrent writers (real CLI processes
// and in-process saves, the editor's path) that must keep N tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeAnchor } from '../../src/core/annotations/anchor';
import type { Annotation } from '../../src/core/annotations/model';
import { loadSidecar, saveSidecar, sidecarPath, SidecarError, writeSteps } from '../../src/core/annotations/sidecar';
import { withFileLock } from '../../src/core/annotations/lock';
import { CLI, ROOT } from '../support/paths';
import { prng } from '../support/prng';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-safety-'));
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const cliAsync = (...args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });

function ann(id: string, text: string, start: number, end: number, status = 'unverified'): Annotation {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id,
    claimId: null,
    status,
    sources: [],
    note: '',
    author: 'tester',
    created: at,
    updated: at,
    history: [],
    anchor: makeAnchor(text, start, end, 'sha'),
  };
}

function setup() {
  const d = tmp();
  const repo = path.join(d, 'repo');
  const outside = path.join(d, 'home');
  fs.mkdirSync(repo);
  fs.mkdirSync(outside);
  const report = path.join(repo, 'report.txt');
  fs.writeFileSync(report, SAMPLE);
  const victim = path.join(outside, '.bashrc');
  fs.writeFileSync(victim, 'export PATH=$PATH\n');
  return { d, repo, outside, report, victim, sidecar: sidecarPath(report) };
}

/** Every file under `dir` with its bytes, to prove nothing changed there. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    if (fs.lstatSync(full).isFile()) out[name] = fs.readFileSync(full, 'base64');
  }
  return out;
}

const claimStart = SAMPLE.indexOf('破案287起');

test('a planted backup link: export writes nothing, tag backs up beside the file and leaves the link target alone', () => {
  const { report, victim, sidecar, outside } = setup();
  fs.writeFileSync(sidecar, JSON.stringify([ann('a-old', SAMPLE, claimStart, claimStart + 10, 'verified')]));
  fs.symlinkSync(victim, `${sidecar}.v0.bak`);
  const before = snapshot(outside);
  const exported = cli('export', report);
  assert.equal(exported.code, 0, exported.stderr);
  assert.equal(fs.readFileSync(sidecar, 'utf8').startsWith('['), true, 'a read-only export does not migrate');
  const r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'disputed');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(snapshot(outside), before, 'nothing written outside the repository');
  assert.ok(fs.lstatSync(`${sidecar}.v0.bak`).isSymbolicLink(), 'the planted link is not replaced');
  assert.ok(fs.readFileSync(`${sidecar}.v0.1.bak`, 'utf8').startsWith('['), 'the backup went beside it');
  assert.equal((JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { formatVersion: number }).formatVersion, 1);
});

test('a sidecar that is a link, and sidecar folders outside the report’s folder, are refused with exit 5', () => {
  const { d, report, victim, sidecar, outside, repo } = setup();
  const before = snapshot(outside);
  fs.symlinkSync(victim, sidecar);
  let r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified');
  assert.equal(r.code, 5, r.stderr);
  assert.match(r.stderr, /symbolic link/);
  assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  fs.unlinkSync(sidecar);
  r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified', '--sidecar-dir', '../home');
  assert.equal(r.code, 5, r.stderr);
  assert.match(r.stderr, /outside the report's folder/);
  fs.symlinkSync(outside, path.join(repo, 'notes'));
  r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified', '--sidecar-dir', 'notes');
  assert.equal(r.code, 5, r.stderr);
  r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified', '--sidecar-dir', path.join(d, 'x'));
  assert.equal(r.code, 5, r.stderr);
  assert.deepEqual(snapshot(outside), before, 'nothing written outside the repository');
  assert.equal(fs.existsSync(path.join(d, 'x')), false);
  r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified', '--sidecar-dir', 'review/notes');
  assert.equal(r.code, 0, r.stderr);
  assert.ok(fs.existsSync(path.join(repo, 'review', 'notes', 'report.txt.annotations.json')));
});

test('a write that cannot happen is one line naming the file and the cause, exit 3, no temp file left', () => {
  const { repo, report } = setup();
  fs.writeFileSync(path.join(repo, 'blocked'), 'a file where a folder should be');
  const r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified', '--sidecar-dir', 'blocked/x');
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /blocked.*(ENOTDIR|EEXIST)/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  if (process.getuid?.() !== 0) {
    // (root ignores permissions, so this half runs only as an ordinary user)
    const ro = path.join(repo, 'ro');
    fs.mkdirSync(ro);
    fs.writeFileSync(path.join(ro, 'r.txt'), SAMPLE);
    fs.chmodSync(ro, 0o555);
    const w = cli('tag', path.join(ro, 'r.txt'), '--at', String(claimStart + 2), '--status', 'verified');
    fs.chmodSync(ro, 0o755);
    assert.equal(w.code, 3, w.stderr);
    assert.match(w.stderr, /permission denied/);
  }
  assert.deepEqual(
    fs.readdirSync(repo).filter((n) => n.endsWith('.tmp')),
    [],
  );
});

test('a disk that fills up mid-write: the temp file is removed, the old sidecar stays, the error is an io error', async () => {
  const { report, sidecar, repo } = setup();
  const loaded = await loadSidecar(sidecar, report, 'sha');
  loaded.data.annotations.push(ann('a', SAMPLE, 0, 10));
  await saveSidecar(loaded, loaded.data);
  const before = fs.readFileSync(sidecar, 'utf8');
  loaded.data.annotations.push(ann('b', SAMPLE, 20, 30));
  writeSteps.onStep = (step) => {
    if (step === 'temp-written') throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  };
  try {
    await assert.rejects(
      saveSidecar(loaded, loaded.data),
      (e: unknown) => e instanceof SidecarError && e.code === 'io' && /no space left on device/.test(e.message),
    );
  } finally {
    writeSteps.onStep = undefined;
  }
  assert.equal(fs.readFileSync(sidecar, 'utf8'), before);
  assert.deepEqual(
    fs.readdirSync(repo).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock')),
    [],
  );
});

test('stale temp files from crashed writers are removed; live ones, links and look-alikes are not', async () => {
  const { report, sidecar, repo, victim } = setup();
  const base = path.basename(sidecar);
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const deadPid = Number(dead.stdout);
  const crashed = path.join(repo, `.${base}.${deadPid}.deadbeef.tmp`);
  const live = path.join(repo, `.${base}.${process.ppid}.0badf00d.tmp`);
  const link = path.join(repo, `.${base}.${deadPid}.12345678.tmp`);
  const other = path.join(repo, `.${base}.${deadPid}.notours.tmp`);
  fs.writeFileSync(crashed, 'x'.repeat(1000));
  fs.writeFileSync(live, 'y');
  fs.writeFileSync(other, 'z');
  fs.symlinkSync(victim, link);
  const loaded = await loadSidecar(sidecar, report, 'sha');
  loaded.data.annotations.push(ann('a', SAMPLE, 0, 10));
  await saveSidecar(loaded, loaded.data);
  assert.equal(fs.existsSync(crashed), false, 'the crashed writer’s temp file is gone');
  assert.ok(fs.existsSync(live), 'a running process’s temp file stays');
  assert.ok(fs.existsSync(other), 'a name not ours stays');
  assert.ok(fs.lstatSync(link).isSymbolicLink(), 'a link is never followed nor removed');
  assert.equal(fs.readFileSync(victim, 'utf8'), 'export PATH=$PATH\n');
});

test('a lock left by a crashed process is broken; a live one makes the writer wait, then fail as busy (the CLI’s exit 4)', async () => {
  const { report, sidecar } = setup();
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  fs.writeFileSync(
    `${sidecar}.lock`,
    JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), nonce: 'x', created: '' }),
  );
  let r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'verified');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(fs.existsSync(`${sidecar}.lock`), false);
  // a live holder: this test process, for longer than the writer is willing to wait
  const loaded = await loadSidecar(sidecar, report, 'sha');
  await withFileLock(sidecar, async () => {
    await assert.rejects(
      saveSidecar(loaded, loaded.data, { lock: { timeoutMs: 300 } }),
      (e: unknown) => e instanceof SidecarError && e.code === 'locked' && /busy/.test(e.message),
    );
  });
  r = cli('tag', report, '--at', String(claimStart + 2), '--status', 'false');
  assert.equal(r.code, 0, r.stderr);
});

function claimIds(report: string): string[] {
  const r = cli('extract', report);
  return (JSON.parse(r.stdout) as { documents: Array<{ claims: Array<{ id: string }> }> }).documents[0].claims.map(
    (c) => c.id,
  );
}

test('N concurrent writers (CLI processes and in-process saves, as the editor) keep N tags, randomised rounds', async () => {
  const random = prng(20261201);
  for (let round = 0; round < 2; round++) {
    const { report, sidecar } = setup();
    const claims = claimIds(report);
    const order = claims.map((c) => ({ c, k: random() })).sort((a, b) => a.k - b.k);
    const viaCli = order.slice(0, 12).map((x) => x.c);
    const inProcess = 4 + Math.floor(random() * 4);
    const statuses = ['verified', 'false', 'disputed', 'needs-source'];
    const editorSaves = Array.from({ length: inProcess }, async (_, i) => {
      await new Promise((r) => setTimeout(r, Math.floor(random() * 400)));
      const loaded = await loadSidecar(sidecar, report, 'sha');
      loaded.data.annotations.push(ann(`editor-${i}`, SAMPLE, i * 3, i * 3 + 2));
      await saveSidecar(loaded, loaded.data);
    });
    const results = await Promise.all([
      ...viaCli.map((c, i) => cliAsync('tag', report, '--claim', c, '--status', statuses[i % statuses.length])),
      ...editorSaves,
    ]);
    for (const r of results) if (r) assert.equal(r.code, 0, r.stderr);
    const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { annotations: Annotation[] };
    assert.equal(saved.annotations.length, viaCli.length + inProcess, `round ${round}: every writer's tag kept`);
    assert.deepEqual(new Set(saved.annotations.filter((a) => a.claimId).map((a) => a.claimId)), new Set(viaCli));
    assert.equal(fs.existsSync(`${sidecar}.lock`), false, 'the lock is released');
  }
});
