// The editor's analyser after a run of random edits (breaks made and unmade, headings, running
// heads, figures typed and deleted) gives exactly what a fresh analysis of the same text gives,
// while re-analysing only the blocks an edit touched and keeping the objects before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeSync } from '../../src/core/analyze';
import { commonEnds, IncrementalAnalyzer, splitBlocks } from '../../src/core/incremental';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { prng } from '../support/prng';
import { ROOT } from '../support/paths';

const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
const english = fs.readFileSync(path.join(ROOT, 'samples', 'en-annual-review.txt'), 'utf8');
// distinct paragraphs, with a running head printed on every "page" and plan-style headings
const zhText = Array.from(
  { length: 12 },
  (_, i) =>
    `临河市公安局2025年工作综述 第${i + 1}页\n\n${i % 3 === 0 ? `${'一二三四'[i / 3]}、重点工作\n\n` : ''}` +
    sample.replace(/(\d+)起/g, (_m, n: string) => `${Number(n) + i}起`),
).join('\n\n');

/** Pieces an editor types: sentence ends, paragraph breaks, figures, units, headings, a page head. */
const PIECES = [
  '。',
  '\n',
  '\n\n',
  '。\n\n',
  '1',
  '9',
  '%',
  '起',
  '增长',
  '下降12.5%',
  ' ',
  '二、',
  '（三）',
  '第9页\n',
  '”',
];

function randomEdit(text: string, next: () => number): string {
  // often right at a block's edge, where a break can grow, shrink or vanish
  const starts = splitBlocks(text).map((b) => b.start);
  const edge = starts[Math.floor(next() * starts.length)] + Math.floor(next() * 5) - 2;
  const at = next() < 0.4 ? Math.max(0, Math.min(text.length, edge)) : Math.floor(next() * (text.length + 1));
  const cut = next() < 0.5 ? Math.floor(next() * 6) : 0;
  const insert = next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)] : '';
  return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
}

for (const [name, base, steps] of [
  ['Chinese', zhText, 60],
  ['English', english.repeat(4), 25],
] as const)
  test(`${name}: after each of ${steps} random edits, the same result as a fresh analysis`, () => {
    const next = prng(name.length * 7919);
    const inc = new IncrementalAnalyzer();
    let text = base;
    inc.analyze(text, { segmenter: null });
    for (let step = 0; step < steps; step++) {
      text = randomEdit(text, next);
      const got = inc.analyze(text, { segmenter: null });
      assert.deepEqual(got, new IncrementalAnalyzer().analyze(text, { segmenter: null }), `step ${step}`);
      assert.deepEqual(
        inc.blockStarts(),
        splitBlocks(text).map((b) => b.start),
        `step ${step}: blocks`,
      );
      assert.ok(
        inc.lastAnalysedBlocks <= 6 || inc.lastAnalysedBlocks === splitBlocks(text).length,
        `step ${step}: ${inc.lastAnalysedBlocks} blocks analysed: the edited ones, or all when a document-wide statistic changed`,
      );
    }
  });

test('with the segmenter, after edits, the same result as a whole-document analysis', () => {
  const jieba = loadSegmenter();
  const next = prng(42);
  const inc = new IncrementalAnalyzer();
  let text = zhText;
  inc.analyze(text, { segmenter: jieba, numbers: true });
  for (let step = 0; step < 8; step++) {
    text = randomEdit(text, next);
    const got = inc.analyze(text, { segmenter: jieba, numbers: true });
    const whole = analyzeSync(text, { segmenter: jieba });
    assert.deepEqual(
      { ...got, numbers: got.numbers.length },
      { ...whole, numbers: whole.numbers.length },
      `step ${step}`,
    );
  }
});

test('an edit keeps the objects of the items before it and re-analyses one block', () => {
  const inc = new IncrementalAnalyzer();
  const before = inc.analyze(zhText, { segmenter: null });
  const at = zhText.lastIndexOf('破案298起') + 2; // in the last page (287 + 11)
  const after = inc.analyze(zhText.slice(0, at) + '9' + zhText.slice(at), { segmenter: null });
  assert.equal(inc.lastAnalysedBlocks, 1);
  const kept = before.metrics.filter((m) => m.range.end <= at - 200);
  assert.ok(kept.length > 100);
  kept.forEach((m, i) => assert.equal(after.metrics[i], m, 'the same object'));
  // and the items after it moved by one code unit
  const last = before.metrics[before.metrics.length - 1];
  assert.equal(after.metrics[after.metrics.length - 1].range.start, last.range.start + 1);
});

test('common prefix and suffix, a chunk at a time, as a character loop finds them', () => {
  const next = prng(7);
  const naive = (a: string, b: string) => {
    const max = Math.min(a.length, b.length);
    let prefix = 0;
    while (prefix < max && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
    return { prefix, suffix };
  };
  for (let i = 0; i < 300; i++) {
    const a = zhText.slice(0, Math.floor(next() * zhText.length));
    const b = randomEdit(next() < 0.2 ? randomEdit(a, next) : a, next);
    assert.deepEqual(commonEnds(a, b), naive(a, b), `case ${i}`);
  }
  assert.deepEqual(commonEnds('', ''), { prefix: 0, suffix: 0 });
  assert.deepEqual(commonEnds('aaaa', 'aa'), { prefix: 2, suffix: 0 });
});
