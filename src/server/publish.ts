// Sends analyses to the client: the whole analysis the first time (and when asked again), then
// only what changed since the one the client holds, so an edit of a long report costs the
// size of the edited blocks, not of the report. A long analysis sent whole goes in steps too:
// no message (and no JSON string of it) ever holds a 10 MB report's analysis at once.
import { applyDelta, chunkDelta, diffAnalysis } from '../shared/delta';
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

/**
 * At most this many new metrics per message: a long report's analysis goes in steps, never
 * whole: a server writes one message at a time, so smaller steps keep less JSON in memory (on a
 * 10 MB report the peak RSS while sending was ~14 MB over the analysis' own at 2,000, ~5 MB at 1,000).
 */
export const MAX_METRICS_PER_MESSAGE = 1_000;

interface Sent {
  version: number;
  /** null once released: the client still holds that version, the server no longer keeps its copy. */
  view: AnalysisView | null;
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
    if (!base?.view) {
      this.sendWhole(uri, version, view, extent.length, elapsedMs, partial);
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
    if (s?.view) this.sendWhole(uri, s.version, s.view, s.extent.length, s.elapsedMs, false);
  }

  /**
   * Lets go of the analysis the client holds without telling it: the next one is sent whole
   * (in steps), and the client keeps showing what it has until that one is complete. For a
   * re-analysis of every block (the segmenter arrived), so the old and the new analysis are
   * never in memory together.
   */
  release(uri: string): void {
    const s = this.sent.get(uri);
    if (s) s.view = null;
  }

  /**
   * The whole analysis: one message when short (or a first look), else a first step and the
   * deltas that complete it, each with at most `maxMetricsPerMessage` metrics.
   */
  private sendWhole(
    uri: string,
    version: number,
    view: AnalysisView,
    size: number,
    elapsedMs: number,
    partial: boolean,
  ): void {
    const empty: AnalysisView = { metrics: [], claims: [], headings: [], lang: view.lang, segmented: view.segmented };
    const steps =
      partial || view.metrics.length <= this.maxMetricsPerMessage
        ? []
        : chunkDelta(empty, diffAnalysis(empty, view, { offset: 0, line: 0 }), this.maxMetricsPerMessage);
    if (steps.length < 2) {
      this.sink.full({ uri, version, result: view, tooLarge: false, size, elapsedMs, ...(partial ? { partial } : {}) });
      return;
    }
    const [first, ...rest] = steps;
    this.sink.full({ uri, version, result: applyDelta(empty, first), tooLarge: false, size, elapsedMs, steps: true });
    rest.forEach((delta, i) =>
      this.sink.delta({
        uri,
        baseVersion: version,
        version,
        delta,
        size,
        elapsedMs,
        ...(i < rest.length - 1 ? { partial: true } : {}),
      }),
    );
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
