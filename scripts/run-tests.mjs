// Runs every test suite and ends with one plain closing line that CI reads:
// "N passed, N failed, N skipped". Unit tests run with Node's own runner; the
// VS Code integration suites (when present) run in a real VS Code via scripts/vscode/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const counts = (out, name) => {
  const m = out.match(new RegExp(`^\\S*\\s*${name} (\\d+)\\s*$`, 'm'));
  return m ? Number(m[1]) : 0;
};

let passed = 0, failed = 0, skipped = 0, bad = false;

const unit = await run(process.execPath, ['--test', '--test-reporter=spec', 'out/test/unit/']);
passed += counts(unit.out, 'pass');
failed += counts(unit.out, 'fail');
skipped += counts(unit.out, 'skipped');
if (unit.code !== 0) bad = true;
if (counts(unit.out, 'tests') === 0) { console.error('unit tests: none ran'); bad = true; }

if (existsSync('scripts/vscode/run-integration.mjs') && !process.argv.includes('--unit-only')) {
  const integ = await run(process.execPath, ['scripts/vscode/run-integration.mjs']);
  const m = integ.out.match(/^integration: (\d+) passed, (\d+) failed/m);
  if (m) { passed += Number(m[1]); failed += Number(m[2]); }
  if (integ.code !== 0 || !m || Number(m[1]) === 0) bad = true;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(bad || failed ? 1 : 0);
