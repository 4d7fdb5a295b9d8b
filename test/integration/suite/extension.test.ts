// Policy Lens inside a real VS Code extension host. The workspace (made by
// scripts/vscode/run-integration.mjs) holds a policy-report file, a file matched by the
// include glob, unrelated text files and an oversized report. What the editor shows is
// compared with the engine's own output for the same text.
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/extension';
import type { MetricNode } from '../../../src/extension/views';
import {
  activateExtension,
  analysed as analysedNow,
  fmt,
  hoverText,
  loadEngine,
  open,
  rangesOf,
  sleep,
  type Analysed,
} from './helpers';

const engine = loadEngine();
let api: PolicyLensApi;

/** Waits until the decorations drawn for `doc` come from an analysis of its current text. */
async function analysed(doc: vscode.TextDocument, accept?: (s: Analysed) => boolean): Promise<Analysed> {
  const state = await analysedNow(api, doc, accept);
  await sleep(50);
  return state;
}

const metricsOf = (nodes: MetricNode[]) => nodes.flatMap((n) => (n.type === 'metric' ? [n.metric] : []));

suite('Policy Lens in a real VS Code', () => {
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('activation is cheap (the server starts only for a report)', () => {
    console.log(`activation: ${api.activationMs.toFixed(1)} ms`);
    assert.ok(api.activationMs < 100, `activation took ${api.activationMs.toFixed(1)} ms`);
  });

  test('a policy-report file is analysed: decorations match the engine, numbers first then refined', async () => {
    const { doc, editor } = await open('reports/sample.report.txt');
    assert.strictEqual(doc.languageId, 'policy-report');
    const state = await analysed(doc, (s) => s.result.segmented);
    const expected = engine.analyzeSync(doc.getText(), { segmenter: engine.loadSegmenter() });
    assert.deepStrictEqual(
      state.result.metrics.map((m) => m.id),
      expected.metrics.map((m) => m.id),
    );
    const applied = api.decorator.applied.get(doc.uri.toString());
    assert.ok(applied, 'decorations were applied');
    const drawnMetrics = Object.entries(applied)
      .filter(([k]) => k.startsWith('metric.'))
      .flatMap(([, rs]) => rs.map(fmt))
      .sort();
    assert.deepStrictEqual(drawnMetrics, rangesOf(doc, expected.metrics).sort());
    assert.deepStrictEqual(applied.claim.map(fmt), rangesOf(doc, expected.claims));
    assert.ok(expected.metrics.length > 50 && expected.claims.length > 15);
    assert.strictEqual(vscode.window.activeTextEditor, editor);
  });

  test('hover shows the parsed value, unit, change and subject', async () => {
    const { doc } = await open('reports/sample.report.txt');
    await analysed(doc);
    const offset = doc.getText().indexOf('970余万元') + 1;
    const text = await hoverText(doc.uri, doc.positionAt(offset));
    assert.match(text, /more than 9,700,000 元/);
    assert.match(text, /subject \| 群众挽回经济损失/);
    const change = doc.getText().indexOf('31.25%') + 1;
    assert.match(await hoverText(doc.uri, doc.positionAt(change)), /↓ down \(同比\)/);
  });

  test('the Metrics and Claims views list what the engine found', async () => {
    const { doc } = await open('reports/sample.report.txt');
    const state = await analysed(doc);
    const top = api.metrics.getChildren();
    assert.ok(top.length > 2 && top.every((n) => n.type === 'heading'), 'grouped by the report headings');
    const listed = metricsOf(top.flatMap((h) => api.metrics.getChildren(h)))
      .map((m) => m.id)
      .sort();
    assert.deepStrictEqual(listed, state.result.metrics.map((m) => m.id).sort());
    const item = api.metrics.getTreeItem(api.metrics.getChildren(top[0])[0]);
    assert.strictEqual(item.command?.command, 'policyLens.reveal');
    api.metrics.filter = '破案率';
    const filtered = metricsOf(api.metrics.getChildren().flatMap((h) => api.metrics.getChildren(h)));
    assert.ok(filtered.length >= 1 && filtered.every((m) => `${m.subject}${m.text}`.includes('破案率')));
    api.metrics.filter = '';
    const claims = api.claims.getChildren();
    const first = claims.find((g) => g.type === 'status');
    assert.ok(first?.type === 'status');
    assert.strictEqual(first.status, 'unverified');
    assert.strictEqual(api.claims.getChildren(first).length, state.result.claims.length);
    // clicking an item selects the metric in the editor
    const m = state.result.metrics[5];
    await vscode.commands.executeCommand('policyLens.reveal', doc.uri, m.range);
    const sel = vscode.window.activeTextEditor?.selection;
    assert.ok(sel);
    assert.strictEqual(doc.getText(sel), m.text);
  });

  test('the include glob turns analysis on; unrelated text files stay untouched', async () => {
    const inc = await open('include-me/included.txt');
    assert.strictEqual(inc.doc.languageId, 'plaintext');
    const s = await analysed(inc.doc);
    assert.ok(s.result.metrics.length > 5);
    const other = await open('other/unrelated.txt');
    assert.strictEqual(api.isEnabled(other.doc), false);
    await sleep(800);
    assert.strictEqual(api.store.get(other.doc.uri), undefined);
    const applied = api.decorator.applied.get(other.doc.uri.toString());
    assert.ok(!applied || Object.values(applied).every((rs) => rs.length === 0));
  });

  test('"Analyse this file" turns it on for any open text file', async () => {
    const { doc } = await open('other/analyse-me.txt');
    assert.strictEqual(api.isEnabled(doc), false);
    await vscode.commands.executeCommand('policyLens.analyseFile');
    const s = await analysed(doc);
    assert.deepStrictEqual(
      s.result.metrics.map((m) => m.text),
      ['2316起', '18.6%'],
    );
    assert.strictEqual(api.isEnabled(doc), true, 'remembered for this workspace');
  });

  test('an edit updates the highlights', async () => {
    const { doc, editor } = await open('reports/sample.report.txt');
    const before = (await analysed(doc)).result.metrics.length;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '全年新增破案77起。\n'));
    const s = await analysed(doc);
    assert.strictEqual(s.result.metrics.length, before + 1);
    assert.strictEqual(s.result.metrics[0].text, '77起');
    const drawn = Object.entries(api.decorator.applied.get(doc.uri.toString()) ?? {})
      .filter(([k]) => k.startsWith('metric.'))
      .flatMap(([, rs]) => rs);
    assert.ok(drawn.some((r) => r.start.line === 0 && doc.getText(r) === '77起'));
    await vscode.commands.executeCommand('undo');
  });

  test('a file over the size limit is analysed only on request', async () => {
    const { doc } = await open('big/huge.report.txt');
    const s = await api.whenAnalyzed(doc.uri, (x) => x.tooLarge);
    assert.strictEqual(s.result, null);
    await vscode.commands.executeCommand('policyLens.analyseFile');
    const forced = await analysed(doc);
    assert.strictEqual(forced.result.metrics.length, 24000);
  });
});
