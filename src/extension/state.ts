// What the editor knows about each report: the latest analysis from the language server.
import * as vscode from 'vscode';
import type { AnalysisNotification, ReviewNotification } from '../shared/protocol';

export interface DocumentState {
  uri: string;
  version: number;
  result: NonNullable<AnalysisNotification['result']> | null;
  tooLarge: boolean;
  size: number;
  elapsedMs: number;
  receivedAt: number;
  /** The report's review tags, when its sidecar has been read. */
  review?: ReviewNotification;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly emitter = new vscode.EventEmitter<DocumentState>();
  /** Fires whenever a document's analysis arrives. */
  readonly onDidChange = this.emitter.event;

  update(n: AnalysisNotification): void {
    const state: DocumentState = { ...n, receivedAt: Date.now(), review: this.states.get(n.uri)?.review };
    this.states.set(n.uri, state);
    this.emitter.fire(state);
  }

  updateReview(n: ReviewNotification): void {
    const state = this.states.get(n.uri);
    if (!state) return;
    state.review = n;
    this.emitter.fire(state);
  }

  /** The review status of a claim (unverified when untagged), and its annotation. */
  statusOf(
    state: DocumentState,
    claim: { range: { start: number; end: number } },
  ): { status: string; annotation: ReviewNotification['annotations'][number] | null } {
    const a = state.review?.annotations.find(
      (x) => x.state === 'anchored' && x.range && x.range.start < claim.range.end && claim.range.start < x.range.end,
    );
    return { status: a?.status ?? 'unverified', annotation: a ?? null };
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
  waitFor(
    uri: vscode.Uri,
    accept: (s: DocumentState) => boolean = () => true,
    timeoutMs = 30000,
  ): Promise<DocumentState> {
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
