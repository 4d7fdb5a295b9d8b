// Every command of the extension, in one table: id → handler. activate registers the table;
// package.json declares the same ids (a test checks the two agree).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeValue } from '../core/output/describe';
import { metricsCsv } from '../core/output/metrics-csv';
import {
  analyzeNowRequest,
  deleteAnnotationRequest,
  exportRequest,
  reattachRequest,
  type ExportFormat,
  type ReviewAnnotation,
} from '../shared/protocol';
import type { Services } from './services';
import { AnnotationCard } from './card';
import { cardTargetOf, tagClaim, type TagTarget } from './tagging';
import { SOURCE_COMMANDS } from './link-source';
import type { MetricNode, ReportEntry, SortKey } from './views';

/** A Claims view row that holds a tag (an orphan), as the tree passes it to its inline actions. */
interface AnnotationRow {
  entry?: ReportEntry;
  annotation?: ReviewAnnotation;
}

type Handler = (services: Services, ...args: never[]) => unknown;

const metricOf = (node?: MetricNode) => (node?.type === 'metric' ? node.metric : undefined);

async function reveal(_services: Services, uri: vscode.Uri, range: { start: number; end: number }): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const sel = new vscode.Selection(doc.positionAt(range.start), doc.positionAt(range.end));
  editor.selection = sel;
  editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function analyseFile(s: Services): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  if (!ed) return;
  await s.reports.remember(ed.document.uri, true);
  await s.reports.sync();
  s.redraw();
  await s.server.request(analyzeNowRequest, { uri: ed.document.uri.toString() });
}

async function stopAnalysingFile(s: Services): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  if (!ed) return;
  await s.reports.remember(ed.document.uri, false);
  s.store.delete(ed.document.uri.toString());
  await s.reports.sync();
  s.redraw();
  s.refresh();
}

async function filterMetrics(s: Services): Promise<void> {
  const value = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Show metrics whose text, subject or unit contains…'),
    value: s.panel.metrics.filter,
  });
  if (value !== undefined) s.panel.setFilter(value);
}

async function sortMetrics(s: Services): Promise<void> {
  const keys: Array<{ label: string; key: SortKey }> = [
    { label: vscode.l10n.t('By position'), key: 'position' },
    { label: vscode.l10n.t('By value (grouped by unit)'), key: 'value' },
    { label: vscode.l10n.t('By subject'), key: 'subject' },
  ];
  const pick = await vscode.window.showQuickPick(keys, { placeHolder: vscode.l10n.t('Sort metrics') });
  if (!pick) return;
  s.panel.metrics.sort = pick.key;
  s.panel.metrics.refresh();
}

function toggleGrouping(s: Services): void {
  s.panel.metrics.grouped = !s.panel.metrics.grouped;
  s.panel.metrics.refresh();
}

async function copyMetricText(_s: Services, node?: MetricNode): Promise<void> {
  const m = metricOf(node);
  if (m)
    await vscode.env.clipboard.writeText(
      `${m.subject ?? ''} ${m.text.replace(/\s+/g, ' ')} (${describeValue(m)})`.trim(),
    );
}

async function copyMetricJson(_s: Services, node?: MetricNode): Promise<void> {
  const m = metricOf(node);
  if (m) await vscode.env.clipboard.writeText(JSON.stringify(m, null, 2));
}

async function exportMetricsCsv(s: Services): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  const state = ed ? s.store.get(ed.document.uri) : undefined;
  if (!ed || !state?.result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an analysed report first.'));
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: ed.document.uri.with({ path: ed.document.uri.path.replace(/(\.[^./]+)?$/, '.metrics.csv') }),
    filters: { CSV: ['csv'] },
  });
  if (!target) return;
  const { metrics, claims } = state.result;
  const csv = metricsCsv([{ path: vscode.workspace.asRelativePath(ed.document.uri), metrics, claims }]);
  await vscode.workspace.fs.writeFile(target, Buffer.from(csv, 'utf8'));
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} metrics to {1}', metrics.length, path.basename(target.fsPath)),
  );
}

async function nextUnverified(s: Services): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  const state = ed ? s.store.get(ed.document.uri) : undefined;
  if (!ed || !state?.result) return;
  const here = ed.document.offsetAt(ed.selection.end);
  const open = state.result.claims.filter((c) => s.store.statusOf(state, c).status === 'unverified');
  const next = open.find((c) => c.range.start >= here) ?? open[0];
  if (!next) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unverified claims left in this report.'));
    return;
  }
  await reveal(s, ed.document.uri, next.range);
}

