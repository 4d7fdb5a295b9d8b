// Claim review in a real VS Code: tag through the command, see the decoration, the Claims
// view and the sidecar change, edit around the tag, close and reopen, change the report
// outside the editor, export.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const ws = () => vscode.workspace.workspaceFolders[0].uri;
let api;

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws(), rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}
const analysed = (doc, accept = (s) => !!s.result) =>
  api.whenAnalyzed(doc.uri, (s) => s.version === doc.version && accept(s));
const reviewed = (doc, accept) => api.whenAnalyzed(doc.uri, (s) => !!s.review && accept(s.review));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

suite('Claim review in a real VS Code', () => {
  suiteSetup(async () => {
    api = await vscode.extensions.all.find((e) => e.packageJSON.name === 'policy-lens').activate();
  });

  test('tag a claim: sidecar written, decoration and Claims view show the status, hover lists the source', async () => {
    const { doc } = await open('review/tagged.report.txt');
    const state = await analysed(doc);
    await reviewed(doc, () => true);
    const claim = state.result.claims.find((c) => c.text.includes('破案287起'));
    assert.ok(claim, 'the claim is found');
    const a = await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: claim.id,
      status: 'disputed',
    });
    assert.strictEqual(a.status, 'disputed');
    await vscode.commands.executeCommand('policyLens.addSource', {
      uri: doc.uri.toString(),
      claimId: claim.id,
      source: { url: 'https://example.org/table-3', quote: '破案率69.6%' },
      note: 'table says 69.6%',
    });
    const review = (await reviewed(doc, (r) => r.annotations.some((x) => x.sources.length === 1))).review;
    assert.strictEqual(review.annotations.length, 1);
    const sidecar = JSON.parse(fs.readFileSync(doc.uri.fsPath + '.annotations.json', 'utf8'));
    assert.strictEqual(sidecar.annotations[0].status, 'disputed');
    assert.strictEqual(sidecar.annotations[0].sources[0].url, 'https://example.org/table-3');
    assert.strictEqual(sidecar.annotations[0].anchor.quote.exact, claim.text);
    await sleep(100);
    const drawn = api.decorator.applied.get(doc.uri.toString());
    assert.deepStrictEqual(
      drawn['claim.disputed'].map((r) => doc.getText(r)),
      [claim.text],
    );
    const groups = api.claims.getChildren();
    const disputed = groups.find((g) => g.status === 'disputed');
    assert.strictEqual(disputed.claims.length, 1);
    const hover = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      doc.uri,
      doc.positionAt(claim.range.start + 2),
    );
    const text = hover.flatMap((h) => h.contents.map((c) => c.value || c)).join('\n');
    assert.match(text, /Disputed/);
    assert.match(text, /https:\/\/example\.org\/table-3/);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(
      lenses.some((l) => l.command && l.command.title.startsWith('Disputed')),
      'the CodeLens shows the status',
    );
    const diags = vscode.languages.getDiagnostics(doc.uri);
    assert.ok(
      diags.some((d) => d.code === 'disputed' && d.severity === vscode.DiagnosticSeverity.Warning),
      'disputed claims are warnings',
    );
    assert.ok(
      diags.some((d) => d.code === 'unverified'),
      'open claims are listed too',
    );
  });

  test('edits move the tag with its sentence; saving persists it; reopening finds it again', async () => {
    const { doc, editor } = await open('review/tagged.report.txt');
    await analysed(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '编者按：本文有修改。\n\n'));
    const moved = (
      await reviewed(
        doc,
        (r) =>
          r.annotations[0] &&
          doc.getText().slice(r.annotations[0].range.start, r.annotations[0].range.end).includes('破案287起'),
      )
    ).review;
    assert.strictEqual(moved.annotations[0].state, 'anchored');
    await doc.save();
    await sleep(500);
    const onDisk = JSON.parse(fs.readFileSync(doc.uri.fsPath + '.annotations.json', 'utf8'));
    assert.strictEqual(
      doc.getText().slice(onDisk.annotations[0].anchor.position.start, onDisk.annotations[0].anchor.position.end),
      onDisk.annotations[0].anchor.quote.exact,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await sleep(300);
    const again = await open('review/tagged.report.txt');
    const r = (await reviewed(again.doc, (x) => x.annotations.length === 1)).review;
    assert.strictEqual(r.annotations[0].state, 'anchored');
    assert.ok(
      again.doc.getText().slice(r.annotations[0].range.start, r.annotations[0].range.end).includes('破案287起'),
    );
  });

  test('a report changed outside the editor: the tag is re-found or orphaned, never moved to other text', async () => {
    const { doc } = await open('review/outside.report.txt');
    const state = await analysed(doc);
    await reviewed(doc, () => true);
    const keep = state.result.claims.find((c) => c.text.includes('破案287起'));
    const lose = state.result.claims.find((c) => c.text.includes('智能安防小区'));
    await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: keep.id,
      status: 'verified',
    });
    await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: lose.id,
      status: 'false',
    });
    await reviewed(doc, (r) => r.annotations.length === 2);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await sleep(300);
    // someone pulls an edited version
    const file = doc.uri.fsPath;
    const edited = ('新增导语。\n\n' + fs.readFileSync(file, 'utf8'))
      .replace('破案287起，破案率达69.66%。', '共破获案件287起，破案率达69.66%。') // reworded, same figures
      .replace(/全市建成智能安防小区[^；]*；/, '');
    fs.writeFileSync(file, edited);
    const again = await open('review/outside.report.txt');
    const r = (
      await reviewed(
        again.doc,
        (x) =>
          x.version === again.doc.version &&
          x.annotations.length === 2 &&
          x.annotations.some((a) => a.state === 'orphaned'),
      )
    ).review;
    const verified = r.annotations.find((a) => a.status === 'verified');
    const orphan = r.annotations.find((a) => a.status === 'false');
    assert.strictEqual(verified.state, 'anchored');
    assert.ok(again.doc.getText().slice(verified.range.start, verified.range.end).includes('共破获案件287起'));
    assert.strictEqual(orphan.state, 'orphaned');
    const groups = api.claims.getChildren();
    const orphans = groups.find((g) => g.type === 'orphans');
    assert.ok(orphans && orphans.items.length === 1, 'the orphan has its own group');
    // export gives the same picture
    const json = JSON.parse(
      await vscode.commands.executeCommand(
        'policyLens.exportAnnotations',
        'json',
        vscode.Uri.joinPath(ws(), 'review', 'export.json'),
      ),
    );
    const anns = json.documents[0].annotations;
    assert.deepStrictEqual(anns.map((a) => a.anchor.state).sort(), ['anchored', 'orphaned']);
    assert.ok(fs.existsSync(path.join(ws().fsPath, 'review', 'export.json')));
  });

  test('a corrupt sidecar is left untouched and tagging refuses', async () => {
    const side = path.join(ws().fsPath, 'review', 'corrupt.report.txt.annotations.json');
    fs.writeFileSync(side, '{ "annotations": [ oops');
    const { doc } = await open('review/corrupt.report.txt');
    const state = await analysed(doc);
    const r = (await reviewed(doc, (x) => !!x.error)).review;
    assert.match(r.error, /does not parse/);
    const res = await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: state.result.claims[0].id,
      status: 'verified',
    });
    assert.strictEqual(res, undefined);
    assert.strictEqual(fs.readFileSync(side, 'utf8'), '{ "annotations": [ oops');
  });
});
