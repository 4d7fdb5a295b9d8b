// Linearity of the engine on long single lines: the same line at 256 KB and 1 MB, compared as CPU
// time of this process (a ratio, never an absolute time): linear growth makes it about 4, quadratic 16.
import assert from 'node:assert/strict';
import { analyzeSync, type SyncAnalyzeOptions } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';

/** `piece` repeated to exactly `size` characters. */
export const lineOf = (piece: string, size: number): string =>
  piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

/** CPU time (µs) of one analysis, and its result. */
function cpuOf(text: string, options: SyncAnalyzeOptions): { work: number; result: AnalysisResult } {
  const t0 = process.cpuUsage();
  const result = analyzeSync(text, options);
  const t = process.cpuUsage(t0);
  return { work: t.user + t.system, result };
}

/**
 * Asserts that a 4× longer line of `piece` finds about 4× as many of `count` and costs less than 9×
 * the CPU time. Load on a shared machine only ever inflates one measurement, so the ratio gets up to
 * three tries; a quadratic scan (about 16×) fails all three.
 */
export function assertLinearInLineLength(
  label: string,
  piece: string,
  options: SyncAnalyzeOptions,
  counts: Record<string, (r: AnalysisResult) => number>,
): void {
  const small = lineOf(piece, 256 * 1024);
  const big = lineOf(piece, 1024 * 1024);
  cpuOf(small, options); // warm up
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const a = cpuOf(small, options);
    const b = cpuOf(big, options);
    if (attempt === 0)
      for (const [name, count] of Object.entries(counts))
        assert.ok(
          count(b.result) >= count(a.result) * 3.5,
          `${label}: ${name} found ${count(a.result)} → ${count(b.result)}`,
        );
    ratios.push(b.work / Math.max(1, a.work));
    if (ratios[ratios.length - 1] < 9) return;
  }
  assert.fail(`${label}: 4× the line took ${ratios.map((r) => r.toFixed(1)).join('×, ')}× the CPU time`);
}
