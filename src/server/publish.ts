// Sends analyses to the client: the whole analysis the first time (and when asked again), then
// only what changed since the one the client holds, so an edit of a long report costs the
// size of the edited blocks, not of the report.
import { chunkDelta, diffAnalysis } from '../shared/delta';
import type { AnalysisDeltaNotification, AnalysisNotification, AnalysisView } from '../shared/protocol';

export interface AnalysisSink {
  full(n: AnalysisNotification): void;
  delta(n: AnalysisDeltaNotification): void;
}

/** The document's extent, which tells how far its tail moved. */
export interface TextExtent {
  length: number;
  lineCount: number;
}

/** At most this many new metrics per message: a long report's analysis goes in steps, never whole (smaller steps keep less JSON in memory at once). */
export const MAX_METRICS_PER_MESSAGE = 5_000;

interface Sent {
  version: number;
  view: AnalysisView;
  extent: TextExtent;
  elapsedMs: number;
}

export class AnalysisPublisher {
  /** What the client holds, per document. */
  private readonly sent = new Map<string, Sent>();

  constructor(
    private readonly sink: AnalysisSink,
    private readonly maxMetricsPerMessage = MAX_METRICS_PER_MESSAGE,
  ) {}

  /** Whether the client holds an analysis of the document (a delta can follow). */
  holds(uri: string): boolean {
    return this.sent.has(uri);
  }

  /** `partial`: the first look at a long report, sent whole; what follows comes as deltas. */
  publish(
    uri: string,
    version: number,
    view: AnalysisView,
    extent: TextExtent,
    elapsedMs: number,
    partial = false,
  ): void {
    const base = this.sent.get(uri);
    this.sent.set(uri, { version, view, extent, elapsedMs });
    if (!base) {
      this.sink.full({
        uri,
        version,
        result: view,
        tooLarge: false,
        size: extent.length,
        elapsedMs,
        ...(partial ? { partial } : {}),
      });
      return;
    }
    const shift = { offset: extent.length - base.extent.length, line: extent.lineCount - base.extent.lineCount };
    const steps = chunkDelta(base.view, diffAnalysis(base.view, view, shift), this.maxMetricsPerMessage);
    steps.forEach((delta, i) =>
      this.sink.delta({
        uri,
        baseVersion: i === 0 ? base.version : version,
        version,
        delta,
        size: extent.length,
        elapsedMs,
        ...(i < steps.length - 1 ? { partial: true } : {}),
      }),
    );
  }

  /** The document was not analysed (over the size limit): the client holds nothing for it. */
  tooLarge(uri: string, version: number, size: number): void {
    this.sent.delete(uri);
    this.sink.full({ uri, version, result: null, tooLarge: true, size, elapsedMs: 0 });
  }

  /** The client lost track (a delta did not fit): send the latest analysis whole. */
  resend(uri: string): void {
    const s = this.sent.get(uri);
    if (s)
      this.sink.full({
        uri,
        version: s.version,
        result: s.view,
        tooLarge: false,
        size: s.extent.length,
        elapsedMs: s.elapsedMs,
      });
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
