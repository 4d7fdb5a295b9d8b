// extensionTestsPath entry, the @vscode/test-electron contract: export run(): Promise.
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
  fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .forEach((f) => mocha.addFile(path.join(__dirname, f)));
  const results = { passed: [], failed: [], pending: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.VSCODE_TEST_RESULTS)
        fs.writeFileSync(process.env.VSCODE_TEST_RESULTS, JSON.stringify({ failures, ...results }, null, 2));
      failures ? reject(new Error(`${failures} tests failed.`)) : resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err) =>
      results.failed.push({ title: t.fullTitle(), error: String((err && err.stack) || err) }),
    );
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
  });
}
module.exports = { run };
