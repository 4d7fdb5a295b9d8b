// English release genre (statistical bulletins, government press releases): which rule makes or
// refuses each kind of sentence. traceClaim is pure; the metric count stands for what the metric
// stage found, so these tests do not depend on the number rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traceClaim } from '../../src/core/claims/claims';
import { splitUnits } from '../../src/core/text/sentences';

const en = (text: string, metricCount = 0) => traceClaim({ text, metricCount, quotation: null, lang: 'en' });
const zh = (text: string, metricCount = 0) => traceClaim({ text, metricCount, quotation: null, lang: 'zh' });

test('how a measured quantity moved is a comparison claim without a figure', () => {
  for (const s of [
    'Employment continued to trend up in leisure and hospitality.',
    'Retail trade employment is little changed on net over the year.',
    'Employment in construction changed little in March.',
    'Employment in other industries showed little or no change.',
    'Employment in mining edged down in March.',
    'The jobless rate for teenagers ticked up.',
    'Hourly earnings held steady.',
    'The two series tracked each other well from 2002/03 until 2007/08.',
  ]) {
    const r = en(s);
    assert.deepEqual(r.signals?.types, ['comparison'], s);
    assert.ok(r.fired.includes('en.comparison'), s);
  }
});

test('movement words inside other words or in a forecast do not make a claim', () => {
  assert.equal(en('Employers trendily rebranded the office.').refusedBy, 'en.no-claim-cue');
  assert.equal(en('Employment is expected to continue to trend up.').refusedBy, 'en.plan');
  assert.equal(en('Payrolls will likely trend down next month.').refusedBy, 'en.plan');
});

test('a sentence is a plan only when all it asserts is future', () => {
  assert.equal(en('Acme will build a $500 million plant in Marshall.', 1).refusedBy, 'en.plan');
  assert.equal(en('The Vice President will announce historic new actions.').refusedBy, 'en.no-claim-cue');
  assert.equal(
    en('The project is estimated to generate up to 90 GW of power, the largest in the state.').refusedBy,
    'en.plan',
  );
  assert.equal(en('The rule would lower costs for 1.9 million seniors.', 1).refusedBy, 'en.plan');
  assert.equal(en('The agency aims to open 12 new offices.', 1).refusedBy, 'en.plan');
  assert.equal(en('The plant opened with 300 workers by 2035 at the latest.', 1).refusedBy, null);
  // a past fact beside the projection
  const mixed = en('Acme recently started construction on its $365 million plant, projected to create 140 jobs.', 2);
  assert.equal(mixed.refusedBy, null);
  assert.ok(mixed.fired.includes('en.done'));
  assert.equal(en('The President signed legislation that will cut deficits by $1 trillion.', 1).refusedBy, null);
  // an estimate of now is not a forecast; an announced plan is still a plan
  assert.equal(en('Incidents are estimated to be 29% lower than in 2008.', 1).refusedBy, null);
  assert.equal(en('Acme announced it will hire 400 workers.', 1).refusedBy, 'en.plan');
  // `£100 would have cost £101.90`: a worked example of a past rate, not a plan
  assert.equal(en('Goods costing £100.00 a year ago would have cost £101.90 in June.', 2).refusedBy, null);
});

test('a figure announced, received or moved, or an actual against an estimate, is a past fact beside a plan', () => {
  assert.equal(en('DOE today announced $30 million in funding that will support 12 projects.', 2).refusedBy, null);
  assert.equal(en('Acme announced plans to invest $500 million in a new plant.', 1).refusedBy, 'en.plan');
  assert.equal(en('Payrolls were expected to rise by 200,000 but rose by 236,000.', 2).refusedBy, null);
  assert.equal(
    en('To date, $10.2 billion has been announced for the state, which will fund roads.', 1).refusedBy,
    null,
  );
  assert.equal(en('The law will deliver more than $8 billion to the state over five years.', 1).refusedBy, 'en.plan');
  assert.equal(en('The company expects to hire 300 workers once the plant opens.', 1).refusedBy, 'en.plan');
  assert.equal(
    en('The estimates included $2.2 billion from proposals; excise taxes were $8.4 billion below the estimates.', 2)
      .refusedBy,
    null,
  );
});

