import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectChange } from '../../src/core/metrics/change';

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
