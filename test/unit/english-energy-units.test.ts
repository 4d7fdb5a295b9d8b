// Units of US energy and agriculture releases (EIA, USDA), kept as written (GUIDE): abbreviated volume
// rates, a price per unit written with "a" or a slash, energy denominators spelled as one word, short tons;
// and what must not become a rate (a count per week, "a" before a word that is no unit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';

const metricsOf = (text: string) =>
  analyzeSync(text, { segmenter: null, lang: 'en' }).metrics.map((m) => `${m.text} | ${m.unit}`);

test('abbreviated volume rates of gas and oil releases are units as written', () => {
  assert.deepEqual(metricsOf('Exports of liquefied natural gas averaged 12.4 Bcf/d last year.'), [
    '12.4 Bcf/d | Bcf/d',
  ]);
  assert.deepEqual(metricsOf('Marketed production reached 3.1 MMcf/d at the new field.'), ['3.1 MMcf/d | MMcf/d']);
});

test('a price per physical unit keeps its denominator: "a gallon", "/b", "per kilowatthour", "per MMBtu"', () => {
  assert.deepEqual(metricsOf('Diesel sold for $3.89 a gallon.'), ['$3.89 a gallon | 美元/gallon']);
  assert.deepEqual(metricsOf('The spread narrowed to $6/b.'), ['$6/b | 美元/b']);
  assert.deepEqual(metricsOf('Commercial customers paid 12.7 cents per kilowatthour.'), [
    '12.7 cents per kilowatthour | cents/kilowatthour',
  ]);
  assert.deepEqual(metricsOf('The spot price averaged $2.10 per million British thermal units.'), [
    '$2.10 per million British thermal units | 美元/million British thermal units',
  ]);
});

test('short and metric tons are units as written', () => {
  assert.deepEqual(metricsOf('Mines produced 578 million short tons.'), ['578 million short tons | short tons']);
  assert.deepEqual(metricsOf('Farmers exported 2.3 million metric tons.'), ['2.3 million metric tons | metric tons']);
});

test('must not match: a count per week or a money amount before "a" and another word stays plain', () => {
  assert.deepEqual(metricsOf('Inspectors visited 40 plants a week.'), ['40 plants | plants']);
  assert.deepEqual(metricsOf('The grant paid $500 a household in the county.'), ['$500 | 美元']);
});
