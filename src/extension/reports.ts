// Which open documents are reports: the policy-report language, the include globs, and files
// the user turned on with "Analyse this file" (remembered per workspace). Tells the server.
import * as vscode from 'vscode';
import { setEnabledNotification } from '../shared/protocol';
import { TEXT_LANGUAGES, type ServerClient } from './client';

const REMEMBERED_KEY = 'policyLens.enabledFiles';

export class Reports {
  private lastReport: string | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: ServerClient,
  ) {}

  private remembered(): Set<string> {
    return new Set(this.context.workspaceState.get<string[]>(REMEMBERED_KEY, []));
  }

  isEnabled(doc: vscode.TextDocument): boolean {
    if (!TEXT_LANGUAGES.has(doc.languageId) || (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled'))
      return false;
    if (doc.languageId === 'policy-report') return true;
    if (this.remembered().has(doc.uri.toString())) return true;
    const globs = vscode.workspace.getConfiguration('policyLens', doc).get<string[]>('include', []);
    return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  }

  /**
   * The report the panel and the status bar show: the active editor's when it is a report, else
   * the last report that was active and is still visible (focus on the card or a panel keeps it).
   */
  activeReportEditor(): vscode.TextEditor | undefined {
    const ed = vscode.window.activeTextEditor;
    if (ed && this.isEnabled(ed.document)) {
      this.lastReport = ed.document.uri.toString();
      return ed;
    }
    if (ed) return undefined; // another text file has the focus: it is what the user reads
    const visible = vscode.window.visibleTextEditors;
    return (
      visible.find((e) => e.document.uri.toString() === this.lastReport) ??
      visible.find((e) => this.isEnabled(e.document))
    );
  }

  /** Turns analysis on (or off) for a document, for this workspace. */
  async remember(uri: vscode.Uri, on: boolean): Promise<void> {
    const set = this.remembered();
    if (on) set.add(uri.toString());
    else set.delete(uri.toString());
    await this.context.workspaceState.update(REMEMBERED_KEY, [...set]);
  }

  /** Sends the server the open reports; starts it only once there is one. */
  async sync(): Promise<void> {
    const uris = vscode.workspace.textDocuments.filter((d) => this.isEnabled(d)).map((d) => d.uri.toString());
    if (uris.length === 0 && !this.server.started) return;
    // what each report's editor shows: the server analyses that first when a long report opens
    const visible: Record<string, { start: number; end: number }> = {};
    for (const ed of vscode.window.visibleTextEditors) {
      const range = ed.visibleRanges[0];
      if (range && uris.includes(ed.document.uri.toString()))
        visible[ed.document.uri.toString()] = {
          start: ed.document.offsetAt(range.start),
          end: ed.document.offsetAt(range.end),
        };
    }
    const c = await this.server.connection();
    await c.sendNotification(setEnabledNotification, { uris, visible });
  }
}
