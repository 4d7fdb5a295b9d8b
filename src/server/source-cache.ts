// The editor's look-ups of a report's metrics in a source, reused while a metric and the lines that name and
// scope it read the same: the key of each metric, and the metrics to look up anew, in batches by line.
import type { Metric } from '../core/types';

/** The lines above a figure that set its scope (a heading), as src/core/sources/context reads them. */
const CONTEXT_LINES = 8;
/** Metrics looked up between two yields to the event loop, so a first look-up never holds up typing for long. */
const BATCH = 8;

/**
 * A metric's lookup depends on the metric, its own line (the names of the figures before it) and the lines
 * above (a heading): the key holds all three, so an edit elsewhere reuses it.
 */
export function metricKeys(text: string, metrics: Metric[]): Map<Metric, string> {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1] : text.length);
  const keys = new Map<Metric, string>();
  for (const m of metrics) {
    const { id: _id, range: _range, line: _line, ...rest } = m; // what the metric is, not where
    const from = starts[Math.max(0, m.line - CONTEXT_LINES)] ?? 0;
    keys.set(m, `${JSON.stringify(rest)}\u0000${text.slice(from, lineEnd(m.line))}`);
  }
  return keys;
}

/** The metrics to look up, with every metric of their lines (a change takes its name from the level before it), in batches. */
export function lineBatches(missing: Metric[], all: Metric[]): Metric[][] {
  const lines = [...new Set(missing.map((m) => m.line))].sort((a, b) => a - b);
  const wanted = new Set(lines);
  const byLine = new Map<number, Metric[]>();
  for (const m of all) if (wanted.has(m.line)) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
  const batches: Metric[][] = [];
  let batch: Metric[] = [];
  for (const line of lines) {
    batch.push(...(byLine.get(line) ?? []));
    if (batch.length >= BATCH) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}