/** Every report file of the workspace: *.report.txt, *.report.md and the include globs. */
async function workspaceReports(): Promise<vscode.Uri[]> {
  const globs = vscode.workspace.getConfiguration('policyLens').get<string[]>('include', []);
  const found = new Map<string, vscode.Uri>();
  for (const pattern of ['**/*.report.txt', '**/*.report.md', ...globs])
    for (const uri of await vscode.workspace.findFiles(pattern, '**/node_modules/**', 5000))
      found.set(uri.toString(), uri);
  return [...found.values()];
}

/**
 * Exports the review of the active report, or of every report in the workspace; suggests
 * `<report>.annotations.export.json`, writes paths relative to the workspace with line and column
 * beside offsets, and offers to open the file. Answers the content (callers and tests read it).
 */
async function exportAnnotations(s: Services, format?: ExportFormat, target?: vscode.Uri): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const activeReport = active && s.reports.isEnabled(active) && s.store.get(active.uri)?.result ? active : undefined;
  const openReports = vscode.workspace.textDocuments.filter(
    (d) => s.reports.isEnabled(d) && s.store.get(d.uri)?.result,
  );
  let scope: 'report' | 'workspace' = activeReport ? 'report' : 'workspace';
  if (!format || !target) {
    const picked = await vscode.window.showQuickPick(
      [
        ...(activeReport
          ? [
              {
                label: vscode.l10n.t('This report'),
                description: vscode.workspace.asRelativePath(activeReport.uri),
                scope: 'report' as const,
              },
            ]
          : []),
        { label: vscode.l10n.t('Every report in the workspace'), scope: 'workspace' as const },
      ],
      { placeHolder: vscode.l10n.t('Export the review of…') },
    );
    if (!picked) return undefined;
    scope = picked.scope;
  }
  const onDisk = scope === 'workspace' ? (await workspaceReports()).map((u) => u.fsPath) : [];
  const docs = scope === 'report' && activeReport ? [activeReport] : openReports;
  if (docs.length === 0 && onDisk.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an analysed report first.'));
    return undefined;
  }
  const formats: ExportFormat[] = ['json', 'w3c', 'csv'];
  const fmt =
    format ??
    (
      await vscode.window.showQuickPick(
        formats.map((f) => ({ label: f, format: f })),
        { placeHolder: vscode.l10n.t('Export format') },
      )
    )?.format;
  if (!fmt) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const content = await s.server.request(exportRequest, {
    uris: docs.map((d) => d.uri.toString()),
    paths: onDisk,
    format: fmt,
    root,
  });
  const extension = fmt === 'csv' ? 'csv' : 'json';
  const suggested =
    scope === 'report' && activeReport
      ? activeReport.uri.with({ path: `${activeReport.uri.path}.annotations.export.${extension}` })
      : root
        ? vscode.Uri.joinPath(vscode.Uri.file(root), `policy-lens.annotations.export.${extension}`)
        : undefined;
  const where =
    target ??
    (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [fmt.toUpperCase()]: [extension] } }));
  if (!where) return content;
  await vscode.workspace.fs.writeFile(where, Buffer.from(content, 'utf8'));
  if (!target) {
    const openIt = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('Exported the review to {0}', vscode.workspace.asRelativePath(where)),
        openIt,
      )
      .then(async (choice) => {
        if (choice === openIt) await vscode.window.showTextDocument(where);
      });
  }
  return content;
}

async function reattachOrphan(s: Services, node?: AnnotationRow): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  if (!ed || !node?.annotation || ed.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the tag belongs to, then re-attach it.'));
    return;
  }
  await s.server.request(reattachRequest, {
    uri: ed.document.uri.toString(),
    annotationId: node.annotation.id,
    range: { start: ed.document.offsetAt(ed.selection.start), end: ed.document.offsetAt(ed.selection.end) },
  });
}

async function deleteAnnotation(s: Services, node?: AnnotationRow): Promise<void> {
  if (!node?.annotation || !node.entry) return;
  const ok = await vscode.window.showWarningMessage(
    vscode.l10n.t('Delete this tag and its sources?'),
    { modal: true },
    vscode.l10n.t('Delete'),
  );
  if (!ok) return;
  await s.server.request(deleteAnnotationRequest, {
    uri: node.entry.uri.toString(),
    annotationId: node.annotation.id,
  });
}

