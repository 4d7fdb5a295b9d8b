// Golden output of the bundled samples: the engine's JSON for each, checked in, so a changed
// rule shows as a diff in review. After an intended change: UPDATE_GOLDEN=1 node --test out/test/unit/golden.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeSync } from '../../src/core/analyze';
import { documentJson } from '../../src/core/output/document';
import { readReport } from '../../src/core/text/report-file';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { ROOT } from '../support/paths';

const SAMPLES = ['zh-annual-review.txt', 'en-annual-review.txt'];
const GOLDEN_DIR = path.join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

for (const sample of SAMPLES) {
  test(`golden JSON of samples/${sample}`, async () => {
    const file = await readReport(path.join(ROOT, 'samples', sample));
    const segmenter = loadSegmenter();
    assert.ok(segmenter, 'nodejieba must load: the golden output is made with it');
    const result = analyzeSync(file.text, { segmenter });
    const actual = `${JSON.stringify(documentJson(`samples/${sample}`, file, result), null, 2)}\n`;
    const goldenFile = path.join(GOLDEN_DIR, `${sample}.json`);
    if (UPDATE) {
      fs.writeFileSync(goldenFile, actual);
      return;
    }
    assert.ok(fs.existsSync(goldenFile), `${goldenFile} is missing: run with UPDATE_GOLDEN=1 to write it`);
    const expected = fs.readFileSync(goldenFile, 'utf8');
    if (actual !== expected) {
      // Name the first differing line: the full diff belongs to `git diff` after UPDATE_GOLDEN=1.
      const a = actual.split('\n');
      const e = expected.split('\n');
      let i = 0;
      while (i < a.length && a[i] === e[i]) i++;
      assert.fail(
        `samples/${sample} differs from its golden JSON at line ${i + 1}:\n  golden: ${e[i]}\n  now:    ${a[i]}\n` +
          'If the change is intended, run UPDATE_GOLDEN=1 node --test out/test/unit/golden.test.js and review the diff.',
      );
    }
  });
}
