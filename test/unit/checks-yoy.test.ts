// Check "change", 同比 against last year's level stated elsewhere in the report: rounding-aware, and silent
// whenever last year's level is not surely the same quantity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureTexts, findingsOf } from '../support/checks';
import type { Finding } from '../../src/core/checks/types';

const yoy = (findings: Finding[]) => findings.filter((f) => /last year's level/u.test(f.arithmetic));

const LAST_YEAR = '一、基本情况\n2024年，全市共立刑事案件1234起，抓获犯罪嫌疑人567人。\n';

test('a 同比 change agrees with last year’s level stated in another paragraph', async () => {
  const text = `${LAST_YEAR}二、工作成效\n2025年，全市共立刑事案件1100起，同比下降10.9%。`;
  const [f, ...rest] = yoy(await findingsOf(text, 'change'));
  assert.equal(rest.length, 0);
  assert.equal(f.status, 'consistent');
  assert.equal(
    f.message,
    "(1234起 − 1100起) ÷ 1234起 = 10.86 % down (1234起: last year's level, line 2); the report says 10.9% down: consistent",
  );
  assert.deepEqual(figureTexts(f), { from: '1234起', to: '1100起', change: '10.9%' });
  for (const g of f.figures) assert.equal(text.slice(g.range.start, g.range.end), g.text);
});

test('a 同比 change off by a few points is flagged, with last year’s figure among its figures', async () => {
  const text = `${LAST_YEAR}二、工作成效\n2025年，全市共立刑事案件1100起，同比下降6.9%。`;
  const [f] = yoy(await findingsOf(text, 'change'));
  assert.equal(f.status, 'inconsistent');
  assert.match(f.message, /= 10\.86 % down .*the report says 6\.9% down: inconsistent/u);
  assert.deepEqual(figureTexts(f), { from: '1234起', to: '1100起', change: '6.9%' });
});

test('rounded levels: anything their rounding allows is consistent, beyond it is not', async () => {
  const lastYear = '2024年，全省市场主体达到4.7万家。\n';
  // 4.65–4.75万 to 5.15–5.25万: 8.4 % to 12.9 %.
  const ok = yoy(await findingsOf(`${lastYear}2025年，全省市场主体达到5.2万家，同比增长12%。`, 'change'));
  assert.equal(ok[0]?.status, 'consistent');
  const wrong = yoy(await findingsOf(`${lastYear}2025年，全省市场主体达到5.2万家，同比增长15%。`, 'change'));
  assert.equal(wrong[0]?.status, 'inconsistent');
});

test('this year is the report’s year when the sentence names none', async () => {
  const text = `2025年全市公安工作总结\n${LAST_YEAR}全市共立刑事案件1100起，同比下降6.9%。`;
  assert.equal(yoy(await findingsOf(text, 'change'))[0]?.status, 'inconsistent');
});

test('must not flag: another quantity, another year, a plan, two values for last year, another basis', async () => {
  const cases = [
    // another quantity under a similar name
    `${LAST_YEAR}2025年，全市共破获刑事案件1100起，同比下降6.9%。`,
    // the level two years back
    '2023年，全市共立刑事案件1234起。\n2025年，全市共立刑事案件1100起，同比下降6.9%。',
    // last year's figure in a plan or forecast
    '2024年预计全市共立刑事案件1234起。\n2025年，全市共立刑事案件1100起，同比下降6.9%。',
    // two different values for last year: which one was used is unclear
    `${LAST_YEAR}2024年，全市共立刑事案件1300起。\n2025年，全市共立刑事案件1100起，同比下降6.9%。`,
    // a change on another basis (比2020年, 环比)
    `${LAST_YEAR}2025年，全市共立刑事案件1100起，比2020年下降6.9%。`,
    `${LAST_YEAR}2025年，全市共立刑事案件1100起，环比下降6.9%。`,
    // levels too far apart to be one quantity's two years
    `${LAST_YEAR}2025年，全市共立刑事案件110起，同比下降6.9%。`,
    // no year anywhere: nothing says which level is last year's
    '全市共立刑事案件1234起。\n全市共立刑事案件1100起，同比下降6.9%。',
    // an approximate level cannot be checked
    '2024年，全市共立刑事案件1200余起。\n2025年，全市共立刑事案件1100起，同比下降6.9%。',
  ];
  for (const text of cases) assert.deepEqual(yoy(await findingsOf(text, 'change')), [], text);
});
