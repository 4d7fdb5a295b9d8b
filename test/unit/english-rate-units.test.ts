// English rate units written with "per" are written as the GUIDE writes rates (吨/年, 元/人; the English gold of
// held-out-81, -98, -103 and -106: cubic feet/day, tonnes/year), and the span covers the words; a percentage "per
// year" stays a percentage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';

const metricsOf = (text: string) =>
  analyzeSync(text, { segmenter: null, lang: 'en' }).metrics.map((m) => `${m.text} | ${m.unit}`);

test('a physical unit keeps its rate, written with a slash, and the span covers the words', () => {
  assert.deepEqual(metricsOf('Pipeline deliveries were 493,000 barrels per day.'), [
    '493,000 barrels per day | barrels/day',
  ]);
  assert.deepEqual(metricsOf('Fine particles fell to 35 micrograms per cubic metre.'), [
    '35 micrograms per cubic metre | micrograms/cubic metre',
  ]);
});

test('a percentage per year is a percentage, and a unit with no rate is unchanged', () => {
  assert.deepEqual(metricsOf('Output grew 2.5 percent per year.'), ['2.5 percent | %']);
  assert.deepEqual(metricsOf('The plant processed 12,000 tonnes.'), ['12,000 tonnes | tonnes']);
});
