// Check "repeat": one quantity reported with two values in one report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureTexts, findingsOf } from '../support/checks';

test('the summary against the body: 下降18.6% and 下降18.9% for the same 刑事案件', async () => {
  const text = '全年刑事案件同比下降18.6%。\n\n一、打击犯罪\n\n全年刑事案件同比下降18.9%，破获一批大案。';
  const [f, ...rest] = await findingsOf(text, 'repeat');
  assert.equal(rest.length, 0);
  assert.equal(f.status, 'inconsistent');
  assert.deepEqual(figureTexts(f), { first: '18.6%', second: '18.9%' });
  assert.equal(f.arithmetic, '18.6% (line 1) against 18.9% (line 5)');
});

test('the same figure twice, written alike, is not reported', async () => {
  const text = '群众安全感、满意度达98.95%。\n\n工作总结：群众安全感、满意度达98.95%。';
  assert.equal((await findingsOf(text, 'repeat')).length, 0);
});

test('must not flag: budget figures of different years and scopes (Shenzhen 2025 budget report)', async () => {
  const text =
    '地方级收入中，税收收入3510.6亿元、增长5.2%，非税收入653.1亿元。\n预计2026年其中：税收收入3687亿元、非税收入685亿元。';
  assert.equal((await findingsOf(text, 'repeat')).length, 0);
});

test('must not flag: different quantities under short or list subjects', async () => {
  const text = '2012年首3季的薪金和工資，分別平均按年上升6.7%和5.9%。\n扣除通脹後，分別平均按年上升2.5%。';
  assert.equal((await findingsOf(text, 'repeat')).length, 0);
});
