// The review UI of a working day, in a real VS Code: Quick Fixes act on the claim they are
// invoked on, a tag turns "changed" when its figure is edited and a re-check clears it, one
// CodeLens per line that never goes stale, tagging any selection, and the annotation card.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { AnnotationCard } from '../../../src/extension/card';
import type { PolicyLensApi } from '../../../src/extension/extension';
import { activateExtension, analysed, hoverText, open, reviewed, root, sleep } from './helpers';

interface SidecarOnDisk {
  annotations: Array<{ id: string; status: string; note: string; sources: Array<{ url?: string; citation?: string }> }>;
}
const readSidecar = (doc: vscode.TextDocument) =>
  JSON.parse(fs.readFileSync(doc.uri.fsPath + '.annotations.json', 'utf8')) as SidecarOnDisk;

let api: PolicyLensApi;

async function codeActions(doc: vscode.TextDocument, offset: number): Promise<vscode.CodeAction[]> {
  const at = doc.positionAt(offset);
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    new vscode.Range(at, at),
  );
}

suite('Review UI in a real VS Code', () => {
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('Quick Fixes on a claim tag that claim; the cursor elsewhere does not matter', async () => {
    const { doc, editor } = await open('review/ui.report.txt');
    const state = await analysed(api, doc);
    await reviewed(api, doc, () => true);
    const claim = state.result.claims.find((c) => c.text.includes('破案287起'));
    const other = state.result.claims.find((c) => c.text.includes('智能安防小区'));
    assert.ok(claim && other);
    const actions = await codeActions(doc, claim.range.start + 3);
    const verify = actions.find((a) => a.title === 'Mark claim Verified');
    assert.ok(verify?.command, `a "Mark claim Verified" action among ${actions.map((a) => a.title).join(', ')}`);
    editor.selection = new vscode.Selection(doc.positionAt(other.range.start), doc.positionAt(other.range.start));
    await vscode.commands.executeCommand(verify.command.command, ...(verify.command.arguments ?? []));
    const r = (await reviewed(api, doc, (x) => x.claims[claim.id]?.status === 'verified')).review;
    // only tagged claims are listed: one left out is unverified
    assert.strictEqual(r.claims[other.id], undefined, 'the claim at the cursor is untouched');
    assert.strictEqual(r.annotations.length, 1);
  });

  test('one CodeLens per line, showing the status the server holds now', async () => {
    const { doc } = await open('review/ui.report.txt');
    const state = await analysed(api, doc);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const lines = lenses.map((l) => l.range.start.line);
    assert.strictEqual(new Set(lines).size, lines.length, 'at most one lens per line');
    const claim = state.result.claims.find((c) => c.text.includes('破案287起'));
    assert.ok(claim);
    const line = doc.positionAt(claim.range.start).line;
    const lens = lenses.find((l) => l.range.start.line === line);
    assert.ok(
      lens?.command?.title.startsWith('Verified') || lens?.command?.title.includes('Verified'),
      lens?.command?.title,
    );
    assert.strictEqual(lens?.command?.command, 'policyLens.reviewLine');
  });

  test('a verified figure edited turns "changed since checked"; a re-check clears it', async () => {
    const { doc, editor } = await open('review/ui.report.txt');
    const state = await analysed(api, doc);
    const claim = state.result.claims.find((c) => c.text.includes('破案287起'));
    assert.ok(claim);
    const at = doc.getText().indexOf('287起');
    // typed at once: the tag's own write may reach the file watcher after this edit, and must
    // not re-anchor the edited text (that would orphan the tag)
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 3)), '291'));
    const fresh = await analysed(api, doc, (s) => s.result.claims.some((c) => c.text.includes('破案291起')));
    const edited = fresh.result.claims.find((c) => c.text.includes('破案291起'));
    assert.ok(edited);
    const r = (await reviewed(api, doc, (x) => x.claims[edited.id]?.changed === true)).review;
    assert.strictEqual(r.claims[edited.id]?.status, 'verified');
    await sleep(200);
    const drawn = api.decorator.applied.get(doc.uri.toString());
    assert.ok(
      drawn?.['claim.changed']?.some((range) => doc.getText(range).includes('破案291起')),
      'drawn as changed',
    );
    const diags = vscode.languages.getDiagnostics(doc.uri);
    assert.ok(
      diags.some((d) => d.code === 'changed' && d.message.includes('破案291起')),
      'a diagnostic quotes it',
    );
    const hover = await hoverText(doc.uri, doc.positionAt(edited.range.start + 1));
    assert.match(hover, /Changed since it was marked Verified/);
    assert.match(hover, /287/, 'the hover shows what was checked');
    const actions = await codeActions(doc, edited.range.start + 1);
    const recheck = actions.find((a) => a.isPreferred);
    assert.ok(recheck?.command, 'a preferred re-check action');
    await vscode.commands.executeCommand(recheck.command.command, ...(recheck.command.arguments ?? []));
    await reviewed(
      api,
      doc,
      (x) => x.claims[edited.id]?.changed === false && x.claims[edited.id]?.status === 'verified',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('any selection can be tagged, and shows in its status colour', async () => {
    const { doc } = await open('review/ui.report.txt');
    const state = await analysed(api, doc);
    const text = doc.getText();
    // a heading: no claim covers it
    const heading = state.result.headings[0];
    assert.ok(
      heading &&
        !state.result.claims.some((c) => c.range.start < heading.range.end && heading.range.start < c.range.end),
    );
    const a = await vscode.commands.executeCommand<{ claimId: string | null; status: string }>('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      range: heading.range,
      status: 'needs-source',
    });
    assert.strictEqual(a.claimId, null);
    await reviewed(api, doc, (r) => r.annotations.some((x) => x.status === 'needs-source'));
    await sleep(200);
    const drawn = api.decorator.applied.get(doc.uri.toString());
    assert.deepStrictEqual(
      drawn?.['claim.needs-source']?.map((r) => doc.getText(r)),
      [text.slice(heading.range.start, heading.range.end)],
    );
  });

  test('the annotation card edits status, several sources and a note without a source, behind a strict CSP', async () => {
    const { doc } = await open('review/card.report.txt');
    const state = await analysed(api, doc);
    await reviewed(api, doc, () => true);
    const claim = state.result.claims[2];
    const card = await vscode.commands.executeCommand<AnnotationCard>('policyLens.editTag', {
      uri: doc.uri.toString(),
      claimId: claim.id,
    });
    assert.ok(card, 'the card opens on an untagged claim');
    // the card's group takes the focus (in a browser no text editor is then active; this headless host
    // keeps the report's editor active, so the e2e suite's screenshot is the check of that case)
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await sleep(300);
    assert.ok(
      api.metrics.getChildren().length > 0,
      'the Metrics view still shows the report while the card is focused',
    );
    await card.save(
      'disputed',
      [{ url: 'https://example.org/a' }, { citation: '市统计局公报 表3', quote: '69.6%' }],
      'two sources disagree',
    );
    let side = readSidecar(doc);
    assert.strictEqual(side.annotations.length, 1);
    assert.strictEqual(side.annotations[0].sources.length, 2);
    await card.save('disputed', [{ citation: '市统计局公报 表3' }], 'only the table remains');
    side = readSidecar(doc);
    assert.deepStrictEqual(side.annotations[0].sources, [{ citation: '市统计局公报 表3' }]);
    await card.save('needs-source', [], 'a note with no source at all');
    side = readSidecar(doc);
    assert.strictEqual(side.annotations[0].note, 'a note with no source at all');
    assert.strictEqual(side.annotations[0].status, 'needs-source');
    await assert.rejects(card.save('verified', [{ url: 'javascript:alert(1)' }], ''), /http/);
    assert.strictEqual(readSidecar(doc).annotations[0].status, 'needs-source', 'a refused save changes nothing');
    const page = card.pageHtml();
    assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
    assert.ok(!/innerHTML/.test(page), 'the page never parses text as HTML');
  });
});

