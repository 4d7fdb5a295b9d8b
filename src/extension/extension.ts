// The thin VS Code client: decides which documents are reports, starts the language
// server when the first one opens, and shows what it finds (decorations, hovers via LSP,
// the Metrics and Claims views, the status bar). No extraction logic lives here.
import * as vscode from 'vscode';
import * as path from 'node:path';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ANALYSIS_NOTIFICATION,
  ANALYZE_FILE_REQUEST,
  ANALYZE_NOW_REQUEST,
  SET_ENABLED_NOTIFICATION,
  REVIEW_NOTIFICATION,
  TAG_REQUEST,
  DELETE_ANNOTATION_REQUEST,
  REATTACH_REQUEST,
  EXPORT_REQUEST,
  type AnalysisNotification,
  type AnalyzeFileResult,
  type ReviewAnnotation,
  type ReviewNotification,
  type TagParams,
} from '../shared/protocol';
import * as os from 'node:os';
import { metricsCsv } from '../core/output/metrics-csv';
import { describeValue } from '../core/output/describe';
import { DEFAULT_STATUSES, sourceFromText } from '../core/annotations/model';
import type { Metric } from '../core/types';
import { AnalysisStore, type DocumentState } from './state';
import { Decorator, type StatusStyle } from './decorations';
import { ClaimsProvider, MetricsProvider, type MetricNode, type ReportEntry, type SortKey } from './views';

const REMEMBERED_KEY = 'policyLens.enabledFiles';
function configuredStatuses(): StatusStyle[] {
  const list = vscode.workspace.getConfiguration('policyLens').get<StatusStyle[]>('statuses', []);
  return Array.isArray(list) && list.length
    ? list
        .filter((s) => s && typeof s.id === 'string')
        .map((s) => ({ id: s.id, label: s.label ?? s.id, color: s.color ?? '#9e9e9e' }))
    : [...DEFAULT_STATUSES];
}

function reviewSettings() {
  const c = vscode.workspace.getConfiguration('policyLens');
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    /* no user name on this system */
  }
  return {
    statuses: configuredStatuses(),
    author: c.get<string>('author', '') || user,
    diagnostics: c.get<string>('diagnostics', 'information'),
    sidecarDir: c.get<string>('sidecarDir', ''),
    readOnly: !vscode.workspace.isTrusted, // Restricted Mode: no sidecar writes
  };
}
const TEXT_LANGUAGES = new Set(['plaintext', 'markdown', 'policy-report']);

export interface PolicyLensApi {
  store: AnalysisStore;
  decorator: Decorator;
  metrics: MetricsProvider;
  claims: ClaimsProvider;
  isEnabled(doc: vscode.TextDocument): boolean;
  whenAnalyzed(uri: vscode.Uri, accept?: (s: DocumentState) => boolean): Promise<DocumentState>;
  activationMs: number;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const t0 = performance.now();
  const store = new AnalysisStore();
  const decorator = new Decorator(context.extensionUri, configuredStatuses, store);
  let scope: 'file' | 'workspace' = 'file';
  const workspaceEntries = new Map<string, ReportEntry>();

