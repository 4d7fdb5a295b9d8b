// What the editor knows about each report: the latest analysis from the language server.
import * as vscode from 'vscode';
import type { AnalysisNotification } from '../shared/protocol';

export interface DocumentState {
  uri: string;
  version: number;
  result: NonNullable<AnalysisNotification['result']> | null;
  tooLarge: boolean;
  size: number;
  elapsedMs: number;
  receivedAt: number;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly emitter = new vscode.EventEmitter<DocumentState>();
  /** Fires whenever a document's analysis arrives. */
  readonly onDidChange = this.emitter.event;

  update(n: AnalysisNotification): void {
    const state: DocumentState = { ...n, receivedAt: Date.now() };
    this.states.set(n.uri, state);
    this.emitter.fire(state);
  }

  get(uri: vscode.Uri | string): DocumentState | undefined {
    return this.states.get(typeof uri === 'string' ? uri : uri.toString());
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  all(): DocumentState[] {
    return [...this.states.values()];
  }

  /** Resolves with the first analysis of `uri` that satisfies `accept` (for commands and tests). */
  waitFor(uri: vscode.Uri, accept: (s: DocumentState) => boolean = () => true, timeoutMs = 30000): Promise<DocumentState> {
    const now = this.get(uri);
    if (now && accept(now)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`no analysis of ${uri.toString()} within ${timeoutMs} ms`));
      }, timeoutMs);
      const sub = this.onDidChange((s) => {
        if (s.uri === uri.toString() && accept(s)) {
          clearTimeout(timer);
          sub.dispose();
          resolve(s);
        }
      });
    });
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
