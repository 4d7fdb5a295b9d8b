// Metrics grouped by heading in one pass give what the former per-metric scan of every heading gave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeSync } from '../../src/core/analyze';
import type { Heading, Metric } from '../../src/core/types';
import { groupByHeading, groupByUnitByValue } from '../../src/extension/grouping';
import { HAS_SHARED, ROOT, SHARED } from '../support/paths';
import { prng } from '../support/prng';

/** The reference: for each metric, the last heading that starts at or before it (the old nested loop). */
function reference(metrics: readonly Metric[], headings: readonly Heading[]) {
  const groups: Array<{ heading: Heading | null; metrics: Metric[] }> = [{ heading: null, metrics: [] }];
  for (const h of headings) groups.push({ heading: h, metrics: [] });
  for (const m of metrics) {
    let gi = 0;
    for (let i = 0; i < headings.length; i++) if (headings[i].range.start <= m.range.start) gi = i + 1;
    groups[gi].metrics.push(m);
  }
  return groups.filter((g) => g.metrics.length > 0);
}

const texts: Array<[string, string]> = ['zh-annual-review.txt', 'en-annual-review.txt'].map((f) => [
  f,
  fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'),
]);
texts.push(['zh ×6', texts[0][1].repeat(6)]);
if (HAS_SHARED)
  for (const f of fs.readdirSync(path.join(SHARED, 'corpus')))
    texts.push([f, fs.readFileSync(path.join(SHARED, 'corpus', f), 'utf8')]);

test('one-pass grouping equals the per-metric scan on real reports', () => {
  for (const [name, text] of texts) {
    const r = analyzeSync(text, { segmenter: null });
    if (name.startsWith('zh'))
      assert.ok(r.headings.length > 1 && r.metrics.length > 0, `${name} has headings and metrics`);
    const groups = groupByHeading(r.metrics, r.headings);
    assert.deepEqual(groups, reference(r.metrics, r.headings), name);
    assert.equal(
      groups.reduce((n, g) => n + g.metrics.length, 0),
      r.metrics.length,
      `${name}: every metric in one group`,
    );
  }
});

test('a filtered subset and metrics out of document order still land under their heading', () => {
  const r = analyzeSync(texts[2][1], { segmenter: null });
  const rand = prng(5);
  const subset = r.metrics.filter(() => rand() < 0.3);
  assert.deepEqual(groupByHeading(subset, r.headings), reference(subset, r.headings));
  const shuffled = [...r.metrics].sort(() => rand() - 0.5);
  assert.deepEqual(groupByHeading(shuffled, r.headings), reference(shuffled, r.headings));
});

test('no headings: one group; no metrics: no groups', () => {
  const r = analyzeSync(texts[0][1], { segmenter: null });
  assert.deepEqual(groupByHeading(r.metrics, []), [{ heading: null, metrics: r.metrics }]);
  assert.deepEqual(groupByHeading([], r.headings), []);
});

test('sorted by value, metrics of different units are never ranked against each other', () => {
  const r = analyzeSync(texts[0][1], { segmenter: null });
  const groups = groupByUnitByValue(r.metrics);
  assert.ok(groups.length > 1, 'the sample has several units');
  assert.equal(new Set(groups.map((g) => g.unit)).size, groups.length, 'one group per unit');
  assert.equal(
    groups.reduce((n, g) => n + g.metrics.length, 0),
    r.metrics.length,
    'every metric in one group',
  );
  for (const g of groups) {
    assert.ok(
      g.metrics.every((m) => m.unit === g.unit),
      `${g.unit}: only its own unit`,
    );
    for (let i = 1; i < g.metrics.length; i++)
      assert.ok(g.metrics[i - 1].value >= g.metrics[i].value, `${g.unit}: largest value first`);
  }
  for (let i = 1; i < groups.length; i++)
    assert.ok(groups[i - 1].metrics.length >= groups[i].metrics.length, 'the largest groups first');
});
