// The connection to the language server: started when the first report opens (activation
// stays cheap), its notifications fed into the store, its requests typed by src/shared.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { RequestType } from 'vscode-languageserver-protocol';
import {
  analysisDeltaNotification,
  analysisNotification,
  resendAnalysisNotification,
  reviewNotification,
  trustNotification,
} from '../shared/protocol';
import { SETTINGS_SECTION } from '../shared/settings';
import type { AnalysisStore } from './state';

/** The languages whose documents can be reports. */
/** The commands a hover link may run (the server's hovers offer status, source and card links). */
const HOVER_COMMANDS = ['policyLens.tagClaim', 'policyLens.addSource', 'policyLens.editTag'];

export const TEXT_LANGUAGES = new Set(['plaintext', 'markdown', 'policy-report']);

/**
 * Node options of the language server process (the bench reads them from here): V8 grows its
 * heap less eagerly, and the server may collect garbage once before it loads nodejieba's
 * dictionaries. No heap cap: a long report must never make the server fail.
 */
export const SERVER_EXEC_ARGV = ['--optimize-for-size', '--expose-gc'];

/** A progress report the client showed; VS Code cannot read its window progress back, the integration suites read these. */
export interface ProgressReport {
  uri: string;
  title: string;
  /** Settles when the progress ends: the whole analysis arrived (or the wait for it timed out). */
  ended: Promise<void>;
}

export class ServerClient implements vscode.Disposable {
  /** Every progress report shown, oldest first (a test hook: see ProgressReport). */
  readonly progressReports: ProgressReport[] = [];
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: AnalysisStore,
  ) {}

  get started(): boolean {
    return this.client !== undefined;
  }

  /** The running client, started on first use. */
  connection(): Promise<LanguageClient> {
    this.starting ??= this.start();
    return this.starting;
  }

  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const c = await this.connection();
    return c.sendRequest(type, params);
  }

  private async start(): Promise<LanguageClient> {
    const serverModule = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      // Restricted Mode: the server shows tags but writes no sidecar until the workspace is trusted
      initializationOptions: { trusted: vscode.workspace.isTrusted },
      documentSelector: [...TEXT_LANGUAGES].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // hovers carry links that act on their claim; only these commands may run from them
      markdown: { isTrusted: { enabledCommands: HOVER_COMMANDS } },
      synchronize: {
        // the server pulls its settings per document; this only tells it when they change
        configurationSection: SETTINGS_SECTION,
        fileEvents: vscode.workspace.createFileSystemWatcher('**/*.annotations.json'),
      },
    };
    const c = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
    this.client = c;
    await c.start();
    this.context.subscriptions.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => void c.sendNotification(trustNotification, { trusted: true })),
    );
    c.onNotification(reviewNotification, (n) => {
      this.store.updateReview(n);
      if (n.error) void vscode.window.showErrorMessage(`Policy Lens: ${n.error}`);
    });
    c.onNotification(analysisDeltaNotification, (n) => {
      if (!this.store.updateDelta(n)) void c.sendNotification(resendAnalysisNotification, { uri: n.uri });
    });
    c.onNotification(analysisNotification, (n) => {
      this.store.update(n);
      if (n.partial) this.showProgress(n.uri);
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
  }

  /** A long report's first look arrived: progress in the status bar until the whole analysis follows. */
  private showProgress(uri: string): void {
    const name = path.basename(vscode.Uri.parse(uri).fsPath);
    const title = vscode.l10n.t('Policy Lens: analysing the rest of {0}', name);
    const ended = this.store
      .waitFor(vscode.Uri.parse(uri), (s) => !s.partial, 120_000)
      .then(
        () => undefined,
        () => undefined,
      );
    this.progressReports.push({ uri, title, ended });
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => ended);
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }

  dispose(): void {
    void this.stop();
  }
}
