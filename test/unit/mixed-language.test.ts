// A bilingual report (a Chinese release with an English paragraph, as Hong Kong and Macao publish): each figure is
// read with the rules of its own line's language, so an English line's subjects are English phrases, not words run
// together by the Chinese cleaning, and a Chinese line keeps the Chinese rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';

const subjectsOf = (text: string) =>
  analyzeSync(text, { segmenter: null, lang: 'zh' }).metrics.map((m) => `${m.text} | ${m.subject}`);

test('an English line of a Chinese report is read with the English rules', () => {
  assert.deepEqual(
    subjectsOf(
      '全市生产总值增长5.2%。\nThe department met 29 of its 36 performance measures in 2017–18.\n失业率为3.1%。\n',
    ),
    ['5.2% | 生产总值', '29 of its 36 | performance measures', '3.1% | 失业率'],
  );
});

test('a figure beside a Chinese character, or on a line of few English words, keeps the Chinese rules', () => {
  assert.deepEqual(subjectsOf('GDP增长5.2%。\n'), ['5.2% | GDP']);
  assert.deepEqual(subjectsOf('CPI 102.3\n'), []);
});
