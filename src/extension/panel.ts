// The Policy Lens side panel: the Metrics and Claims trees for the active report, or for every
// report of the workspace (scanned through the server), with the badge of unverified claims.
import * as vscode from 'vscode';
import { analyzeFileRequest } from '../shared/protocol';
import type { ServerClient } from './client';
import type { Reports } from './reports';
import type { AnalysisStore, DocumentState } from './state';
import { ClaimsProvider } from './claims-view';
import { MetricsProvider, type ReportEntry } from './views';

export class Panel implements vscode.Disposable {
  readonly metrics: MetricsProvider;
  readonly claims: ClaimsProvider;
  readonly metricsView: vscode.TreeView<unknown>;
  private readonly claimsView: vscode.TreeView<unknown>;
  private scope: 'file' | 'workspace' = 'file';
  private readonly workspaceEntries = new Map<string, ReportEntry>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly server: ServerClient,
    private readonly reports: Reports,
  ) {
    const entries = () => this.entries();
    this.metrics = new MetricsProvider(entries);
    this.claims = new ClaimsProvider(entries, store, () => this.scope === 'workspace');
    this.metricsView = vscode.window.createTreeView('policyLens.metrics', {
      treeDataProvider: this.metrics,
      showCollapseAll: true,
    });
    this.claimsView = vscode.window.createTreeView('policyLens.claims', { treeDataProvider: this.claims });
    // A hidden view is refreshed when it is shown again, not on every edit.
    this.subscriptions.push(
      this.metricsView.onDidChangeVisibility(() => this.refreshMetrics()),
      this.claimsView.onDidChangeVisibility(() => this.refreshClaims()),
    );
  }

  private refreshMetrics(): void {
    if (this.metricsView.visible) this.metrics.refresh();
  }

  private refreshClaims(): void {
    if (this.claimsView.visible) this.claims.refresh();
  }

  private entries(): ReportEntry[] {
    if (this.scope === 'workspace') return [...this.workspaceEntries.values()];
    const ed = this.reports.activeReportEditor();
    const state = ed ? this.store.get(ed.document.uri) : undefined;
    return ed && state ? [{ uri: ed.document.uri, state }] : [];
  }

  /** A report's analysis changed: keep the workspace list current. */
  updated(state: DocumentState): void {
    if (this.scope === 'workspace' && this.workspaceEntries.has(state.uri))
      this.workspaceEntries.set(state.uri, { uri: vscode.Uri.parse(state.uri), state });
  }

  refresh(): void {
    this.refreshMetrics();
    this.refreshClaims();
    const unverified = this.claims.unverifiedCount();
    this.claimsView.badge = unverified
      ? { value: unverified, tooltip: vscode.l10n.t('{0} unverified claims', unverified) }
      : undefined;
    const { verified, total } = this.claims.progress();
    this.claimsView.description = total ? vscode.l10n.t('{0} of {1} verified', verified, total) : undefined;
  }

  /** The Claims view's title description: the verified/total progress. */
  get claimsDescription(): string | undefined {
    return this.claimsView.description;
  }

  setClaimFilter(value: string): void {
    this.claims.filter = value;
    this.claimsView.message = value ? vscode.l10n.t('filter: {0}', value) : undefined;
    this.refresh();
  }

  setFilter(value: string): void {
    this.metrics.filter = value;
    this.metricsView.description = value ? vscode.l10n.t('filter: {0}', value) : undefined;
    this.metrics.refresh();
  }

  async toggleScope(): Promise<void> {
    this.scope = this.scope === 'file' ? 'workspace' : 'file';
    this.metricsView.title =
      this.scope === 'workspace' ? vscode.l10n.t('Metrics (workspace)') : vscode.l10n.t('Metrics');
    if (this.scope === 'workspace') await this.scanWorkspace();
    this.refresh();
  }

  /** Every report of the workspace: open ones from the store, the others analysed from disk. */
  private async scanWorkspace(): Promise<void> {
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
        this.workspaceEntries.clear();
        for (const uri of found.values()) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / found.size });
          const open = this.store.get(uri);
          if (open?.result) {
            this.workspaceEntries.set(uri.toString(), { uri, state: open });
            continue;
          }
          const r = await this.server.request(analyzeFileRequest, { path: uri.fsPath });
          if (r.result)
            this.workspaceEntries.set(uri.toString(), {
              uri,
              state: {
                uri: uri.toString(),
                version: 0,
                result: r.result,
                tooLarge: false,
                size: 0,
                elapsedMs: 0,
                receivedAt: Date.now(),
                review: r.review ?? undefined,
              },
            });
        }
      },
    );
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.metricsView.dispose();
    this.claimsView.dispose();
  }
}
