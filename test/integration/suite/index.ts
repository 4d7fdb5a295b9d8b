// extensionTestsPath entry, the @vscode/test-electron contract: export run(): Promise.
// Compiled to out/test/integration/suite/index.js, which scripts/vscode/run-integration.mjs loads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Results {
  failures?: number;
  passed: string[];
  failed: Array<{ title: string; error: string }>;
  pending: string[];
}

export function run(): Promise<void> {
  // POLICY_LENS_TEST_GREP runs only the tests whose title matches (a developer's shortcut; CI runs all)
  const grep = process.env.POLICY_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, ...(grep ? { grep } : {}) });
  // a suite named *.<locale>.test.js runs only in the harness's pass for that display language
  const locale = process.env.POLICY_LENS_TEST_LOCALE;
  const localeSuite = /\.[a-z]{2}-[a-z]{2}\.test\.js$/;
  fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => (locale ? f.endsWith(`.${locale}.test.js`) : !localeSuite.test(f)))
    .sort()
    .forEach((f) => mocha.addFile(path.join(__dirname, f)));
  const results: Results = { passed: [], failed: [], pending: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.VSCODE_TEST_RESULTS)
        fs.writeFileSync(process.env.VSCODE_TEST_RESULTS, JSON.stringify({ failures, ...results }, null, 2));
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err: unknown) =>
      results.failed.push({
        title: t.fullTitle(),
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
    );
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
  });
}
