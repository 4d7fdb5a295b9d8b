// The CLI's inputs when they are hostile or broken: standard input that never ends, a directory
// tree with a folder that cannot be read, and Shift-JIS text that GB18030 would decode wrongly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { decodeReport } from '../../src/core/text/decode';
import { CLI, HAS_SHARED, ROOT, SHARED } from '../support/paths';

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

test('extract - stops reading standard input at --max-size, however much more is coming', async () => {
  const child = spawn(process.execPath, [CLI, 'extract', '-', '--max-size', '1MB'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const chunk = Buffer.alloc(64 * 1024, 0x31); // "1111…": text, so only the size can stop it
  let written = 0;
  let open = true;
  child.stdin.on('error', () => (open = false));
  const code = await new Promise<number | null>((resolve) => {
    child.on('close', (c) => {
      open = false;
      resolve(c);
    });
    const pump = () => {
      // an endless producer, like `cat /dev/zero`: it writes until the reader goes away
      while (open && written < 4 * 1024 * 1024 * 1024 && child.stdin.write(chunk)) written += chunk.length;
      if (open) child.stdin.once('drain', pump);
    };
    pump();
  });
  assert.equal(code, 1, stderr);
  assert.match(stderr, /standard input is over the 1048576 byte limit/);
  assert.ok(written < 256 * 1024 * 1024, `the reader stopped early (${written} bytes were written before it did)`);
});

test('a subfolder that cannot be read is reported and skipped; the rest of the tree is still analysed', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-tree-'));
  fs.mkdirSync(path.join(root, 'a'));
  fs.writeFileSync(path.join(root, 'a', 'report.txt'), '全年破获刑事案件2316起，同比下降12.5%。\n');
  // A folder nested past the system's path length limit: readdir fails there for any user, root included.
  let deep = path.join(root, 'b');
  fs.mkdirSync(deep);
  const cwd = process.cwd();
  try {
    process.chdir(deep);
    for (let i = 0; i < 20; i++) {
      const name = 'd'.repeat(240);
      fs.mkdirSync(name);
      process.chdir(name);
    }
    fs.writeFileSync('deep.txt', '全年抓获犯罪嫌疑人1475名。\n');
  } finally {
    process.chdir(cwd);
  }
  if (process.getuid?.() !== 0) {
    deep = path.join(root, 'c');
    fs.mkdirSync(deep, { mode: 0o000 });
  }
  const r = cli('extract', root, '--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  const docs = (JSON.parse(r.stdout) as { documents: Array<{ path: string }> }).documents;
  assert.deepEqual(
    docs.map((d) => path.relative(root, d.path)),
    [path.join('a', 'report.txt')],
  );
  assert.match(r.stderr, /cannot read directory, skipped/);
});

test('Shift-JIS is refused with a reason, not decoded as GB18030; GBK and GB18030 reports still decode', () => {
  const japanese = '東京都の警察は2025年に刑事事件を1234件検挙しました。前年比5.6%減少です。\n';
  const sjis = iconv.encode(japanese.repeat(3), 'shift_jis');
  assert.throws(() => decodeReport(sjis), /Shift-JIS/);
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-sjis-'));
  fs.writeFileSync(path.join(d, 'ja.txt'), sjis);
  const r = cli('extract', path.join(d, 'ja.txt'), '--format', 'json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /ja\.txt: .*Shift-JIS/);
  assert.equal(
    decodeReport(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'zh-gbk-sample.txt'))).encoding,
    'gb18030',
  );
  assert.equal(
    decodeReport(iconv.encode(fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8'), 'gbk'))
      .encoding,
    'gb18030',
  );
});

test('every shared report, re-encoded as GB18030, is still read as GB18030 (none taken for Shift-JIS)', (t) => {
  if (!HAS_SHARED) return t.skip('shared material absent (set POLICY_LENS_SHARED)');
  const dirs = ['corpus', 'corpus-dev'].map((d) => path.join(SHARED, d)).filter((d) => fs.existsSync(d));
  let n = 0;
  for (const dir of dirs)
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      assert.equal(decodeReport(iconv.encode(text, 'gb18030')).encoding, 'gb18030', name);
      n++;
    }
  assert.ok(n >= 10);
});

test('the shared traditional-character report, as Big5, is read as Big5 whole and line by line', (t) => {
  if (!HAS_SHARED) return t.skip('shared material absent (set POLICY_LENS_SHARED)');
  const dir = path.join(SHARED, 'corpus-dev');
  const name = fs.readdirSync(dir).find((f) => /zh-hant|hk-/i.test(f) && f.endsWith('.txt'));
  if (!name) return t.skip('no traditional-character report in the shared material');
  // Characters Big5 lacks (a few simplified forms and dashes in the speech) are dropped before encoding.
  const text = iconv.decode(iconv.encode(fs.readFileSync(path.join(dir, name), 'utf8'), 'big5hkscs'), 'big5hkscs');
  assert.deepEqual(decodeReport(iconv.encode(text, 'big5hkscs')), { text, encoding: 'big5' });
  const lines = text.split(/\n+/).filter((l) => /[\u4e00-\u9fff]{2}/.test(l));
  const wrong = lines.filter((l) => decodeReport(iconv.encode(l, 'big5hkscs')).text !== l);
  assert.ok(lines.length > 100);
  assert.ok(
    wrong.length <= lines.length / 100,
    `${wrong.length} of ${lines.length} lines misread: ${wrong.slice(0, 3).join(' | ')}`,
  );
});

test('a directory run gives each file a time budget: one over it is reported and skipped, the others analysed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-budget-'));
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
  fs.writeFileSync(path.join(dir, 'a-small.txt'), '全年破获刑事案件2316起，同比下降12.5%。\n');
  // ~1.7 MB of real report text: far more work than the budget below allows, however fast the engine
  fs.writeFileSync(path.join(dir, 'b-large.txt'), sample.repeat(400));
  fs.writeFileSync(path.join(dir, 'c-small.txt'), 'The city recorded 1,475 arrests in 2025, down 3.2%.\n');
  const r = cli('extract', dir, '--format', 'json', '--time-budget', '0.5');
  assert.equal(r.status, 1, r.stderr);
  const docs = (JSON.parse(r.stdout) as { documents: Array<{ path: string; metrics: unknown[] }> }).documents;
  assert.deepEqual(
    docs.map((d) => path.basename(d.path)),
    ['a-small.txt', 'c-small.txt'],
  );
  assert.ok(docs.every((d) => d.metrics.length > 0));
  assert.match(r.stderr, /b-large\.txt: analysis ran over its 0\.5 s budget; skipped/);
  assert.equal(cli('extract', dir, '--time-budget', 'soon').status, 2);
});