suite('Export and first steps in a real VS Code', () => {
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('the walkthrough sample is a copy in the workspace: tagging it never writes into the extension', async () => {
    const copy = await vscode.commands.executeCommand<vscode.Uri>('policyLens.openSample');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    assert.ok(copy.fsPath.startsWith(folder), `${copy.fsPath} is in the workspace`);
    const doc = await vscode.workspace.openTextDocument(copy);
    const state = await analysed(api, doc);
    await reviewed(api, doc, () => true);
    await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: state.result.claims[0].id,
      status: 'verified',
    });
    assert.ok(fs.existsSync(copy.fsPath + '.annotations.json'), 'the sidecar is beside the copy');
    const extension = vscode.extensions.all.find((e) => (e.packageJSON as { name?: string }).name === 'policy-lens');
    assert.ok(extension);
    assert.ok(!fs.existsSync(`${extension.extensionPath}/samples/zh-annual-review.txt.annotations.json`));
  });

  test('the export writes workspace-relative paths and line/column beside offsets', async () => {
    const copy = await vscode.commands.executeCommand<vscode.Uri>('policyLens.openSample');
    const doc = await vscode.workspace.openTextDocument(copy);
    await reviewed(api, doc, (r) => r.annotations.length > 0);
    const out = vscode.Uri.joinPath(copy, '..', 'sample.export.json');
    const content = await vscode.commands.executeCommand<string>('policyLens.exportAnnotations', 'json', out);
    const json = JSON.parse(content) as {
      documents: Array<{
        path: string;
        annotations: Array<{
          anchor: { range: { start: number }; location: { start: { line: number; column: number } } };
        }>;
      }>;
    };
    assert.strictEqual(json.documents[0].path, 'policy-lens-sample.report.txt');
    const a = json.documents[0].annotations[0];
    const pos = doc.positionAt(a.anchor.range.start);
    assert.deepStrictEqual(a.anchor.location.start, { line: pos.line, column: pos.character });
  });
});

