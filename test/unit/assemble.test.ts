// A long analysis sent whole goes in steps (a first step, then deltas), and the client
// assembles them aside: it keeps showing what it had until the last step, then holds exactly
// the unchunked analysis. Drives the server's publisher and the client's assembler on the
// sample report with the real engine and nodejieba, every message through JSON as it travels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { AnalysisAssembler, type HeldAnalysis } from '../../src/shared/assemble';
import { viewOf, type AnalysisDeltaNotification, type AnalysisNotification } from '../../src/shared/protocol';
import { AnalysisPublisher } from '../../src/server/publish';
import { ROOT } from '../support/paths';

const jieba = loadSegmenter();
const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
const text = sample.repeat(3);
const extentOf = (t: string) => ({ length: t.length, lineCount: t.split('\n').length });
const travel = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const MAX = 20;

/** A client as src/extension/state.ts keeps one: what it shows, and every message it got. */
function client() {
  const assembler = new AnalysisAssembler();
  const c = {
    shown: undefined as HeldAnalysis | undefined,
    /** How many times the client redrew (a whole analysis arrived). */
    redraws: 0,
    lost: 0,
    messages: [] as Array<AnalysisNotification | AnalysisDeltaNotification>,
    /** After each message: the metrics count shown (to see that nothing half-done is shown). */
    shownAfter: [] as number[],
    assembler,
  };
  const take = (arrival: ReturnType<AnalysisAssembler['full']>) => {
    if (arrival.kind === 'lost') c.lost++;
    if (arrival.kind === 'held') {
      c.shown = arrival.held;
      if (arrival.show) c.redraws++;
    }
    c.shownAfter.push(c.shown?.result?.metrics.length ?? -1);
  };
  const sink = {
    full: (n: AnalysisNotification) => {
      c.messages.push(n);
      take(assembler.full(travel(n)));
    },
    delta: (n: AnalysisDeltaNotification) => {
      c.messages.push(n);
      take(assembler.delta(c.shown, travel(n)));
    },
  };
  return { c, sink };
}

const metricsIn = (m: AnalysisNotification | AnalysisDeltaNotification) =>
  'delta' in m ? m.delta.metrics.insert.length : (m.result?.metrics.length ?? 0);

test('a long analysis sent whole arrives in bounded steps and assembles to exactly the unchunked result', () => {
  const whole = viewOf(new IncrementalAnalyzer().analyze(text, { segmenter: jieba, numbers: false }));
  assert.ok(whole.metrics.length > 5 * MAX, `${whole.metrics.length} metrics`);
  const { c, sink } = client();
  new AnalysisPublisher(sink, MAX).publish('u', 1, whole, extentOf(text), 5);
  assert.ok(c.messages.length > 5, `${c.messages.length} messages`);
  assert.equal((c.messages[0] as AnalysisNotification).steps, true);
  for (const m of c.messages) assert.ok(metricsIn(m) <= MAX, `a step with ${metricsIn(m)} metrics`);
  // nothing is shown until the last step, then the whole analysis once
  assert.deepEqual(c.shownAfter.slice(0, -1), new Array<number>(c.messages.length - 1).fill(-1));
  assert.equal(c.redraws, 1);
  assert.equal(c.shown?.version, 1);
  assert.equal(c.shown?.partial, false);
  assert.deepEqual(c.shown?.result, travel(whole));
});

test('a short analysis and a first look still go in one message', () => {
  const whole = viewOf(new IncrementalAnalyzer().analyze(text, { segmenter: null, numbers: false }));
  const { c, sink } = client();
  const publisher = new AnalysisPublisher(sink, whole.metrics.length);
  publisher.publish('short', 1, whole, extentOf(text), 1);
  // a first look is shown at once, whatever its size
  new AnalysisPublisher(sink, MAX).publish('look', 1, whole, extentOf(text), 1, true);
  assert.deepEqual(
    c.messages.map((m) => [m.uri, 'result' in m && m.result === whole, 'steps' in m]),
    [
      ['short', true, false],
      ['look', true, false],
    ],
  );
});

