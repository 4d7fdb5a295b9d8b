// Incremental analysis gives what a whole-document analysis gives, and an edit re-analyses
// only the paragraph it touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeSync } from '../../src/core/analyze';
import { IncrementalAnalyzer, splitBlocks } from '../../src/core/incremental';
import { loadSegmenter } from '../../src/core/text/segmenter';
import type { AnalysisResult } from '../../src/core/types';
import { HAS_SHARED, ROOT, SHARED } from '../support/paths';

const jieba = loadSegmenter();
const view = (r: AnalysisResult) => ({
  metrics: r.metrics.map((m) => [
    m.id,
    m.range.start,
    m.range.end,
    m.line,
    m.value,
    m.unit,
    m.approx,
    m.change?.direction ?? null,
    m.subject,
  ]),
  claims: r.claims.map((c) => [c.id, c.range.start, c.range.end, c.types.join(), c.metricIds.join()]),
  headings: r.headings.map((h) => [h.range.start, h.line]),
});

const texts: Array<[string, string]> = ['zh-annual-review.txt', 'en-annual-review.txt'].map((f) => [
  f,
  fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'),
]);
if (HAS_SHARED)
  for (const f of fs.readdirSync(path.join(SHARED, 'corpus')))
    texts.push([f, fs.readFileSync(path.join(SHARED, 'corpus', f), 'utf8')]);

test('blocks cover the text exactly, cut only after a finished sentence', () => {
  for (const [name, text] of texts) {
    const blocks = splitBlocks(text);
    assert.equal(blocks.map((b) => b.text).join(''), text, name);
    for (const b of blocks.slice(0, -1)) assert.match(b.text.trimEnd(), /[。！？；!?;][”’」』）)]*$/u, name);
  }
});

test('incremental analysis equals whole-document analysis', () => {
  for (const [name, text] of texts) {
    const inc = new IncrementalAnalyzer();
    assert.deepEqual(
      view(inc.analyze(text, { segmenter: jieba })),
      view(analyzeSync(text, { segmenter: jieba })),
      name,
    );
  }
});

test('an edit re-analyses only the block it touched, and the result still equals a full analysis', () => {
  const text = texts[0][1].repeat(20);
  const inc = new IncrementalAnalyzer();
  inc.analyze(text, { segmenter: jieba });
  const total = splitBlocks(text).length;
  const at = text.indexOf('破案287起') + 2;
  const edited = text.slice(0, at) + '9' + text.slice(at);
  const r = inc.analyze(edited, { segmenter: jieba });
  assert.equal(inc.lastAnalysedBlocks, 1, `re-analysed ${inc.lastAnalysedBlocks} of ${total} blocks`);
  assert.deepEqual(view(r), view(analyzeSync(edited, { segmenter: jieba })));
});

test('a release headline is read the same by an incremental analysis: at the top and after a block break only', () => {
  const text = [
    'Treasury, IRS disburse 25 million more payments under the relief law',
    'Beneficiaries bring total to more than 156 million payments; more to be disbursed on April 14',
    'WASHINGTON – Today the Treasury announced it is disbursing more than 25 million payments.',
    'Did payments rise? They rose by 12 percent in March, the department said!',
    'Veterans and other beneficiaries bring the total to more than 160 million payments',
    'Payments rose by 3 million in the week.',
    'Payments to veterans rose by 2 million over the month, and to retirees by 1 million in the week',
    'For more information, contact the press office.',
  ].join('\n\n');
  const whole = analyzeSync(text, { segmenter: null, lang: 'en' });
  const claimed = (s: string) => whole.claims.some((c) => c.text.startsWith(s));
  // headlines at the top and after a paragraph that ends a block (!): not claims
  assert.ok(!claimed('Treasury, IRS disburse'));
  assert.ok(!claimed('Beneficiaries bring total'));
  assert.ok(!claimed('Veterans and other beneficiaries'));
  // a line standing alone lower in the text, after a full stop: read as a sentence (a highlight without its bullet)
  assert.ok(claimed('Payments to veterans rose'));
  const inc = new IncrementalAnalyzer();
  assert.deepEqual(view(inc.analyze(text, { segmenter: null, lang: 'en' })), view(whole));
  assert.ok(splitBlocks(text).length > 1);
});

test('a review section carried across blocks: its estimates are claims in an incremental analysis too', () => {
  // Blocks break at blank lines after a sentence: the estimates sit blocks away from their section's heading.
  const filler = '全市新建学校12所，新增学位8600个。\n\n'.repeat(20);
  const text =
    `一、2025年工作回顾\n\n${filler}预计全市地区生产总值增长5.5%左右。\n\n` +
    `二、2026年工作安排\n\n${filler}预计全市地区生产总值增长5%左右。\n`;
  assert.ok(splitBlocks(text).length > 2, 'the report spans several blocks');
  const whole = analyzeSync(text, { segmenter: jieba });
  const inc = new IncrementalAnalyzer().analyze(text, { segmenter: jieba });
  assert.deepEqual(view(inc), view(whole));
  const claimed = (r: AnalysisResult, at: number) => r.claims.some((c) => c.range.start <= at && at < c.range.end);
  const review = text.indexOf('预计全市地区生产总值增长5.5%');
  const plan = text.indexOf('预计全市地区生产总值增长5%左右');
  assert.ok(claimed(inc, review), 'the review estimate is a claim');
  assert.ok(!claimed(inc, plan), 'the plan section estimate is not');
});