  const remembered = () => new Set(context.workspaceState.get<string[]>(REMEMBERED_KEY, []));
  const isEnabled = (doc: vscode.TextDocument): boolean => {
    if (!TEXT_LANGUAGES.has(doc.languageId) || (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled'))
      return false;
    if (doc.languageId === 'policy-report') return true;
    if (remembered().has(doc.uri.toString())) return true;
    const globs = vscode.workspace.getConfiguration('policyLens', doc).get<string[]>('include', []);
    return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  };
  const enabledUris = () => vscode.workspace.textDocuments.filter(isEnabled).map((d) => d.uri.toString());

  const entries = (): ReportEntry[] => {
    if (scope === 'workspace') return [...workspaceEntries.values()];
    const ed = vscode.window.activeTextEditor;
    const state = ed ? store.get(ed.document.uri) : undefined;
    return ed && state ? [{ uri: ed.document.uri, state }] : [];
  };
  const metrics = new MetricsProvider(entries);
  const claims = new ClaimsProvider(entries, store, configuredStatuses);
  const metricsView = vscode.window.createTreeView('policyLens.metrics', {
    treeDataProvider: metrics,
    showCollapseAll: true,
  });
  const claimsView = vscode.window.createTreeView('policyLens.claims', { treeDataProvider: claims });
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 90);
  status.command = 'workbench.view.extension.policyLens';
  context.subscriptions.push(store, decorator, metricsView, claimsView, status);

  const refreshViews = () => {
    const active = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'policyLens.isReport', !!active && isEnabled(active));
    metrics.refresh();
    claims.refresh();
    const unverified = claims.unverifiedCount();
    claimsView.badge = unverified
      ? { value: unverified, tooltip: vscode.l10n.t('{0} unverified claims', unverified) }
      : undefined;
    const ed = vscode.window.activeTextEditor;
    const s = ed ? store.get(ed.document.uri) : undefined;
    if (s?.result) {
      status.text = `$(graph) ${vscode.l10n.t('{0} metrics · {1} claims', s.result.metrics.length, s.result.claims.length)}`;
      status.tooltip = vscode.l10n.t(
        'Policy Lens: {0} metrics, {1} claims in this report',
        s.result.metrics.length,
        s.result.claims.length,
      );
      status.show();
    } else if (s?.tooLarge) {
      status.text = `$(warning) ${vscode.l10n.t('Policy Lens: file too large')}`;
      status.tooltip = vscode.l10n.t(
        'Over the policyLens.maxFileSize limit: run "Policy Lens: Analyse this file" to analyse it anyway.',
      );
      status.show();
    } else status.hide();
  };

  const redraw = (uri?: string) => {
    for (const ed of vscode.window.visibleTextEditors) {
      if (uri && ed.document.uri.toString() !== uri) continue;
      if (isEnabled(ed.document)) decorator.apply(ed, store.get(ed.document.uri));
      else decorator.clear(ed);
    }
  };

  store.onDidChange((s) => {
    redraw(s.uri);
    if (scope === 'workspace' && workspaceEntries.has(s.uri))
      workspaceEntries.set(s.uri, { uri: vscode.Uri.parse(s.uri), state: s });
    refreshViews();
  });

  const serverSettings = () => {
    const c = vscode.workspace.getConfiguration('policyLens');
    return {
      maxFileSize: c.get<number>('maxFileSize', 5_000_000),
      debounceMs: c.get<number>('debounceMs', 150),
      review: reviewSettings(),
    };
  };

