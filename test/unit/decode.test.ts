import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeReport, DecodeError } from '../../src/core/text/decode';
import { ROOT } from '../support/paths';

const zh = '“盗抢骗”案件立案131起，同比下降68.05%；破案率达69.47%。';

test('UTF-8 with and without a BOM', () => {
  assert.deepEqual(decodeReport(Buffer.from(zh, 'utf8')), { text: zh, encoding: 'utf-8' });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zh, 'utf8')]);
  assert.deepEqual(decodeReport(bom), { text: zh, encoding: 'utf-8-bom' });
});

test('UTF-16 LE and BE with a BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')]);
  assert.deepEqual(decodeReport(le), { text: zh, encoding: 'utf-16le' });
  const be = Buffer.from(le);
  be[0] = 0xfe;
  be[1] = 0xff;
  for (let i = 2; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  assert.deepEqual(decodeReport(be), { text: zh, encoding: 'utf-16be' });
});

test('GBK and GB18030 reports are detected and decoded exactly', () => {
  assert.deepEqual(decodeReport(iconv.encode(zh, 'gbk')), { text: zh, encoding: 'gb18030' });
  const rare = '𠀋乌海市公安局€'; // an astral ideograph and a symbol: GB18030 four-byte sequences
  assert.deepEqual(decodeReport(iconv.encode(rare, 'gb18030')), { text: rare, encoding: 'gb18030' });
  const fixture = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'zh-gbk-sample.txt'));
  const decoded = decodeReport(fixture);
  assert.equal(decoded.encoding, 'gb18030');
  assert.match(decoded.text, /同比下降/);
});

test('Big5 (Hong Kong, Macao, Taiwan) reports are detected and decoded exactly, not read as GB18030', () => {
  const fixture = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'zh-hant-big5-sample.txt'));
  const decoded = decodeReport(fixture);
  assert.equal(decoded.encoding, 'big5');
  assert.match(decoded.text, /本地生產總值按年實質上升3\.8%/);
  // HKSCS characters (Cantonese 啲, 嘅) decode too.
  const hk = '今年啲開支嘅增幅為5.2%。';
  assert.deepEqual(decodeReport(iconv.encode(hk, 'big5hkscs')), { text: hk, encoding: 'big5' });
});

test('short lines without punctuation go by their common characters: GB for simplified, Big5 for traditional', () => {
  // Each word alone: no punctuation to tell the encodings apart.
  for (const word of ['经济增长', '就业人数', '财政收入', '同比下降', '社会消费品零售总额'])
    assert.deepEqual(decodeReport(iconv.encode(word, 'gb18030')), { text: word, encoding: 'gb18030' }, word);
  for (const word of ['推動經濟增長', '就業人數', '財政收入', '按年上升', '零售業總銷貨價值'])
    assert.deepEqual(decodeReport(iconv.encode(word, 'big5hkscs')), { text: word, encoding: 'big5' }, word);
});

test('every line of the bundled Chinese sample, each encoded alone as GBK, is read as GB18030', () => {
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
  const lines = sample.split(/\n+/).filter((l) => /[\u4e00-\u9fff]/.test(l));
  assert.ok(lines.length > 10);
  for (const line of lines) assert.equal(decodeReport(iconv.encode(line, 'gbk')).encoding, 'gb18030', line);
});

test('binary and undecodable input are refused with a reason', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.throws(
    () => decodeReport(png),
    (e: unknown) => e instanceof DecodeError && e.code === 'binary',
  );
  const junk = Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0x42, 0xc0, 0x20]);
  assert.throws(
    () => decodeReport(junk),
    (e: unknown) => e instanceof DecodeError && e.code === 'undecodable',
  );
});

test('the size limit is checked before decoding', () => {
  assert.throws(
    () => decodeReport(Buffer.alloc(2048, 0x41), { maxBytes: 1024 }),
    (e: unknown) => e instanceof DecodeError && e.code === 'too-large',
  );
});
