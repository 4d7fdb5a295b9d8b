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

test('must not flag: a figure adjusted (excluding these effects) against the unadjusted one (US Treasury FY2023)', async () => {
  const text =
    'Excise taxes were $75.8 billion, $10.6 billion below the MSR estimate. The MSR estimates included $2.2 billion in receipts from legislative proposals; excluding these effects, excise taxes were $8.4 billion below the MSR estimates.';
  assert.equal((await findingsOf(text, 'repeat')).length, 0);
  // Both unadjusted, the two values are still one quantity reported twice.
  const twice =
    'Excise taxes were $75.8 billion, $10.6 billion below the MSR estimate. In the summary, excise taxes were $8.4 billion below the MSR estimate.';
  assert.equal((await findingsOf(twice, 'repeat')).length, 1);
});

test('a sentence repeated word for word with another figure: flagged even when the values are far apart', async () => {
  const body = '全年破案率达到69.4%，抓获违法犯罪嫌疑人1047人，有力维护了社会秩序。';
  const text = `${body.replace('1047', '949')}\n一、打击犯罪\n${body}`;
  const [f, ...rest] = await findingsOf(text, 'repeat');
  assert.equal(rest.length, 0);
  assert.deepEqual(figureTexts(f), { first: '949人', second: '1047人' });
  // Thresholds: 超过10万元 and 超过11万元 are two figures written for one quantity.
  const over = '受理找寻服务120余件，总价值超过10万元，得到了广大群众的一致赞誉。';
  assert.equal((await findingsOf(`${over.replace('10万', '11万')}\n${over}`, 'repeat')).length, 1);
  // The same sentence with the same figures, or rounded alike (69.4% and 69.40%), is not a finding.
  assert.equal((await findingsOf(`${body}\n${body.replace('69.4%', '69.40%')}`, 'repeat')).length, 0);
  // Sentences alike but for their years speak of two years.
  const years =
    '2024年全市抓获违法犯罪嫌疑人1047人，有力维护了社会秩序。\n2025年全市抓获违法犯罪嫌疑人949人，有力维护了社会秩序。';
  assert.equal((await findingsOf(years, 'repeat')).length, 0);
});

test('must not flag: parallel 其中 sentences of two wholes (Zhengzhou communiqué: freight and passengers)', async () => {
  const text =
    '完成货运量2.35亿吨，下降2.6%。其中，铁路0.20亿吨，增长30.8%；公路2.15亿吨，下降4.8%。\n完成客运量1.63亿人，增长2.4%。其中，铁路0.94亿人，增长6.4%；公路0.62亿人，下降2.5%。';
  assert.equal((await findingsOf(text, 'repeat')).length, 0);
});
