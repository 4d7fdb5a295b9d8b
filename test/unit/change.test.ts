import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectChange, detectSentenceChange } from '../../src/core/metrics/change';

const zh = (before: string, after = '') => detectChange(before, after, 'zh', before + after);
const en = (before: string, after = '') => detectChange(before, after, 'en', before + after);

test('Chinese change words right before the number, with their basis', () => {
  assert.deepEqual(zh('“盗抢骗”案件立案131起，同比下降'), { direction: 'down', basis: '同比' });
  assert.deepEqual(zh('破获电诈案件4726起、同比上升'), { direction: 'up', basis: '同比' });
  assert.deepEqual(zh('比2012年的5453起下降了'), { direction: 'down', basis: '比2012年' });
  assert.deepEqual(zh('亡人交通事故起数、死亡人数同比分别下降'), { direction: 'down', basis: '同比' });
  assert.deepEqual(zh('降幅'), { direction: 'down', basis: null });
  assert.deepEqual(zh('破案数、破案率同比分别上升'), { direction: 'up', basis: '同比' });
  assert.deepEqual(zh('平均为每位群众减少跑动'), { direction: 'down', basis: null });
});

test('levels are not changes: 降至, 缩短至, plain 达', () => {
  assert.equal(zh('出警时间由13分钟缩短至'), null);
  assert.equal(zh('发案率降至'), null);
  assert.equal(zh('破案率达'), null);
  assert.equal(zh('全市共破获各类刑事案件'), null);
});

test('English changes before and after the number', () => {
  assert.deepEqual(en('Burglaries fell '), { direction: 'down', basis: null });
  assert.deepEqual(en('Employment rose by ', ' year over year'), { direction: 'up', basis: 'year over year' });
  assert.deepEqual(en('a ', ' increase in calls'), { direction: 'up', basis: null });
  assert.equal(en('Calls rose to '), null);
  assert.equal(en('The department answered '), null);
});

test('a difference from another figure takes the direction of its word (高于/低于/快于/慢于/高出, 比…高/低)', () => {
  assert.equal(zh('增速高于全州')?.direction, 'up');
  assert.equal(zh('增速低于全州')?.direction, 'down');
  assert.equal(zh('高于全国（3.8%）')?.direction, 'up');
  assert.equal(zh('增速快于全部投资')?.direction, 'up');
  assert.equal(zh('增速慢于全国')?.direction, 'down');
  assert.equal(zh('比全省高出')?.direction, 'up');
  assert.equal(zh('增速比上年高')?.direction, 'up');
  assert.equal(zh('比全省低')?.direction, 'down');
  // the compared thing's own level, a bound with nothing compared, 比重 and 不低于 are no differences
  assert.equal(zh('高于全国', '的平均水平'), null);
  assert.equal(zh('低于'), null);
  assert.equal(zh('比重高达'), null);
  assert.equal(zh('不低于'), null);
});

test('a drag on growth is down even after 增长; a boost is up; a bare list reads the words before it', () => {
  assert.equal(zh('下拉固定资产投资增长')?.direction, 'down');
  assert.equal(zh('拖累经济增长')?.direction, 'down');
  assert.equal(zh('拉低CPI涨幅')?.direction, 'down');
  assert.equal(zh('拉动经济增长')?.direction, 'up');
  assert.equal(zh('在房地产拖累下增长')?.direction, 'up');
  assert.equal(zh('分别拉动经济增长0.6、2.0、')?.direction, 'up');
  assert.equal(zh('分别下拉投资增长2.6、')?.direction, 'down');
  assert.equal(zh('分别提高15、')?.direction, 'up');
  assert.equal(zh('增速比一季度加快')?.direction, 'up');
  assert.equal(zh('增速比1-2月放缓')?.direction, 'down');
});

test('English: differences from a level, averages of gains, change nouns and verbs', () => {
  assert.equal(en('Employment is below its pre-pandemic February 2020 level by ')?.direction, 'down');
  assert.equal(en('Employment is above its February 2020 level by ')?.direction, 'up');
  assert.equal(en('Job gains have averaged ')?.direction, 'up');
  assert.equal(en('Job losses in mining averaged ')?.direction, 'down');
  assert.equal(en('Health care has added an average of ')?.direction, 'up');
  assert.equal(en('There was a gain of ')?.direction, 'up');
  assert.equal(en('The sector shed ')?.direction, 'down');
  assert.equal(en('Retail lost ')?.direction, 'down');
  assert.equal(en('Employment remained below its level and rose to '), null);
  assert.equal(en('The rate averaged '), null);
});

const signed = (figure: string, sentenceBefore: string, after: string) =>
  detectSentenceChange({ figure, sentenceBefore, after, percent: false }, 'en')?.direction ?? null;

test('English: a figure written with its sign is a change; a minus only in parentheses or beside a plus', () => {
  assert.equal(signed('+26,000', 'continued its upward trend in March (', ').'), 'up');
  assert.equal(signed('-12,000', 'Warehousing and storage lost jobs (', ').'), 'down');
  assert.equal(signed('+504,000', 'was revised down by 32,000, from ', ' to +472,000.'), 'up');
  assert.equal(signed('-5,000', 'February was revised from ', ' to +12,000.'), 'down');
  // a bare minus may be a negative level; a sign before a phone number is no change
  assert.equal(signed('-41.1', 'Outlays were ', ' billion.'), null);
  assert.equal(signed('+1', 'For help call (', ') 202-691-5200.'), null);
  assert.equal(signed('+44', 'Call ', ' 20 7946 0958 for details.'), null);
  assert.equal(signed('26,000', 'in March (', ').'), null);
});
