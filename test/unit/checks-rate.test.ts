// Check "rate": a rate against its numerator and denominator in the same sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureTexts, findingsOf } from '../support/checks';

// A real sentence from a 2016 Wuhai police report (corpus/001).
const WUHAI = '今年1月至4月,该市“盗抢骗”案件立案131起,同比下降68.05%;破案91起,破案率达69.47%。';

test('破案率 as published is consistent: 91 ÷ 131 = 69.466 %', async () => {
  const [f] = await findingsOf(WUHAI, 'rate');
  assert.equal(f.status, 'consistent');
  assert.equal(f.arithmetic, '91起 ÷ 131起 = 69.466 %');
  assert.deepEqual(figureTexts(f), { numerator: '91起', denominator: '131起', rate: '69.47%' });
});

test('a rate altered by a few points is flagged', async () => {
  const [f] = await findingsOf(WUHAI.replace('69.47%', '72.47%'), 'rate');
  assert.equal(f.status, 'inconsistent');
  assert.match(f.message, /69\.466 %; the report says 72\.47%: inconsistent/u);
});

test('an altered numerator is flagged against the same rate', async () => {
  const [f] = await findingsOf(WUHAI.replace('破案91起', '破案95起'), 'rate');
  assert.equal(f.status, 'inconsistent');
});

test('must not flag: three counts before a rate (which two?), per-10,000 rates', async () => {
  const three = '立案1200起，破获900起，其中现案800起，现案破案率83%。';
  assert.equal((await findingsOf(three, 'rate')).length, 0);
  const perTenThousand = '全市常住人口120万人，发生刑事案件360起，每万人发案率3%。';
  assert.equal((await findingsOf(perTenThousand, 'rate')).length, 0);
});

test('must not pair: 率先 is not a rate (a real sentence of a 2025 Wuhai police report, corpus/000)', async () => {
  const text =
    '该局精简机关机构,首批调整干部128人、提任75人,在全区率先实现派出所警力占分局警力50%以上;开展职级晋升3批次。';
  assert.equal((await findingsOf(text, 'rate')).length, 0);
});
