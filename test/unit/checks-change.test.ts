// Check "change" and "multiple": stated changes and multiples against the levels they connect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureTexts, findingsOf, inconsistent } from '../support/checks';

test('由A缩短至B、缩短C%: 46 % against 46.15 % is consistent', async () => {
  const text = '乌海市公安局出警时间由13分钟缩短至7分钟，缩短46%。';
  const [f, ...rest] = await findingsOf(text, 'change');
  assert.equal(rest.length, 0);
  assert.equal(f.status, 'consistent');
  assert.equal(f.message, '(13分钟 − 7分钟) ÷ 13分钟 = 46.2 % down; the report says 46% down: consistent');
  assert.deepEqual(figureTexts(f), { from: '13分钟', to: '7分钟', change: '46%' });
  for (const g of f.figures) assert.equal(text.slice(g.range.start, g.range.end), g.text);
});

test('a change off by a few points is flagged with the right figures', async () => {
  const [f] = await findingsOf('乌海市公安局出警时间由13分钟缩短至7分钟，缩短40%。', 'change');
  assert.equal(f.status, 'inconsistent');
  assert.match(f.message, /46\.2 % down; the report says 40% down: inconsistent/u);
  assert.deepEqual(figureTexts(f), { from: '13分钟', to: '7分钟', change: '40%' });
});

test('46 % against 48.2 %: the tolerance follows the precision as written', async () => {
  const [f] = await findingsOf('出警时间由13分钟缩短至6.73分钟，缩短46%。', 'change');
  assert.equal(f.status, 'inconsistent');
  assert.match(f.arithmetic, /= 48\.2 % down/u);
});

test('scaled levels are compared within their rounding (万亿 on both sides)', async () => {
  const ok = await findingsOf('地区生产总值从11.37万亿元提高到14.58万亿元，增长28.2%。', 'change');
  assert.equal(ok[0].status, 'consistent');
  const off = await findingsOf('地区生产总值从11.37万亿元提高到14.58万亿元，增长35.2%。', 'change');
  assert.equal(off[0].status, 'inconsistent');
});

test('a stated direction against the levels is flagged', async () => {
  const [f] = await findingsOf('全年接报警情由3600起降至3200起，上升11.1%。', 'change');
  assert.equal(f.status, 'inconsistent');
});

test('百分点 against two percentage levels', async () => {
  const ok = await findingsOf('群众满意度由97.86%提升至98.90%，提高1.04个百分点。', 'change');
  assert.equal(ok[0].status, 'consistent');
  const off = await findingsOf('群众满意度由97.86%提升至98.90%，提高1.54个百分点。', 'change');
  assert.equal(off[0].status, 'inconsistent');
  assert.match(off[0].arithmetic, /98\.90% − 97\.86% = 1\.04 points/u);
});

test('比上年的B: the earlier level in the same sentence, absolute and relative', async () => {
  const rel = await findingsOf('全市立刑事案件2624起，比2012年的5453起下降51.9%。', 'change');
  assert.equal(rel[0].status, 'consistent');
  const abs = await findingsOf('全年接报警情3.2万起，比上年的3.6万起减少0.4万起。', 'change');
  assert.equal(abs[0].status, 'consistent');
  assert.equal(abs[0].arithmetic, '3.2万起 − 3.6万起 = −0.4万起');
  const off = await findingsOf('全市立刑事案件2624起，比2012年的5453起下降58.9%。', 'change');
  assert.deepEqual(figureTexts(inconsistent(off)[0]), { from: '5453起', to: '2624起', change: '58.9%' });
});

test('English: from A to B, up C%', async () => {
  const ok = await findingsOf('GDP rose from 120 million to 150 million, up 25%.', 'change');
  assert.equal(ok[0].status, 'consistent');
  const off = await findingsOf('GDP rose from 120 million to 150 million, up 28%.', 'change');
  assert.equal(off[0].status, 'inconsistent');
});

test('must not flag: levels without a stated change, annual averages, approximate levels', async () => {
  // Real sentences from the 2026 Guangdong and Zhengzhou-style reports.
  assert.equal(
    (await findingsOf('地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元。')).length,
    0,
  );
  assert.equal((await findingsOf('地区生产总值从11.37万亿元提高到14.58万亿元，年均增长5.1%。', 'change')).length, 0);
  const approx = await findingsOf('乌海市公安局出警时间由13分钟缩短至7分钟以内，缩短50%。', 'change');
  assert.equal(approx[0].status, 'consistent', 'within 7 minutes allows a 50 % cut');
});

test('翻一番 and 是…的N倍 against both levels', async () => {
  const ok = await findingsOf('规上工业企业从4.7万家增加到9.6万家，翻了一番。', 'multiple');
  assert.equal(ok[0].status, 'consistent');
  const off = await findingsOf('规上工业企业从4.7万家增加到6.1万家，翻了一番。', 'multiple');
  assert.equal(off[0].status, 'inconsistent');
  assert.match(off[0].arithmetic, /6\.1万家 ÷ 4\.7万家 = 1\.3 times/u);
  const times = await findingsOf('全国重点实验室从15家跃升到38家，是原来的2.5倍。', 'multiple');
  assert.equal(times[0].status, 'consistent');
  const timesOff = await findingsOf('全国重点实验室从15家跃升到38家，是原来的3.5倍。', 'multiple');
  assert.equal(timesOff[0].status, 'inconsistent');
});

test('level, absolute and relative change: D ÷ (B − D) (Fuzhou 2025 communiqué, Changsha budget report)', async () => {
  const grain = await findingsOf('粮食产量50.49万吨，比上年增加0.57万吨，增长1.1%。', 'change');
  assert.equal(grain[0].status, 'consistent');
  assert.equal(grain[0].arithmetic, '0.57万吨 ÷ (50.49万吨 − 0.57万吨) = 1.14 % up');
  const revenue = await findingsOf(
    '2025年全市完成地方一般公共预算收入1296.87亿元，比上年增加32.33亿元，增长2.56%；加上上级补助收入367.83亿元。',
    'change',
  );
  assert.equal(revenue[0].status, 'consistent');
  const off = await findingsOf('粮食产量50.49万吨，比上年增加0.57万吨，增长3.1%。', 'change');
  assert.equal(off[0].status, 'inconsistent');
  assert.deepEqual(
    off[0].figures.map((f) => f.text),
    ['50.49万吨', '0.57万吨', '3.1%'],
  );
  const fall = await findingsOf('全年接报警情3200起，比上年减少400起，下降11.1%。', 'change');
  assert.equal(fall[0].status, 'consistent');
});

test('must not flag: a clause after the levels that names its own subject states that subject’s change', async () => {
  const text =
    '城区接警后平均到达现场时间由13分钟缩短至5分钟以内，街面“两抢”警情同比下降26.4%，入室盗窃警情同比下降33.1%。';
  assert.deepEqual(await findingsOf(text, 'change'), []);
  // the same levels with their own change in the next clause are still checked
  const [f] = await findingsOf('全市平均出警时间由13分钟缩短至7分钟，同比缩短48%。', 'change');
  assert.equal(f?.status, 'inconsistent');
});
