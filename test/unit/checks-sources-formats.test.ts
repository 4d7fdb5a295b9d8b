// Excel and PDF sources: real files on disk (test/fixtures/sources/, written by scripts/make-source-fixtures.mjs
// with exceljs and a hand-written PDF) read with exceljs and unpdf, and a report matched against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { readSource, SourceReadError } from '../../src/core/sources/read';
import { matchReport } from '../../src/core/sources/match';
import { shownNumber } from '../../src/core/sources/xlsx-source';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { readReport } from '../../src/core/text/report-file';
import { ROOT } from '../support/paths';

const SOURCES = path.join(ROOT, 'test', 'fixtures', 'sources');
const REPORT = path.join(ROOT, 'test', 'fixtures', 'checks', 'changsha-budget-2025.txt');
const segmenter = loadSegmenter();

async function reportMatches(sourceFile: string) {
  const source = await readSource(sourceFile, segmenter);
  const report = (await readReport(REPORT)).text;
  const analysis = await analyzeText(report);
  return new Map(matchReport(report, analysis.metrics, source).map((r) => [r.metric.text, r]));
}

test('Excel cells are shown as Excel shows them: percent formats, decimals, General', () => {
  assert.equal(shownNumber(0.0256, '0.0%'), '2.6%');
  assert.equal(shownNumber(-0.012, '0.00%'), '-1.20%');
  assert.equal(shownNumber(1296.87, '#,##0.00'), '1296.87');
  assert.equal(shownNumber(288755, '#,##0'), '288755');
  assert.equal(shownNumber(0.1 + 0.2, 'General'), '0.3');
});

test('an Excel workbook: a cell is named by its row header and its joined column headers', async () => {
  const source = await readSource(path.join(SOURCES, 'changsha-2025.xlsx'), segmenter);
  assert.equal(source.format, 'xlsx');
  const revenue = source.figures.find((f) => f.metric.text === '1296.87亿元');
  assert.ok(revenue, 'the unit comes from the 单位：亿元 cell above the header (beside 表一)');
  assert.equal(revenue.subject, '地方一般公共预算收入 2025年 执行数');
  assert.deepEqual(revenue.location, { row: 5, column: 3, table: 1, sheet: '财政' });
  // The growth column is stored as a fraction with a percent format: read as the change 2.6 %.
  const growth = source.figures.find((f) => f.location.row === 5 && f.location.column === 4);
  assert.equal(growth?.metric.change?.direction, 'up');
  assert.equal(growth?.subject, '地方一般公共预算收入 2025年 执行数', 'a change column names the level to its left');
  assert.equal(growth?.metric.value, 2.6);
  assert.equal(
    source.figures.find((f) => f.location.row === 7 && f.location.column === 4)?.metric.change?.direction,
    'down',
  );
  // A formula cell is read by its saved result; codes (科目编码) are not figures; a hidden sheet is not read.
  assert.ok(source.figures.some((f) => f.subject.startsWith('收支差额') && f.metric.text === '-328.90亿元'));
  assert.ok(!source.figures.some((f) => f.metric.value === 101 || f.metric.value === 10101));
  assert.ok(!source.figures.some((f) => f.metric.value === 9999));
  assert.ok(!source.figures.some((f) => f.location.column === 5), 'a hidden column is not read');
  // The second sheet's 单位 column gives each row its unit.
  const people = source.figures.find((f) => f.location.sheet === '人口' && f.subject.startsWith('常住人口'));
  assert.equal(people?.metric.text, '1061.51万人');
});

test('a report matched against an Excel source: matches name the sheet, row and column', async () => {
  const byText = await reportMatches(path.join(SOURCES, 'changsha-2025.xlsx'));
  const revenue = byText.get('1296.87亿元');
  assert.equal(revenue?.outcome, 'matches');
  assert.match(revenue?.message ?? '', /at sheet 财政, row 5, column 3/u);
  assert.equal(byText.get('2.56%')?.outcome, 'matches', '2.56 % against 2.6 %: within the rounding');
  assert.equal(byText.get('1625.77亿元')?.outcome, 'matches');
  // 市本级 figures are another scope.
  assert.equal(byText.get('522.18亿元')?.outcome, 'not-in-source');
});

test('a PDF source: text per page, figures located by page and line', async () => {
  const source = await readSource(path.join(SOURCES, 'changsha-2025.pdf'), segmenter);
  assert.equal(source.format, 'pdf');
  assert.equal(source.year, 2025);
  const revenue = source.figures.find((f) => f.metric.text === '1296.87亿元');
  assert.deepEqual(revenue?.location, { page: 2, line: 3 });
  assert.match(revenue?.quote ?? '', /全年地方一般公共预算收入1296\.87亿元/u);
  const byText = await reportMatches(path.join(SOURCES, 'changsha-2025.pdf'));
  assert.equal(byText.get('1296.87亿元')?.outcome, 'matches');
  assert.match(byText.get('1296.87亿元')?.message ?? '', /at page 2, line 3/u);
  assert.equal(byText.get('2.56%')?.outcome, 'matches');
  assert.equal(byText.get('522.18亿元')?.outcome, 'not-in-source');
});

test('broken Excel and PDF files give clear errors', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-formats-'));
  const fakeXlsx = path.join(dir, 'table.xlsx');
  const fakePdf = path.join(dir, 'report.pdf');
  fs.writeFileSync(fakeXlsx, 'a text file, not a workbook');
  fs.writeFileSync(fakePdf, 'a text file, not a PDF');
  await assert.rejects(readSource(fakeXlsx, segmenter), (e: unknown) => {
    assert.ok(e instanceof SourceReadError);
    assert.match(e.message, /table\.xlsx: not a readable Excel workbook/u);
    return true;
  });
  await assert.rejects(readSource(fakePdf, segmenter), (e: unknown) => {
    assert.ok(e instanceof SourceReadError);
    assert.match(e.message, /report\.pdf: not a readable PDF/u);
    return true;
  });
  fs.rmSync(dir, { recursive: true, force: true });
});
