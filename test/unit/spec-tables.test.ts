// The spec tables (test/spec/*.ts): sentence in, the metrics and claim the engine must find,
// must-not-match cases included, for simplified and traditional Chinese and English. One test
// per case, with real nodejieba; a case marked `gap` runs as a todo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';
import { loadSegmenter } from '../../src/core/text/segmenter';
import type { Metric } from '../../src/core/types';
import type { SpecCase } from '../spec/types';
import { ZH_HANS } from '../spec/zh-hans';
import { ZH_HANT } from '../spec/zh-hant';
import { EN } from '../spec/en';
import { ZH_HANS_SUBJECTS } from '../spec/subjects-zh-hans';
import { ZH_HANS_GENRE_NUMBERS } from '../spec/numbers-genre-zh-hans';
import { EN_SUBJECTS } from '../spec/subjects-en';
import { EN_CLAIMS } from '../spec/claims-en';
import { ZH_CLAIMS } from '../spec/claims-zh';
import { ZH_HANT_SUBJECTS } from '../spec/subjects-zh-hant';
import { ZH_HANS_CHANGES } from '../spec/changes-zh-hans';
import { EN_CHANGES } from '../spec/changes-en';
import { EN_UNITS } from '../spec/units-en';
import { ZH_HANT_CHANGES } from '../spec/changes-zh-hant';

const TABLES: Array<[string, 'zh' | 'en', SpecCase[]]> = [
  ['zh-Hans', 'zh', [...ZH_HANS, ...ZH_HANS_SUBJECTS, ...ZH_HANS_GENRE_NUMBERS, ...ZH_HANS_CHANGES, ...ZH_CLAIMS]],
  ['zh-Hant', 'zh', [...ZH_HANT, ...ZH_HANT_SUBJECTS, ...ZH_HANT_CHANGES]],
  ['en', 'en', [...EN, ...EN_SUBJECTS, ...EN_CHANGES, ...EN_CLAIMS, ...EN_UNITS]],
];

/** `span = value unit [~approx] [up|down]` → the fields a metric must have (a unit's spaces written `_`: basis_points). */
function parseExpected(spec: string) {
  const at = spec.lastIndexOf(' = ');
  assert.ok(at > 0, `bad spec "${spec}"`);
  const [value, unit = '', ...marks] = spec.slice(at + 3).split(' ');
  const approx = marks.find((x) => x.startsWith('~'))?.slice(1) ?? null;
  const direction = marks.find((x) => x === 'up' || x === 'down') ?? null;
  return { text: spec.slice(0, at), value: Number(value), unit: unit.replaceAll('_', ' '), approx, direction };
}

const show = (m: Metric) =>
  `${m.text} = ${m.value} ${m.unit}${m.approx ? ` ~${m.approx}` : ''}${m.change ? ` ${m.change.direction}` : ''}`;

const jieba = loadSegmenter();

test('the spec tables hold at least 300 cases, a quarter of them must-not-match', () => {
  const all = TABLES.flatMap(([, , cases]) => cases);
  const none = all.filter((c) => c.m.length === 0);
  assert.ok(all.length >= 300, `${all.length} cases`);
  assert.ok(none.length >= all.length / 4, `${none.length} must-not-match of ${all.length}`);
  for (const [name, , cases] of TABLES) assert.ok(cases.length >= 50, `${name}: ${cases.length} cases`);
});

for (const [name, lang, cases] of TABLES) {
  for (const c of cases) {
    test(`${name}: ${c.in}`, { todo: c.gap }, () => {
      const r = analyzeSync(c.in, { segmenter: jieba, lang });
      const expected = c.m.map(parseExpected);
      assert.deepEqual(
        r.metrics.map((m) => m.text),
        expected.map((e) => e.text),
        `metrics found: ${r.metrics.map(show).join(' | ') || 'none'}`,
      );
      r.metrics.forEach((m, i) => {
        const e = expected[i];
        const got = { value: m.value, unit: m.unit, approx: m.approx, direction: m.change?.direction ?? null };
        assert.ok(Math.abs(m.value - e.value) <= 5e-4 * Math.max(1, Math.abs(e.value)), `value: ${show(m)}`);
        assert.deepEqual(
          { ...got, value: e.value },
          { value: e.value, unit: e.unit, approx: e.approx, direction: e.direction },
          show(m),
        );
      });
      c.s?.forEach((subject, i) => {
        const got = r.metrics[i]?.subject ?? null;
        if (subject?.startsWith('!'))
          assert.ok(!(got ?? '').includes(subject.slice(1)), `subject of ${r.metrics[i]?.text}: ${got}`);
        else assert.equal(got, subject, `subject of ${r.metrics[i]?.text}`);
      });
      if (c.claim !== undefined) assert.equal(r.claims.length > 0, c.claim, `claim: ${JSON.stringify(r.claims)}`);
    });
  }
}
