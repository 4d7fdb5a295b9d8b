// `policy-lens explain`: the rules behind a metric, a refused number and a sentence that is
// or is not a claim, from the engine and through the real CLI on a real file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { explainAt } from '../../src/core/explain';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { CLI } from '../support/paths';

const REPORT = [
  '一、2025年工作回顾',
  '全年共破获刑事案件1234起，同比下降12.5%，“3·07”专案告破。',
  '二、2026年主要预期目标',
  '地区生产总值增长5%左右。',
].join('\n');

test('explain names the reading of a metric and the rule that made its sentence a claim', () => {
  const at = REPORT.indexOf('1234');
  const e = explainAt(REPORT, at + 1, { segmenter: loadSegmenter() });
  assert.equal(e.metric?.metric.text, '1234起');
  assert.ok(e.metric?.reading.some((r) => r.startsWith('unit "起"')));
  assert.ok(e.sentence?.fired.includes('zh.has-metric'));
  assert.ok(e.claim, 'the sentence is a claim');
});

test('explain says which rule refused a number and a sentence', () => {
  const code = explainAt(REPORT, REPORT.indexOf('3·07'), { segmenter: null });
  assert.equal(code.metric, null);
  assert.deepEqual(
    code.refused.map((r) => r.rule),
    ['zh.metric.flag:code'],
  );
  const target = explainAt(REPORT, REPORT.indexOf('5%左右'), { segmenter: null });
  assert.equal(target.metric?.metric.value, 5, 'a target figure is still a metric');
  assert.equal(target.claim, null);
  assert.equal(target.sentence?.refusedBy, 'zh.plan-heading');
});

test('policy-lens explain FILE --at OFFSET prints the explanation; bad offsets are usage errors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-explain-'));
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, REPORT);
  const out = execFileSync(process.execPath, [CLI, 'explain', file, '--at', String(REPORT.indexOf('12.5%'))], {
    encoding: 'utf8',
  });
  assert.match(out, /metric \S+ "12\.5%" made:/);
  assert.match(out, /change down against 同比/);
  const json = JSON.parse(
    execFileSync(process.execPath, [CLI, 'explain', file, '--at', '0', '--format', 'json'], { encoding: 'utf8' }),
  ) as { sentence: unknown };
  assert.equal(json.sentence, null, 'a heading is not a sentence');
  const past = spawnSync(process.execPath, [CLI, 'explain', file, '--at', '99999'], { encoding: 'utf8' });
  assert.equal(past.status, 2);
  assert.match(past.stderr, /past the end/);
});

test('an Outlook heading opens a plan section; a heading that also looks back (Assessment and Outlook) does not', () => {
  const report = (heading: string, sentence = 'Headline inflation is seen near 5.1 per cent in June.'): string =>
    ['Monetary Policy Statement', '', heading, '', sentence].join('\n');
  const at = (text: string): number => text.indexOf('5.1');
  const plan = report('Outlook');
  const refused = explainAt(plan, at(plan), { segmenter: null });
  assert.equal(refused.claim, null);
  assert.equal(refused.sentence?.refusedBy, 'en.plan-heading');
  const review = report('Assessment and Outlook');
  assert.ok(explainAt(review, at(review), { segmenter: null }).claim, 'a reported figure under a look-back heading');
  // A figure the measure moved to in the past is a result, whatever the heading.
  const moved = report('Outlook', 'Headline inflation increased to 5.1 per cent in June.');
  assert.ok(explainAt(moved, at(moved), { segmenter: null }).claim, 'a past move under an Outlook heading');
  // A result set against the forecast (a fiscal council's `2023-24 deficit worse than forecast`) is no plan section.
  const against = report('2023-24 deficit worse than forecast', 'Budget 2024 set the deficit at 5.1 per cent of GDP.');
  assert.ok(explainAt(against, at(against), { segmenter: null }).claim, 'a heading that compares with the forecast');
  const ahead = report('Forecast for 2025', 'Budget 2024 set the deficit at 5.1 per cent of GDP.');
  assert.equal(explainAt(ahead, at(ahead), { segmenter: null }).sentence?.refusedBy, 'en.plan-heading');
});
