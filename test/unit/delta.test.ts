// Analysis deltas: on random edit scripts over the sample report, the client's view after
// applying every delta equals the server's full analysis, and an edit sends only its blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { applyDelta, chunkDelta, diffAnalysis } from '../../src/shared/delta';
import {
  viewOf,
  type AnalysisDeltaNotification,
  type AnalysisNotification,
  type AnalysisView,
} from '../../src/shared/protocol';
import { AnalysisPublisher } from '../../src/server/publish';
import { prng } from '../support/prng';
import { ROOT } from '../support/paths';

const jieba = loadSegmenter();
const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
const english = fs.readFileSync(path.join(ROOT, 'samples', 'en-annual-review.txt'), 'utf8');

const lineCount = (text: string) => text.split('\n').length;

/** One random edit, like a person makes them: type a digit or a word, break a line, delete a span, paste a paragraph. */
function randomEdit(text: string, rand: () => number): string {
  const at = Math.floor(rand() * (text.length + 1));
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const kind = Math.floor(rand() * 5);
  if (kind === 0) return text.slice(0, at) + pick(['1', '9', '0', '.', '%', '万']) + text.slice(at);
  if (kind === 1) return text.slice(0, at) + pick(['同比增长', '亿元', '。\n\n', '\n', '增长12.5%']) + text.slice(at);
  if (kind === 2) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 40)));
  if (kind === 3) {
    const from = Math.floor(rand() * sample.length);
    return text.slice(0, at) + sample.slice(from, from + 200) + text.slice(at);
  }
  return text.slice(0, at) + text.slice(at + 1);
}

/** Drives the server's publisher as the editor would and keeps what a client holds. */
function client(): {
  sink: ConstructorParameters<typeof AnalysisPublisher>[0];
  held: () => AnalysisView | null;
  deltas: AnalysisDeltaNotification[];
} {
  let held: AnalysisView | null = null;
  let version = -1;
  const deltas: AnalysisDeltaNotification[] = [];
  return {
    sink: {
      full: (n: AnalysisNotification) => {
        held = n.result;
        version = n.version;
      },
      delta: (n: AnalysisDeltaNotification) => {
        assert.ok(held, 'a delta before any full analysis');
        assert.equal(n.baseVersion, version, 'a delta against a version the client does not hold');
        // through JSON, as it travels
        held = applyDelta(held, JSON.parse(JSON.stringify(n.delta)) as AnalysisDeltaNotification['delta']);
        version = n.version;
        deltas.push(n);
      },
    },
    held: () => held,
    deltas,
  };
}

for (const [name, base, seed] of [
  ['Chinese sample ×4 (repeated sentences renumber ids)', sample.repeat(4), 7],
  ['Chinese sample', sample, 11],
  ['English sample ×2', english.repeat(2), 23],
] as const) {
  test(`applying each delta gives the full analysis, over a random edit script: ${name}`, () => {
    const rand = prng(seed);
    const analyzer = new IncrementalAnalyzer();
    const c = client();
    const publisher = new AnalysisPublisher(c.sink);
    let text = base;
    for (let version = 1; version <= 60; version++) {
      // sometimes several edits land before one analysis (the debounce), sometimes the segmenter arrives
      const edits = rand() < 0.2 ? 3 : 1;
      for (let i = 0; i < edits; i++) text = randomEdit(text, rand);
      const segmenter = version < 5 ? null : jieba;
      const result = viewOf(analyzer.analyze(text, { segmenter }));
      publisher.publish('file:///r.txt', version, result, { length: text.length, lineCount: lineCount(text) }, 0);
      assert.deepEqual(c.held(), result, `after edit ${version}`);
    }
    assert.ok(c.deltas.length >= 59);
  });
}

test('a one-character edit sends only the edited block, not the report', () => {
  const text = sample.repeat(40);
  const analyzer = new IncrementalAnalyzer();
  const before = viewOf(analyzer.analyze(text, { segmenter: jieba }));
  const at = text.indexOf('破案287起', text.length / 2) + 2;
  const edited = text.slice(0, at) + '9' + text.slice(at);
  const after = viewOf(analyzer.analyze(edited, { segmenter: jieba }));
  const delta = diffAnalysis(before, after, { offset: 1, line: 0 });
  assert.deepEqual(applyDelta(before, delta), after);
  assert.ok(
    delta.metrics.insert.length > 0 && delta.metrics.insert.length <= 20,
    `${delta.metrics.insert.length} metrics sent`,
  );
  assert.ok(delta.claims.insert.length <= 10, `${delta.claims.insert.length} claims sent`);
  const full = JSON.stringify(after).length;
  const sent = JSON.stringify(delta).length;
  assert.ok(sent * 20 < full, `delta ${sent} chars vs full ${full} chars`);
});