/** Opens the annotation card on the claim of a row, a hover link, a code action or the cursor. */
function editTag(s: Services, target?: TagTarget): AnnotationCard | undefined {
  const where = cardTargetOf(s, target);
  if (!where) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a claim or a tagged text first.'));
    return undefined;
  }
  return AnnotationCard.show(s, where);
}

/** Tags the editor's selection, whether or not it is a detected claim. */
async function tagSelection(s: Services): Promise<ReviewAnnotation | undefined> {
  const ed = vscode.window.activeTextEditor;
  if (!ed || ed.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to tag first.'));
    return undefined;
  }
  const range = { start: ed.document.offsetAt(ed.selection.start), end: ed.document.offsetAt(ed.selection.end) };
  return tagClaim(s, { uri: ed.document.uri.toString(), range }, false);
}

/** The CodeLens of a line: pick one of its claims (when there are several), then its status. */
async function reviewLine(s: Services, args?: { uri: string; line: number }): Promise<void> {
  if (!args) return;
  const uri = vscode.Uri.parse(args.uri);
  const state = s.store.get(uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  if (!state?.result || !doc) return;
  const onLine = state.result.claims.filter((c) => doc.positionAt(c.range.start).line === args.line);
  if (onLine.length === 0) return;
  const statuses = s.store.statusesOf(state);
  const label = (id: string) => statuses.find((x) => x.id === id)?.label ?? id;
  let claim = onLine[0];
  if (onLine.length > 1) {
    const pick = await vscode.window.showQuickPick(
      onLine.map((c) => {
        const r = s.store.statusOf(state, c);
        return {
          label: c.text.replace(/\s+/g, ' ').slice(0, 70),
          description: r.changed ? vscode.l10n.t('{0}, changed since', label(r.status)) : label(r.status),
          claim: c,
        };
      }),
      { placeHolder: vscode.l10n.t('Which claim of this line?') },
    );
    if (!pick) return;
    claim = pick.claim;
  }
  await tagClaim(s, { uri: args.uri, claimId: claim.id }, false);
}

async function filterClaims(s: Services): Promise<void> {
  const value = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Show claims whose text contains…'),
    value: s.panel.claims.filter,
  });
  if (value !== undefined) s.panel.setClaimFilter(value);
}

/**
 * Opens a copy of the bundled sample as a report of the workspace (or of the extension's storage
 * when no folder is open), so tagging it writes a sidecar there, never into the extension.
 */
async function openSample(s: Services): Promise<vscode.Uri> {
  const sample = vscode.Uri.joinPath(s.context.extensionUri, 'samples', 'zh-annual-review.txt');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? s.context.globalStorageUri;
  await vscode.workspace.fs.createDirectory(folder);
  const copy = vscode.Uri.joinPath(folder, 'policy-lens-sample.report.txt');
  let exists = true;
  try {
    await vscode.workspace.fs.stat(copy);
  } catch {
    exists = false;
  }
  if (!exists) await vscode.workspace.fs.copy(sample, copy);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
  return copy;
}

export const COMMANDS = {
  'policyLens.analyseFile': analyseFile,
  'policyLens.stopAnalysingFile': stopAnalysingFile,
  'policyLens.reveal': reveal,
  'policyLens.filterMetrics': filterMetrics,
  'policyLens.sortMetrics': sortMetrics,
  'policyLens.toggleGrouping': toggleGrouping,
  'policyLens.toggleWorkspace': (s: Services) => s.panel.toggleScope(),
  'policyLens.copyMetricText': copyMetricText,
  'policyLens.copyMetricJson': copyMetricJson,
  'policyLens.exportMetricsCsv': exportMetricsCsv,
  'policyLens.tagClaim': (s: Services, target?: TagTarget) => tagClaim(s, target, false),
  'policyLens.addSource': (s: Services, target?: TagTarget) => tagClaim(s, target, true),
  'policyLens.nextUnverified': nextUnverified,
  'policyLens.exportAnnotations': exportAnnotations,
  'policyLens.reattachOrphan': reattachOrphan,
  'policyLens.deleteAnnotation': deleteAnnotation,
  'policyLens.openSample': openSample,
  'policyLens.editTag': editTag,
  'policyLens.tagSelection': tagSelection,
  'policyLens.reviewLine': reviewLine,
  'policyLens.filterClaims': filterClaims,
  ...SOURCE_COMMANDS,
} satisfies Record<string, Handler>;

export type CommandId = keyof typeof COMMANDS;

/** Registers every command of the table. */
export function registerCommands(services: Services): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, handler]) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) =>
      (handler as (s: Services, ...rest: unknown[]) => unknown)(services, ...args),
    ),
  );
}
