// Sources: figures read from text, HTML and tables, and report metrics matched to them (real excerpts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { readSource, SourceReadError } from '../../src/core/sources/read';
import { matchReport } from '../../src/core/sources/match';
import { subjectSimilarity } from '../../src/core/sources/subject';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { readReport } from '../../src/core/text/report-file';
import { ROOT } from '../support/paths';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'checks');
const fixture = (name: string) => path.join(FIXTURES, name);
const segmenter = loadSegmenter();

async function matchesOf(report: string, sourceFile: string) {
  const source = await readSource(sourceFile, segmenter);
  const analysis = await analyzeText(report);
  return matchReport(report, analysis.metrics, source);
}

test('subjects: Traditional and Simplified, synonyms, scope words', () => {
  assert.equal(subjectSimilarity('稅收收入', '税收收入'), 1);
  assert.equal(subjectSimilarity('全市地区生产总值', 'GDP'), 1);
  assert.ok(subjectSimilarity('完成地方一般公共预算收入', '地方一般公共预算收入') >= 0.85);
  assert.equal(subjectSimilarity('市本级地方一般公共预算收入', '地方一般公共预算收入'), 0, '市本级 is another scope');
  assert.equal(
    subjectSimilarity('地方一般公共预算收入预期实现', '地方一般公共预算收入'),
    0,
    'a plan is not an outcome',
  );
});

test('Changsha budget report against the Changsha statistical communiqué (HTML)', async () => {
  const report = (await readReport(fixture('changsha-budget-2025.txt'))).text;
  const results = await matchesOf(report, fixture('changsha-bulletin-2025.html'));
  const byText = new Map(results.map((r) => [r.metric.text, r]));
  const revenue = byText.get('1296.87亿元');
  assert.equal(revenue?.outcome, 'matches');
  assert.match(revenue?.source?.quote ?? '', /全年地方一般公共预算收入1296\.87亿元/u);
  assert.equal(revenue?.source?.location.line, 4);
  // 2.56 % and 2.6 %: the same growth within the rounding of the less precise.
  assert.equal(byText.get('2.56%')?.outcome, 'matches');
  assert.equal(byText.get('1625.77亿元')?.outcome, 'matches');
  // The city-level (市本级) figures and the 2026 plan are other quantities: never matched to the city's.
  for (const t of ['522.18亿元', '3.97%', '539.68亿元', '1322.81亿元', '1605亿元'])
    assert.equal(byText.get(t)?.outcome, 'not-in-source', t);
  // The <script> in the page is not read as text.
  assert.ok(results.every((r) => r.source === null || !r.source.quote.includes('var x')));
});

test('a report figure altered against its source is reported as differing, with the source figure', async () => {
  const report = '2025年全市完成地方一般公共预算收入1286.87亿元，增长2.56%。';
  const results = await matchesOf(report, fixture('changsha-bulletin-2025.html'));
  const revenue = results.find((r) => r.metric.text === '1286.87亿元');
  assert.equal(revenue?.outcome, 'differs');
  assert.match(revenue?.message ?? '', /^the source says 1296\.87亿元 at line 4/u);
});

test('TSV table: row header and column header name the cell; units from the header', async () => {
  const report = '粮食产量50.49万吨，比上年增长1.1%；水果产量118.89万吨，增长5.6%；蔬菜产量540.13万吨。';
  const results = await matchesOf(report, fixture('fuzhou-2025-agriculture.tsv'));
  const byText = new Map(results.map((r) => [r.metric.text, r]));
  assert.equal(byText.get('50.49万吨')?.outcome, 'matches');
  assert.deepEqual(byText.get('50.49万吨')?.source?.location, { row: 2, column: 2, line: 2 });
  assert.equal(byText.get('1.1%')?.outcome, 'matches');
  assert.equal(byText.get('118.89万吨')?.outcome, 'matches');
  assert.equal(byText.get('540.13万吨')?.outcome, 'differs');
  assert.match(byText.get('540.13万吨')?.message ?? '', /the source says 530\.13万吨 at row 12, column 2/u);
});

test('CSV table with a 单位 column; a fall written as negative growth', async () => {
  const report = '全年食用植物油产量85.26万吨，下降10.4%；纱产量138.45万吨，下降29.5%。';
  const results = await matchesOf(report, fixture('fuzhou-2025-industry.csv'));
  assert.deepEqual(
    results.map((r) => [r.metric.text, r.outcome]),
    [
      ['85.26万吨', 'matches'],
      ['10.4%', 'matches'],
      ['138.45万吨', 'matches'],
      ['29.5%', 'matches'],
    ],
  );
});

test('unsupported and missing sources give clear errors', async () => {
  await assert.rejects(readSource(fixture('nope.xls'), null), (e: unknown) => {
    assert.ok(e instanceof SourceReadError);
    assert.match(
      e.message,
      /old Excel workbooks \(\.xls\) are not read: save the workbook as \.xlsx or the sheet as CSV/u,
    );
    return true;
  });
  await assert.rejects(readSource(fixture('missing.csv'), null), /no such source file/u);
});
