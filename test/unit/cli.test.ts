// The command line as a user runs it: the built bundle, real files on disk, real exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { CLI, ROOT } from '../support/paths';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-'));
const write = (name: string, data: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
};
// Most tests skip segmentation for speed; the last two run with it and without it.
const cli = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [CLI, ...args, ...(args[0] === 'extract' ? ['--no-segmenter'] : [])], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const REPORT = '全年破获刑事案件2316起，同比下降18.6%；群众满意度达99.3%。\n';

test('extract --format json follows the contract', () => {
  const file = write('a.txt', REPORT);
  const r = cli(['extract', file, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.match(out.generator, /^policy-lens \d+\.\d+\.\d+/);
  const doc = out.documents[0];
  assert.equal(doc.encoding, 'utf-8');
  assert.match(doc.sha256, /^[0-9a-f]{64}$/);
  const m = doc.metrics.find((x: { value: number }) => x.value === 18.6);
  assert.deepEqual(
    Object.keys(m).sort(),
    ['approx', 'change', 'id', 'kind', 'line', 'range', 'subject', 'text', 'unit', 'value'].sort(),
  );
  assert.deepEqual(m.change, { direction: 'down', basis: '同比' });
  assert.equal(REPORT.slice(m.range.start, m.range.end), m.text);
  const c = doc.claims[0];
  assert.deepEqual(Object.keys(c).sort(), ['id', 'metricIds', 'range', 'score', 'text', 'types'].sort());
  assert.ok(c.metricIds.includes(m.id));
});

test('--numbers lists every numeric expression, dates included', () => {
  const file = write('dates.txt', '2025年6月26日，破案91起。\n');
  const out = JSON.parse(cli(['extract', file, '--format', 'json', '--numbers']).stdout);
  const texts = out.documents[0].numbers.map((n: { text: string }) => n.text);
  assert.deepEqual(texts, ['2025', '6', '26', '91']);
  assert.deepEqual(
    out.documents[0].metrics.map((m: { text: string }) => m.text),
    ['91起'],
  );
});

test('GBK input is decoded and offsets refer to the decoded text', () => {
  const file = write('gbk.txt', iconv.encode(REPORT, 'gbk'));
  const doc = JSON.parse(cli(['extract', file, '--format', 'json']).stdout).documents[0];
  assert.equal(doc.encoding, 'gb18030');
  const m = doc.metrics.find((x: { value: number }) => x.value === 2316);
  assert.equal(REPORT.slice(m.range.start, m.range.end), '2316起');
});

test('Big5 input is decoded and offsets refer to the decoded text', () => {
  const hant = '本年度政府開支預算為7,960億元，較上年度增加5.2%。\n';
  const file = write('big5.txt', iconv.encode(hant, 'big5hkscs'));
  const doc = JSON.parse(cli(['extract', file, '--format', 'json']).stdout).documents[0];
  assert.equal(doc.encoding, 'big5');
  assert.deepEqual(
    doc.metrics.map((m: { range: { start: number; end: number } }) => hant.slice(m.range.start, m.range.end)),
    ['7,960億元', '5.2%'],
  );
});

test('table and csv formats', () => {
  const file = write('t.txt', REPORT);
  const table = cli(['extract', file, '--format', 'table']).stdout;
  assert.match(table, /2316起/);
  assert.match(table, /↓ 同比/);
  const csv = cli(['extract', file, '--format', 'csv']).stdout;
  assert.ok(csv.startsWith('\ufeffpath,id,line,start,end,text,value,unit'));
  assert.equal(csv.trim().split('\r\n').length, 1 + 3);
});

test('stdin and --out', () => {
  const out = path.join(tmp, 'out.json');
  const r = cli(['extract', '-', '--format', 'json', '--out', out], REPORT);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).documents[0].path, '<stdin>');
});

test('bad inputs: one clear line each, the rest still processed, exit 1', () => {
  const good = write('dir/good.md', REPORT);
  const binary = write('dir/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const junk = write('dir/junk.txt', Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x42]));
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty, { recursive: true });
  const r = cli(['extract', path.join(tmp, 'dir'), path.join(tmp, 'missing.txt'), empty, '--format', 'json']);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 4, r.stderr);
  assert.ok(lines.some((l) => l.includes(binary) && /binary/.test(l)));
  assert.ok(lines.some((l) => l.includes(junk) && /undecodable/.test(l)));
  assert.ok(lines.some((l) => l.includes('missing.txt') && /no such file/.test(l)));
  assert.ok(lines.some((l) => l.includes(empty) && /no reports/.test(l)));
  const docs = JSON.parse(r.stdout).documents;
  assert.deepEqual(
    docs.map((d: { path: string }) => d.path),
    [good],
  );
});

test('files over the size limit are skipped unless the limit is raised', () => {
  const big = write('big.txt', REPORT.repeat(200));
  const r = cli(['extract', big, '--max-size', '1KB', '--format', 'json']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /over the 1\.0 KB limit.*--max-size/);
  assert.equal(cli(['extract', big, '--max-size', '1MB', '--format', 'json']).code, 0);
});

test('usage errors exit 2', () => {
  assert.equal(cli(['extract']).code, 2);
  assert.equal(cli(['extract', 'x.txt', '--format', 'xml']).code, 2);
  assert.equal(cli(['extract', 'x.txt', '--bogus']).code, 2);
  assert.equal(cli(['frobnicate']).code, 2);
  assert.equal(cli(['--help']).code, 0);
});

test('the bundled samples extract with the segmenter', () => {
  const r = spawnSync(process.execPath, [CLI, 'extract', 'samples', '--format', 'json'], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  assert.equal(r.status, 0, r.stderr);
  const docs = JSON.parse(r.stdout).documents;
  assert.equal(docs.length, 2);
  for (const d of docs) assert.ok(d.metrics.length > 20 && d.claims.length > 10, d.path);
});

test('without nodejieba the CLI still works and says so once', () => {
  const dir = path.join(tmp, 'two');
  write('two/a.txt', REPORT);
  write('two/b.txt', REPORT);
  const r = spawnSync(process.execPath, [CLI, 'extract', dir, '--format', 'json'], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, POLICY_LENS_NO_JIEBA: '1' }, // stands in for a machine where the native build failed
  });
  assert.equal(r.status, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /segmentation unavailable/);
  assert.equal(JSON.parse(r.stdout).documents[1].metrics.length, 3);
});

test('a reader that closes the pipe early (| head) ends the CLI quietly', () => {
  // A real shell pipe into head, which exits after one line while the CLI still has JSON to write.
  const big = write('big.txt', REPORT.repeat(4000));
  const r = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" "${CLI}" extract "${big}" --format json --no-segmenter | head -n 1`],
    { encoding: 'utf8', cwd: ROOT },
  );
  assert.equal(r.stdout.trim(), '{');
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|internal error/);
});