test('a delta that does not fit the list it is applied to is refused', () => {
  const analyzer = new IncrementalAnalyzer();
  const big = viewOf(analyzer.analyze(sample, { segmenter: null }));
  const small = viewOf(new IncrementalAnalyzer().analyze(sample.slice(0, 300), { segmenter: null }));
  const delta = diffAnalysis(big, big, { offset: 0, line: 0 });
  assert.throws(() => applyDelta(small, delta), /does not fit/);
});

test('the publisher resends the whole analysis on request and after the client was forgotten', () => {
  const fulls: AnalysisNotification[] = [];
  const publisher = new AnalysisPublisher({
    full: (n) => fulls.push(n),
    delta: () => assert.fail('no delta expected'),
  });
  const view = viewOf(new IncrementalAnalyzer().analyze(sample, { segmenter: null }));
  publisher.publish('u', 1, view, { length: sample.length, lineCount: lineCount(sample) }, 3);
  publisher.resend('u');
  publisher.forget('u');
  publisher.publish('u', 2, view, { length: sample.length, lineCount: lineCount(sample) }, 3);
  publisher.tooLarge('u', 3, 99);
  assert.deepEqual(
    fulls.map((n) => [n.version, n.result === view, n.tooLarge]),
    [
      [1, true, false],
      [1, true, false],
      [2, true, false],
      [3, false, true],
    ],
  );
});

test('a same-text delta cut into steps: each step fits the one before, the last gives the whole result', () => {
  const text = sample.repeat(6);
  const numbersFirst = viewOf(new IncrementalAnalyzer().analyze(text, { segmenter: null }));
  const segmented = viewOf(new IncrementalAnalyzer().analyze(text, { segmenter: jieba }));
  const start = text.indexOf('\n\n', 2000) + 2;
  const cutAt = text.indexOf('\n\n', start + 1500) + 2;
  // the first look at a report (its opening blocks), then the whole
  const firstLook = viewOf(new IncrementalAnalyzer().analyze(text.slice(0, start), { segmenter: null }));
  const cases: Array<[string, AnalysisView, AnalysisView]> = [
    ['segmenter arrives', numbersFirst, segmented],
    ['first look, then the whole', firstLook, numbersFirst],
    [
      'the middle changes',
      numbersFirst,
      {
        ...numbersFirst,
        metrics: numbersFirst.metrics.map((m) =>
          m.range.start >= start && m.range.start < cutAt ? { ...m, value: m.value + 1 } : m,
        ),
      },
    ],
    ['nothing changes', segmented, segmented],
  ];
  for (const [name, before, after] of cases)
    for (const max of [1, 7, 50, 100_000]) {
      const delta = diffAnalysis(before, after, { offset: 0, line: 0 });
      const steps = chunkDelta(before, delta, max);
      let held = before;
      for (const [i, step] of steps.entries()) {
        held = applyDelta(held, JSON.parse(JSON.stringify(step)) as typeof step);
        if (i < steps.length - 1) {
          assert.ok(
            step.metrics.insert.length <= max,
            `${name}, max ${max}: step ${i} sends ${step.metrics.insert.length}`,
          );
          const starts = held.metrics.map((m) => m.range.start);
          assert.ok(
            starts.every((s, k) => k === 0 || starts[k - 1] <= s),
            `${name}, max ${max}: step ${i} in order, no item twice`,
          );
        }
      }
      assert.deepEqual(held, after, `${name}, max ${max}`);
      if (max === 7 && delta.metrics.insert.length > 50) assert.ok(steps.length > 5, `${name}: ${steps.length} steps`);
    }
});

test('a delta that moves text is never cut (its steps would not line up)', () => {
  const before = viewOf(new IncrementalAnalyzer().analyze(sample, { segmenter: null }));
  const edited = '增长12.5%，' + sample;
  const after = viewOf(new IncrementalAnalyzer().analyze(edited, { segmenter: null }));
  const delta = diffAnalysis(before, after, { offset: edited.length - sample.length, line: 0 });
  assert.deepEqual(chunkDelta(before, delta, 1), [delta]);
});
