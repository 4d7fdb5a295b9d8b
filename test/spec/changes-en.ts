// Spec table, change direction in English (US and UK releases): signed monthly changes, revisions,
// differences from a level ("below its level by"), averages of gains, change nouns and verbs;
// with must-not-match cases (phone numbers and codes with a sign, figure-less comparisons).
import type { SpecCase } from './types';

export const EN_CHANGES: SpecCase[] = [
  // in brackets the nearest word of rise or fall decides, before a rate named earlier; a results table's spaced plus
  {
    in: 'New work showed growth (3.4%) alongside a slight fall in the output of repair & maintenance (0.2%).',
    m: ['3.4% = 3.4 % up', '0.2% = 0.2 % down'],
  },
  {
    in: 'Final dividend per share 4.10p (2001: 3.75p) + 9.3%',
    m: ['4.10p = 4.1 p', '3.75p = 3.75 p', '9.3% = 9.3 % up'],
  },
  { in: 'The total is 5 + 3 apples.', m: ['3 apples = 3 apples'] },
  // A figure written with its sign is the size of a change (value as written, direction from the sign).
  {
    in: 'Employment in health care continued its upward trend in March (+26,000).',
    m: ['+26,000 = 26000  up'],
  },
  { in: 'Warehousing and storage lost jobs (-12,000).', m: ['-12,000 = -12000  down'] },
  { in: 'Federal government employment changed little (+3,000).', m: ['+3,000 = 3000  up'] },
  {
    in: 'The change for January was revised down by 32,000, from +504,000 to +472,000.',
    m: ['32,000 = 32000  down', '+504,000 = 504000  up', '+472,000 = 472000  up'],
  },
  { in: 'February was revised from -5,000 to +12,000.', m: ['-5,000 = -5000  down', '+12,000 = 12000  up'] },
  // A difference from a level.
  {
    in: 'Employment is below its pre-pandemic February 2020 level by 368,000, or 2.2 percent.',
    m: ['368,000 = 368000  down', '2.2 percent = 2.2 % down'],
  },
  {
    in: 'Employment is above its February 2020 level by 1.2 million, or 0.8 percent.',
    m: ['1.2 million = 1200000  up', '0.8 percent = 0.8 % up'],
  },
  {
    in: 'Employment in January and February combined is 17,000 lower than previously reported.',
    m: ['17,000 = 17000  down'],
  },
  {
    in: 'In the year ending March 2014 the police recorded 537 homicides, 21 fewer than in the previous year.',
    m: ['537 homicides = 537 homicides', '21 = 21  down'],
  },
  // A change in points, then the level it reached.
  {
    in: 'The unemployment rate edged up 0.1 percentage point to 3.6 percent.',
    m: ['0.1 percentage point = 0.1 百分点 up', '3.6 percent = 3.6 %'],
  },
  { in: 'The unemployment rate was little changed at 3.6 percent.', m: ['3.6 percent = 3.6 %'] },
  // Change nouns and verbs.
  { in: 'Employment increased by 2.1 million over the year.', m: ['2.1 million = 2100000  up'] },
  { in: 'This was a decrease of 45,000.', m: ['45,000 = 45000  down'] },
  { in: 'That is an increase of 15,000.', m: ['15,000 = 15000  up'] },
  { in: 'There was a gain of 1.5 million over the year.', m: ['1.5 million = 1500000  up'] },
  { in: 'Prices were down 2.3 percent from a year earlier.', m: ['2.3 percent = 2.3 % down'] },
  { in: 'Retail trade employment fell back by 5,000.', m: ['5,000 = 5000  down'] },
  { in: 'Retail lost 15,000 jobs in March.', m: ['15,000 jobs = 15000 jobs down'] },
  { in: 'The sector shed 20,000 jobs.', m: ['20,000 jobs = 20000 jobs down'] },
  { in: 'Health care has added an average of 53,000 jobs per month.', m: ['53,000 jobs = 53000 jobs up'] },
  { in: 'Job gains have averaged 334,000 per month over the last 3 months.', m: ['334,000 = 334000  up'] },
  {
    in: 'Current-dollar GDP increased 5.1 percent at an annual rate, or $344.5 billion, to a level of $27.96 trillion.',
    m: ['5.1 percent = 5.1 % up', '$344.5 billion = 344500000000 美元 up', '$27.96 trillion = 27960000000000 美元'],
  },
  {
    in: 'The energy index fell 0.6 percent in February after declining 1.4 percent in January.',
    m: ['0.6 percent = 0.6 % down', '1.4 percent = 1.4 % down'],
  },
  { in: 'The index for shelter advanced 0.4 percent.', m: ['0.4 percent = 0.4 % up'] },
  // A rate that moved, with where it stands in parentheses: a level.
  {
    in: 'The jobless rate for adult men showed little change, while the rate rose for Blacks (6.4 percent).',
    m: ['6.4 percent = 6.4 %'],
  },
  {
    in: 'The deficit was $1.7 trillion, or 6.3 percent of GDP.',
    m: ['$1.7 trillion = 1700000000000 美元', '6.3 percent = 6.3 %'],
  },
  // not metrics
  { in: 'For help call (+1) 202-691-5200.', m: [] },
  { in: 'Call +44 20 7946 0958 for details.', m: [] },
  { in: 'The data are in table B-1 (series CES0500000001).', m: [] },
  { in: 'Employment remained below its pre-pandemic level.', m: [] },
  { in: 'Job gains have averaged well above the pace of last year.', m: [] },
  { in: 'Health care continued its upward trend.', m: [] },
  { in: 'Job losses were widespread across industries.', m: [] },
  // BLS compound adjectives and rates: the change noun after the figure, "at a … annual rate", a 12-month change
  {
    in: 'Import prices declined 0.4 percent in March, following a 0.2-percent advance in February.',
    m: ['0.4 percent = 0.4 % down', '0.2-percent = 0.2 % up'],
  },
  { in: 'Output fell, a 1.1-percent contraction from the prior quarter.', m: ['1.1-percent = 1.1 % down'] },
  { in: 'Labor productivity increased at a 3.2-percent annual rate.', m: ['3.2-percent = 3.2 % up'] },
  { in: 'The 12-month change in the index for all items was 3.0 percent.', m: ['3.0 percent = 3 % up'] },
  {
    in: 'Sales climbed to 1.5 million, a 50% year-over-year increase.',
    m: ['1.5 million = 1500000 ', '50% = 50 % up'],
  },
  // The whole a part is taken from is a count too (held-out-27: "10 of the 12 police districts").
  {
    in: 'GAO found that 27 of the 31 agencies had not met the deadline.',
    m: ['27 = 27 agencies', '31 agencies = 31 agencies'],
  },
  // levels, not changes
  { in: 'The unemployment rate stood at 4.1 percent in June.', m: ['4.1 percent = 4.1 %'] },
  { in: 'The office met 2 of its goals at a 90 percent rate.', m: ['2 = 2 goals', '90 percent = 90 %'] },
  { in: 'The meeting began at 3 p.m. on the 12th floor.', m: [] },
  // Ranges of changes share the direction; ranges of levels and from…to levels have none.
  {
    in: 'The uninsured rate decreased between 2.4 and 18.2 percentage points.',
    m: ['2.4 = 2.4 百分点 down', '18.2 percentage points = 18.2 百分点 down'],
    s: ['uninsured rate', 'uninsured rate'],
  },
  {
    in: 'Enrolment posted declines ranging from 0.8 to 14.2 percent.',
    m: ['0.8 = 0.8 % down', '14.2 percent = 14.2 % down'],
  },
  { in: 'Rates ranged from 53.4% to 76.5%.', m: ['53.4% = 53.4 %', '76.5% = 76.5 %'], s: ['Rates', 'Rates'] },
  { in: 'Sales increased 5 percent to 3.6 million.', m: ['5 percent = 5 % up', '3.6 million = 3600000 '] },
  // One verb of change over coordinated figures: every figure is a change in its direction.
  {
    in: 'Retail sales rose 0.4 percent in April and 0.6 percent in May.',
    m: ['0.4 percent = 0.4 % up', '0.6 percent = 0.6 % up'],
  },
  {
    in: 'Exports of goods increased by $3.1 billion in the quarter and by $0.8 billion in the year.',
    m: ['$3.1 billion = 3100000000 美元 up', '$0.8 billion = 800000000 美元 up'],
  },
  {
    in: 'Spending on durable goods fell 1.2 percent for the quarter and 0.9 percent for the year.',
    m: ['1.2 percent = 1.2 % down', '0.9 percent = 0.9 % down'],
  },
  {
    in: 'The Bank reduced its holdings of bills by $30 billion and its holdings of notes by $15 billion.',
    m: ['$30 billion = 30000000000 美元 down', '$15 billion = 15000000000 美元 down'],
  },
  // A bare figure coordinated with a change is one (a metric with no noun written).
  {
    in: 'Employment in mining was down 4,000 in April and 6,000 in May.',
    m: ['4,000 = 4000  down', '6,000 = 6000  down'],
  },
  { in: 'Payrolls rose by 150,000 in May and 2023 was a record year.', m: ['150,000 = 150000  up'] },
  // A restatement in parentheses between a figure and the comparative after it.
  {
    in: 'Distillate inventories stood 12.5 million barrels (9.8%) below the level of a year ago.',
    m: ['12.5 million barrels = 12500000 barrels down', '9.8% = 9.8 % down'],
  },
  // Over and under a stated base.
  { in: 'Retail sales were 5 percent over last year.', m: ['5 percent = 5 % up'] },
  { in: 'Receipts ran 3 percent under the prior year.', m: ['3 percent = 3 % down'] },
  { in: 'Output was 2 percent over the course of the year.', m: ['2 percent = 2 %'] },
  // A range after a clause whose verb moved: the sizes of the moves.
  {
    in: 'Prices fell in 31 states, ranging from 1.1 to 6.4 percent.',
    m: ['31 states = 31 states', '1.1 = 1.1 % down', '6.4 percent = 6.4 % down'],
  },
  // must not carry: a level after "and … was", a share, a range of levels
  {
    in: 'Payrolls rose by 150,000 in May, and the jobless rate was 4.0 percent.',
    m: ['150,000 = 150000  up', '4.0 percent = 4 %'],
  },
  {
    in: 'Earnings rose 2 percent in 2023 and 35 percent of workers received a raise.',
    m: ['2 percent = 2 % up', '35 percent = 35 %'],
  },
  {
    in: 'Average rates across the states ranged from 4.2 percent to 9.8 percent.',
    m: ['4.2 percent = 4.2 %', '9.8 percent = 9.8 %'],
  },
  {
    in: 'Output rose 1.1 percent in March, and capacity utilization held at 78.4 percent.',
    m: ['1.1 percent = 1.1 % up', '78.4 percent = 78.4 %'],
  },
  // A policy rate's range is a level, whatever rate of change the sentence named before it.
  {
    in: 'Given the progress on inflation, the Committee decided to lower the target range for the federal funds rate by 1/4 percentage point to 4.5 percent.',
    m: ['1/4 percentage point = 0.25 百分点 down', '4.5 percent = 4.5 %'],
  },
  // A forecast revised: "is raised" is up (an active "raised $5 million" is money collected, no change).
  {
    in: 'The season-average farm price is raised 15 cents to $4.25 per bushel.',
    m: ['15 cents = 15 cents up', '$4.25 per bushel = 4.25 美元/bushel'],
  },
  { in: 'The foundation raised $5 million from donors.', m: ['$5 million = 5000000 美元'] },
  // a change verb at a rate or pace: the rate is the size of the change
  { in: 'Real exports grew at a seasonally adjusted annual rate of 5.8 percent.', m: ['5.8 percent = 5.8 % up'] },
  { in: 'Payroll employment increased at a pace of 0.2 percent a month.', m: ['0.2 percent = 0.2 % up'] },
  { in: 'The unemployment rate stood at 4.1 percent.', m: ['4.1 percent = 4.1 %'] },
  // a growth rate is the size of a change even after "to"; a share of a whole is a level whatever rate came before
  { in: 'Farm output growth slowed to an annual rate of 1.1 percent.', m: ['1.1 percent = 1.1 % up'] },
  { in: 'Spending slowed from the 2.8 percent pace of the spring.', m: ['2.8 percent = 2.8 % up'] },
  { in: 'After strong growth in 2022, receipts fell to 17.2 percent of GDP.', m: ['17.2 percent = 17.2 %'] },
  // a multiple of a base is a ratio, not a change; a contribution added is a change up
  { in: 'Their median wealth was 4.2 times greater than that of renters.', m: ['4.2 times = 4.2 倍'] },
  {
    in: 'Net exports made a small contribution, adding 0.2 percentage point to growth.',
    m: ['0.2 percentage point = 0.2 百分点 up'],
  },
  // an amount or index value in brackets after a basis is the level compared with
  {
    in: 'Borrowing was £4.1 billion lower than 2015/16 (£98.2 billion).',
    m: ['£4.1 billion = 4100000000 英镑 down', '£98.2 billion = 98200000000 英镑'],
  },
  // a range of rises; a change word, a short place phrase, then "by"; a comma after a dated comparison, then "by"
  { in: 'Wages were reported as rising in a range of 3 to 5 percent.', m: ['3 = 3 % up', '5 percent = 5 % up'] },
  {
    in: 'Prices were up in some cities by 6-8 percent over the last six months.',
    m: ['6 = 6 % up', '8 percent = 8 % up'],
  },
  {
    in: 'The quantity bought also increased in Q2 2014 compared with Q2 2013, by 4.5%.',
    m: ['4.5% = 4.5 % up'],
  },
  { in: 'Prices fell in all 50 states.', m: ['50 states = 50 states'] },
  // a pair shared out respectively takes the unit of its second figure; a likelihood compared is no move
  {
    in: 'Such households were more likely to have wealth over $1 million when compared to other households (20.0 and 29.3 percent, respectively).',
    m: ['over $1 million = 1000000 美元 ~over', '20.0 = 20 %', '29.3 percent = 29.3 %'],
  },
  {
    in: 'Fewer than 10 percent of such households had zero or negative wealth (8.4 and 6.6 percent, respectively).',
    m: ['Fewer than 10 percent = 10 % ~under', '8.4 = 8.4 %', '6.6 percent = 6.6 %'],
  },
  { in: 'The two teams scored 20 and 29 points.', m: ['29 points = 29 points'] },
  // "N more/additional X than …" is a difference from a basis; without "than" it is a level; "over the same period"
  // says when, not against what
  {
    in: 'The IRS served more than 170,000 additional taxpayers in-person than last Filing Season.',
    m: ['more than 170,000 additional taxpayers = 170000 taxpayers ~over up'],
  },
  { in: 'Treasury disbursed 25 million more payments this week.', m: ['25 million more payments = 25000000 payments'] },
  {
    in: 'Negative equity has declined to 13.9 percent from 29.7 percent over the same period.',
    m: ['13.9 percent = 13.9 %', '29.7 percent = 29.7 %'],
  },
  { in: 'Sales were 5 percent over the same period last year.', m: ['5 percent = 5 % up'] },
  {
    in: 'In 2013, there were 5.09 million sales of existing homes--9.1 percent higher than in 2012.',
    m: ['5.09 million sales = 5090000 sales', '9.1 percent = 9.1 % up'],
  },
  // irregular and less common verbs of change
  {
    in: 'Spending on structures leapt 22.1 percent, while farm income sank 4.5 percent.',
    m: ['22.1 percent = 22.1 % up', '4.5 percent = 4.5 % down'],
  },
  { in: 'Sales tumbled 8 percent and then rebounded 3 percent.', m: ['8 percent = 8 % down', '3 percent = 3 % up'] },
  // a minus-signed figure in parentheses after "or" or beside the other figure of its pair is a fall
  {
    in: 'Filings totaled 81,200, a decrease of 9,400 (or -10.4 percent) from the previous month.',
    m: ['81,200 = 81200', '9,400 = 9400  down', '-10.4 percent = -10.4 % down'],
  },
  {
    in: 'Gains were offset by a decrease in Manitoba (-2,300; -0.6%), where rules stayed in place.',
    m: ['-2,300 = -2300  down', '-0.6% = -0.6 % down'],
  },
  // the same move restated in parentheses after "or"; a change noun before a dash
  {
    in: 'Excise receipts rose by $12 billion (or 8 percent) over the year.',
    m: ['$12 billion = 12000000000 美元 up', '8 percent = 8 % up'],
  },
  { in: 'The sharp increase—31 percent—in customs duties stood out.', m: ['31 percent = 31 % up'] },
  // a list of names with bracketed figures keeps the direction of the clause that opens it
  {
    in: 'Increases were recorded in Mining and Quarrying (2.0%), Public Administration (1.1%) and Arts, Entertainment and Recreation (0.4%).',
    m: ['2.0% = 2 % up', '1.1% = 1.1 % up', '0.4% = 0.4 % up'],
  },
  {
    in: 'The largest falls were in Ohio and Iowa (6 percent each), followed by Idaho, Utah, and Maine (each between 3 and 4 percent).',
    m: ['6 percent = 6 % down', '3 = 3 % down', '4 percent = 4 % down'],
  },
  // a figure in parentheses after a verb of no movement is a level
  { in: 'Exports rose in France (5%), while imports in Spain were flat (0%).', m: ['5% = 5 % up', '0% = 0 %'] },
  // a gapped list: the clauses after the first leave the verb out and move as it did
  {
    in: 'New applications fell sharply: the U.K. fell by 41 percent; Germany by 29 percent; and the U.S. by 26 percent.',
    m: ['41 percent = 41 % down', '29 percent = 29 % down', '26 percent = 26 % down'],
  },
  {
    in: 'Exports rose by 5 percent in March, and Japan by 3 percent.',
    m: ['5 percent = 5 % up', '3 percent = 3 % up'],
  },
  { in: 'Sales fell by 2 percent; Prices were 3 percent.', m: ['2 percent = 2 % down', '3 percent = 3 %'] },
  // "N more/fewer X" set against a basis ("compared to", "than") is the size of a difference
  {
    in: 'There are 6,500 more pupils in special schools, while there are 900 fewer pupils in independent schools compared to 2018.',
    m: ['6,500 more pupils = 6500 pupils', '900 fewer pupils = 900 pupils down'],
  },
  {
    in: 'There were 577 fewer deaths when compared with the same period in 2022.',
    m: ['577 fewer deaths = 577 deaths down'],
  },
  // How a change is measured between the verb and the figure, and the same change in other terms after "and".
  {
    in: 'Retail turnover increased in real terms 2.6% and in nominal terms 2.7% compared with May 2015.',
    m: ['2.6% = 2.6 % up', '2.7% = 2.7 % up'],
  },
  // A change noun, what changed, then "of": each item of the list after it moves the same way.
  {
    in: 'It reflected an increase in the sub-indices for Alcoholic Beverages and Tobacco of 0.3%, Clothing and Footwear of 0.3%, and Health of 0.2%.',
    m: ['0.3% = 0.3 % up', '0.3% = 0.3 % up', '0.2% = 0.2 % up'],
  },
  {
    in: 'The latest data show a total reduction of over 20 million children since 2020.',
    m: ['over 20 million children = 20000000 children ~over down'],
  },
  // Drawn down, paid down: no fall.
  { in: 'Ireland has now drawn down more than 80% of the money.', m: ['more than 80% = 80 % ~over'] },
  // The basis's level restated in brackets is a level; a percentage there is the change.
  {
    in: 'This was an increase of 23,000 births compared with 2014 (715,000).',
    m: ['23,000 births = 23000 births up', '715,000 = 715000'],
  },
  { in: 'Thefts fell compared with the previous year (17%).', m: ['17% = 17 % down'] },
  // A gapped clause whose holder is a lower-case noun phrase; an adverb before "by" is no holder.
  {
    in: 'Log exports increased by 27 per cent, container volumes by 11 per cent.',
    m: ['27 per cent = 27 % up', '11 per cent = 11 % up'],
  },
  { in: 'Exports fell by 3%, mostly by 2% in cars.', m: ['3% = 3 % down', '2% = 2 %'] },
  { in: 'Nationally, more than half (52,9%) of all households contain a child.', m: ['52,9% = 52.9 %'] },
  // The spelled share is read (its "more than" gives the bracketed figure no direction) but not listed.
  {
    in: 'More than two-fifths of households were headed by women, most common in rural areas (47,7%).',
    m: ['47,7% = 47.7 %'],
  },
  // "N fewer" is a difference (down) with or without a basis; "N more" disbursed may be a further batch (a level).
  { in: 'There were 21 fewer deaths on the roads.', m: ['21 fewer deaths = 21 deaths down'] },
  { in: 'Treasury will disburse 25 million more payments.', m: ['25 million more payments = 25000000 payments'] },
  // Beating a target by N is up; a gapped clause after a semicolon; "by a record 31 per cent"; "a $131 million or 3.4%
  // increase" names one change twice.
  {
    in: 'In the last year we have delivered £491 million of investment, beating our target by 20%.',
    m: ['£491 million = 491000000 英镑', '20% = 20 % up'],
  },
  {
    in: 'Enrolments were up by 1.5 percent; undergraduate enrolments by 5 percent; and postgraduate enrolments by 11 percent.',
    m: ['1.5 percent = 1.5 % up', '5 percent = 5 % up', '11 percent = 11 % up'],
  },
  { in: 'Co-financing increased by a record 31 per cent over 2015.', m: ['31 per cent = 31 % up'] },
  {
    in: 'The FY 2008 request is $3.815 billion, which represents a $131 million or 3.4% increase over FY 2007.',
    m: ['$3.815 billion = 3815000000 美元', '$131 million = 131000000 美元 up', '3.4% = 3.4 % up'],
    claim: false,
  },
  // A margin of error (no finding of its own) and its footnote mark between a change and its word.
  {
    in: 'This is 0.6 percent (±1.2 percent)* below the revised August rate of 1,249,000.',
    m: ['0.6 percent = 0.6 % down', '1,249,000 = 1249000 '],
  },
  // A restatement set off by commas between a figure and its comparative.
  {
    in: 'Pennsylvania collected $2.2 billion in August, which was $61.2 million, or 2.9 percent, more than anticipated.',
    m: ['$2.2 billion = 2200000000 美元', '$61.2 million = 61200000 美元 up', '2.9 percent = 2.9 % up'],
  },
  // A bracket right after a change restates it, whatever follows the bracket ("over the previous year").
  {
    in: 'Total assets were $2,875 million, a decrease of $65 million (2.2 %) over the previous year.',
    m: ['$2,875 million = 2875000000 美元', '$65 million = 65000000 美元 down', '2.2 % = 2.2 % down'],
  },
  // Not a restatement: a bracketed basis after a level ("(from 3%)") leaves the level alone.
  {
    in: 'Staff numbers stood at 4,210 (up from 3,980).',
    m: ['4,210 = 4210 ', '3,980 = 3980 '],
  },
  // a difference from a budget, a target, a forecast or a benchmark is a change (H71-1), so is a variance's
  { in: 'April revenue was $587 million over benchmark.', m: ['$587 million = 587000000 美元 up'] },
  { in: 'Tax was $2.1 billion behind target.', m: ['$2.1 billion = 2100000000 美元 down'] },
  {
    in: 'Grants were marginally behind budget by $6.2 billion or 1.8 per cent.',
    m: ['$6.2 billion = 6200000000 美元 down', '1.8 per cent = 1.8 % down'],
  },
  { in: 'Revenue was slightly lower than FY2015/16 by 1.4%.', m: ['1.4% = 1.4 % down'] },
  { in: 'This favourable variance of $912 million was due to tax.', m: ['$912 million = 912000000 美元 up'] },
  { in: 'Half of the $27.7 billion boost to receipts came from tax.', m: ['$27.7 billion = 27700000000 美元 up'] },
  // "over the budget period" says when, not against what
  { in: 'Spending over the budget period was $3 billion.', m: ['$3 billion = 3000000000 美元'] },
  // an amount in brackets after a name in the next clause is that name's level, not the move before the break
  {
    in: 'Spending of visitors from Japan fell by 2.4%, whereas spending of those from Singapore (MOP1,803) went up by 5.1%.',
    m: ['2.4% = 2.4 % down', 'MOP1,803 = 1803 澳门元', '5.1% = 5.1 % up'],
  },
  // "minus" written as a word; a rate of increase or decrease after the figure
  { in: 'Food Crops Inflation registered a minus 4.2 per cent for the year.', m: ['minus 4.2 per cent = -4.2 % down'] },
  { in: 'The margin is plus or minus 2 percent.', m: ['2 percent = 2 %'] },
  {
    in: 'Employment rose by 12,061 persons compared with June 2018 (a 2.1% rate of increase).',
    m: ['12,061 persons = 12061 persons up', '2.1% = 2.1 % up'],
  },
  // a period or an adverb between a move and its "by"; a sign written apart; "moved downward"
  { in: 'The CPI fell in the third quarter by 2.9 percent.', m: ['2.9 percent = 2.9 % down'], s: ['CPI'] },
  { in: 'Prices of electricity fell anew by 18.4 percent during the quarter.', m: ['18.4 percent = 18.4 % down'] },
  { in: 'Reported crimes were up by a marginal 0.6 percent.', m: ['0.6 percent = 0.6 % up'] },
  { in: 'The number of unemployed fell by - 45,000.', m: ['45,000 = 45000  down'] },
  { in: 'The CPI moved downward by 0.4 percent.', m: ['0.4 percent = 0.4 % down'], s: ['CPI'] },
  { in: 'Sales rose in 2019 by 4 percent.', m: ['4 percent = 4 % up'] },
  // a plus set apart after a colon, a word of comparison or a bracket; not a sum
  { in: 'Employment: + 3.3% against + 2.1%.', m: ['3.3% = 3.3 % up', '2.1% = 2.1 % up'] },
  { in: 'Employment grew in services (+ 6.1%) and in information.', m: ['6.1% = 6.1 % up'] },
  // the size of a move after its two ends takes their order
  { in: 'Burglary fell from 412 to 380, or 8 percent.', m: ['412 = 412 ', '380 = 380 ', '8 percent = 8 % down'] },
  { in: 'Patients rose from 90 to 120 (33%).', m: ['90 = 90 ', '120 = 120 ', '33% = 33 % up'] },
  // a change's value takes its sign
  { in: 'The RPI change in March 2022 was 5.6%.', m: ['5.6% = 5.6 % up'] },
  { in: 'The change in employment was -0.4%.', m: ['-0.4% = -0.4 % down'] },
  { in: 'The change was 0.0%.', m: ['0.0% = 0 %'] },
  // "ahead by", "improved by", "an improvement of" rise; "contract by", a contraction ranging from … fall
  { in: 'Revenue was ahead by 3 per cent.', m: ['3 per cent = 3 % up'] },
  { in: 'Brands improved by 10 per cent.', m: ['10 per cent = 10 % up'] },
  { in: 'The economy is expected to contract by 7.7%.', m: ['7.7% = 7.7 % down'] },
  { in: 'This contraction ranged from 1.1% to 22.6%.', m: ['1.1% = 1.1 % down', '22.6% = 22.6 % down'] },
  { in: 'A contract of $5 million was signed.', m: ['$5 million = 5000000 美元'] },
  // a move named as the subject, its size after a linking verb; "added up to" is a total, not a rise
  { in: 'The rise in industrial production amounted to 4.1%.', m: ['4.1% = 4.1 % up'] },
  {
    in: 'The rise in manufacturing came at 3.4%, while the decline in mining was 2.0%.',
    m: ['3.4% = 3.4 % up', '2.0% = 2 % down'],
  },
  { in: 'Imports added up to 2.5 billion euro.', m: ['2.5 billion euro = 2500000000 欧元'] },
  { in: 'Arrivals advance 3.6pct in 2019.', m: ['3.6pct = 3.6 % up'] },
  // an -ly adverb or "more" between a move and its by; an adjective before the rate of a move
  { in: 'Domestic revenue grew nominally by 28.6%.', m: ['28.6% = 28.6 % up'] },
  { in: 'The economy is projected to grow slightly more by 2.9% next year.', m: ['2.9% = 2.9 % up'] },
  { in: 'The region grew at an unprecedented rate of 4.2 per cent.', m: ['4.2 per cent = 4.2 % up'] },
  { in: 'New enterprises expand 34.6 percent year on year.', m: ['34.6 percent = 34.6 % up'] },
  { in: 'The kwacha depreciated by 3 percent.', m: ['3 percent = 3 % down'] },
  // a verb, its object holding a figure, then by; "fell short of … by" falls; "growing … by" rises
  {
    in: 'Revenue was Shs 2.345 trillion, exceeding the target of Shs 2.316 trillion by Shs 28.19 billion.',
    m: [
      'Shs 2.345 trillion = 2345000000000 乌干达先令',
      'Shs 2.316 trillion = 2316000000000 乌干达先令',
      'Shs 28.19 billion = 28190000000 乌干达先令 up',
    ],
  },
  { in: 'We fell short of the target by GH¢466.61M.', m: ['GH¢466.61M = 466610000 塞地 down'] },
  { in: 'The port moved more boxes, growing cargo volumes by 20 percent.', m: ['20 percent = 20 % up'] },
  // an amount converted in brackets is the level before it; a restatement after "(or" moves as the change before it;
  // a level in brackets after "a decrease from <period>" is the basis
  {
    in: 'The budget rose 0.9 percent — to NT$1.9 trillion (US$62.7 billion).',
    m: ['0.9 percent = 0.9 % up', 'NT$1.9 trillion = 1900000000000 新台币', 'US$62.7 billion = 62700000000 美元'],
  },
  {
    in: 'Earnings recorded a decrease of 0.6 percent (or $0.9 million) over the previous month.',
    m: ['0.6 percent = 0.6 % down', '$0.9 million = 900000 美元 down'],
  },
  {
    in: 'Arrivals were 384,000, a slight decrease from October 2024 (386,939 visitors, -0.7%).',
    m: ['384,000 = 384000 ', '386,939 visitors = 386939 visitors', '-0.7% = -0.7 % down'],
  },
  // a noun modifier between a figure and a move's noun; never a verb or an auxiliary after a bracket
  { in: 'UK airports show 3% passenger growth.', m: ['3% = 3 % up'] },
  { in: 'Visitors from the UK (MOP1,234) saw year-on-year increases.', m: ['MOP1,234 = 1234 澳门元'] },
  {
    in: 'The collection (currently $18.366 billion) will fall short of the benchmark.',
    m: ['$18.366 billion = 18366000000 美元'],
  },
  { in: 'Stocks fell, with a 0.4-million-ton drop in stocks.', m: ['0.4-million-ton = 400000 ton down'] },
  // a listed clause whose verb is left out, its name a capital then lower-case words
  {
    in: 'Korea arrivals rose by 13.1 percent, Russia arrivals by 95.8 percent, and European arrivals by 1.6 percent.',
    m: ['13.1 percent = 13.1 % up', '95.8 percent = 95.8 % up', '1.6 percent = 1.6 % up'],
  },
  // a movement's value by its sign; negative growth falls; a year with a slash in a verb's object; "respectively above"
  {
    in: 'London had a movement of 10.9 per cent and the North East a movement of -1.4 per cent.',
    m: ['10.9 per cent = 10.9 % up', '-1.4 per cent = -1.4 % down'],
  },
  { in: 'Exports witnessed a negative growth of 2.95 per cent.', m: ['2.95 per cent = 2.95 % down'] },
  {
    in: 'RRA exceeded the targets for the fiscal year 2020/2021 by over Rwf 60.1 billion.',
    m: ['over Rwf 60.1 billion = 60100000000 卢旺达法郎 ~over up'],
  },
  {
    in: 'GCT and SCT were 9.35 per cent and 8 per cent respectively above the target.',
    m: ['9.35 per cent = 9.35 % up', '8 per cent = 8 % up'],
  },
  // "off" before a figure falls (a visitors' bureau's "attendance off 58.9 percent"), not "paid off"; a move noun before
  // a linking verb; an uptick
  {
    in: 'Attendance was off 58.9 percent and occupancy was off 6.9 percentage points.',
    m: ['58.9 percent = 58.9 % down', '6.9 percentage points = 6.9 百分点 down'],
  },
  { in: 'The loan was paid off 5 years early.', m: ['5 years = 5 years'] },
  { in: 'Total revenue increase was Rs 786.68 crore.', m: ['Rs 786.68 crore = 7866800000 卢比 up'] },
  {
    in: 'That number has gone up to 1,329,348, a less than 2% uptick.',
    m: ['1,329,348 = 1329348 ', 'less than 2% = 2 % ~under up'],
  },
  // a variation's direction is its sign; a change restated in money before its noun; present-tense and noun surges
  { in: 'The index registered an annual variation of 2.1% in January.', m: ['2.1% = 2.1 % up'] },
  { in: 'The monthly variation in retail sales was -0.5% after adjustment.', m: ['-0.5% = -0.5 % down'] },
  {
    in: 'This represented an 8.6 percent or $14.4 million decrease from last year.',
    m: ['8.6 percent = 8.6 % down', '$14.4 million = 14400000 美元 down'],
  },
  { in: 'Southampton saw passenger numbers surge 86.9% thanks to new routes.', m: ['86.9% = 86.9 % up'] },
  { in: 'Police warn of scams after a 30% spike in cases.', m: ['30% = 30 % up'] },
  { in: 'Exports plunge 12% in March.', m: ['12% = 12 % down'] },
  // a list led by names (places, industries) without "by" shares the move; a negative percentage alone is a fall
  {
    in: 'Arrivals from China grew by 8.1 per cent, Canada by 6.5 per cent, South Korea 6.4 per cent and United Kingdom 0.3 per cent.',
    m: ['8.1 per cent = 8.1 % up', '6.5 per cent = 6.5 % up', '6.4 per cent = 6.4 % up', '0.3 per cent = 0.3 % up'],
  },
  {
    in: 'The largest over-the-month increases were in Trade, Transportation & Utilities at 4,200, followed by Financial Activities, 1,700.',
    m: ['4,200 = 4200  up', '1,700 = 1700  up'],
  },
  { in: 'Housing, water, electricity, gas and other fuels -0.3 per cent.', m: ['-0.3 per cent = -0.3 % down'] },
  // slower and faster than, an improvement, a deterioration, strengthened and weakened, depreciations
  {
    in: 'Size grew by 6.5 percent, 0.1 percentage point slower than the year before.',
    m: ['6.5 percent = 6.5 % up', '0.1 percentage point = 0.1 百分点 down'],
  },
  { in: 'We see a 20% improvement in sales.', m: ['20% = 20 % up'] },
  { in: 'EBITDA margin further strengthened by 11 percentage points.', m: ['11 percentage points = 11 百分点 up'] },
  { in: 'The main drivers were depreciations of 0.7 percent against the dollar.', m: ['0.7 percent = 0.7 % down'] },
  // a slower pace of growth is still growth
  { in: 'The economy grew at a slower pace of 3% in 2023.', m: ['3% = 3 % up'] },
  // "there were N more", a slowdown, about before an article
  {
    in: 'There were 17 more simple assaults and 13 more aggravated assaults in 2016.',
    m: ['17 more simple assaults = 17 assaults up', '13 more aggravated assaults = 13 assaults up'],
  },
  { in: 'It represented a slowdown of 0.9 percentage points.', m: ['0.9 percentage points = 0.9 百分点 down'] },
  { in: 'The figures show about an 8% increase over 2011.', m: ['about an 8% = 8 % up ~about'] },
  { in: 'Residents raised concerns about a 5% rise in rates.', m: ['5% = 5 % up'] },
  // an amount in brackets after an amount is the earlier period's level; after a percentage, the change restated
  {
    in: 'Operating loss 27.1 million euros (-3.1 million) - Turnover 400.3 million euros (391.1 million)',
    m: [
      '27.1 million euros = 27100000 欧元',
      '-3.1 million = -3100000 ',
      '400.3 million euros = 400300000 欧元',
      '391.1 million = 391100000 ',
    ],
  },
  { in: 'Employment fell 0.3% (-20,800) in May.', m: ['0.3% = 0.3 % down', '-20,800 = -20800  down'] },
  // "N percent up on" the year before
  { in: 'International enrolments 26.8 percent up on previous year.', m: ['26.8 percent = 26.8 % up'] },
  // "at the rate of", a jump or hike of, gapped lower-case items joined by "and", a level reached in brackets
  {
    in: 'Revenue reached 3.59 billion yuan, growing at the rate of 31.5%.',
    m: ['3.59 billion yuan = 3590000000 元', '31.5% = 31.5 % up'],
  },
  { in: 'Tertiary industries saw a jump of 6.9 percent.', m: ['6.9 percent = 6.9 % up'], s: ['Tertiary industries'] },
  { in: 'Fees saw a surge of 12 percent.', m: ['12 percent = 12 % up'], s: ['Fees'] },
  {
    in: 'Food prices increased by 0.89 per cent, clothing and footwear by 0.07 per cent, and education by 0.15 per cent.',
    m: ['0.89 per cent = 0.89 % up', '0.07 per cent = 0.07 % up', '0.15 per cent = 0.15 % up'],
  },
  {
    in: 'Health rose by 2.19 percent and education by 0.96 percent.',
    m: ['2.19 percent = 2.19 % up', '0.96 percent = 0.96 % up'],
  },
  { in: 'The unemployment rate of the total population decreased to (5.6%).', m: ['5.6% = 5.6 %'] },
  {
    in: 'The results showed a decrease in the unemployment rate which reached (5.6%) compared to (6%) in the first quarter.',
    m: ['5.6% = 5.6 %', '6% = 6 %'],
  },
  { in: 'GDP growth reached 5.2% in 2024.', m: ['5.2% = 5.2 % up'] },
  // both ends of a move told with -ing (dropping from 25 in 2021 to 22 in 2022); ranking after "strongest since"
  {
    in: 'Personal injury accidents dropping from 25 in 2021 to 22 in 2022.',
    m: ['25 = 25 ', '22 = 22 '],
  },
  {
    in: 'The State Bank slashed the policy rate from 22% to 11%.',
    m: ['22% = 22 %', '11% = 11 %'],
    s: ['policy rate', 'policy rate'],
  },
  { in: 'Rents rose nationwide by an average of 10.4% in the year.', m: ['10.4% = 10.4 % up'] },
  {
    in: 'The Budget Director reported on Friday that March’s General Fund receipts grew 6.2 percent.',
    m: ['6.2 percent = 6.2 % up'],
    s: ['General Fund receipts'],
  },
  // shrink, deteriorate, eliminate; "would be decreasing by"; a drop "in" what dropped
  {
    in: "Franklin County's enrollment has shrunk by 3.5 percent.",
    m: ['3.5 percent = 3.5 % down'],
    s: ["Franklin County's enrollment"],
  },
  {
    in: 'When road conditions deteriorate by 25 percent, crashes double.',
    m: ['25 percent = 25 % down'],
  },
  {
    in: "In fact, we've eliminated over 1,000 regulations.",
    m: ['over 1,000 regulations = 1000 regulations ~over down'],
  },
  {
    in: 'The prices of petrol would be decreasing by 30c/l next month.',
    m: ['30c/l = 30 c/l down'],
    s: ['prices of petrol'],
  },
  {
    in: 'Monthly figures on Tuesday showed a drop in unemployment from 6.6% to 6.4%.',
    m: ['6.6% = 6.6 %', '6.4% = 6.4 %'],
    s: ['unemployment', 'unemployment'],
  },
  { in: 'Seasonally adjusted figures show a decline of 3,900 on the month.', m: ['3,900 = 3900  down'] },
  { in: 'The shrink ray and the eliminated team were shown.', m: [] },
  // a shortfall that improves falls; a change named as the subject of its size
  {
    in: 'The deficit is now $192 million, an improvement of $20.7 million from the first quarter.',
    m: ['$192 million = 192000000 美元', '$20.7 million = 20700000 美元 down'],
  },
  { in: 'Revenue rose, an improvement of $20.7 million.', m: ['$20.7 million = 20700000 美元 up'] },
  { in: 'The national reduction is 4.2 per cent.', m: ['4.2 per cent = 4.2 % down'] },
  { in: 'The reduction is planned for 2027.', m: [] },
  // a list of sizes after by, its verb written once
  {
    in: 'Food prices increased by 3.2%, nonfood goods - by 2.6%, paid services - by 3.1%.',
    m: ['3.2% = 3.2 % up', '2.6% = 2.6 % up', '3.1% = 3.1 % up'],
  },
  { in: 'Prices kept growing in November by 2%, in October by 3.8%.', m: ['2% = 2 % up', '3.8% = 3.8 % up'] },
  { in: 'Exports rose by 5% and imports fell by 3%.', m: ['5% = 5 % up', '3% = 3 % down'] },
  { in: 'The share held by 40% of firms was stable.', m: ['40% = 40 %'] },
  // a change verb whose "by" comes after an insertion set off by commas
  { in: 'Prices have declined marginally, on average, by 0.2% year-on-year.', m: ['0.2% = 0.2 % down'] },
  { in: 'Energy productivity also rose, by 4 per cent.', m: ['4 per cent = 4 % up'] },
  { in: 'Sales, by region, were 40% in Europe.', m: ['40% = 40 %'] },
  {
    in: 'Apartment prices dropped on average by 0.9% and 1.4%, respectively.',
    m: ['0.9% = 0.9 % down', '1.4% = 1.4 % down'],
  },
  { in: 'In 2017 the average annual decline was 1.0%.', m: ['1.0% = 1 % down'] },
  { in: 'New homes are about 18% smaller on average.', m: ['about 18% = 18 % ~about down'] },
  { in: 'Farms are 12% bigger than in 2010.', m: ['12% = 12 % up'] },
  // a later item of a list after its verb: "over" names the basis; "make up" is a share's verb, no rise
  {
    in: 'The number of accounts decreased by 0.3% and 0.2% over the previous month.',
    m: ['0.3% = 0.3 % down', '0.2% = 0.2 % down'],
  },
  { in: 'Sales were 5% and 6% over last year.', m: ['5% = 5 % up', '6% = 6 % up'] },
  {
    in: 'Refugees make up 6.4 % of the total population (476,695 as at the end of May).',
    m: ['6.4 % = 6.4 %', '476,695 = 476695 '],
  },
  { in: 'Applications dropped by a dramatic 30% in 2009.', m: ['30% = 30 % down'] },
  { in: 'The regions make up for lost time over the previous month.', m: [] },
  { in: 'Gains made up over the previous year were kept.', m: [] },
  // the figure after "compared to" or "from" is the basis, whatever "over the same period" says after it
  {
    in: 'Contributions topped UGX 786 billion, compared to UGX 643 billion over the same period last year.',
    m: ['UGX 786 billion = 786000000000 乌干达先令 ~over', 'UGX 643 billion = 643000000000 乌干达先令'],
  },
  // a gapped list of lower-case names after the verb, each with its figure; a negative growth with its sign in brackets
  {
    in: 'The output of dolomite increased by 9.70 per cent, apatite and phosphorite 8.37 per cent and zinc concentrate 0.86 per cent.',
    m: ['9.70 per cent = 9.7 % up', '8.37 per cent = 8.37 % up', '0.86 per cent = 0.86 % up'],
  },
  { in: 'Prices rose 5 per cent, the share was 40 per cent.', m: ['5 per cent = 5 % up', '40 per cent = 40 %'] },
  { in: 'It showed a negative growth of (-) 3.36 per cent year-on-year.', m: ['3.36 per cent = 3.36 % down'] },
  // a fraction of a point; the figure in brackets after a basis named with on; a fiscal year's second year
  {
    in: 'The index rose by 0.3 of a point or 0.4 per cent compared with June.',
    m: ['0.3 of a point = 0.3 points up', '0.4 per cent = 0.4 % up'],
  },
  {
    in: 'The register rose to 2,040, an increase of 3% (55) on the previous quarter (1,985).',
    m: ['2,040 = 2040 ', '3% = 3 % up', '55 = 55  up', '1,985 = 1985 '],
  },
  {
    in: 'In 2006/07, 286,033 child protection reports were received.',
    m: ['286,033 child protection reports = 286033 reports'],
  },
  // a sign says only its own figure's way in a list
  {
    in: 'Growth rates for the quarters were -2.8, 1.4 and 0.2 percent.',
    m: ['-2.8 = -2.8 % down', '1.4 = 1.4 % up', '0.2 percent = 0.2 % up'],
  },
  // warmer and cooler than a normal; a minus figure in a sentence about departures from a normal
  {
    in: "This year's summer was 1.6 degrees warmer than the average and 0.7 degrees warmer than the last ten years.",
    m: ['1.6 degrees = 1.6 degrees up', '0.7 degrees = 0.7 degrees up'],
  },
  { in: 'December was 1.2°C cooler than the long-term mean.', m: ['1.2°C = 1.2 °C down'] },
  {
    in: 'Deviations from monthly averages were over -1.5°C in the Southwest.',
    m: ['over -1.5°C = -1.5 °C ~over down'],
  },
  { in: 'Net income was -3.2 million in the quarter.', m: ['-3.2 million = -3200000 '] },
  { in: 'Deviations from the plan were discussed at length.', m: [] },
  // a change restated after "or," and a price weaker or stronger than before
  {
    in: 'Exports increased by 33.84 million kg or, 17 per cent, over the year.',
    m: ['33.84 million kg = 33840000 kg up', '17 per cent = 17 % up'],
  },
  { in: 'The 2017 average export price is 15 % weaker than last year.', m: ['15 % = 15 % down'] },
  { in: 'The currency grew stronger over the year.', m: [] },
  {
    in: 'The value of new mortgages granted increased by R2.32 billion (4.27%) quarter-on-quarter and by R43.60 billion (335.77%) year-on-year.',
    m: [
      'R2.32 billion = 2320000000 兰特 up',
      '4.27% = 4.27 % up',
      'R43.60 billion = 43600000000 兰特 up',
      '335.77% = 335.77 % up',
    ],
  },
  // a narrowing, a widening, a rebound and a revision named with the figure
  {
    in: 'Rising exports led to a £6.2 billion narrowing of the total trade deficit.',
    m: ['£6.2 billion = 6200000000 英镑 down'],
  },
  { in: 'The figures were downward revisions of £0.5 billion.', m: ['£0.5 billion = 500000000 英镑 down'] },
  { in: 'The economy recorded a 4.7 percent rebound in September.', m: ['4.7 percent = 4.7 % up'] },
  { in: 'There was a £2 billion upward revision to imports.', m: ['£2 billion = 2000000000 英镑 up'] },
  { in: 'The narrowing of the deficit continued.', m: [] },
  // a ranked move as the clause's subject, its holder, and the list after it (a semicolon list of names and figures)
  {
    in: 'The largest over-the-month increase was Government at 7,700, followed by Other Services, 5,000; Education & Health Services, 2,000.',
    m: ['7,700 = 7700  up', '5,000 = 5000  up', '2,000 = 2000  up'],
    s: ['Government', 'Other Services', 'Education & Health Services'],
  },
  {
    in: 'Hispanic or Latino graduate students showed the largest increase from 2014 to 2015 at 7.6%.',
    m: ['7.6% = 7.6 % up'],
  },
  // a growth of, higher than after a bracketed rate, better or worse than an estimate, over the latest projection
  { in: 'This represents a growth of 419,900 (0.7%) in the year.', m: ['419,900 = 419900  up', '0.7% = 0.7 % up'] },
  {
    in: 'Payrolls are 10,600 (0.6%) positions higher than a year ago.',
    m: ['10,600 = 10600 positions up', '0.6% = 0.6 % up'],
  },
  {
    in: 'Receipts were $85.5 million, or 15.7%, better than the estimate.',
    m: ['$85.5 million = 85500000 美元 up', '15.7% = 15.7 % up'],
  },
  { in: 'Receipts were $5 million worse than the estimate.', m: ['$5 million = 5000000 美元 down'] },
  { in: 'Collections were $120 million over the latest projection.', m: ['$120 million = 120000000 美元 up'] },
  // a share of a move is a level
  {
    in: 'There were 254,400 more births than deaths (61% of the increase).',
    m: ['254,400 more births = 254400 births up', '61% = 61 %'],
  },
  { in: 'Revenue was better than expected in the month.', m: [] },
  { in: 'The largest increase was in the number of applications.', m: [] },
  { in: 'Sales were better than the estimate for most of the year.', m: [] },
  { in: "Washington's population grew by an estimated 120,000 last year.", m: ['120,000 = 120000  up'] },
  // "up X to Y" ends at a level unless the second end carries the percentage both ends share
  {
    in: 'Arrivals from Australia were up 19,900 to 133,300.',
    m: ['19,900 = 19900  up', '133,300 = 133300 '],
  },
  { in: 'Prices were up 3 to 5 percent.', m: ['3 = 3 % up', '5 percent = 5 % up'] },
  // a variance against the budget, and a difference from another total by "by"
  {
    in: 'Fund expenditures were under-budget by $1.7 million (38%) because of delays.',
    m: ['$1.7 million = 1700000 美元 down', '38% = 38 % down'],
  },
  { in: 'Total expenses exceed total revenues by $7,131,689.', m: ['$7,131,689 = 7131689 美元 up'] },
  {
    in: 'Revenues were less than expenditures in the General Fund by $5,898,615.',
    m: ['$5,898,615 = 5898615 美元 down'],
  },
  { in: 'The fund closed the year with less than $5 million.', m: ['less than $5 million = 5000000 美元 ~under'] },
  // moves named before "at", an appositive superlative move, an expansion after the figure, a growth in the plural
  {
    in: 'Exports and imports both recorded year-on-year decreases, at 7.4% and 12.3% respectively.',
    m: ['7.4% = 7.4 % down', '12.3% = 12.3 % down'],
  },
  {
    in: 'The data showed that the largest decrease in violent crime, 1.4 percent, was reported in cities.',
    m: ['1.4 percent = 1.4 % down'],
  },
  { in: 'Household spending recorded a 2.0 percent expansion in the quarter.', m: ['2.0 percent = 2 % up'] },
  {
    in: 'Services and Industry registered positive growths of 1.3 percent and 1.1 percent, respectively.',
    m: ['1.3 percent = 1.3 % up', '1.1 percent = 1.1 % up'],
  },
  {
    in: 'Profit for the year had firmed 10.8percent to R2 billion.',
    m: ['10.8percent = 10.8 % up', 'R2 billion = 2000000000 兰特'],
  },
  // a level rate named nearest before the figure keeps it a level, whatever "pace" or "increase" stands earlier
  {
    in: 'Despite the increase in arrests following a section 1 PACE stop and search, the arrest rate fell from 16% to 13% compared with the previous year.',
    m: ['16% = 16 %', '13% = 13 %'],
  },
  {
    in: 'Despite the increase in arrests following a stop and search, the arrest rate was 13% last year.',
    m: ['13% = 13 %'],
  },
  { in: 'The increase in sales was 4.1% in May.', m: ['4.1% = 4.1 % up'] },
  { in: 'The largest increase, at the start of the year, was welcome.', m: [] },
  { in: 'Spending was under budget for the year.', m: [] },
  // a move restated in another unit after a dash or "or", and a further move coordinated by "and by a further"
  {
    in: 'The survey shows employment was up by 1.1 per cent – 24,000 people – in the December quarter.',
    m: ['1.1 per cent = 1.1 % up', '24,000 people = 24000 people up'],
  },
  {
    in: 'Manufacturing jobs are up 6 per cent in the last year or 14,300 people.',
    m: ['6 per cent = 6 % up', '14,300 people = 14300 people up'],
  },
  {
    in: 'Debt is revised up by $204 million in 2024-25 and by a further $329 million over the three years.',
    m: ['$204 million = 204000000 美元 up', '$329 million = 329000000 美元 up'],
  },
  { in: 'Jobs grew by 2 or 3 percent.', m: ['2 = 2  up', '3 percent = 3 % up'] },
  { in: 'Employment was up – again – in the quarter.', m: [] },
  { in: 'Revisions were made again and by a further review.', m: [] },
  // growth at a rate, with words between the verb and "at"
  { in: 'The economy is projected to grow this year at 5 percent.', m: ['5 percent = 5 % up'] },
  { in: 'Exports expanded in 2022 at 3.1 percent.', m: ['3.1 percent = 3.1 % up'] },
  { in: 'The programme expanded in 2022 at a slower pace.', m: [] },
  // the points a part contributes to a whole's growth are a move up; a share it contributes is not
  {
    in: 'Manufacturing contributed 0.97 percentage point to the 2.3 percent growth.',
    m: ['0.97 percentage point = 0.97 百分点 up', '2.3 percent = 2.3 % up'],
  },
  { in: 'Exports contributed 2.1 percent of the total.', m: ['2.1 percent = 2.1 %'] },
  // the points a part takes off a whole's growth, and a bracketed contribution with its sign
  {
    in: 'New private capital formation detracted 0.6 percentage points and net exports detracted 0.2 percentage points from growth.',
    m: ['0.6 percentage points = 0.6 百分点 down', '0.2 percentage points = 0.2 百分点 down'],
  },
  {
    in: 'Rail journeys decreased by 1.8% (contributing -1.1 percentage points), while road journeys rose.',
    m: ['1.8% = 1.8 % down', '-1.1 percentage points = -1.1 百分点 down'],
  },
  { in: 'Net exports detracted from growth in the quarter.', m: [] },
  // growth of a figure, whatever grew
  { in: 'Population growth of 58,000 in 2006 was the peak.', m: ['58,000 = 58000  up'] },
  { in: 'The growth of the economy was strong.', m: [] },
  // an upsurge of a figure is a move up
  { in: 'Receipts rose on account of an upsurge of 35.0% in same-day visitors.', m: ['35.0% = 35 % up'] },
  { in: 'An upsurge in demand was reported.', m: [] },
  // a compound annual growth rate (CAGR) is a growth rate: up, of what grew at it
  {
    in: 'Real consumption of finished steel has grown at a CAGR of 7.2% during the last five years.',
    m: ['7.2% = 7.2 % up'],
  },
  { in: 'The CAGR method is described in the annex.', m: [] },
  // a list of sizes after "by" opened by a colon or a spaced dash after the word of the move; curly quotes keep the
  // commas English
  {
    in: 'This price surge is due to the increasing prices seen in the eight groups, namely: “Recreation and Culture” by 11.2%, “Education” by 7.1%, and “Communication” by 0.2%.',
    m: ['11.2% = 11.2 % up', '7.1% = 7.1 % up', '0.2% = 0.2 % up'],
  },
  { in: 'The bulletin covers eight groups, namely: “Recreation and Culture” and “Education”.', m: [] },
  {
    in: 'The fall can be attributed to significant drops in robberies — by 64 per cent to just 67 cases; burglary — by 35.9 per cent.',
    m: ['64 per cent = 64 % down', '67 cases = 67 cases', '35.9 per cent = 35.9 % down'],
  },
  // a move named as "a monthly increase amounting to", a slowdown in growth, rocketed, slashed, blown out
  {
    in: 'Vehicles registered were 9,419, with a monthly increase amounting to 14.0%.',
    m: ['9,419 = 9419', '14.0% = 14 % up'],
  },
  {
    in: 'This translates in a slowdown in growth of 2.4 percentage points compared to 2022.',
    m: ['2.4 percentage points = 2.4 百分点 down'],
  },
  { in: 'Serious drug offences rocketed by 67.6 per cent.', m: ['67.6 per cent = 67.6 % up'] },
  { in: 'The government has slashed $3.7 billion from foreign aid.', m: ['$3.7 billion = 3700000000 美元 down'] },
  { in: 'Spending on the programme has blown out by $1.75 billion.', m: ['$1.75 billion = 1750000000 美元 up'] },
  { in: 'The fuse had blown out by the time crews came.', m: [] },
  // a move's size, then "up at" or "higher at" the level reached
  {
    in: 'Container throughput was 2% up at 63 million tonnes.',
    m: ['2% = 2 % up', '63 million tonnes = 63000000 tonnes'],
  },
  {
    in: 'Aircraft movements were 5.4% higher at 32,590 landings.',
    m: ['5.4% = 5.4 % up', '32,590 landings = 32590 landings'],
  },
  // a gapped clause after the level reached; an object with a possessive year before "by"
  {
    in: 'Outgoing trade rose by 1% to 155 million tonnes and incoming trade by 8% to 66 million tonnes.',
    m: ['1% = 1 % up', '155 million tonnes = 155000000 tonnes', '8% = 8 % up', '66 million tonnes = 66000000 tonnes'],
  },
  { in: '2008’s sales surpassed 2007’s figures by 10.7%.', m: ['10.7% = 10.7 % up'] },
  // a percentage "more than" a level: the level is the basis, neither approximate nor moved
  {
    in: 'This is 15.56% more than 61.30 MT achieved in the same period last year.',
    m: ['15.56% = 15.56 % up', '61.30 MT = 61.3 MT'],
  },
  // a participle's clause after a comma is no comparative's noun phrase
  {
    in: 'The liabilities increased significantly during the year, resulting in a loss of $6.8 billion being reported.',
    m: ['$6.8 billion = 6800000000 美元'],
  },
  // a bracketed contribution with "each"
  {
    in: 'The main contributors were the finance and construction industries (each contributing 0.6 of a percentage point).',
    m: ['0.6 of a percentage point = 0.6 百分点 up'],
  },
  // the first end of a range whose second end departs from a basis moves with it
  {
    in: 'Annual temperatures were above average (0.51°C to 1.20°C above the annual average).',
    m: ['0.51°C = 0.51 °C up', '1.20°C = 1.2 °C up'],
  },
  { in: 'The ages ranged from 15 to 24 years and above.', m: ['15 = 15 years', '24 years and above = 24 years ~over'] },
  // a change named as a clause's subject, its size after "will be" or "is made up of"
  { in: 'The resulting overall tax rate increase for 2019 will be 2.96%.', m: ['2.96% = 2.96 % up'] },
  { in: 'The increase is made up of 1.15 per cent for operating costs.', m: ['1.15 per cent = 1.15 % up'] },
  { in: 'The tax rate for 2019 will be 2.96%.', m: ['2.96% = 2.96 %'] },
  // a share of a whole in brackets restates a level; it moves nothing
  {
    in: 'The number fell from 256,794 (37 per cent of pupils) in 2007 to 109,692 (16 per cent of pupils) in 2019.',
    m: ['256,794 = 256794 ', '37 per cent = 37 %', '109,692 = 109692 ', '16 per cent = 16 %'],
  },
  { in: 'Employment rose by 236,000 (0.2%) in May.', m: ['236,000 = 236000  up', '0.2% = 0.2 % up'] },
  {
    in: 'Lower assumed productivity growth (+0.10 percent of taxable payroll) mattered.',
    m: ['+0.10 percent = 0.1 % up'],
  },
  // a verb followed by its preposition is no comparative heading an "of" phrase: the rate after it is a level
  {
    in: 'COVID-19 positivity in hospital settings decreased with a weekly mean positivity rate of 2.5%, compared to 2.9% in the previous week.',
    m: ['2.5% = 2.5 %', '2.9% = 2.9 %'],
  },
  { in: 'Spending decreased by 2.5% in May.', m: ['2.5% = 2.5 % down'] },
  // the size written before the move's word: the figure in brackets after the basis is the basis's level
  {
    in: 'Performance was 92.1 per cent, around six percentage points higher than the equivalent period last year (86.4 per cent).',
    m: ['92.1 per cent = 92.1 %', '86.4 per cent = 86.4 %'],
  },
  {
    in: 'Performance was higher than the equivalent period last year (up 6.4 per cent).',
    m: ['6.4 per cent = 6.4 % up'],
  },
  {
    in: 'NHS Lothian saw performance improve by nearly 11 percentage points.',
    m: ['nearly 11 percentage points = 11 百分点 ~about up'],
  },
  // the percentage set against a move's size reads past the level the move reached (not a share of a whole)
  {
    in: 'Remittance inflows increased 8.6 percent to Rs 642.14 billion in the review period compared to 1.5 percent in the same period of the previous year.',
    m: ['8.6 percent = 8.6 % up', 'Rs 642.14 billion = 642140000000 卢比', '1.5 percent = 1.5 % up'],
    s: ['Remittance inflows', 'Remittance inflows', 'Remittance inflows'],
  },
  { in: 'Prices rose 2% to $5 compared with 40% of households.', m: ['2% = 2 % up', '$5 = 5 美元', '40% = 40 %'] },
  // a contraction in what moved, of its sizes: down; the places named after what moved are no part of it
  {
    in: 'There was a contraction in the arrivals from the United Kingdom and the Caribbean of 3.1 per cent and 2.4 per cent respectively.',
    m: ['3.1 per cent = 3.1 % down', '2.4 per cent = 2.4 % down'],
    s: ['arrivals', 'arrivals'],
  },
  {
    in: 'There was an increase in the number of new houses of 23.7%.',
    m: ['23.7% = 23.7 % up'],
    s: ['number of new houses'],
  },
  // fewer written with the figure says its own way, whatever word of the clause came before
  {
    in: 'There were 27,000 more employed persons and 15,000 fewer unemployed persons than a year earlier.',
    m: ['27,000 more employed persons = 27000 persons up', '15,000 fewer unemployed persons = 15000 persons down'],
  },
  // plus as a word opening a bracket: a move up (not a sum)
  {
    in: 'Hotels in Vienna did best (plus 5.4 per cent).',
    m: ['5.4 per cent = 5.4 % up'],
  },
  { in: 'The total is 5 plus 3 apples.', m: ['3 apples = 3 apples'] },
  // a percentage in brackets after a move set against estimates restates that move
  {
    in: 'Personal income taxes were $193.4 million above estimates (9.3 percent).',
    m: ['$193.4 million = 193400000 美元 up', '9.3 percent = 9.3 % up'],
    s: ['Personal income taxes', 'Personal income taxes'],
  },
  { in: 'Estimates (9.3 percent) were revised.', m: ['9.3 percent = 9.3 %'] },
  // a move named as the clause's subject, with its modifier and its start, then "is" and its size
  {
    in: 'The cumulative fall since June 2014 is 4.6 percent.',
    m: ['4.6 percent = 4.6 % down'],
  },
  { in: 'The cumulative total since June 2014 is 4.6 percent.', m: ['4.6 percent = 4.6 %'] },
  // a move's size restated after "that's", set off by a comma, after "is equivalent to", or opening a bulleted list
  {
    in: 'Long waits have decreased by 40% – that’s 2,800 patients – compared to last year.',
    m: ['40% = 40 % down', '2,800 patients = 2800 patients down'],
  },
  {
    in: 'We have already reduced our budget by 20%, that’s £9million!',
    m: ['20% = 20 % down', '£9million = 9000000 英镑 down'],
  },
  { in: 'The increase is equivalent to £1.48 per week.', m: ['£1.48 = 1.48 英镑 up'] },
  { in: 'The proposed precept increase, of £13, for a Band D property.', m: ['£13 = 13 英镑 up'] },
  {
    in: 'This means an average weekly increase of: • £0.35 for a terraced property • £0.53 for an apartment',
    m: ['£0.35 = 0.35 英镑 up', '£0.53 = 0.53 英镑 up'],
  },
  { in: 'The Council agreed an increase in the district rate for 2024/25 of 5.44%.', m: ['5.44% = 5.44 % up'] },
  { in: 'This is an increase on last year of £12 million.', m: ['£12 million = 12000000 英镑 up'] },
  { in: 'The target of a reduction in burglary offences by 13% was not achieved.', m: ['13% = 13 % down'] },
  // must not match: a share "taken up", a plain figure after "that's", bullets of levels, the ends of a move in brackets
  { in: 'Housing is the biggest spend, taking up 32 percent of the budget.', m: ['32 percent = 32 %'] },
  { in: 'It costs £4 a month, that’s only 14p per day.', m: ['£4 = 4 英镑', '14p = 14 p'] },
  {
    in: 'The rates are: • £0.35 for a terraced property • £0.53 for an apartment',
    m: ['£0.35 = 0.35 英镑', '£0.53 = 0.53 英镑'],
  },
  {
    in: 'Crime had increased by 6.7% (3935 offences to 4199).',
    m: ['6.7% = 6.7 % up', '3935 offences = 3935 offences', '4199 = 4199 offences'],
  },
  // bullet lines under a lead naming a move take it; under a plain lead they stay levels
  {
    in: 'This means an average weekly increase of:\n• £0.35 for a terraced property\n• £0.53 for an apartment',
    m: ['£0.35 = 0.35 英镑 up', '£0.53 = 0.53 英镑 up'],
  },
  {
    in: 'The rates are:\n• £0.35 for a terraced property\n• £0.53 for an apartment',
    m: ['£0.35 = 0.35 英镑', '£0.53 = 0.53 英镑'],
  },
  // must not match: the words of this stop's change rules with no figure
  { in: 'The proposed precept increase, of course, was agreed.', m: [] },
  { in: 'The increase is equivalent to a small rise in bills.', m: [] },
  { in: 'Long waits have decreased – that is welcome news.', m: [] },
  // a verb, a phrase of place or measure, then by
  { in: 'Sales rose in the northern region by 3%.', m: ['3% = 3 % up'] },
  { in: 'Imports fell across all major categories by 2.5%.', m: ['2.5% = 2.5 % down'] },
  { in: 'The ringgit appreciated against the pound sterling by 1.7%.', m: ['1.7% = 1.7 % up'] },
  // must not match: the by of a participle
  { in: 'Output rose in areas served by 3 providers.', m: ['3 providers = 3 providers'] },
  // an infographic's move named on the label line under its figure
  { in: '866%\n\nincrease on total hampers delivered last year', m: ['866% = 866 % up'] },
  // a record topped by a margin; the second end of a range after the first end's label in brackets
  { in: 'This tops Monday’s record by 403 MW.', m: ['403 MW = 403 MW up'] },
  {
    in: 'Prices saw an increase between $65 per MWh (SA) and $87 per MWh (NSW).',
    m: ['$65 per MWh = 65 美元/MWh up', '$87 per MWh = 87 美元/MWh up'],
  },
  // must not match: the noun tops, a label in brackets with no range
  { in: 'The tops of the towers were repainted.', m: [] },
  { in: 'Prices (SA) and demand (NSW) were steady.', m: [] },
  // an amount of moves is a move; a share of one is a level
  { in: 'Stocks fell after 112.6 mb of increases in the previous two months.', m: ['112.6 mb = 112.6 mb up'] },
  { in: 'The city saw $5 million of cuts.', m: ['$5 million = 5000000 美元 down'] },
  { in: 'Births made up 61% of the increase.', m: ['61% = 61 %'] },
  { in: 'Cuts and increases of that kind are rare.', m: [] },
  // a verb and its possessed object before the figure, a basis after it: the verb's move
  { in: 'The firm cut its workforce 5% on last year.', m: ['5% = 5 % down'] },
  { in: 'Growers increased their production 10% from 2023.', m: ['10% = 10 % up'] },
  // must not match a move: no basis after the figure
  { in: 'They increased their share 40% of the time.', m: ['40% = 40 %'] },
  // a move ranked in a place, then its size after "by"
  { in: 'Prices fell the most in the Midwest by 2 percent.', m: ['2 percent = 2 % down'] },
  // a range written with the non-breaking hyphen of web pages
  {
    in: 'Canada committed to reduce its emissions by 40‑45 percent below 2005 levels.',
    m: ['40 = 40 % down', '45 percent = 45 % down'],
  },
  // labelled percentages under a lead whose verb names the move; must not match a move: a lead that names none
  {
    in: 'Concentrations of harmful air pollutants decreased considerably between 1990 and 2020:\nCarbon Monoxide (CO) 8-Hour, 73%\n\nOzone (O3) 8-Hour, 25%',
    m: ['73% = 73 % down', '25% = 25 % down'],
  },
  { in: 'Shares of electricity generation in 2020:\nCoal, 30%\nGas, 25%', m: ['30% = 30 %', '25% = 25 %'] },
  // a comparative with no size before "at" gives the level (an inflation rate's own sign then); must not match a move
  {
    in: 'The forecast for core inflation is lower at 4.2% in 2019.',
    m: ['4.2% = 4.2 % up'],
  },
  { in: 'Unemployment is lower at 5.1%.', m: ['5.1% = 5.1 %'] },
  // a bracket right after the move's word restates its size in another unit
  {
    in: 'There were 4,894 homes completed; a 13% increase (551 homes) on the same quarter in 2017.',
    m: ['4,894 homes = 4894 homes', '13% = 13 % up', '551 homes = 551 homes up'],
  },
  // the second of two pairs of a move and its level moves as the first; must not match a move: a pair of levels
  {
    in: 'Rates and insurance also increased, up 5.3 percent to $61.20, and 5.7 percent to $39.70 respectively.',
    m: ['5.3 percent = 5.3 % up', '$61.20 = 61.2 美元', '5.7 percent = 5.7 % up', '$39.70 = 39.7 美元'],
  },
  {
    in: 'Rates stood at 5.3 percent in May, and 5.7 percent in June.',
    m: ['5.3 percent = 5.3 %', '5.7 percent = 5.7 %'],
  },
  // revenue collected under or over its estimate by an amount; must not match a move: collected with no variance
  { in: 'The general fund was under collected by $10.7 million.', m: ['$10.7 million = 10700000 美元 down'] },
  { in: 'Four other funds were over collected by $5.3 million.', m: ['$5.3 million = 5300000 美元 up'] },
  { in: 'The state collected $5.3 million in fees.', m: ['$5.3 million = 5300000 美元'] },
  // a move per month restated in brackets, with the basis it is counted from, moves the same way
  {
    in: 'The average utility rate rose $12.30 per month (8.5 per cent from the prior year).',
    m: ['$12.30 = 12.3 美元 up', '8.5 per cent = 8.5 % up'],
  },
  // must not match: a level in brackets after a monthly amount that did not move
  {
    in: 'The average bill is $156.54 per month (about 4 per cent of income).',
    m: ['$156.54 = 156.54 美元', 'about 4 per cent = 4 % ~about'],
  },
  // a whole position better, worse or smaller over a span or in a round than projected, moves that way
  {
    in: 'The budget position is $27.1 billion better over the four years to 2027-28, compared to what was projected.',
    m: ['$27.1 billion = 27100000000 美元 up'],
  },
  {
    in: 'By comparison, the budget position was $140 billion worse in the first six years of the former Government.',
    m: ['$140 billion = 140000000000 美元 down'],
  },
  {
    in: 'The deficit for this year is now $1.3 billion smaller in this budget update.',
    m: ['$1.3 billion = 1300000000 美元 down'],
  },
  // must not match a move: a size word that names the thing, not a comparison
  { in: 'The grant of $5 million is better spent on roads.', m: ['$5 million = 5000000 美元'] },
  { in: 'A $2 million smaller grant in the budget was made.', m: ['$2 million = 2000000 美元'] },
  // a comparative of an inflation or growth rate compares the rate; the rate itself is a rise
  {
    in: 'Food recorded a lower inflation rate of 7.1 percent, from 8.9 percent in the previous month.',
    m: ['7.1 percent = 7.1 % up', '8.9 percent = 8.9 % up'],
  },
  { in: 'GDP posted a slower growth rate of 4.1 percent.', m: ['4.1 percent = 4.1 % up'] },
  // must not match a rise: a comparative of inflation with no figure after it
  { in: 'Food recorded a lower inflation rate than fuel.', m: [] },
  // the size of a difference after "or by", in the direction of the comparative before it
  {
    in: 'This was lower than the 2023 level of 32,854.92 tonnes, or by 12.7 percent.',
    m: ['32,854.92 tonnes = 32854.92 tonnes', '12.7 percent = 12.7 % down'],
  },
  { in: 'Output was higher than in 2022, or by 5 percent.', m: ['5 percent = 5 % up'] },
  // must not match a move: "or by" with no comparative before it
  { in: 'Payment is made in cash, or by 30 percent of the invoice.', m: ['30 percent = 30 %'] },
  // increment and decrement are moves
  {
    in: 'Irrigated output posted a 17.2 percent decrement from the year-ago level.',
    m: ['17.2 percent = 17.2 % down'],
  },
  { in: 'Wages saw a 3 percent increment over last year.', m: ['3 percent = 3 % up'] },
  // moves in the plural noted for their items
  {
    in: 'By breakdown, yield improvements were noted for irrigated at 10.7 percent.',
    m: ['10.7 percent = 10.7 % up'],
  },
  // must not match a move: figures noted for items with no move named
  { in: 'By breakdown, yields were noted for irrigated at 10.7 percent.', m: ['10.7 percent = 10.7 %'] },
  // must not match: comparatives with no figure
  { in: 'The budget position is better over the forward estimates than it was.', m: [] },
  { in: 'Sales were smaller in the north than in the south.', m: [] },
  { in: 'Food recorded a lower inflation rate than in the previous month.', m: [] },
  // a second clause's own move from one level to another is no comparison with the figure before
  {
    in: 'Revenue rose 40% and spending decreased from 64% to 39.4%.',
    m: ['40% = 40 % up', '64% = 64 %', '39.4% = 39.4 %'],
  },
  // must still match: a figure set against the move before it
  { in: 'GDP grew by 1.9%, up from 1.5%.', m: ['1.9% = 1.9 % up', '1.5% = 1.5 % up'] },
  { in: 'Spending decreased from a high level.', m: [] },
  // a bracketed rate after its subject, the move said after the bracket
  { in: 'Secondary Sector (8.4%) has witnessed a significant growth in Q1.', m: ['8.4% = 8.4 % up'] },
  { in: 'Mining (2.1%) has recorded a decline.', m: ['2.1% = 2.1 % down'] },
  // must not match a move: a share in brackets before a verb of having
  { in: 'Mining (2.1%) has a small share.', m: ['2.1% = 2.1 %'] },
  { in: 'Mining has recorded a decline.', m: [] },
];
