import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchChineseUnit, matchEnglishUnit } from '../../src/core/numbers/units';

const zh = (s: string) => matchChineseUnit(s, 0);

test('Chinese measure words, longest match first', () => {
  assert.equal(zh('起，同比')?.unit, '起');
  assert.equal(zh('人次')?.unit, '人次');
  assert.equal(zh('个月实现')?.unit, '个月');
  assert.equal(zh('个百分点')?.unit, '百分点');
  assert.equal(zh('千克')?.kind, 'physical');
  assert.deepEqual(zh('万元')?.scale, 1e4);
  assert.equal(zh('元')?.kind, 'money');
  assert.equal(zh('批次')?.unit, '批次');
  assert.equal(zh('倍')?.kind, 'multiple');
  assert.equal(zh('小时')?.kind, 'duration');
});

test('a unit character that starts another word is not a unit', () => {
  assert.equal(zh('年代'), null);
  assert.equal(zh('发展'), null);
  assert.equal(zh('家庭'), null);
  assert.equal(zh('处理'), null);
});

test('English units after a number', () => {
  assert.equal(matchEnglishUnit(' percent of', 0, false)?.unit, '%');
  assert.equal(matchEnglishUnit(' percentage points', 0, false)?.unit, '百分点');
  assert.equal(matchEnglishUnit(' residents', 0, false)?.unit, 'residents');
  assert.equal(matchEnglishUnit(' new jobs', 0, false)?.unit, 'jobs');
  assert.equal(matchEnglishUnit(' in 2024', 0, false), null);
  assert.equal(matchEnglishUnit(' kilometres', 0, false)?.kind, 'physical');
});
