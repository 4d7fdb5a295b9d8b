// The editor's analysis leaves number mentions out (numbers: false) and is otherwise the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { ROOT } from '../support/paths';

test('numbers: false gives the same metrics, claims and headings, and no number mentions', () => {
  const text = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8').repeat(3);
  const all = new IncrementalAnalyzer().analyze(text, { segmenter: null });
  const editor = new IncrementalAnalyzer().analyze(text, { segmenter: null, numbers: false });
  assert.ok(all.numbers.length > all.metrics.length);
  assert.deepEqual(editor.numbers, []);
  assert.deepEqual({ ...editor, numbers: all.numbers }, all);
});
