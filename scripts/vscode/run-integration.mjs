// Runs the integration suites (test/integration/suite) inside a real VS Code extension host.
// Where VS Code can be downloaded, @vscode/test-electron runs them; where the download itself
// fails (these machines reach only npm and apt), code-server (real VS Code from npm, see
// setup.mjs) runs them, driven by headless Chromium, exactly like runTests: the extension
// host's exit code carries the result. Ends with one line: "integration: N passed, M failed".
import { format } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, launchChromium, startCodeServer, writeUserSettings } from './code-server-host.mjs';
import { setup } from './setup.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// compiled from test/integration/suite/*.ts by `tsc -p tsconfig.test.json` (npm run pretest)
const suite = join(root, 'out', 'test', 'integration', 'suite', 'index.js');
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS ?? 600000);

/** A throwaway workspace with the reports the suites open. */
function makeWorkspace(tmp) {
  const ws = join(tmp, 'workspace');
  const sample = readFileSync(join(root, 'samples', 'zh-annual-review.txt'), 'utf8');
  const files = {
    'reports/sample.report.txt': sample,
    'include-me/included.txt': sample.slice(0, 1200),
    'other/unrelated.txt': '这不是报告。全年破获刑事案件2316起。\n',
    'other/analyse-me.txt': '全年破获刑事案件2316起，同比下降18.6%。\n',
    'review/tagged.report.txt': sample,
    'review/outside.report.txt': sample,
    'review/corrupt.report.txt': sample.slice(0, 600),
    'review/ui.report.txt': sample,
    'review/card.report.txt': sample,
    'review/checks.report.txt':
      '全市平均出警时间由13分钟缩短至7分钟，缩短48%。\n\n全年破获刑事案件2316起，同比下降18.6%。\n',
    'locale/zh.report.txt': sample,
    'big/huge.report.txt': '全年破获刑事案件2316起，同比下降18.6%。\n'.repeat(12000),
    '.vscode/settings.json': JSON.stringify(
      { 'policyLens.include': ['**/include-me/*.txt'], 'policyLens.maxFileSize': 200000 },
      null,
      2,
    ),
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    writeFileSync(join(ws, rel), content);
  }
  return ws;
}

async function tryTestElectron(ws, resultsFile) {
  let te;
  try {
    te = await import('@vscode/test-electron');
  } catch {
    return null;
  }
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await te.downloadAndUnzipVSCode({ version: 'stable', timeout: 15000 });
  } catch (err) {
    console.error(`[integration] VS Code download failed (${err.code ?? err.message}); using code-server`);
    return null;
  }
  const code = await te
    .runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: suite,
      launchArgs: [ws, '--disable-extensions'],
      extensionTestsEnv: { VSCODE_TEST_RESULTS: resultsFile, POLICY_LENS_ROOT: root },
    })
    .catch(() => 1);
  return { code };
}

/**
 * VS Code shows a display language only when a language pack for it is installed, and the real
 * packs cannot be downloaded here: a stub pack (no translations of VS Code's own strings) is
 * registered in the user data folder, so that the extension host runs in `locale` and the
 * extension loads its own bundles for it.
 */
function registerStubLanguagePack(userDir, locale) {
  const translations = join(userDir, 'stub-language-pack.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: 'policy-lens-test-stub',
    extensions: [{ extensionIdentifier: { id: 'policy-lens-test.stub-language-pack' }, version: '1.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

async function runInCodeServer(ws, tmp, resultsFile, locale) {
  const rt = setup();
  const port = await freePort();
  writeUserSettings(join(tmp, 'user'));
  if (locale) registerStubLanguagePack(join(tmp, 'user'), locale);
  const { base, stop, log } = await startCodeServer(rt, {
    port,
    args: [
      '--user-data-dir',
      join(tmp, 'user'),
      '--extensions-dir',
      join(tmp, 'extensions'),
      '--config',
      join(tmp, 'config.yaml'),
      // a built VS Code ignores the test payload unless the smoke-test driver is on
      '--vscode-option',
      'enable-smoke-test-driver',
      ...(locale ? ['--locale', locale] : []),
    ],
    env: {
      ...process.env,
      HOME: tmp,
      TMPDIR: tmp,
      XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
      XDG_DATA_HOME: join(tmp, 'xdg-data'),
      EXTENSIONS_GALLERY: '{"serviceUrl":""}',
      VSCODE_TEST_RESULTS: resultsFile,
      POLICY_LENS_ROOT: root,
      ...(locale ? { POLICY_LENS_TEST_LOCALE: locale } : {}),
    },
  });
  const ctx = await launchChromium(rt, join(tmp, 'chromium'));
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  let finish;
  const done = new Promise((r) => {
    finish = r;
  });
  const NOISE =
    /^(No extension gallery service configured|Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|\[reconnection-grace-time\]|Ignoring fetching additional builtin|Updating additional builtin|\[chat-stt\]|\[DefaultAccount\])/;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(args ?? []));
    if (process.env.VERBOSE || !NOISE.test(text)) console[type === 'error' ? 'error' : 'log'](text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${root}`],
    ['extensionTestsPath', `vscode-remote://${authority}${suite}`],
  ];
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timer = setTimeout(() => finish({ code: 124, timeout: true }), TIMEOUT);
  const res = await done;
  clearTimeout(timer);
  await ctx.close().catch(() => {});
  stop();
  if (res.timeout)
    console.error(`[integration] timed out after ${TIMEOUT} ms; code-server log:\n${log().slice(-4000)}`);
  return res;
}

const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-it-'));
const resultsFile = join(tmp, 'results.json');
let passed = 0;
let failed = 0;
/** Adds one pass's results to the totals; a host that failed without a report counts as a failure. */
function count(res, file, pass) {
  const summary = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  if (summary) {
    for (const t of summary.passed) console.log(`  ✔ ${pass}${t}`);
    for (const f of summary.failed) console.error(`  ✖ ${pass}${f.title}\n${f.error}`);
    passed += summary.passed.length;
    failed += summary.failed.length;
  } else console.error(`[integration] the ${pass || 'main '}pass reported no results`);
  if (res.code !== 0 && !summary?.failed.length) failed += 1;
}

try {
  const ws = makeWorkspace(tmp);
  const res = (await tryTestElectron(ws, resultsFile)) ?? (await runInCodeServer(ws, tmp, resultsFile));
  count(res, resultsFile, '');
  // the suites named *.zh-cn.test.ts, in VS Code started with the zh-cn display language
  const zhTmp = join(tmp, 'zh-cn');
  mkdirSync(zhTmp, { recursive: true });
  const zhResults = join(zhTmp, 'results.json');
  // with POLICY_LENS_TEST_GREP set, this pass runs only if the pattern names it (the suite's title has "zh-cn")
  const grep = process.env.POLICY_LENS_TEST_GREP;
  if (!grep || grep.includes('zh-cn'))
    count(await runInCodeServer(makeWorkspace(zhTmp), zhTmp, zhResults, 'zh-cn'), zhResults, '[zh-cn] ');
} catch (err) {
  console.error(`[integration] ${err.stack ?? err}`);
  failed = Math.max(failed, 1);
} finally {
  if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
}
console.log(`integration: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
