// The Chinese UI in a real VS Code started with the zh-cn display language: every string the
// editor shows for a report (hover, Quick Fixes, CodeLens, diagnostics, Claims view, status
// bar) comes from the zh-cn bundles, the server's included. Run by scripts/vscode/run-integration.mjs
// in its zh-cn pass only (VS Code needs a language pack for zh-cn; the harness installs a stub
// one with no translations of VS Code's own strings, as the real pack cannot be downloaded here).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { AnnotationCard } from '../../../src/extension/card';
import type { PolicyLensApi } from '../../../src/extension/extension';
import { activateExtension, analysed, hoverText, open, reviewed, sleep } from './helpers';

// Names and identifiers that stay as they are in a Chinese UI.
const KEPT = new Set(['Policy', 'Lens', 'policyLens', 'maxFileSize', 'UTF', 'http', 'https']);

/** English words (three letters or more) the user reads; codicons `$(name)` and link targets aside. */
function englishIn(text: string): string[] {
  const shown = text.replace(/\$\([a-z-]+\)/g, '').replace(/\]\([^)]*\)/g, ']');
  return (shown.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w));
}

function assertChinese(where: string, text: string): void {
  assert.ok(/[\u4e00-\u9fff]/.test(text), `${where} shows Chinese: ${JSON.stringify(text)}`);
  assert.deepStrictEqual(englishIn(text), [], `${where} has no English left: ${JSON.stringify(text)}`);
}

const labelOf = (item: vscode.TreeItem): string =>
  typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
const tipOf = (item: vscode.TreeItem): string =>
  typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');

let api: PolicyLensApi;

suite('The zh-cn UI in a real VS Code', () => {
  suiteSetup(async () => {
    assert.strictEqual(vscode.env.language, 'zh-cn', 'the harness started VS Code in zh-cn');
    api = await activateExtension();
  });

  test('hover, Quick Fixes, CodeLens, diagnostics, views, annotation card and status bar speak Chinese', async () => {
    const { doc, editor } = await open('locale/zh.report.txt');
    const state = await analysed(api, doc, (s) => !!s.result.segmented);
    await reviewed(api, doc, () => true);

    const metric = state.result.metrics.find((m) => m.change && m.subject);
    assert.ok(metric, 'a metric with a change and a subject');
    assertChinese('the metric hover', await hoverText(doc.uri, doc.positionAt(metric.range.start + 1)));

    const claim = state.result.claims.find((c) => c.text.includes('破案287起'));
    const gone = state.result.claims.find((c) => c.text.includes('智能安防小区'));
    assert.ok(claim && gone);
    const at = doc.positionAt(claim.range.start + 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(at, at),
    );
    assert.ok(actions.length >= 3, `Quick Fixes on the claim: ${actions.map((a) => a.title).join(' | ')}`);
    for (const a of actions) assertChinese('a Quick Fix', a.title);

    // disputed: a diagnostic that quotes the claim, in Chinese
    await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: claim.id,
      status: 'disputed',
    });
    await reviewed(api, doc, (r) => r.claims[claim.id]?.status === 'disputed');
    let diagnostics: vscode.Diagnostic[] = [];
    for (let i = 0; i < 100 && !diagnostics.length; i++) {
      diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Policy Lens');
      if (!diagnostics.length) await sleep(100);
    }
    assert.ok(diagnostics.length, 'a diagnostic for the disputed claim');
    for (const d of diagnostics) assertChinese('a diagnostic', d.message);
    assert.ok(
      diagnostics.some((d) => d.message.includes('287')),
      'the diagnostic quotes the claim',
    );

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(lenses.length, 'a CodeLens on the tagged line');
    for (const l of lenses) assertChinese('a CodeLens', l.command?.title ?? '');

    // a tag whose sentence is deleted becomes orphaned: its group and row are Chinese too
    await vscode.commands.executeCommand('policyLens.tagClaim', {
      uri: doc.uri.toString(),
      claimId: gone.id,
      status: 'verified',
    });
    await reviewed(api, doc, (r) => r.annotations.length === 2);
    const cut = doc.getText().search(/全市建成智能安防小区[^；]*；/);
    const cutEnd = doc.getText().indexOf('；', cut) + 1;
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(cut), doc.positionAt(cutEnd))));
    await reviewed(api, doc, (r) => r.annotations.some((a) => a.state === 'orphaned'));

    const groups = api.claims.getChildren();
    assert.ok(
      groups.some((g) => g.type === 'orphans'),
      'an orphaned-tags group',
    );
    for (const g of groups) {
      const item = api.claims.getTreeItem(g);
      assertChinese('a Claims view group', `${labelOf(item)} ${tipOf(item)}`);
      if (g.type === 'orphans')
        for (const row of api.claims.getChildren(g)) {
          const r = api.claims.getTreeItem(row);
          assertChinese('an orphaned tag row', `${String(r.description ?? '')} ${tipOf(r).replace(/\n[^]*$/, '')}`);
        }
    }
    // claim rows: the claim's types; the row text is the report's own
    const rows = groups.filter((g) => g.type === 'status').flatMap((g) => api.claims.getChildren(g));
    assert.ok(rows.length > 3, 'claim rows');
    for (const row of rows.slice(0, 10))
      assertChinese('a claim row', String(api.claims.getTreeItem(row).description ?? ''));
    // metric rows: the parsed value and change in the tooltip
    const metricRows = api.metrics.getChildren().flatMap((h) => api.metrics.getChildren(h));
    const changed = metricRows.filter((n) => n.type === 'metric' && !!n.metric.change);
    assert.ok(changed.length, 'metric rows with a change');
    for (const row of changed.slice(0, 10)) assertChinese('a metric tooltip', tipOf(api.metrics.getTreeItem(row)));
    assertChinese('the Claims view title', api.claimsViewDescription() ?? '');

    // the annotation card: its labels, the statuses it offers, the history of the tag
    const card = await vscode.commands.executeCommand<AnnotationCard>('policyLens.editTag', {
      uri: doc.uri.toString(),
      claimId: claim.id,
    });
    await card.save('needs-source', [{ citation: '市统计局公报 表3' }], '待补来源');
    // The card reads the client's store, which the server's reviewed state updates after the save returns (the card
    // re-posts on that change): wait for it rather than race it.
    let view = card.view();
    for (let i = 0; i < 100 && !(view.annotation && view.annotation.history.length >= 2); i++) {
      await sleep(100);
      view = card.view();
    }
    for (const [key, text] of Object.entries(view.strings)) assertChinese(`the card's "${key}"`, text);
    for (const s of view.statuses) assertChinese('a status the card offers', s.label);
    assert.ok(view.annotation && view.annotation.history.length >= 2, 'the tag has a history');
    for (const h of view.annotation.history) assertChinese('a history line', h.change);

    await sleep(200);
    assertChinese('the status bar', api.statusBarText());
    assert.ok(fs.existsSync(doc.uri.fsPath + '.annotations.json'), 'the tags were written beside the report');
  });
});