  let starting: Promise<LanguageClient> | undefined;
  const ensureClient = (): Promise<LanguageClient> => {
    if (starting) return starting;
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6019'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...TEXT_LANGUAGES].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      initializationOptions: serverSettings(),
      synchronize: {
        configurationSection: 'policyLens',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/*.annotations.json'),
      },
    };
    const c = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
    client = c;
    starting = c.start().then(() => {
      c.onNotification(REVIEW_NOTIFICATION, (n: ReviewNotification) => {
        store.updateReview(n);
        if (n.error) void vscode.window.showErrorMessage(`Policy Lens: ${n.error}`);
      });
      c.onNotification(ANALYSIS_NOTIFICATION, (n: AnalysisNotification) => {
        store.update(n);
        if (n.tooLarge) {
          void vscode.window.showInformationMessage(
            vscode.l10n.t(
              'Policy Lens skipped {0}: it is larger than policyLens.maxFileSize. Run "Policy Lens: Analyse this file" to analyse it anyway.',
              path.basename(vscode.Uri.parse(n.uri).fsPath),
            ),
          );
        }
      });
      return c;
    });
    return starting;
  };

  const syncEnabled = async () => {
    const uris = enabledUris();
    if (uris.length === 0 && !client) return;
    const c = await ensureClient();
    await c.sendNotification(SET_ENABLED_NOTIFICATION, { uris });
    redraw();
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(() => void syncEnabled()),
    vscode.workspace.onDidCloseTextDocument((d) => {
      store.delete(d.uri.toString());
      void syncEnabled();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => refreshViews()),
    vscode.window.onDidChangeVisibleTextEditors(() => redraw()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens')) {
        void syncEnabled();
        redraw();
      }
    }),
    // trusted now: the server may write tags (Restricted Mode kept it read-only)
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification('workspace/didChangeConfiguration', {
        settings: { policyLens: { readOnly: false } },
      });
    }),
    { dispose: () => void client?.stop() },
  );

  const reveal = async (uri: vscode.Uri, range: { start: number; end: number }) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const sel = new vscode.Selection(doc.positionAt(range.start), doc.positionAt(range.end));
    editor.selection = sel;
    editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  /** Tags the claim given (CodeLens, tree) or under the cursor: a status, or a source and note. */
  const tagClaim = async (args: Partial<TagParams> | undefined, withSource: boolean) => {
    const ed = vscode.window.activeTextEditor;
    const uri = args?.uri ?? ed?.document.uri.toString();
    if (!uri) return undefined;
    const params: TagParams = {
      uri,
      claimId: args?.claimId,
      offset: args?.claimId
        ? undefined
        : (args?.offset ?? (ed ? ed.document.offsetAt(ed.selection.active) : undefined)),
    };
    if (args?.status || args?.source || args?.note !== undefined)
      Object.assign(params, { status: args.status, source: args.source, note: args.note });
    else if (!withSource) {
      const pick = await vscode.window.showQuickPick(
        configuredStatuses().map((s) => ({ label: s.label, description: s.id, id: s.id })),
        { placeHolder: vscode.l10n.t('Verification status of this claim') },
      );
      if (!pick) return undefined;
      params.status = pick.id;
    } else {
      const src = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Source: a URL or a citation') });
      if (!src) return undefined;
      const quote = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Quoted passage of the source (optional)'),
      });
      const note = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note (optional)') });
      params.source = sourceFromText(src, quote || undefined);
      if (note) params.note = note;
    }
    const c = await ensureClient();
    try {
      return await c.sendRequest<ReviewAnnotation>(TAG_REQUEST, params);
    } catch (err) {
      void vscode.window.showErrorMessage(`Policy Lens: ${(err as Error).message}`);
      return undefined;
    }
  };

  const metricOf = (node?: MetricNode): { metric: Metric; uri: vscode.Uri } | undefined =>
    node?.type === 'metric' ? { metric: node.metric, uri: node.entry.uri } : undefined;

