// Fuzzing the engine: random and mutated inputs never make it throw, every range it returns
// is valid, and its time grows linearly. Seeded, so a failure reproduces.
import { test } from 'node:test';
import { prng } from '../support/prng';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeSync } from '../../src/core/analyze';
import { assertLinearInLineLength } from '../support/linear';
import { loadSegmenter } from '../../src/core/text/segmenter';
import type { AnalysisResult } from '../../src/core/types';
import { ROOT } from '../support/paths';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

const samples = ['zh-annual-review.txt', 'en-annual-review.txt'].map((f) =>
  fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'),
);
const INSERTS = [
  '1',
  '9',
  '0',
  '.',
  ',',
  '%',
  '％',
  '１',
  '起',
  '人',
  '万',
  '亿',
  '余',
  '多',
  '一',
  '百',
  '十',
  '两',
  '分之',
  '成',
  '第',
  '“',
  '”',
  '。',
  '；',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\u3000',
  '\t',
  '\u0000',
  '\ud800',
  '\udfff',
  '𠀋',
  'million',
  ' percent',
  '$',
  '-',
  '·',
  '同比下降',
  'rose by ',
  '摄',
  '#',
];

function mutate(rand: () => number, base: string): string {
  let s = base;
  const ops = 1 + Math.floor(rand() * 12);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(rand() * (s.length + 1));
    const r = rand();
    if (r < 0.4) s = s.slice(0, at) + INSERTS[Math.floor(rand() * INSERTS.length)] + s.slice(at);
    else if (r < 0.6) s = s.slice(0, at) + s.slice(at + Math.floor(rand() * 40));
    else if (r < 0.75) {
      const from = Math.floor(rand() * s.length);
      s = s.slice(0, at) + s.slice(from, from + Math.floor(rand() * 200)) + s.slice(at);
    } else if (r < 0.85) s = s.slice(0, at) + '8'.repeat(Math.floor(rand() * 400)) + s.slice(at);
    else s = s.slice(at, at + Math.floor(rand() * 2000));
  }
  return s;
}

function check(text: string, r: AnalysisResult, label: string) {
  const ids = new Set<string>();
  for (const m of r.metrics) {
    assert.ok(
      m.range.start >= 0 && m.range.start < m.range.end && m.range.end <= text.length,
      `${label}: metric range ${JSON.stringify(m.range)}`,
    );
    assert.equal(m.text, text.slice(m.range.start, m.range.end), label);
    assert.ok(Number.isFinite(m.value), `${label}: value ${m.value}`);
    assert.ok(!ids.has(m.id), `${label}: duplicate id ${m.id}`);
    ids.add(m.id);
  }
  for (const c of r.claims) {
    assert.ok(c.range.start >= 0 && c.range.start < c.range.end && c.range.end <= text.length, `${label}: claim range`);
    assert.equal(c.text, text.slice(c.range.start, c.range.end), label);
    assert.ok(c.score >= 0 && c.score <= 1);
    for (const id of c.metricIds) assert.ok(ids.has(id), `${label}: claim names unknown metric ${id}`);
  }
}

test(`fuzz: mutated samples and hostile strings never throw (seed ${SEED})`, () => {
  const rand = prng(SEED);
  const jieba = loadSegmenter();
  for (let i = 0; i < 3000; i++) {
    const text = mutate(rand, samples[i % samples.length]);
    const withJieba = i % 10 === 0;
    let r: AnalysisResult;
    try {
      r = analyzeSync(text, { segmenter: withJieba ? jieba : null });
    } catch (err) {
      assert.fail(`seed ${SEED} iteration ${i} (length ${text.length}) threw: ${(err as Error).stack}`);
    }
    check(text, r, `seed ${SEED} iteration ${i}`);
  }
  const hostile = [
    '',
    ' ',
    '\n\n\n',
    '\u0000'.repeat(1000),
    '\ud800'.repeat(500),
    '9'.repeat(10000),
    `${'9'.repeat(10000)}起`,
    `${'一'.repeat(5000)}起`,
    '，'.repeat(5000),
    '“'.repeat(3000),
    `${'破案91起，'.repeat(40000)}`,
    `${'a '.repeat(50000)}`,
    `1${',000'.repeat(3000)} people`,
    '百分之'.repeat(2000),
    '第'.repeat(3000) + '1',
    '·3'.repeat(3000),
  ];
  for (const text of hostile)
    check(text, analyzeSync(text, { segmenter: null }), `hostile ${JSON.stringify(text.slice(0, 20))}`);
});

test('time grows linearly with input size', () => {
  // Ratios from one run, never absolute times: the machines are shared and noisy.
  const unit = samples[0] + samples[1];
  const time = (text: string) => {
    const t0 = process.hrtime.bigint();
    analyzeSync(text, { segmenter: null });
    return Number(process.hrtime.bigint() - t0);
  };
  for (const [label, piece] of [
    ['report text', unit],
    ['one long line', unit.replace(/\n/g, ' ')],
    ['digit runs', '1234567890'.repeat(200) + '起，'],
    ['a sentence that never ends', '破案91起，同比下降5%，'.repeat(300)],
    ['numeral characters', '一'.repeat(3000) + '起'],
  ] as const) {
    const small = piece.repeat(4);
    const big = piece.repeat(32);
    time(small); // warm up
    const a = Math.min(time(small), time(small));
    const b = Math.min(time(big), time(big));
    assert.ok(b / a < 40, `${label}: 8× the input took ${(b / a).toFixed(1)}× the time`);
  }
});

test('metric extraction is linear in line length: 1 MB single lines and tables', () => {
  const jieba = loadSegmenter();
  const cases: Array<[string, string, boolean]> = [
    ['a line of 12.5%', '12.5%', false],
    ['a space-separated table on one line', '2024 12.5 3,456 7.8% 1.2 ', false],
    ['a tab-separated table on one line', '地区\t12.5\t3,456万元\t7.8%\t', false],
    ['Chinese prose with no punctuation, segmented', '全年破案91起同比下降5%其中刑事案件1234起增长3.5万人次', true],
    ['English prose on one line', 'Payrolls rose by 236,000 in March and unemployment fell to 3.8 percent, ', false],
  ];
  for (const [label, piece, withJieba] of cases)
    assertLinearInLineLength(
      label,
      piece,
      { segmenter: withJieba ? jieba : null },
      {
        metrics: (r) => r.metrics.length,
      },
    );
});
