// The matcher's general rules, each on sentences taken from the real pairs of docs/checks-eval.md (budget
// reports against statistical communiqués): names from the topic, shares, wrapped PDF lines, approximations,
// several-year totals, and a change that goes with its level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { clauseName, scopeContext, topicName } from '../../src/core/sources/context';
import { matchReport } from '../../src/core/sources/match';
import { sourceFromText } from '../../src/core/sources/read';
import { scopesDiffer, subjectSimilarity } from '../../src/core/sources/subject';
import { loadSegmenter } from '../../src/core/text/segmenter';

const segmenter = loadSegmenter();

async function outcomes(report: string, sourceText: string): Promise<Map<string, string>> {
  const source = sourceFromText('bulletin.txt', 'text', sourceText, segmenter);
  const analysis = await analyzeText(report);
  return new Map(matchReport(report, analysis.metrics, source).map((r) => [r.metric.text, r.outcome]));
}

const PINGDINGSHAN_BULLETIN =
  '2025年平顶山市国民经济和社会发展统计公报\n一、综合\n一般公共预算收入226.62亿元，增长0.7%，其中税收收入134.70亿元，下降3.6%，占一般公共预算收入的比重为59.4%。一般公共预算支出449.87亿元，下降0.6%，其中民生支出326.49亿元，下降0.4%，占一般公共预算支出的比重为72.6%。';

test('a clause that only says 实际完成 takes its name from the sentence topic, without the topic’s plan words', () => {
  const text =
    '汇总全市各级人代会批准的2025年一般公共预算收入年初预算合计2357308万元，执行中经各级人代会批准调整为2366949万元，实际完成2266166万元，增长0.7%。';
  const at = text.indexOf('2266166');
  assert.equal(topicName(text, at), '一般公共预算收入');
  assert.doesNotMatch(scopeContext(text, at), /年初预算/u);
  // A clause that names its quantity keeps its own name.
  const named = '2025年，全市地方一般公共预算收入突破110亿元。';
  assert.equal(topicName(named, named.indexOf('110')), '');
});

test('matches from a topic name: the outcome and its change, never the city-level (市本级) figures', async () => {
  const report =
    '（1）全市收支情况。汇总全市各级人代会批准的2025年一般公共预算收入年初预算合计2357308万元，执行中经各级人代会批准调整为2366949万元，实际完成2266166万元，为调整预算的95.7%，增长0.7%。\n（2）市本级收支情况。市十二届人大三次会议批准的2025年一般公共预算收入年初预算为59695万元，实际完成57636万元，为预算的96.6%，增长0.9%。';
  const byText = await outcomes(report, PINGDINGSHAN_BULLETIN);
  assert.equal(byText.get('2266166万元'), 'matches');
  assert.equal(byText.get('0.7%'), 'matches');
  // 57636万元 is not the city's revenue, so its 增长0.9% is not the city's 0.7 % either (not "differs").
  assert.equal(byText.get('57636万元'), 'not-in-source');
  assert.equal(byText.get('0.9%'), 'not-in-source');
});

test('shares: 税收占比 and 占…的 name the same share as 占…的比重', () => {
  assert.equal(subjectSimilarity('税收占比', '税收收入占一般公共预算收入的比重'), 1);
  assert.equal(subjectSimilarity('占一般公共预算支出的', '占一般公共预算支出的比重'), 1);
  assert.equal(subjectSimilarity('地方税收收入占地方一般公共预算收入的比重', '税收收入占地方收入的比重'), 1);
  // A share of another whole is another quantity.
  assert.ok(subjectSimilarity('税收收入占一般公共预算收入的比重', '税收收入占地区生产总值的比重') < 0.9);
  // 非税收入 is not 税收收入.
  assert.ok(subjectSimilarity('非税收入', '税收收入') < 0.6);
});

test('a total or share over five years is not one year’s', async () => {
  assert.ok(scopesDiffer('五年来，全市民生支出总量', '一、综合 民生支出'));
  const report =
    '三是民生领域投入持续加大。坚持在发展中保障和改善民生，五年来，全市民生支出总量达到14748670万元，占一般公共预算支出的比重超过70%。';
  const byText = await outcomes(report, PINGDINGSHAN_BULLETIN);
  assert.equal(byText.get('超过70%'), 'not-in-source');
});

test('PDF-wrapped lines and a page number between them: the clause is read across them', async () => {
  const text = '收入预算执行情况：2025年，全市一般公共预算地\n-1-\f\n方收入预计完成207亿元左右，同比增长3.2%左右。';
  assert.equal(clauseName(text, text.indexOf('207')), '全市一般公共预算地方收入预计完成');
  const byText = await outcomes(
    text,
    '2025年岳阳市国民经济和社会发展统计公报\n八、财政和金融\n全年一般公共预算地方收入207.10亿元，比上年增长3.3%，其中：税收收入113.89亿元，下降5.1%。',
  );
  // 207亿元左右 and 3.2%左右 allow 207.10亿元 and 3.3 %: approximations agree within their spread.
  assert.equal(byText.get('207亿元左右'), 'matches');
  assert.equal(byText.get('3.2%左右'), 'matches');
});

test('突破110亿元 (over 110) agrees with 113.85亿元 and cannot be contradicted by it', async () => {
  const report = '2025年，我们持续做大财政“蛋糕”，全市地方一般公共预算收入突破110亿元。';
  const byText = await outcomes(
    report,
    '2025年益阳市国民经济和社会发展统计公报\n七、财政和金融\n全年完成地方一般公共预算收入113.85亿元，比上年增长5.28%。',
  );
  assert.equal(byText.get('110亿元'), 'matches');
  const under = await outcomes(
    report,
    '2025年益阳市国民经济和社会发展统计公报\n七、财政和金融\n全年完成地方一般公共预算收入105.2亿元，比上年增长5.28%。',
  );
  assert.notEqual(under.get('110亿元'), 'matches', '105.2 is not over 110');
});