  const scanWorkspace = async () => {
    const globs = vscode.workspace.getConfiguration('policyLens').get<string[]>('include', []);
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Policy Lens: scanning the workspace'),
        cancellable: true,
      },
      async (progress, token) => {
        const found = new Map<string, vscode.Uri>();
        for (const pattern of ['**/*.report.txt', '**/*.report.md', ...globs]) {
          for (const uri of await vscode.workspace.findFiles(pattern, '**/node_modules/**', 2000, token))
            found.set(uri.toString(), uri);
        }
        const c = await ensureClient();
        workspaceEntries.clear();
        let done = 0;
        for (const uri of found.values()) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / found.size });
          const open = store.get(uri);
          if (open?.result) workspaceEntries.set(uri.toString(), { uri, state: open });
          else {
            const r = await c.sendRequest<AnalyzeFileResult>(ANALYZE_FILE_REQUEST, { path: uri.fsPath });
            if (r.result)
              workspaceEntries.set(uri.toString(), {
                uri,
                state: {
                  uri: uri.toString(),
                  version: 0,
                  result: r.result,
                  tooLarge: false,
                  size: 0,
                  elapsedMs: 0,
                  receivedAt: Date.now(),
                },
              });
          }
          done++;
        }
        refreshViews();
        return done;
      },
    );
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.analyseFile', async () => {
      const ed = vscode.window.activeTextEditor;
      if (!ed) return;
      const set = remembered();
      set.add(ed.document.uri.toString());
      await context.workspaceState.update(REMEMBERED_KEY, [...set]);
      const c = await ensureClient();
      await syncEnabled();
      await c.sendRequest(ANALYZE_NOW_REQUEST, { uri: ed.document.uri.toString() });
    }),
    vscode.commands.registerCommand('policyLens.stopAnalysingFile', async () => {
      const ed = vscode.window.activeTextEditor;
      if (!ed) return;
      const set = remembered();
      set.delete(ed.document.uri.toString());
      await context.workspaceState.update(REMEMBERED_KEY, [...set]);
      store.delete(ed.document.uri.toString());
      await syncEnabled();
      refreshViews();
    }),
    vscode.commands.registerCommand('policyLens.reveal', reveal),
    vscode.commands.registerCommand('policyLens.filterMetrics', async () => {
      const value = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Show metrics whose text, subject or unit contains…'),
        value: metrics.filter,
      });
      if (value === undefined) return;
      metrics.filter = value;
      metricsView.description = value ? vscode.l10n.t('filter: {0}', value) : undefined;
      metrics.refresh();
    }),
    vscode.commands.registerCommand('policyLens.sortMetrics', async () => {
      const pick = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('By position'), key: 'position' as SortKey },
          { label: vscode.l10n.t('By value'), key: 'value' as SortKey },
          { label: vscode.l10n.t('By subject'), key: 'subject' as SortKey },
        ],
        { placeHolder: vscode.l10n.t('Sort metrics') },
      );
      if (!pick) return;
      metrics.sort = pick.key;
      metrics.refresh();
    }),
    vscode.commands.registerCommand('policyLens.toggleGrouping', () => {
      metrics.grouped = !metrics.grouped;
      metrics.refresh();
    }),
    vscode.commands.registerCommand('policyLens.toggleWorkspace', async () => {
      scope = scope === 'file' ? 'workspace' : 'file';
      metricsView.title = scope === 'workspace' ? vscode.l10n.t('Metrics (workspace)') : vscode.l10n.t('Metrics');
      if (scope === 'workspace') await scanWorkspace();
      refreshViews();
    }),
    vscode.commands.registerCommand('policyLens.copyMetricText', async (node?: MetricNode) => {
      const m = metricOf(node);
      if (m)
        await vscode.env.clipboard.writeText(
          `${m.metric.subject ?? ''} ${m.metric.text.replace(/\s+/g, ' ')} (${describeValue(m.metric)})`.trim(),
        );
    }),
    vscode.commands.registerCommand('policyLens.copyMetricJson', async (node?: MetricNode) => {
      const m = metricOf(node);
      if (m) await vscode.env.clipboard.writeText(JSON.stringify(m.metric, null, 2));
    }),
    vscode.commands.registerCommand('policyLens.exportMetricsCsv', async () => {
      const ed = vscode.window.activeTextEditor;
      const s = ed ? store.get(ed.document.uri) : undefined;
      if (!ed || !s?.result) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open an analysed report first.'));
        return;
      }
      const target = await vscode.window.showSaveDialog({
        defaultUri: ed.document.uri.with({ path: ed.document.uri.path.replace(/(\.[^./]+)?$/, '.metrics.csv') }),
        filters: { CSV: ['csv'] },
      });
      if (!target) return;
      const csv = metricsCsv([
        { path: vscode.workspace.asRelativePath(ed.document.uri), metrics: s.result.metrics, claims: s.result.claims },
      ]);
      await vscode.workspace.fs.writeFile(target, Buffer.from(csv, 'utf8'));
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Exported {0} metrics to {1}', s.result.metrics.length, path.basename(target.fsPath)),
      );
    }),
    vscode.commands.registerCommand('policyLens.tagClaim', async (args?: Partial<TagParams>) => tagClaim(args, false)),
    vscode.commands.registerCommand('policyLens.addSource', async (args?: Partial<TagParams>) => tagClaim(args, true)),
    vscode.commands.registerCommand('policyLens.nextUnverified', async () => {
      const ed = vscode.window.activeTextEditor;
      const s = ed ? store.get(ed.document.uri) : undefined;
      if (!ed || !s?.result) return;
      const here = ed.document.offsetAt(ed.selection.end);
      const open = s.result.claims.filter((c) => store.statusOf(s, c).status === 'unverified');
      const next = open.find((c) => c.range.start >= here) ?? open[0];
      if (!next) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No unverified claims left in this report.'));
        return;
      }
      await reveal(ed.document.uri, next.range);
    }),
    vscode.commands.registerCommand(
      'policyLens.exportAnnotations',
      async (format?: 'json' | 'w3c' | 'csv', target?: vscode.Uri) => {
        const docs = vscode.workspace.textDocuments.filter((d) => isEnabled(d) && store.get(d.uri)?.result);
        if (docs.length === 0) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Open an analysed report first.'));
          return undefined;
        }
        const fmt =
          format ??
          (await vscode.window.showQuickPick(['json', 'w3c', 'csv'], { placeHolder: vscode.l10n.t('Export format') }));
        if (!fmt) return undefined;
        const c = await ensureClient();
        const active = vscode.window.activeTextEditor?.document;
        const uris = active && docs.includes(active) ? [active.uri.toString()] : docs.map((d) => d.uri.toString());
        const content = await c.sendRequest<string>(EXPORT_REQUEST, { uris, format: fmt });
        const where =
          target ??
          (await vscode.window.showSaveDialog({ filters: { [fmt.toUpperCase()]: [fmt === 'csv' ? 'csv' : 'json'] } }));
        if (!where) return content;
        await vscode.workspace.fs.writeFile(where, Buffer.from(content, 'utf8'));
        return content;
      },
    ),
    vscode.commands.registerCommand(
      'policyLens.reattachOrphan',
      async (node?: { entry?: ReportEntry; annotation?: ReviewAnnotation }) => {
        const ed = vscode.window.activeTextEditor;
        if (!ed || !node?.annotation || ed.selection.isEmpty) {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('Select the text the tag belongs to, then re-attach it.'),
          );
          return;
        }
        const c = await ensureClient();
        await c.sendRequest(REATTACH_REQUEST, {
          uri: ed.document.uri.toString(),
          annotationId: node.annotation.id,
          range: { start: ed.document.offsetAt(ed.selection.start), end: ed.document.offsetAt(ed.selection.end) },
        });
      },
    ),
    vscode.commands.registerCommand(
      'policyLens.deleteAnnotation',
      async (node?: { entry?: ReportEntry; annotation?: ReviewAnnotation }) => {
        if (!node?.annotation || !node.entry) return;
        const ok = await vscode.window.showWarningMessage(
          vscode.l10n.t('Delete this tag and its sources?'),
          { modal: true },
          vscode.l10n.t('Delete'),
        );
        if (!ok) return;
        const c = await ensureClient();
        await c.sendRequest(DELETE_ANNOTATION_REQUEST, {
          uri: node.entry.uri.toString(),
          annotationId: node.annotation.id,
        });
      },
    ),
    vscode.commands.registerCommand('policyLens.openSample', async () => {
      const doc = await vscode.workspace.openTextDocument(
        vscode.Uri.joinPath(context.extensionUri, 'samples', 'zh-annual-review.txt'),
      );
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('policyLens.analyseFile');
    }),
  );

  void syncEnabled();
  const activationMs = performance.now() - t0;
  return {
    store,
    decorator,
    metrics,
    claims,
    isEnabled,
    whenAnalyzed: (uri, accept) => store.waitFor(uri, accept),
    activationMs,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
