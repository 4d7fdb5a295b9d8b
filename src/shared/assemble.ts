// The client's side of the analysis messages: applies whole analyses and deltas to what it
// holds per document, and assembles an analysis sent in steps aside, so the editor keeps
// showing the previous analysis until the new one is complete. Pure logic: the extension's
// store and the editor bench use it alike.
import { applyDelta } from './delta';
import type { AnalysisDeltaNotification, AnalysisNotification, AnalysisView } from './protocol';

/** One document's analysis as the client holds it. */
export interface HeldAnalysis {
  version: number;
  result: AnalysisView | null;
  /** Only the first look at a long report, or a step of its rest: more is coming. */
  partial: boolean;
}

/** What a message does to the held analysis. */
export type Arrival =
  /** A new held analysis; `show`: whole, to be drawn now (steps of a first look are kept, not drawn). */
  | { kind: 'held'; held: HeldAnalysis; show: boolean }
  /** A step of an analysis being assembled aside: nothing changes yet. */
  | { kind: 'assembling' }
  /** The message does not fit what the client holds: ask the server for the whole analysis. */
  | { kind: 'lost' };

export class AnalysisAssembler {
  /** Per document, the analysis being assembled from steps (first step and deltas applied so far). */
  private readonly pending = new Map<string, HeldAnalysis>();

  /** A whole analysis (or the first step of one). */
  full(n: AnalysisNotification): Arrival {
    if (n.steps && n.result) {
      this.pending.set(n.uri, { version: n.version, result: n.result, partial: true });
      return { kind: 'assembling' };
    }
    // anything whole replaces what was being assembled
    this.pending.delete(n.uri);
    return { kind: 'held', held: { version: n.version, result: n.result, partial: !!n.partial }, show: true };
  }

  /** A delta against `held` (what the client shows), or the next step of an analysis being assembled. */
  delta(held: HeldAnalysis | undefined, n: AnalysisDeltaNotification): Arrival {
    const assembling = this.pending.get(n.uri);
    const base = assembling ?? held;
    if (!base?.result || base.version !== n.baseVersion) {
      this.pending.delete(n.uri);
      return { kind: 'lost' };
    }
    let result: AnalysisView;
    try {
      result = applyDelta(base.result, n.delta);
    } catch {
      // a delta that does not fit the lists held: only the whole analysis can repair that
      this.pending.delete(n.uri);
      return { kind: 'lost' };
    }
    const next: HeldAnalysis = { version: n.version, result, partial: !!n.partial };
    if (!assembling) return { kind: 'held', held: next, show: !n.partial };
    if (n.partial) {
      this.pending.set(n.uri, next);
      return { kind: 'assembling' };
    }
    this.pending.delete(n.uri);
    return { kind: 'held', held: next, show: true };
  }

  /** The document was closed or is no longer analysed. */
  forget(uri: string): void {
    this.pending.delete(uri);
  }
}