test('the next release schedule is refused even with its date', () => {
  const r = en(
    'The Employment Situation for April is scheduled to be released on Friday, May 5, 2023, at 8:30 a.m. (ET).',
  );
  assert.equal(r.refusedBy, 'en.release-schedule');
});

test('a title line is refused; a sentence in capitals or a short line is not', () => {
  assert.equal(
    en(
      'The Investing in America Agenda Is Driving Historic Economic Growth and More Than $14 Billion in Federal Investments',
      1,
    ).refusedBy,
    'en.title',
  );
  assert.equal(en('Unemployment Rate Fell to 3.4 Percent in the State', 1).refusedBy, 'en.title');
  assert.equal(en('The Unemployment Rate Fell to 3.4 Percent in the State.', 1).refusedBy, null);
  assert.equal(en('Payrolls rose by 236,000 in March', 1).refusedBy, null);
  assert.equal(en('Crime Fell', 0).refusedBy, null);
});

test('a lead-in to a list is refused unless it states a figure, a ranking or a comparison', () => {
  assert.equal(en('Highlights of the Operation Lionheart results include:').refusedBy, 'en.lead-in');
  assert.equal(en('The largest upward contributions came from:').refusedBy, null);
  assert.equal(en('The department has awarded $285 million for 30 projects, including:', 2).refusedBy, null);
});

test('methodology and definitions are refused, even with a number', () => {
  assert.equal(en('This news release presents statistics from two monthly surveys.', 1).refusedBy, 'en.methodology');
  assert.equal(
    en(
      'The household survey measures labor force status, including unemployment, by demographic characteristics, which rose.',
    ).refusedBy,
    'en.methodology',
  );
  assert.equal(
    en('Persons are classified as unemployed if they have no job, fewer than before.').refusedBy,
    'en.methodology',
  );
  assert.equal(
    en('The change in the 12-month rate can be calculated by comparing two rates.', 1).refusedBy,
    'en.methodology',
  );
  assert.equal(en('OOH does not seek to capture increases in house prices.').refusedBy, 'en.methodology');
});

test('a survey window is a definition when its only figures are time frames', () => {
  const definition =
    'These individuals wanted and were available for work and had looked for a job sometime in the prior 12 months but had not looked for work in the 4 weeks preceding the survey.';
  assert.equal(en(definition, 1).refusedBy, 'en.survey-window');
  const result =
    'This estimate is based on crimes in the 12 months prior to interview and equates to approximately 10 incidents per business.';
  assert.equal(en(result, 2).refusedBy, null);
});

test('a report released is routine publication unless it states a figure; hedged speculation needs a figure', () => {
  assert.equal(
    en('The Council of Economic Advisers released a new public report on March 3, 2024.').refusedBy,
    'en.publication',
  );
  assert.equal(en('The report released today shows payrolls rose by 236,000.', 1).refusedBy, null);
  assert.equal(en('The rise is likely to reflect a genuine increase in crime.').refusedBy, 'en.hedge');
  assert.equal(en('This is thought to have affected bread (up 6%) and cereals (up 2%).', 2).refusedBy, null);
});

test('Chinese: a named incident and a meeting’s named outcome are events; 超预期 is not a forecast', () => {
  assert.deepEqual(zh('COP15会议收获“昆明宣言”等重大成果。').signals?.types, ['event']);
  assert.deepEqual(zh('科学有效处置漾濞6.4级地震、江川“4·11”森林火灾等灾害。').signals?.types, ['event']);
  assert.equal(zh('有效应对各类自然灾害，及时转移受灾群众。').refusedBy, 'zh.no-claim-cue');
  assert.equal(zh('实现旅游收入98亿元，远超预期。', 1).refusedBy, null);
  assert.equal(zh('旅游收入增长超预期。', 0).refusedBy, 'zh.no-claim-cue');
  assert.equal(zh('预计全年增长5%左右。', 1).refusedBy, 'zh.plan');
});

test('an English unit runs on over a parenthesised sentence after a full stop (GUIDE: a unit ends before a capital, a digit or a bullet)', () => {
  const src =
    'Employment is 17,000 lower than previously reported. (Monthly revisions result from additional reports.) Payrolls rose.';
  const units = splitUnits(src).map((u) => src.slice(u.start, u.end));
  assert.deepEqual(units, [
    'Employment is 17,000 lower than previously reported. (Monthly revisions result from additional reports.)',
    'Payrolls rose.',
  ]);
});
