// Policy Lens inside a real VS Code extension host. The workspace (made by
// scripts/vscode/run-integration.mjs) holds a policy-report file, a file matched by the
// include glob, unrelated text files and an oversized report. What the editor shows is
// compared with the engine's own output for the same text.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

const root = process.env.POLICY_LENS_ROOT || path.resolve(__dirname, '..', '..', '..');
const engine = require(path.join(root, 'dist', 'engine.js'));
const ws = () => vscode.workspace.workspaceFolders[0].uri;
const file = (rel) => vscode.Uri.joinPath(ws(), rel);
let api;

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Waits until the decorations drawn for `doc` come from an analysis of its current text. */
async function analysed(doc, accept = (s) => !!s.result) {
  const state = await api.whenAnalyzed(doc.uri, (s) => s.version === doc.version && accept(s));
  await new Promise((r) => setTimeout(r, 50));
  return state;
}

const rangesOf = (doc, items) =>
  items.map(
    (x) =>
      `${doc.positionAt(x.range.start).line}:${doc.positionAt(x.range.start).character}-${doc.positionAt(x.range.end).line}:${doc.positionAt(x.range.end).character}`,
  );
const fmt = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

suite('Policy Lens in a real VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'policy-lens');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
    assert.ok(api && api.store, 'activate returns the test API');
  });

  test('activation is cheap (the server starts only for a report)', () => {
    console.log(`activation: ${api.activationMs.toFixed(1)} ms`);
    assert.ok(api.activationMs < 100, `activation took ${api.activationMs.toFixed(1)} ms`);
  });

  test('a policy-report file is analysed: decorations match the engine, numbers first then refined', async () => {
    const { doc, editor } = await open('reports/sample.report.txt');
    assert.strictEqual(doc.languageId, 'policy-report');
    const state = await analysed(doc, (s) => !!s.result && s.result.segmented);
    const expected = engine.analyzeSync(doc.getText(), { segmenter: engine.loadSegmenter() });
    assert.deepStrictEqual(
      state.result.metrics.map((m) => m.id),
      expected.metrics.map((m) => m.id),
    );
    const applied = api.decorator.applied.get(doc.uri.toString());
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
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /more than 9,700,000 元/);
    assert.match(text, /subject \| 群众挽回经济损失/);
    const change = doc.getText().indexOf('31.25%') + 1;
    const h2 = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(change));
    assert.match(h2.flatMap((h) => h.contents.map((c) => c.value || c)).join('\n'), /↓ down \(同比\)/);
  });

  test('the Metrics and Claims views list what the engine found', async () => {
    const { doc } = await open('reports/sample.report.txt');
    const state = await analysed(doc);
    const top = api.metrics.getChildren();
    assert.ok(top.length > 2 && top.every((n) => n.type === 'heading'), 'grouped by the report headings');
    const listed = top
      .flatMap((h) => api.metrics.getChildren(h))
      .map((n) => n.metric.id)
      .sort();
    assert.deepStrictEqual(listed, state.result.metrics.map((m) => m.id).sort());
    const item = api.metrics.getTreeItem(api.metrics.getChildren(top[0])[0]);
    assert.strictEqual(item.command.command, 'policyLens.reveal');
    api.metrics.filter = '破案率';
    const filtered = api.metrics.getChildren().flatMap((h) => api.metrics.getChildren(h));
    assert.ok(filtered.length >= 1 && filtered.every((n) => `${n.metric.subject}${n.metric.text}`.includes('破案率')));
    api.metrics.filter = '';
    const claims = api.claims.getChildren();
    assert.strictEqual(claims[0].status, 'unverified');
    assert.strictEqual(api.claims.getChildren(claims[0]).length, state.result.claims.length);
    // clicking an item selects the metric in the editor
    const m = state.result.metrics[5];
    await vscode.commands.executeCommand('policyLens.reveal', doc.uri, m.range);
    const sel = vscode.window.activeTextEditor.selection;
    assert.strictEqual(doc.getText(sel), m.text);
  });

  test('the include glob turns analysis on; unrelated text files stay untouched', async () => {
    const inc = await open('include-me/included.txt');
    assert.strictEqual(inc.doc.languageId, 'plaintext');
    const s = await analysed(inc.doc);
    assert.ok(s.result.metrics.length > 5);
    const other = await open('other/unrelated.txt');
    assert.strictEqual(api.isEnabled(other.doc), false);
    await new Promise((r) => setTimeout(r, 800));
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
    await analysed(doc);
    const before = api.store.get(doc.uri).result.metrics.length;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '全年新增破案77起。\n'));
    const s = await analysed(doc);
    assert.strictEqual(s.result.metrics.length, before + 1);
    assert.strictEqual(s.result.metrics[0].text, '77起');
    const drawn = Object.entries(api.decorator.applied.get(doc.uri.toString()))
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
