// `policy-lens check` as a pipeline runs it: the built bundle, real files, exit codes, output against its schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { CheckJson } from '../../src/core/checks/output';
import { CLI, ROOT } from '../support/paths';

const ajv = new Ajv2020({ allErrors: true });
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'check.schema.json'), 'utf8')) as object;
const validateCheck = ajv.compile(schema);
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'checks');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-check-'));
const write = (name: string, data: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
};
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const valid = (json: unknown) => {
  const ok = validateCheck(json);
  assert.ok(ok, ajv.errorsText(validateCheck.errors));
};

const GOOD = '乌海市公安局出警时间由13分钟缩短至7分钟，缩短46%。\n全市立刑事案件2624起，比2012年的5453起下降51.9%。\n';
const BAD = '乌海市公安局出警时间由13分钟缩短至7分钟，缩短40%。\n三次产业结构1.2：39.6：62.2。\n';

test('a consistent report: exit 0, JSON with a version, valid against the schema', () => {
  const r = cli(['check', write('good.txt', GOOD), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as CheckJson;
  valid(json);
  assert.equal(json.version, 1);
  assert.equal(json.summary.findings, 2);
  assert.equal(json.summary.inconsistent, 0);
});

test('an inconsistent report: exit 1, the findings carry their arithmetic and every figure range', () => {
  const file = write('bad.txt', BAD);
  const r = cli(['check', file, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const json = JSON.parse(r.stdout) as CheckJson;
  valid(json);
  const findings = json.reports[0].findings;
  assert.deepEqual(
    findings.map((f) => [f.check, f.status]),
    [
      ['change', 'inconsistent'],
      ['shares', 'inconsistent'],
    ],
  );
  for (const f of findings)
    for (const g of f.figures)
      assert.equal(BAD.slice(g.range.start, g.range.end), g.text, 'ranges point at the figures');
});

test('table and csv formats', () => {
  const file = write('bad2.txt', BAD);
  const table = cli(['check', file, '--format', 'table']);
  assert.equal(table.code, 1);
  assert.match(table.stdout, /2 inconsistent of 2 checked/u);
  assert.match(table.stdout, /✗ line {4}1 {2}change {3}\(13分钟 − 7分钟\) ÷ 13分钟 = 46\.2 % down/u);
  const csv = cli(['check', file, '--format', 'csv']);
  assert.ok(csv.stdout.startsWith('\ufeffpath,kind,check,status,line,start,end,figures,message\r\n'));
  assert.equal(csv.stdout.trim().split('\r\n').length, 3);
});

test('--source: a figure its source contradicts fails the gate; the JSON names the source cell', () => {
  const report = write('crops.txt', '粮食产量50.49万吨，比上年增长1.1%；蔬菜产量540.13万吨。\n');
  const source = path.join(FIXTURES, 'fuzhou-2025-agriculture.tsv');
  const r = cli(['check', report, '--source', source, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const json = JSON.parse(r.stdout) as CheckJson;
  valid(json);
  assert.equal(json.summary.sourceMatches, 2);
  assert.equal(json.summary.sourceDiffers, 1);
  const differs = json.reports[0].sources[0].matches.find((m) => m.outcome === 'differs');
  assert.equal(differs?.source?.text, '530.13万吨');
  assert.deepEqual(differs?.source?.location, { row: 12, column: 2, line: 12 });
});

test('a claim source linked in the annotations is used for that claim only', () => {
  const report = write('claim.txt', '粮食产量50.49万吨，比上年增长1.1%。\n\n蔬菜产量540.13万吨，增长4.2%。\n');
  fs.copyFileSync(path.join(FIXTURES, 'fuzhou-2025-agriculture.tsv'), path.join(tmp, 'crops.tsv'));
  const tag = cli(['tag', report, '--at', '3', '--status', 'unverified', '--source', 'crops.tsv']);
  assert.equal(tag.code, 0, tag.stderr);
  const r = cli(['check', report, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as CheckJson;
  valid(json);
  const [s] = json.reports[0].sources;
  assert.equal(typeof s.scope, 'object');
  assert.deepEqual(
    s.matches.map((m) => [m.metric.text, m.outcome]),
    [
      ['50.49万吨', 'matches'],
      ['1.1%', 'matches'],
    ],
  );
  assert.ok(
    fs.readFileSync(report + '.annotations.json', 'utf8').includes('crops.tsv'),
    'the sidecar is left as it was',
  );
});

test('a source linked to the whole report in its sidecar is used like --source, once', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'linked-'));
  const report = path.join(dir, 'crops.txt');
  fs.writeFileSync(report, '粮食产量50.49万吨，比上年增长1.1%；蔬菜产量540.13万吨。\n');
  fs.mkdirSync(path.join(dir, 'sources'));
  fs.copyFileSync(path.join(FIXTURES, 'fuzhou-2025-agriculture.tsv'), path.join(dir, 'sources', 'crops.tsv'));
  // a sidecar as the editor leaves it after Link Source File: a tag, and the report-wide link
  assert.equal(cli(['tag', report, '--at', '3', '--status', 'unverified']).code, 0);
  const sidecar = JSON.parse(fs.readFileSync(report + '.annotations.json', 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(
    report + '.annotations.json',
    JSON.stringify({ ...sidecar, sources: [{ file: 'sources/crops.tsv' }] }),
  );
  const r = cli(['check', report, '--format', 'json']);
  assert.equal(r.code, 1, `the linked source contradicts 540.13万吨: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as CheckJson;
  valid(json);
  assert.equal(json.reports[0].sources.length, 1);
  assert.equal(json.reports[0].sources[0].scope, 'report');
  assert.equal(json.summary.sourceMatches, 2);
  assert.equal(json.summary.sourceDiffers, 1);
  // given again with --source, it is read once
  const again = cli(['check', report, '--source', path.join(dir, 'sources', 'crops.tsv'), '--format', 'json']);
  assert.equal((JSON.parse(again.stdout) as CheckJson).reports[0].sources.length, 1);
});

test('bad input: unknown source format, missing report, usage', () => {
  const report = write('ok.txt', GOOD);
  const xls = cli(['check', report, '--source', 'data.xls']);
  assert.equal(xls.code, 3);
  assert.match(xls.stderr, /old Excel workbooks \(\.xls\) are not read: save the workbook as \.xlsx/u);
  const notAWorkbook = write('data.xlsx', 'not a zip');
  const broken = cli(['check', report, '--source', notAWorkbook]);
  assert.equal(broken.code, 3);
  assert.match(broken.stderr, /not a readable Excel workbook/u);
  const missing = cli(['check', path.join(tmp, 'missing.txt')]);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /no such file or directory/u);
  assert.equal(cli(['check']).code, 2);
  assert.equal(cli(['check', report, '--source']).code, 2);
  assert.match(cli(['check', '--help']).stdout, /exit codes: 0 consistent, 1 an inconsistency/u);
});
