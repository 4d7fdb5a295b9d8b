// What the editor knows about each report: the latest analysis from the language server.
import * as vscode from 'vscode';
import { DEFAULT_STATUSES, type StatusDef } from '../core/annotations/model';
import { AnalysisAssembler } from '../shared/assemble';
import type {
  AnalysisDeltaNotification,
  AnalysisNotification,
  AnalysisView,
  ReviewAnnotation,
  ReviewNotification,
} from '../shared/protocol';

export interface DocumentState {
  uri: string;
  version: number;
  result: AnalysisView | null;
  tooLarge: boolean;
  size: number;
  elapsedMs: number;
  receivedAt: number;
  /** Only the blocks around the visible range of a long report just opened; the rest is coming. */
  partial?: boolean;
  /** The report's review tags, when its sidecar has been read. */
  review?: ReviewNotification;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  /** Analyses sent in steps are put together here before they replace what is shown. */
  private readonly assembler = new AnalysisAssembler();
  /** The statuses the server last sent, for views that span several reports. */
  private lastStatuses: readonly StatusDef[] = DEFAULT_STATUSES;
  private readonly emitter = new vscode.EventEmitter<DocumentState>();
  /** Fires whenever a document's analysis arrives. */
  readonly onDidChange = this.emitter.event;

  update(n: AnalysisNotification): void {
    const arrival = this.assembler.full(n);
    if (arrival.kind !== 'held') return;
    const state: DocumentState = {
      uri: n.uri,
      version: n.version,
      result: n.result,
      tooLarge: n.tooLarge,
      size: n.size,
      elapsedMs: n.elapsedMs,
      receivedAt: Date.now(),
      review: this.states.get(n.uri)?.review,
      ...(n.partial ? { partial: true } : {}),
    };
    this.states.set(n.uri, state);
    this.emitter.fire(state);
  }

  /**
   * Applies what changed since the analysis held (or the next step of one sent in steps). False
   * when the delta does not fit what is held (nothing is changed then; the caller asks for the
   * whole analysis).
   */
  updateDelta(n: AnalysisDeltaNotification): boolean {
    const held = this.states.get(n.uri);
    const arrival = this.assembler.delta(
      held ? { version: held.version, result: held.result, partial: !!held.partial } : undefined,
      n,
    );
    if (arrival.kind === 'lost') return false;
    if (arrival.kind === 'assembling') return true;
    const state: DocumentState = {
      uri: n.uri,
      version: n.version,
      result: arrival.held.result,
      tooLarge: false,
      size: n.size,
      elapsedMs: n.elapsedMs,
      receivedAt: Date.now(),
      review: held?.review,
      partial: n.partial,
    };
    this.states.set(n.uri, state);
    // the steps of a long analysis are shown once it is whole, not redrawn step by step
    if (arrival.show) this.emitter.fire(state);
    return true;
  }

  updateReview(n: ReviewNotification): void {
    this.lastStatuses = n.statuses;
    const state = this.states.get(n.uri);
    if (!state) return;
    state.review = n;
    this.emitter.fire(state);
  }

  /** A claim's review status and tag, as the server decided them (unverified until it has said). */
  statusOf(
    state: DocumentState,
    claim: { id: string },
  ): { status: string; changed: boolean; annotation: ReviewAnnotation | null } {
    const verdict = state.review?.claims[claim.id];
    if (!verdict) return { status: 'unverified', changed: false, annotation: null };
    const annotation = verdict.annotationId
      ? (state.review?.annotations.find((a) => a.id === verdict.annotationId) ?? null)
      : null;
    return { status: verdict.status, changed: verdict.changed, annotation };
  }

  /** The status list in force for a report, as the server parsed it from the settings. */
  statusesOf(state: DocumentState | undefined): readonly StatusDef[] {
    return state?.review?.statuses ?? this.lastStatuses;
  }

  get(uri: vscode.Uri | string): DocumentState | undefined {
    return this.states.get(typeof uri === 'string' ? uri : uri.toString());
  }

  delete(uri: string): void {
    this.states.delete(uri);
    this.assembler.forget(uri);
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
