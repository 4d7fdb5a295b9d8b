// The wrap width from per-block line lengths (what the incremental analyser caches) equals the
// whole document's, on hard-wrapped and unwrapped reports alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitBlocks } from '../../src/core/incremental';
import { detectWrapWidth, documentWrapWidth, wrapLineLengths } from '../../src/core/text/normalize';
import { HAS_SHARED, ROOT, SHARED } from '../support/paths';

const texts: Array<[string, string]> = ['zh-annual-review.txt', 'en-annual-review.txt'].map((f) => [
  f,
  fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'),
]);
if (HAS_SHARED)
  for (const dir of ['corpus', 'corpus-dev'])
    for (const f of fs.readdirSync(path.join(SHARED, dir)).filter((f) => f.endsWith('.txt')))
      texts.push([f, fs.readFileSync(path.join(SHARED, dir, f), 'utf8')]);

/** A hard-wrapped report, made here so the test does not depend on the shared corpus. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '')
    .join('\n');
}
texts.push(['zh sample wrapped at 30', hardWrap(texts[0][1], 30)]);
texts.push(['zh sample wrapped at 30, CRLF', hardWrap(texts[0][1], 30).replace(/\n/g, '\r\n')]);

test('wrap width from per-block line lengths equals the whole document wrap width', () => {
  let wrapped = 0;
  for (const [name, text] of texts) {
    const perBlock = splitBlocks(text).flatMap((b) => wrapLineLengths(b.text));
    const whole = documentWrapWidth(text);
    assert.equal(detectWrapWidth(perBlock), whole, name);
    if (whole > 0) wrapped++;
  }
  assert.ok(wrapped >= 1, 'at least one report is hard-wrapped');
});
