// The metric rules of a language are one module (src/core/metrics/lang): a document's language picks
// it, and a figure whose script or surroundings belong to the other language is read by that one's (in a Chinese
// report, a figure on an English line: a bilingual release's English paragraph).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricRulesFor, rulesForFigure } from '../../src/core/metrics/lang';
import { EN_METRIC_RULES } from '../../src/core/metrics/lang/en';
import { ZH_METRIC_RULES } from '../../src/core/metrics/lang/zh';
import { scanNumbers } from '../../src/core/numbers/numbers';
import { detectLanguage } from '../../src/core/text/language';
import { extractMetrics } from '../../src/core/metrics/metrics';

/** The rules each figure of a document is read by, by the figure's text. */
function rulesByFigure(text: string): Map<string, string> {
  const documentRules = metricRulesFor(detectLanguage(text));
  return new Map(scanNumbers(text).map((t) => [t.text, rulesForFigure(documentRules, text, t).lang]));
}

test("a document's language picks its module of metric rules", () => {
  assert.equal(metricRulesFor('zh'), ZH_METRIC_RULES);
  assert.equal(metricRulesFor('en'), EN_METRIC_RULES);
  assert.equal(metricRulesFor(detectLanguage('全年共破获刑事案件1234起，同比下降12.5%。')).lang, 'zh');
  assert.equal(metricRulesFor(detectLanguage('Employment rose by 236,000 in March, or 1.5 percent.')).lang, 'en');
});

test("a figure takes its document's rules unless its script or surroundings say otherwise", () => {
  const zh = rulesByFigure('全年共破获刑事案件1234起，同比下降12.5%。\n\nSee table 2024-07 (rev 3) for three notes.');
  assert.equal(zh.get('1234'), 'zh');
  assert.equal(zh.get('three'), 'en', 'a figure in English words is read by the English rules');
  assert.equal(zh.get('3'), 'en', 'digits on an English line (no Chinese character, four English words) are English');
  const inline = rulesByFigure('全年共破获刑事案件1234起，详见 table 3 of the annex。');
  assert.equal(inline.get('3'), 'zh', 'digits among Latin letters on a Chinese line keep the document’s rules');
  const en = rulesByFigure('Employment rose by 236,000 in March. 另有常住人口约1308.9万人。 Wages grew 4 percent.');
  assert.equal(en.get('236,000'), 'en');
  assert.equal(en.get('4'), 'en');
  assert.equal(en.get('约1308.9万'), 'zh', 'a figure among Chinese characters is read by the Chinese rules');
});

test('a refusal is named after the document’s language and the rule of the module that refused it', () => {
  const text = '这3个战场都有进展。';
  const refused: string[] = [];
  extractMetrics(text, scanNumbers(text), [], { lang: 'zh', onRefused: (_t, rule) => refused.push(rule) });
  assert.deepEqual(refused, ['zh.metric.demonstrative']);
});