test('released for the segmented pass: the old analysis stays shown until the new one is whole, then edits apply', () => {
  const analyzer = new IncrementalAnalyzer();
  const numbersFirst = viewOf(analyzer.analyze(text, { segmenter: null, numbers: false }));
  const { c, sink } = client();
  const publisher = new AnalysisPublisher(sink, MAX);
  publisher.publish('u', 1, numbersFirst, extentOf(text), 1);
  const before = c.messages.length;
  const shownBefore = c.shown?.result;
  // what the server does when nodejieba arrives: let go, analyse every block again, publish
  publisher.release('u');
  assert.ok(publisher.holds('u'), 'the client still holds an analysis (no first look again)');
  const fresh = new IncrementalAnalyzer();
  const segmented = viewOf(fresh.analyze(text, { segmenter: jieba, numbers: false }));
  publisher.publish('u', 1, segmented, extentOf(text), 1);
  const stream = c.messages.slice(before);
  assert.ok(stream.length > 2 && (stream[0] as AnalysisNotification).steps);
  for (let i = before; i < c.messages.length - 1; i++)
    assert.equal(c.shownAfter[i], numbersFirst.metrics.length, `step ${i - before}: the old analysis is shown`);
  assert.notEqual(c.shown?.result, shownBefore);
  assert.deepEqual(c.shown?.result, travel(segmented));

  // an edit right after the stream is a delta against the assembled analysis
  const at = text.indexOf('。', 5000) + 1;
  const edited = text.slice(0, at) + '全年接警12.5万起。' + text.slice(at);
  publisher.publish('u', 2, viewOf(fresh.analyze(edited, { segmenter: jieba, numbers: false })), extentOf(edited), 1);
  assert.equal(c.lost, 0);
  assert.equal(c.shown?.version, 2);
  const expected = viewOf(new IncrementalAnalyzer().analyze(edited, { segmenter: jieba, numbers: false }));
  assert.deepEqual(c.shown?.result, travel(expected));
});

test('mid-stream: a whole analysis replaces the one being assembled; a delta that does not fit asks for a resend', () => {
  const whole = viewOf(new IncrementalAnalyzer().analyze(text, { segmenter: jieba, numbers: false }));
  const steps: Array<AnalysisNotification | AnalysisDeltaNotification> = [];
  new AnalysisPublisher({ full: (n) => steps.push(n), delta: (n) => steps.push(n) }, MAX).publish(
    'u',
    3,
    whole,
    extentOf(text),
    1,
  );
  const short = viewOf(new IncrementalAnalyzer().analyze(sample, { segmenter: jieba, numbers: false }));
  const assembler = new AnalysisAssembler();
  const feed = (held: HeldAnalysis | undefined, m: AnalysisNotification | AnalysisDeltaNotification) =>
    'delta' in m ? assembler.delta(held, travel(m)) : assembler.full(travel(m));

  // two steps in, the document is replaced whole (say, reverted): the stream's rest no longer fits
  assert.equal(feed(undefined, steps[0]).kind, 'assembling');
  assert.equal(feed(undefined, steps[1]).kind, 'assembling');
  const replaced = assembler.full({ uri: 'u', version: 4, result: short, tooLarge: false, size: 1, elapsedMs: 1 });
  assert.equal(replaced.kind, 'held');
  const held = replaced.kind === 'held' ? replaced.held : undefined;
  assert.equal(feed(held, steps[2]).kind, 'lost', 'a step of the abandoned stream');

  // a delta for another version in the middle of a stream: lost, and the partial assembly is dropped
  assert.equal(feed(undefined, steps[0]).kind, 'assembling');
  const stray = { ...(steps[1] as AnalysisDeltaNotification), baseVersion: 99 };
  assert.equal(feed(held, stray).kind, 'lost');
  assert.equal(feed(held, steps[1]).kind, 'lost', 'nothing is being assembled any more');

  // the resend (the whole stream again) assembles to the whole analysis
  let last: ReturnType<AnalysisAssembler['full']> = { kind: 'lost' };
  for (const m of steps) last = feed(held, m);
  assert.equal(last.kind, 'held');
  if (last.kind === 'held') assert.deepEqual(last.held.result, travel(whole));
});
