// The change rules read bounded look-backs: 1 MB single lines built from the phrases they match
// (differences, drags, bare lists, signed figures, "below its level by") stay linear in length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';

test('change rules are linear in line length: 1 MB single lines of the phrases they match', () => {
  // Work is compared at two sizes of the same line (256 KB and 1 MB), as CPU time of this
  // process, never as an absolute time: linear growth makes the ratio about 4, quadratic 16.
  const cpu = (text: string, lang: 'zh' | 'en') => {
    const t0 = process.cpuUsage();
    const r = analyzeSync(text, { segmenter: null, lang });
    const t = process.cpuUsage(t0);
    return { work: t.user + t.system, metrics: r.metrics.length, changes: r.metrics.filter((m) => m.change).length };
  };
  const lineOf = (piece: string, size: number) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  const cases: Array<[string, string, 'zh' | 'en']> = [
    ['differences with no punctuation', '增速高于全国（3.8%）33.3个百分点比上年低0.3个百分点', 'zh'],
    [
      'drags and bare lists with no punctuation',
      '分别下拉投资增长2.6、1.1、0.5、0.7个百分点拖累经济增长0.5个百分点',
      'zh',
    ],
    ['a run of compared things', '高于全国、全省、全州、全市、全县、', 'zh'],
    [
      'signed figures and level differences on one line',
      'employment is below its February 2020 level by 368,000 or 2.2 percent (+26,000) from +504,000 to +472,000 ',
      'en',
    ],
    ['a run of words before "by"', 'above its level and its trend and its pace ', 'en'],
  ];
  for (const [label, piece, lang] of cases) {
    const small = lineOf(piece, 256 * 1024);
    const big = lineOf(piece, 1024 * 1024);
    cpu(small, lang); // warm up
    const a = cpu(small, lang);
    const b = cpu(big, lang);
    assert.ok(b.metrics >= a.metrics * 3.5, `${label}: metrics found ${a.metrics} → ${b.metrics}`);
    assert.ok(b.changes >= a.changes * 3.5, `${label}: changes found ${a.changes} → ${b.changes}`);
    const ratio = b.work / Math.max(1, a.work);
    assert.ok(ratio < 9, `${label}: 4× the line took ${ratio.toFixed(1)}× the CPU time`);
  }
});
