// Runs every test suite and ends with one plain closing line that CI reads:
// "N passed, N failed, N skipped". Unit tests run with Node's own runner; the
// VS Code integration and end-to-end suites run in a real VS Code (scripts/vscode/, test/e2e/).
import { spawn } from 'node:child_process';

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const counts = (out, name) => {
  const m = out.match(new RegExp(`^\\S*\\s*${name} (\\d+)\\s*$`, 'm'));
  return m ? Number(m[1]) : 0;
};

let passed = 0,
  failed = 0,
  skipped = 0,
  bad = false;

const unit = await run(process.execPath, ['--test', '--test-reporter=spec', 'out/test/unit/']);
passed += counts(unit.out, 'pass');
failed += counts(unit.out, 'fail');
skipped += counts(unit.out, 'skipped');
if (unit.code !== 0) bad = true;
if (counts(unit.out, 'tests') === 0) {
  console.error('unit tests: none ran');
  bad = true;
}

// Suites in a real VS Code: each prints one "<name>: N passed, M failed" line.
const realVsCode = [
  ['integration', 'scripts/vscode/run-integration.mjs'],
  ['e2e', 'test/e2e/run-e2e.mjs'],
];
if (!process.argv.includes('--unit-only')) {
  for (const [name, script] of realVsCode) {
    const r = await run(process.execPath, [script]);
    const m = r.out.match(new RegExp(`^${name}: (\\d+) passed, (\\d+) failed`, 'm'));
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    }
    if (r.code !== 0 || !m || Number(m[1]) === 0) {
      bad = true;
      if (!m) failed++;
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(bad || failed ? 1 : 0);
