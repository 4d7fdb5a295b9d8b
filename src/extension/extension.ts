// The thin VS Code client: wires the parts together. It decides which documents are reports,
// starts the language server when the first one opens, and shows what the server finds
// (decorations, hovers via LSP, the side panel, the status bar). No extraction logic lives here.
import * as vscode from 'vscode';
import { ServerClient, type ProgressReport } from './client';
import { registerCommands } from './commands';
import { Decorator } from './decorations';
import { Panel } from './panel';
import { Reports } from './reports';
import type { Services } from './services';
import { AnalysisStore, type DocumentState } from './state';
import { StatusBar } from './statusbar';
import type { ClaimsProvider } from './claims-view';
import type { MetricsProvider } from './views';

/** What activate returns: the integration suites read the editor's state through it. */
export interface PolicyLensApi {
  store: AnalysisStore;
  decorator: Decorator;
  metrics: MetricsProvider;
  claims: ClaimsProvider;
  /** The status bar item's text and the Claims view's title description, as the user reads them. */
  statusBarText(): string;
  claimsViewDescription(): string | undefined;
  isEnabled(doc: vscode.TextDocument): boolean;
  whenAnalyzed(uri: vscode.Uri, accept?: (s: DocumentState) => boolean): Promise<DocumentState>;
  /** The progress reports shown for long reports being analysed. */
  progress: readonly ProgressReport[];
  activationMs: number;
}

let server: ServerClient | undefined;

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const t0 = performance.now();
  const store = new AnalysisStore();
  server = new ServerClient(context, store);
  const reports = new Reports(context, server);
  const panel = new Panel(store, server, reports);
  const decorator = new Decorator(context.extensionUri, store);
  const statusBar = new StatusBar();
  const services: Services = {
    context,
    store,
    server,
    reports,
    panel,
    decorator,
    statusBar,
    redraw: (uri) => redraw(services, uri),
    refresh: () => refresh(services),
  };
  const sync = () => void reports.sync().then(() => services.redraw());
  context.subscriptions.push(
    store,
    decorator,
    panel,
    statusBar,
    server,
    ...registerCommands(services),
    store.onDidChange((s) => {
      services.redraw(s.uri);
      panel.updated(s);
      services.refresh();
    }),
    vscode.workspace.onDidOpenTextDocument(sync),
    vscode.workspace.onDidCloseTextDocument((d) => {
      store.delete(d.uri.toString());
      sync();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => services.refresh()),
    vscode.window.onDidChangeVisibleTextEditors(() => services.redraw()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens') && sync()),
  );
  sync();
  const api = { store, decorator, metrics: panel.metrics, claims: panel.claims };
  return {
    ...api,
    statusBarText: () => statusBar.text,
    claimsViewDescription: () => panel.claimsDescription,
    isEnabled: (doc) => reports.isEnabled(doc),
    whenAnalyzed: (uri, accept) => store.waitFor(uri, accept),
    progress: server.progressReports,
    activationMs: performance.now() - t0,
  };
}

function redraw(s: Services, uri?: string): void {
  for (const ed of vscode.window.visibleTextEditors) {
    if (uri && ed.document.uri.toString() !== uri) continue;
    if (s.reports.isEnabled(ed.document)) s.decorator.apply(ed, s.store.get(ed.document.uri));
    else s.decorator.clear(ed);
  }
}

function refresh(s: Services): void {
  const focused = vscode.window.activeTextEditor?.document;
  void vscode.commands.executeCommand('setContext', 'policyLens.isReport', !!focused && s.reports.isEnabled(focused));
  const active = s.reports.activeReportEditor()?.document;
  s.panel.refresh();
  const state = active ? s.store.get(active.uri) : undefined;
  const verified = state?.result?.claims.filter((c) => {
    const r = s.store.statusOf(state, c);
    return r.status === 'verified' && !r.changed;
  }).length;
  s.statusBar.show(state, verified);
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}
