// Linked sources in a real VS Code: a report and its source written on disk in the test workspace, the
// source linked through the command, the match shown as information and the difference as a warning, the
// hover with the source's quote, the Sources group of the Claims view, and the Accept Quick Fix writing
// exactly that claim, verified with the source's file, line and quote, to the sidecar on disk.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/extension';
import type { LinkedSourceView } from '../../../src/shared/protocol';
import { activateExtension, analysed, hoverText, open, reviewed, root, sleep, ws } from './helpers';

// the revenue and its growth as the 长沙 bulletin gives them; the expenditure mistyped (the bulletin: 1625.77亿元)
const REPORT = '2025年全市完成地方一般公共预算收入1296.87亿元，增长2.56%。\n\n全市完成一般公共预算支出1652.77亿元。\n';

interface SidecarOnDisk {
  sources?: Array<{ file: string }>;
  annotations: Array<{ status: string; sources: Array<Record<string, unknown>>; anchor: { quote: { exact: string } } }>;
}

let api: PolicyLensApi;

async function diagnosticsWith(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 200; i++) {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.code === code);
    if (found.length) return found;
    await sleep(100);
  }
  return [];
}

suite('Linked sources in a real VS Code', () => {
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('link a source: information and warning, hover with the quote, Accept writes that claim verified with the source', async () => {
    const folder = path.join(ws().fsPath, 'linked');
    fs.mkdirSync(path.join(folder, 'data'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'budget.report.txt'), REPORT);
    const sourceFile = path.join(folder, 'data', 'bulletin.html');
    fs.copyFileSync(path.join(root, 'test', 'fixtures', 'checks', 'changsha-bulletin-2025.html'), sourceFile);
    const { doc } = await open('linked/budget.report.txt');
    const state = await analysed(api, doc);
    await reviewed(api, doc, () => true);

    const linked = await vscode.commands.executeCommand<LinkedSourceView[] | undefined>('policyLens.linkSource', {
      report: doc.uri.toString(),
      source: vscode.Uri.file(sourceFile).toString(),
    });
    assert.deepStrictEqual(
      linked?.map((l) => l.file),
      ['data/bulletin.html'],
    );

    const differs = await diagnosticsWith(doc.uri, 'source.differs');
    assert.strictEqual(differs.length, 1, 'one figure differs from the source');
    assert.strictEqual(differs[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(differs[0].message, /the source says 1625\.77亿元 at line 4/);
    const matches = await diagnosticsWith(doc.uri, 'source.matches');
    assert.deepStrictEqual(
      matches.map((d) => doc.getText(d.range)),
      ['1296.87亿元', '2.56%'],
    );
    assert.ok(matches.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    assert.match(matches[0].message, /matches data\/bulletin\.html at line 4/);

    const revenueAt = doc.getText().indexOf('1296.87');
    const hover = await hoverText(doc.uri, doc.positionAt(revenueAt + 2));
    assert.match(hover, /Matches data\/bulletin\\?\.html/);
    assert.match(hover, /全年地方一般公共预算收入1296\\?\.87亿元/, 'the hover quotes the source');

    const review = (await reviewed(api, doc, (r) => !!r.sources?.length && !r.sources[0].pending)).review;
    assert.strictEqual(review.sources?.[0].differs, 1);
    const group = api.claims.getChildren().find((g) => g.type === 'sources');
    assert.ok(group?.type === 'sources' && group.items.length === 1, 'a Sources group in the Claims view');

    const at = doc.positionAt(revenueAt);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(at, at),
    );
    const accept = actions.find((a) => a.title === 'Accept: verified against data/bulletin.html');
    assert.ok(accept?.command, `an Accept action among ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));

    const claim = state.result.claims.find((c) => c.text.includes('1296.87'));
    assert.ok(claim);
    await reviewed(api, doc, (r) => r.claims[claim.id]?.status === 'verified');
    const sidecar = JSON.parse(fs.readFileSync(doc.uri.fsPath + '.annotations.json', 'utf8')) as SidecarOnDisk;
    assert.deepStrictEqual(
      sidecar.sources?.map((s) => s.file),
      ['data/bulletin.html'],
    );
    assert.strictEqual(sidecar.annotations.length, 1, 'exactly one claim tagged');
    assert.strictEqual(sidecar.annotations[0].status, 'verified');
    assert.strictEqual(sidecar.annotations[0].anchor.quote.exact, claim.text);
    assert.deepStrictEqual(sidecar.annotations[0].sources, [
      {
        citation: 'data/bulletin.html',
        quote: '全年地方一般公共预算收入1296.87亿元，比上年增长2.6%。',
        file: 'data/bulletin.html',
        line: 4,
      },
    ]);
  });

  test('the command offers the recent sources; the Sources row unlinks its file', async () => {
    const folder = path.join(ws().fsPath, 'linked');
    fs.writeFileSync(path.join(folder, 'second.report.txt'), REPORT);
    const { doc } = await open('linked/second.report.txt');
    await analysed(api, doc);
    await reviewed(api, doc, () => true);
    // no argument: a quick pick of the recent sources (the bulletin, linked by the test above) comes up
    let settled = false;
    const linking = vscode.commands
      .executeCommand<LinkedSourceView[] | undefined>('policyLens.linkSource')
      .then((r) => {
        settled = true;
        return r;
      });
    for (let i = 0; i < 40 && !settled; i++) {
      await sleep(300);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const linked = await linking;
    assert.deepStrictEqual(
      linked?.map((l) => l.file),
      ['data/bulletin.html'],
      'the most recent source is offered first',
    );
    await reviewed(api, doc, (r) => !!r.sources?.length);
    const group = api.claims.getChildren().find((g) => g.type === 'sources');
    assert.ok(group?.type === 'sources');
    const row = api.claims.getChildren(group)[0];
    assert.ok(row?.type === 'source' && row.source.file === 'data/bulletin.html');
    const left = await vscode.commands.executeCommand<LinkedSourceView[] | undefined>('policyLens.unlinkSource', row);
    assert.deepStrictEqual(left, []);
    const sidecar = JSON.parse(fs.readFileSync(doc.uri.fsPath + '.annotations.json', 'utf8')) as SidecarOnDisk;
    assert.deepStrictEqual(sidecar.sources, []);
    assert.deepStrictEqual(sidecar.annotations, [], 'linking and unlinking tag nothing');
  });
});
