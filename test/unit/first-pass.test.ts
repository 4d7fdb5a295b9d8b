// The first look at a long report: the window around the visible range holds whole blocks and
// gives exactly the whole analysis' metrics and claims there; the whole analysis then follows as
// a delta that leaves the client with the full result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer, splitBlocks } from '../../src/core/incremental';
import type { AnalysisResult } from '../../src/core/types';
import { analyseWindow, FIRST_PASS_MIN_CHARS, firstPassWindow } from '../../src/server/first-pass';
import { AnalysisPublisher } from '../../src/server/publish';
import { applyDelta } from '../../src/shared/delta';
import type { AnalysisView } from '../../src/shared/protocol';
import { ROOT } from '../support/paths';

const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
// distinct paragraphs, so that ids do not repeat and a window's metrics can be told apart
const text = Array.from({ length: 100 }, (_, i) =>
  sample.replace(/(\d+)起/g, (_m, n: string) => `${Number(n) + i}起`),
).join('\n\n');
const view = (r: AnalysisResult): AnalysisView => ({
  metrics: r.metrics,
  claims: r.claims,
  headings: r.headings,
  lang: r.lang,
  segmented: r.segmented,
});
const noId = <T extends { id: string }>(x: T) => ({ ...x, id: '' });
const full = new IncrementalAnalyzer().analyze(text, { segmenter: null });

test('the test report is long enough for a first pass', () => {
  assert.ok(text.length >= FIRST_PASS_MIN_CHARS, `${text.length} chars`);
});

for (const [where, visible] of [
  ['the start', null],
  ['the middle', { start: Math.floor(text.length / 2), end: Math.floor(text.length / 2) + 3000 }],
  ['the end', { start: text.length - 2000, end: text.length }],
] as const) {
  test(`a window around ${where} holds whole blocks and the whole analysis' items there`, () => {
    const w = firstPassWindow(text, visible);
    const starts = new Set(splitBlocks(text).map((b) => b.start));
    assert.ok(starts.has(w.start), 'starts at a block');
    assert.ok(w.end === text.length || starts.has(w.end), 'ends at a block');
    assert.ok(w.end - w.start < text.length / 2, 'a window, not the report');
    if (visible) assert.ok(w.start <= visible.start && w.end >= Math.min(visible.end, text.length), 'covers the view');
    assert.equal(w.line, text.slice(0, w.start).split('\n').length - 1);
    const part = analyseWindow(text, w, null);
    const inside = <T extends { range: { start: number } }>(xs: T[]) =>
      xs.filter((x) => x.range.start >= w.start && x.range.start < w.end);
    assert.ok(part.metrics.length > 10);
    assert.deepEqual(part.metrics.map(noId), inside(full.metrics).map(noId));
    assert.deepEqual(
      part.claims.map((c) => ({ ...noId(c), metricIds: [] })),
      inside(full.claims).map((c) => ({ ...noId(c), metricIds: [] })),
    );
    assert.deepEqual(part.headings, inside(full.headings));
    if (!visible) assert.deepEqual(part.metrics, inside(full.metrics), 'at the start, ids too');
  });
}

test('the partial result then the whole analysis as a delta leave the client with the whole result', () => {
  let held: AnalysisView | null = null;
  let partial: boolean | undefined;
  const publisher = new AnalysisPublisher({
    full: (n) => {
      held = n.result;
      partial = n.partial;
    },
    delta: (n) => {
      assert.ok(held);
      held = applyDelta(held, n.delta);
      partial = undefined;
    },
  });
  const extent = { length: text.length, lineCount: text.split('\n').length };
  const w = firstPassWindow(text, { start: 50_000, end: 53_000 });
  publisher.publish('u', 1, view(analyseWindow(text, w, null)), extent, 0, true);
  assert.equal(partial, true);
  publisher.publish('u', 1, view(full), extent, 0);
  assert.equal(partial, undefined);
  assert.deepEqual(held, view(full));
});