suite('Workspace review in a real VS Code', () => {
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('workspace mode groups claims by report and reads the tags of closed reports from their sidecars', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    const closed = path.join(folder, 'closed', 'never-opened.report.txt');
    fs.mkdirSync(path.dirname(closed), { recursive: true });
    fs.copyFileSync(path.join(root, 'samples', 'zh-annual-review.txt'), closed);
    const tagged = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'policy-lens.js'), 'tag', closed, '--match', '破案287起', '--status', 'false'],
      { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
    );
    assert.strictEqual(tagged.status, 0, tagged.stderr);
    await vscode.commands.executeCommand('policyLens.toggleWorkspace');
    try {
      const top = api.claims.getChildren();
      const report = top.find((n) => n.type === 'report' && n.entry.uri.fsPath === closed);
      assert.ok(report, `a group for the closed report among ${top.length}`);
      const groups = api.claims.getChildren(report);
      const falseGroup = groups.find((g) => g.type === 'status' && g.status === 'false');
      assert.ok(falseGroup?.type === 'status' && falseGroup.claims.length === 1, 'its tag read from the sidecar');
      assert.ok(falseGroup.claims[0].claim.text.includes('破案287起'));
    } finally {
      await vscode.commands.executeCommand('policyLens.toggleWorkspace');
    }
  });
});

suite('Consistency checks in a real VS Code', () => {
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('a change that does not add up is a warning with its arithmetic, in the hover, and can be marked disputed', async () => {
    const { doc } = await open('review/checks.report.txt');
    const state = await analysed(api, doc);
    const r = (await reviewed(api, doc, (x) => x.findings.length > 0)).review;
    assert.strictEqual(r.findings[0].check, 'change');
    let diag: vscode.Diagnostic | undefined;
    for (let i = 0; i < 50 && !diag; i++) {
      diag = vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'check.change');
      if (!diag) await sleep(100);
    }
    assert.ok(diag, 'a diagnostic for the inconsistent change');
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diag.message, /\(13分钟 − 7分钟\) ÷ 13分钟 = 46\.2 %.*48%.*inconsistent/);
    const hover = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('48%') + 1));
    assert.match(hover, /46\\?\.2/);
    const checksGroup = api.claims.getChildren().find((g) => g.type === 'checks');
    assert.ok(checksGroup?.type === 'checks' && checksGroup.items.length === 1, 'a Checks group in the Claims view');
    const actions = await codeActions(doc, doc.getText().indexOf('48%'));
    const dispute = actions.find((a) => a.title.startsWith('Mark disputed:'));
    assert.ok(dispute?.command, `a "Mark disputed" action among ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(dispute.command.command, ...(dispute.command.arguments ?? []));
    const claim = state.result.claims.find((c) => c.text.includes('48%'));
    assert.ok(claim);
    const after = (await reviewed(api, doc, (x) => x.claims[claim.id]?.status === 'disputed')).review;
    const tag = after.annotations.find((a) => a.id === after.claims[claim.id]?.annotationId);
    assert.match(tag?.note ?? '', /46\.2 %/, 'the note carries the arithmetic');
  });
});
