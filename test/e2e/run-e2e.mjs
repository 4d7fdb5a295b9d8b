// End to end, as a person would: the built VSIX installed into code-server (real VS Code),
// the workbench in headless Chromium, the sample report opened, the Policy Lens panel
// opened, a metric clicked; assertions on what is on screen, and a screenshot saved to
// test/e2e/artifacts/ (not committed). Ends with "e2e: N passed, M failed".
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  launchChromium,
  startCodeServer,
  writeUserSettings,
} from '../../scripts/vscode/code-server-host.mjs';
import { setup } from '../../scripts/vscode/setup.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'test', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const shot = join(artifacts, 'policy-lens-panel.png');
const denseShot = join(artifacts, 'policy-lens-dense-review.png');
const cardShot = join(artifacts, 'policy-lens-card.png');
const rt = setup();
const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-'));
const checks = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok });
  console.log(`  ${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
};

const vsix = join(root, 'policy-lens.vsix');
if (!existsSync(vsix) || process.env.E2E_REBUILD !== '0')
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const env = { ...process.env, HOME: join(tmp, 'home'), TMPDIR: tmp, EXTENSIONS_GALLERY: '{"serviceUrl":""}' };
writeUserSettings(join(tmp, 'user'), {
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'editor.minimap.enabled': false,
});
const csArgs = [
  '--config',
  join(tmp, 'config.yaml'),
  '--user-data-dir',
  join(tmp, 'user'),
  '--extensions-dir',
  join(tmp, 'extensions'),
];
execFileSync(rt.node24, [rt.codeServer, ...csArgs, '--install-extension', vsix], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const ws = join(tmp, 'workspace');
mkdirSync(ws, { recursive: true });
cpSync(join(root, 'samples', 'zh-annual-review.txt'), join(ws, 'annual-review.report.txt'));
cpSync(join(root, 'test', 'fixtures', 'e2e', 'dense-gov-report.report.txt'), join(ws, 'gov-report.report.txt'));

const port = await freePort();
let stopCodeServer = () => {};
let ctx;
try {
  const { base, stop } = await startCodeServer(rt, { port, args: [...csArgs, ws], env });
  stopCodeServer = stop;
  ctx = await launchChromium(rt, join(tmp, 'chromium'), { viewport: { width: 1440, height: 900 } });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench .statusbar', { timeout: 90000 });
  await page.click('.monaco-workbench .part.editor');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('annual-review.report.txt');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="annual-review.report.txt"]', {
    timeout: 30000,
  });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tabs-container .tab.active[aria-label*="annual-review.report.txt"]', { timeout: 30000 });

  // The status bar shows the counts once the language server has answered.
  const status = page.locator('.statusbar-item', { hasText: 'metrics' });
  await status.first().waitFor({ timeout: 60000 });
  const statusText = (await status.first().innerText()).trim();
  check('status bar shows the counts for the report', /\d+ metrics · \d+ claims/.test(statusText), statusText);

  // Highlights: decorations render as inline spans with a background colour over the metric text.
  await page.waitForTimeout(1500);
  const highlighted = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll(
      '.editor-instance .view-overlays > div > div, .editor-instance .view-lines span span',
    )) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') out.push(bg);
    }
    return out.length;
  });
  const lineText = await page.locator('.editor-instance .view-lines').innerText();
  check(
    'the report is shown with highlighted figures',
    highlighted > 5 && lineText.includes('18.6%'),
    `${highlighted} highlighted spans`,
  );

  // Open the Policy Lens view from the activity bar and click a metric.
  // (the unverified-claims badge sits over the icon, hence force)
  await page.locator('.activitybar .action-item a[aria-label^="Policy Lens"]').first().click({ force: true });
  const rows = page.locator('.pane-body .monaco-list-row');
  await rows.first().waitFor({ timeout: 30000 });
  const metricRow = page.locator('.pane-body .monaco-list-row', { hasText: '破案率' }).first();
  await metricRow.waitFor({ timeout: 30000 });
  const rowText = (await metricRow.innerText()).replace(/\s+/g, ' ');
  check('the Metrics view lists the report’s metrics by heading', (await rows.count()) > 10, rowText);
  await metricRow.click();
  await page.waitForTimeout(800);
  const selection = await page.locator('.editor-instance .selected-text').count();
  check('clicking a metric selects it in the editor', selection > 0, `${selection} selection spans`);
  await page.screenshot({ path: shot });
  check('screenshot saved', existsSync(shot), shot);

  // A dense government-report paragraph: one compact lens per line, faint marks, the card.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('gov-report.report.txt');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="gov-report.report.txt"]', {
    timeout: 30000,
  });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tabs-container .tab.active[aria-label*="gov-report.report.txt"]', { timeout: 30000 });
  const lenses = page.locator('.editor-instance .codelens-decoration');
  await lenses.first().waitFor({ timeout: 60000 });
  const lensTexts = await lenses.allInnerTexts();
  const lensLines = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.editor-instance .contentWidgets .codelens-decoration, .editor-instance .codelens-decoration',
      ),
    ]
      .map((el) => el.closest('[widgetid]')?.getAttribute('widgetid') ?? el.parentElement?.style.top ?? '')
      .filter(Boolean),
  );
  check(
    'a dense paragraph gets one compact lens, not one per claim',
    lensTexts.length >= 1 && lensTexts.length <= 4 && new Set(lensLines).size === lensLines.length,
    lensTexts.join(' | '),
  );
  // put the cursor on the GDP claim and open its card from the command palette
  await page.click('.editor-instance .view-lines');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  await page.keyboard.type('3.21万亿元');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Policy Lens: Edit Tag');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Edit Tag"]', { timeout: 30000 });
  await page.keyboard.press('Enter');
  let cardFrame;
  for (let i = 0; i < 100 && !cardFrame; i++) {
    for (const f of page.frames()) if (await f.$('#status').catch(() => null)) cardFrame = f;
    if (!cardFrame) await page.waitForTimeout(200);
  }
  check('the annotation card opens on the claim at the cursor', !!cardFrame);
  if (cardFrame) {
    const claimText = await cardFrame.locator('.claim').innerText();
    check('the card shows the claim it edits', claimText.includes('3.21万亿元'), claimText.slice(0, 40));
    await cardFrame.selectOption('#status', 'disputed');
    await cardFrame.locator('button', { hasText: 'Add a source' }).click();
    await cardFrame.locator('.source .citation').fill('省统计局《2025年统计公报》表1');
    await cardFrame.locator('#note').fill('公报为3.20万亿元');
    await cardFrame.locator('button', { hasText: 'Save' }).first().click();
    await page.waitForTimeout(1500);
    const history = await cardFrame.locator('ul li').allInnerTexts();
    check(
      'saving the card records the change in the history',
      history.some((h) => h.includes('Status: Disputed')),
      history[0],
    );
    const panelRows = await page.locator('[id="workbench.parts.sidebar"] .monaco-list-row').count();
    check('the panel keeps showing the report while the card has the focus', panelRows > 0, `${panelRows} rows`);
    await page.screenshot({ path: cardShot });
    check('card screenshot saved', existsSync(cardShot), cardShot);
  }
  await page.keyboard.press('Control+1');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: denseShot });
  check('dense review screenshot saved', existsSync(denseShot), denseShot);
} catch (err) {
  console.error(`[e2e] ${err.stack ?? err}`);
  if (ctx)
    await ctx
      .pages()[0]
      ?.screenshot({ path: shot.replace('.png', '-error.png') })
      .catch(() => {});
  checks.push({ name: 'e2e run', ok: false });
} finally {
  await ctx?.close().catch(() => {});
  stopCodeServer();
  if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
}
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
