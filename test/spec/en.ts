// Spec table, English (UK and US government releases).
import type { SpecCase } from './types';

export const EN: SpecCase[] = [
  // exceeding a figure passes it (over, the verb outside the span); near is about
  { in: 'Cumulative deficits exceeding $225 billion were recorded.', m: ['$225 billion = 225000000000 美元 ~over'] },
  { in: 'We raised near $1 million.', m: ['near $1 million = 1000000 美元 ~about'] },
  // European abbreviations of scale words; an en dash glued to a figure after a space or bracket is a minus, not in a range
  {
    in: 'Exports were EUR 12.0 bln and output 3.5 mln tonnes.',
    m: ['EUR 12.0 bln = 12000000000 欧元', '3.5 mln tonnes = 3500000 tonnes'],
  },
  { in: 'Output fell (–0.4%) in May.', m: ['–0.4% = -0.4 % down'] },
  { in: 'Prices rose 2–3% in May.', m: ['2 = 2 % up', '3% = 3 % up'] },
  // A whole number of billions, then the millions' part (translated releases); not a smaller scale before a larger.
  { in: 'Exports were 13 billion 942 million dollars.', m: ['13 billion 942 million dollars = 13942000000 dollars'] },
  { in: 'It cost 5 million 3 billion.', m: ['5 million = 5000000', '3 billion = 3000000000'] },
  // A rate on a stated base has an empty unit; the base itself is no metric.
  {
    in: 'There were 11.1 million hospitalisations (401 per 1,000 population).',
    m: ['11.1 million hospitalisations = 11100000 hospitalisations', '401 = 401'],
  },
  { in: 'The infant mortality rate was 45.8 for every 1,000 live births.', m: ['45.8 = 45.8'] },
  { in: 'One in 5 per year.', m: [] },
  { in: 'The Consumer Prices Index grew by 1.9% in the year to June 2014.', m: ['1.9% = 1.9 % up'], claim: true },
  { in: 'The unemployment rate was 3.5 percent.', m: ['3.5 percent = 3.5 %'], claim: true },
  { in: 'Outlays were $6.1 trillion in FY 2023.', m: ['$6.1 trillion = 6100000000000 美元'], claim: true },
  { in: 'The deficit was $1.7 trillion.', m: ['$1.7 trillion = 1700000000000 美元'] },
  { in: 'Receipts totalled $4.4 trillion.', m: ['$4.4 trillion = 4400000000000 美元'] },
  { in: 'Spending on defence rose by £3.5bn.', m: ['£3.5bn = 3500000000 英镑 up'] },
  // b after a currency figure is billion; a decimal comma (South African English) before one or two digits; a figure
  // grouped with spaces before a comma. Not a year before a comma, not months listed in Chinese.
  { in: 'Foreign reserves were $1.9b in May.', m: ['$1.9b = 1900000000 美元'] },
  {
    in: 'The population was approximately 60,5 million people.',
    m: ['approximately 60,5 million people = 60500000 people ~about'],
  },
  { in: 'In 2021, 23,3% of households lived in Gauteng.', m: ['23,3% = 23.3 %'] },
  { in: 'The number of cases increased to 1 804, an increase over 2013.', m: ['1 804 = 1804 '] },
  { in: 'In 2019,5 people died.', m: ['5 people = 5 people'] },
  { in: 'Nonfarm payrolls rose by 236,000 in February.', m: ['236,000 = 236000  up'], claim: true },
  { in: 'Employment fell by 39,000 over the quarter.', m: ['39,000 = 39000  down'] },
  {
    in: 'The county served nearly 1.6 million residents.',
    m: ['nearly 1.6 million residents = 1600000 residents ~about'],
  },
  { in: 'About 25,000 young people took part.', m: ['About 25,000 young people = 25000 people ~about'] },
  { in: 'More than 100 officers were deployed.', m: ['More than 100 officers = 100 officers ~over'] },
  { in: 'Crime fell by 14% compared with the previous year.', m: ['14% = 14 % down'], claim: true },
  { in: 'The rate was 0.4 percentage points higher than a year ago.', m: ['0.4 percentage points = 0.4 百分点 up'] },
  { in: 'Prices rose by 0.2% between May and June 2014.', m: ['0.2% = 0.2 % up'] },
  { in: 'Average fares increased by 12.3% on European routes.', m: ['12.3% = 12.3 % up'] },
  { in: 'The survey estimated 7.3 million incidents of crime.', m: ['7.3 million incidents = 7300000 incidents'] },
  {
    in: 'There were around 950,000 incidents of vandalism.',
    m: ['around 950,000 incidents = 950000 incidents ~about'],
  },
  { in: 'Police recorded 3.7 million offences.', m: ['3.7 million offences = 3700000 offences'] },
  { in: 'The CSEW showed an 8% decrease in burglary.', m: ['8% = 8 % down'] },
  { in: 'Receipts were $237 billion less than projected.', m: ['$237 billion = 237000000000 美元 down'] },
  { in: 'The figure is 62% lower than its peak in 1995.', m: ['62% = 62 % down'] },
  // An inflation rate is the size of the year's price change (GUIDE: the number is the size of a change).
  { in: 'Inflation edged up to 2.1% in March.', m: ['2.1% = 2.1 % up'] },
  { in: 'The deficit narrowed by $16 million.', m: ['$16 million = 16000000 美元 down'] },
  // A hard wrap between a figure and its scale word, the next line indented (text of a PDF or a wrapped list item).
  { in: 'The company will receive $1.5\n    billion in tax credits.', m: ['$1.5\n    billion = 1500000000 美元'] },
  { in: 'Grants of $16\r\nmillion were paid.', m: ['$16\r\nmillion = 16000000 美元'] },
  { in: 'Grants of $2.5  billion were paid.', m: ['$2.5  billion = 2500000000 美元'] },
  { in: 'Unemployment fell back to 5.8 percent.', m: ['5.8 percent = 5.8 %'] },
  // A signed figure is the size of a change (the 08–10 convention).
  { in: 'Net migration was +504,000 in the year.', m: ['+504,000 = 504000  up'] },
  {
    in: 'The workforce grew from +504,000 to +472,000.',
    m: ['+504,000 = 504000  up', '+472,000 = 472000  up'],
  },
  { in: 'Sales fell 3.2% on the year.', m: ['3.2% = 3.2 % down'] },
  { in: 'Wages rose 4.5% year-on-year.', m: ['4.5% = 4.5 % up'] },
  { in: 'Revenue reached £45m in 2013.', m: ['£45m = 45000000 英镑'] },
  { in: 'The programme cost $3.5 billion.', m: ['$3.5 billion = 3500000000 美元'] },
  { in: 'Some 40 agencies took part.', m: ['Some 40 agencies = 40 agencies ~about'] },
  { in: 'Fewer than 200 cases were reported.', m: ['Fewer than 200 cases = 200 cases ~under'] },
  { in: 'Up to 30 staff were hired.', m: ['Up to 30 staff = 30 staff ~under'] },
  { in: 'Interest costs were 2.4 percent of GDP.', m: ['2.4 percent = 2.4 %'] },
  // Spelled-out English numbers are not metrics (GUIDE: digits or Chinese numerals); the sentence stays a claim.
  { in: 'Two thirds of households saw a rise.', m: [], claim: true },
  { in: 'The number of arrests decreased from 41 to 29.', m: ['41 = 41 ', '29 = 29 '] },
  { in: 'The index stood at 127.3 in June.', m: ['127.3 = 127.3 '] },
  { in: 'Prices of clothing rose by 2.6 per cent.', m: ['2.6 per cent = 2.6 % up'] },
  {
    in: 'Output rose by 0.8 per cent per year.',
    m: ['0.8 per cent = 0.8 % up'],
  },
  // not metrics
  { in: 'Figure A shows the CPI 12-month inflation rate.', m: [] },
  { in: 'The last 10 years saw a steady fall.', m: [] },
  { in: 'One way to understand a price index is to think of a basket.', m: [] },
  { in: 'The two indices differ in their formulae.', m: [] },
  { in: 'The next release is on 19 August 2014.', m: [] },
  { in: 'In 2012, the ONS published new guidance.', m: [] },
  { in: 'See Table 3 in the reference tables.', m: [] },
  { in: 'The Act 2007 sets out the code.', m: [] },
  { in: 'Call 555-0134 for details.', m: [] },
  { in: 'The top 10 agencies reported.', m: [] },
  { in: 'Rates per 1,000 residents are shown.', m: [] },
  { in: 'The COVID-19 pandemic hit hard.', m: [] },
  { in: 'The G20 met in London.', m: [] },
  { in: 'This is the 3rd edition of the bulletin.', m: [] },
  { in: 'Section 2 explains the method.', m: [] },
  { in: 'P.L. 117-169 was signed into law.', m: [] },
  { in: 'Both series continued to show a downward trend.', m: [] },
  { in: 'These three measures are published monthly.', m: [] },
  { in: 'The FY 2024 Budget was released in March.', m: [] },
  { in: 'The 2024 Mid-Session Review updated the estimates.', m: [] },
  { in: 'A 10-year plan was announced.', m: [] },
  { in: 'Over the past 12 months the trend was flat.', m: [] },
  { in: 'Since January 2006 the rate has varied.', m: [] },
  { in: 'In the year ending March 2014, crime fell.', m: [] },
  {
    in: 'The ratio was 5:1 in the sample.',
    m: ['5 = 5 ', '1 = 1 '],
    gap: 'ratio terms are metrics with an empty unit',
  },
  // claims and not
  { in: 'The deficit will fall to $1.5 trillion by 2030.', m: ['$1.5 trillion = 1500000000000 美元'], claim: false },
  {
    in: 'The Administration aims to cut the deficit by $3 trillion.',
    m: ['$3 trillion = 3000000000000 美元 down'],
    claim: false,
  },
  { in: 'Inflation is expected to rise to 3.0%.', m: ['3.0% = 3 % up'], claim: false },
  { in: 'We plan to hire 50 officers.', m: ['50 officers = 50 officers'], claim: false },
  { in: 'The rate is the lowest since records began.', m: [], claim: true },
  { in: 'Unemployment is below the national average.', m: [], claim: true },
  { in: 'The department was awarded a national prize.', m: [], claim: true },
  { in: 'ONS consumer price indices are published monthly.', m: [], claim: false },
  { in: 'A price index can be used to measure inflation.', m: [], claim: false },
  { in: 'The CPI is the measure used in the target for inflation.', m: [], claim: false },
  { in: 'This bulletin explains the calculation.', m: [], claim: false },
  { in: 'We will continue to invest in public safety.', m: [], claim: false },
  {
    in: 'Officers arrested three men in connection with the robbery.',
    m: [],
    claim: true,
    gap: '"three men" is an indefinite count',
  },
  {
    in: 'Gross outlays were $2.8 billion higher than projected.',
    m: ['$2.8 billion = 2800000000 美元 up'],
    claim: true,
  },
  {
    in: 'Receipts rose by $100 billion compared with FY 2022.',
    m: ['$100 billion = 100000000000 美元 up'],
    claim: true,
  },
  { in: 'Crime is now 21% lower than in 2002/03.', m: ['21% = 21 % down'], claim: true },
  { in: 'Total receipts in FY 2023 were $4,439 billion.', m: ['$4,439 billion = 4439000000000 美元'] },
  { in: 'Payrolls increased by 303,000 in March.', m: ['303,000 = 303000  up'] },
  { in: 'The population reached 1.6 million.', m: ['1.6 million = 1600000 '] },
  { in: 'Violent crime fell by 12% in the year.', m: ['12% = 12 % down'] },
  {
    in: 'Theft offences decreased by 9% to 1.8 million.',
    m: ['9% = 9 % down', '1.8 million = 1800000 '],
  },
  { in: 'There were 524,000 offences of fraud.', m: ['524,000 offences = 524000 offences'] },
  { in: 'The deficit as a share of GDP rose to 6.3 percent.', m: ['6.3 percent = 6.3 %'] },
  { in: 'Interest outlays rose by $183 billion.', m: ['$183 billion = 183000000000 美元 up'] },
  { in: 'Spending on Medicare was $839 billion.', m: ['$839 billion = 839000000000 美元'] },
  { in: 'Corporate receipts fell by $5.6 billion.', m: ['$5.6 billion = 5600000000 美元 down'] },
  { in: 'The RPI rose by 2.6% in the year to June.', m: ['2.6% = 2.6 % up'] },
  {
    in: 'Bicycle theft fell by 10% to 479,000 incidents.',
    m: ['10% = 10 % down', '479,000 incidents = 479000 incidents'],
  },
  { in: 'Around 1 in 5 adults were victims.', m: ['Around 1 in 5 = 20 % ~about'] },
  { in: 'The rate was unchanged at 2.0%.', m: ['2.0% = 2 %'] },
  { in: 'Food prices fell by 0.3% on the month.', m: ['0.3% = 0.3 % down'] },
  { in: 'Vehicle-related theft was down 8%.', m: ['8% = 8 % down'] },
  { in: 'About 14,000 new officers were recruited.', m: ['About 14,000 new officers = 14000 officers ~about'] },
  { in: 'The survey covers around 35,000 households.', m: ['around 35,000 households = 35000 households ~about'] },
  { in: 'Headline 3: CPIH grew by 1.8% in the year to June 2014.', m: ['1.8% = 1.8 % up'], claim: true },
  { in: 'Contact email: cpi@ons.gsi.gov.uk', m: [] },
  { in: 'Next release: 19 August 2014', m: [] },
  { in: 'Table 1. Total Receipts, Outlays, and Deficit', m: [] },
  { in: '1. Notes on the data', m: [] },
  { in: 'Level 3:', m: [] },
  // change: rates of change, verbs with an object, comparatives, lists across commas, parentheses
  { in: 'The CPI 12-month rate stood at 1.9%, up from 1.5% in May.', m: ['1.9% = 1.9 % up', '1.5% = 1.5 % up'] },
  {
    in: 'This led to the CPI 12-month rate rising from 1.5% in May to 1.9% in June.',
    m: ['1.5% = 1.5 % up', '1.9% = 1.9 % up'],
  },
  { in: 'The trend of below 2.0% inflation continued.', m: ['below 2.0% = 2 % ~under up'] },
  { in: 'The unemployment rate stood at 6.5%, down from 6.8%.', m: ['6.5% = 6.5 %', '6.8% = 6.8 %'] },
  { in: 'Clothing had a weight of 7% in the CPI basket.', m: ['7% = 7 %'] },
  { in: 'Receipts rose by 8%, compared with 5% a year earlier.', m: ['8% = 8 % up', '5% = 5 % up'] },
  { in: 'The rate of inflation edged down to 1.2% in the year to May.', m: ['1.2% = 1.2 % up'] },
  {
    in: 'The tax credit expired, which decreased outlays by $103 billion.',
    m: ['$103 billion = 103000000000 美元 down'],
  },
  {
    in: 'The law reduces the deficit by another $2.5 trillion over the decade.',
    m: ['$2.5 trillion = 2500000000000 美元 down'],
  },
  {
    in: 'He proposed another $2.5 trillion in savings over the decade.',
    m: ['$2.5 trillion = 2500000000000 美元 down'],
  },
  {
    in: 'This reflects higher withheld payments of income tax of $8.0 billion.',
    m: ['$8.0 billion = 8000000000 美元 up'],
  },
  {
    in: 'It is the net effect of lower-than-expected collections of fees, penalties, and fines of $1.3 billion.',
    m: ['$1.3 billion = 1300000000 美元 down'],
  },
  { in: 'The estimate was higher than the MSR estimate of $500 billion.', m: ['$500 billion = 500000000000 美元'] },
  {
    in: 'Theft, robbery and arson all decreased (down 11%, 10% and 4% respectively).',
    m: ['11% = 11 % down', '10% = 10 % down', '4% = 4 % down'],
  },
  { in: 'There was a large increase in the volume of fraud recorded (17% year on year).', m: ['17% = 17 % up'] },
  {
    in: 'Outlays decreased $137 billion, or 2.2 percent.',
    m: ['$137 billion = 137000000000 美元 down', '2.2 percent = 2.2 % down'],
  },
  {
    in: 'Receipts were $4,439.3 billion, $147.8 billion lower than the MSR estimate.',
    m: ['$4,439.3 billion = 4439300000000 美元', '$147.8 billion = 147800000000 美元 down'],
  },
  {
    in: 'Trust fund outlays were $2.8 billion and $4.0 billion higher than projected.',
    m: ['$2.8 billion = 2800000000 美元 up', '$4.0 billion = 4000000000 美元 up'],
  },
  { in: 'Hours worked edged up by 0.3% on the quarter.', m: ['0.3% = 0.3 % up'] },
  { in: 'Retail sales fell back by 0.5% in June.', m: ['0.5% = 0.5 % down'] },
  { in: 'Inflation remained the main concern of households.', m: [] },
  { in: 'The rate of growth slowed in the second half of the year.', m: [] },
  { in: 'Prices increased by more than expected in the year to June.', m: [] },
  // forecasts, proposals and estimates of what will happen are not claims (their figures are metrics)
  {
    in: 'USDA also projected that $2.1 billion would be outlaid in 2023.',
    m: ['$2.1 billion = 2100000000 美元'],
    claim: false,
  },
  {
    in: 'The MSR estimates included $104.7 billion in receipts from legislative proposals.',
    m: ['$104.7 billion = 104700000000 美元'],
    claim: false,
  },
  {
    in: 'The President has put forward a budget that reduces the deficit by $2.5 trillion.',
    m: ['$2.5 trillion = 2500000000000 美元 down'],
    claim: false,
  },
  {
    in: 'The Treasury estimated that receipts were $4.4 trillion in FY 2023.',
    m: ['$4.4 trillion = 4400000000000 美元'],
    claim: true,
  },
  // Number forms measured on an outside number suite (docs/number-specs-eval.md). The English words are parsed
  // (test/unit/numbers.test.ts) but not listed as metrics: the GUIDE counts digits and Chinese numerals.
  { in: 'Output grew by one and a half times.', m: [] },
  { in: 'Almost half a million households received support.', m: [], claim: true },
  { in: 'One eighth of adults reported a crime.', m: [] },
  { in: 'The population reached 1 414 021 100 people.', m: ['1 414 021 100 people = 1414021100 people'] },
  { in: 'The scheme supported five and a half million workers.', m: [] },
  { in: 'She was the fifth person to hold the post.', m: [] },
  { in: 'Chapter one sets out the plan.', m: [] },
  // US releases: shares in words and ratios, hyphenated percentages, ranges with one unit, index levels, bare counts.
  {
    in: 'Nearly 3 in 10 renters spent more than half of their income on rent.',
    m: ['Nearly 3 in 10 = 30 % ~about'],
  },
  { in: 'One in five small firms applied for a loan.', m: [] },
  { in: 'Roughly two-thirds of the awards went to rural counties.', m: [] },
  { in: 'About a third of the funds remain unobligated.', m: [] },
  { in: 'Three-quarters of the grantees reported on time.', m: [] },
  {
    in: 'Productivity increased 1.2 percent, reflecting a 2.0-percent increase in output and a 0.8-percent increase in hours worked.',
    m: ['1.2 percent = 1.2 % up', '2.0-percent = 2 % up', '0.8-percent = 0.8 % up'],
  },
  {
    in: 'Prices edged down 0.1 percent after a 0.3-percent decline in May.',
    m: ['0.1 percent = 0.1 % down', '0.3-percent = 0.3 % down'],
  },
  { in: 'The rate posted a 0.4-percentage-point rise.', m: ['0.4-percentage-point = 0.4 百分点 up'] },
  { in: 'The jobless rate rose from 3.4 to 3.6 percent over the year.', m: ['3.4 = 3.4 %', '3.6 percent = 3.6 %'] },
  // a growth rate is the size of a change: both ends of its range
  { in: 'Growth is expected to be between 2 and 3 percent.', m: ['2 = 2 % up', '3 percent = 3 % up'] },
  {
    in: 'The CPI-W increased 2.6 percent to an index level of 317.014 (1982-84=100).',
    m: ['2.6 percent = 2.6 % up', '317.014 = 317.014 '],
  },
  {
    in: 'Of the 300,000 payments issued, more than 250,000 are for new vehicles.',
    m: ['300,000 payments = 300000 payments', 'more than 250,000 = 250000  ~over'],
  },
  { in: 'Fewer than 100 were rejected on appeal.', m: ['Fewer than 100 = 100  ~under'] },
  { in: 'Sales reached 1.5 million, a 50% year-over-year increase.', m: ['1.5 million = 1500000 ', '50% = 50 % up'] },
  // must not match: parts of a period, time frames, ordinals and years
  { in: 'Hiring slowed in the first half of 2024.', m: [] },
  { in: 'Unit labor costs were flat over the last four quarters.', m: [] },
  { in: 'The third of the reports was released in the second quarter of the year.', m: [] },
  {
    in: 'Debt rose from 96 percent at the end of FY 2022 to 98 percent.',
    m: ['96 percent = 96 %', '98 percent = 98 %'],
  },
  { in: 'The office opened 3 in 2024 and plans more.', m: [] },
  { in: 'Half a century ago the program began.', m: [] },
  // energy units, a minus before a currency sign, a capitalised adjective before the counted noun, levels "at" a figure
  { in: 'The mine land could host up to 90 GW of clean energy.', m: ['up to 90 GW = 90 GW ~under'] },
  {
    in: 'The plant will store 1.2 GWh and add 300 megawatts.',
    m: ['1.2 GWh = 1.2 GWh', '300 megawatts = 300 megawatts'],
  },
  { in: 'Outlays for the department were -$41.1 billion.', m: ['-$41.1 billion = -41100000000 美元'] },
  {
    in: 'Solar panels could power nearly 30 million American homes.',
    m: ['nearly 30 million American homes = 30000000 homes ~about'],
  },
  { in: 'Discouraged workers were little changed over the month at 351,000.', m: ['351,000 = 351000 '] },
  { in: 'Claims totaled 18,450 in the fourth quarter.', m: ['18,450 = 18450 '] },
  {
    in: 'Sexual offences rose by 20% to a total of 64,200 across the country.',
    m: ['20% = 20 % up', '64,200 = 64200 '],
  },
  { in: 'The committee remained at 3 p.m. for questions.', m: [] },
  { in: 'In 2024 Texas counties reported delays.', m: [] },
  // a footnote marker glued to the full stop that ends a sentence is no figure
  {
    in: 'The estimates come from the public-use data.1 It covers 1,200 households.',
    m: ['1,200 households = 1200 households'],
  },
  { in: 'These figures are not seasonally adjusted.2 They are revised each month.', m: [] },
  // index values in a passage about an index: after level/peak of, and in brackets after a name or a date
  {
    in: 'The regional house price index reached a record level of 204.3 in June, above the peak of 2007 (188.6).',
    m: ['204.3 = 204.3 ', '188.6 = 188.6 '],
  },
  { in: 'The project reached a peak of 12.5 in June (Figure 3.1).', m: [] },
  // a year after a preposition of time, and a stage's name, are no metrics
  { in: 'This marks a vast improvement over 2022, when service was poor.', m: [] },
  { in: 'All projects selected in Round 1 and Round 2 must meet the wage requirements.', m: [] },
  { in: 'Over 2,000 people came.', m: ['Over 2,000 people = 2000 people ~over'] },
  // vulgar fractions, alone or after a whole number; glued to a letter they are part of a name
  {
    in: 'Growth was around ¼% per quarter, inflation 2½ per cent and the rate 5¼%.',
    m: ['around ¼% = 0.25 % ~about up', '2½ per cent = 2.5 % up', '5¼% = 5.25 % up'],
  },
  { in: 'Vitamin B½ was not tested.', m: [] },
  // each side of a committee's vote is a count with no unit written; a range after other words is no vote
  {
    in: 'The MPC voted by a majority of 7–2 to maintain Bank Rate at 5.25%.',
    m: ['7 = 7', '2 = 2', '5.25% = 5.25 %'],
  },
  { in: 'Route 7–2 was closed after residents voted on it.', m: [] },
  // a figure grouped in thousands is a quantity with or without its noun; the base of a rate is not
  {
    in: 'Applications for the grant were 12,480 in the year, up from 9,950 a year earlier.',
    m: ['12,480 = 12480', '9,950 = 9950'],
    s: ['Applications for the grant', 'Applications for the grant'],
  },
  { in: 'The office answered almost 7,000 in the June quarter.', m: ['almost 7,000 = 7000  ~about'] },
  { in: 'The burglary rate was measured per 1,000 households.', m: [] },
  { in: 'See table 1,2 and the notes for 2023.', m: [] },
  // a character reference left by a web page (&#34) is a quotation mark, no figure
  { in: '&#34Of particular interest are key areas of offending,&#34 Mr Doone says.', m: [] },
  // a duration that places or frames another figure is no metric
  { in: 'Expenses were 35 per cent of GDP just two years ago.', m: ['35 per cent = 35 %'] },
  { in: 'It shows how far we have come in just four years.', m: [] },
  { in: 'The plan makes savings of $33 billion over four years.', m: ['$33 billion = 33000000000 美元'] },
  { in: 'Payments arrived within two weeks of the law.', m: [] },
  { in: 'She has over 20 years of experience.', m: ['over 20 years = 20 years ~over'] },
  // Indian English: lakh (10^5), crore (10^7), a lakh crore (10^12), Indian digit grouping
  { in: 'The Centre released Rs 12,500 crore to the States.', m: ['Rs 12,500 crore = 125000000000 卢比'] },
  {
    in: 'Tax revenue grew 12 per cent to ₹34.65 lakh crore.',
    m: ['12 per cent = 12 % up', '₹34.65 lakh crore = 34650000000000 卢比'],
  },
  {
    in: 'About 1.2 lakh households benefited.',
    m: ['About 1.2 lakh households = 120000 households ~about'],
  },
  {
    in: 'As many as 1,00,000 farmers received Rs. 6,000 each.',
    m: ['1,00,000 farmers = 100000 farmers', 'Rs. 6,000 = 6000 卢比'],
  },
  { in: 'The outlay is Rs 500 cr this year.', m: ['Rs 500 cr = 5000000000 卢比'] },
  // cr is a scale word only after a currency sign; Indian grouping is not read next to Chinese text
  { in: 'The CR 12 route carried 300 passengers.', m: ['300 passengers = 300 passengers'] },
  { in: '三项编号为1,23,456。', m: [] },
  // currency codes before a figure; the plural scale word of council accounts; a lone scale word is a heading
  { in: 'Benin will use an IDA credit of SDR 15.7 million.', m: ['SDR 15.7 million = 15700000 SDR'] },
  {
    in: 'The fund holds USD 5 billion and EUR 300 million.',
    m: ['USD 5 billion = 5000000000 美元', 'EUR 300 million = 300000000 欧元'],
  },
  { in: 'Net expenditure was £213.290 millions.', m: ['£213.290 millions = 213290000 英镑'] },
  { in: 'In 2020 millions of people lost their jobs.', m: [] },
  { in: 'Table 2 (million dollars) and the crore figures.', m: [] },
  // the second year of a financial year is no count
  { in: 'Releasing the 2003-04 figures for the first time, the Minister spoke.', m: [] },
  { in: 'In 2019–20 arrivals rose; the 1999/00 budget was passed.', m: [] },
  { in: 'In 2003-05 there were 12 arrests.', m: ['12 arrests = 12 arrests'] },
  // A bare count of what the sentence names: the value a named number takes, the counts it is set against, and a count
  // of the things just named; a year or a section number stays out.
  {
    in: 'The number of days open for sale was 24 in May 2016 and 23 in May 2015.',
    m: ['24 = 24', '23 = 23'],
    s: ['number of days open for sale', 'number of days open for sale'],
  },
  {
    in: 'Road deaths have declined by 19 per cent (92 compared to 113).',
    m: ['19 per cent = 19 % down', '92 = 92', '113 = 113'],
  },
  {
    in: 'We tested 25 recommendations and determined that 7 were inaccurately reported.',
    m: ['25 recommendations = 25 recommendations', '7 = 7'],
  },
  { in: 'The number of staff was reduced in 2019.', m: [] },
  { in: 'Section 3 compared to section 4 is longer.', m: [] },
  { in: 'Sales rose 5% compared with 2019.', m: ['5% = 5 % up'] },
  // An age that bounds who is counted is no quantity (not "averaged").
  { in: 'Employment of men aged 25 to 54 rose; people aged 16 years and above were surveyed.', m: [] },
  { in: 'Output averaged 178,000.', m: ['178,000 = 178000'] },
  // The level a change is read against ("up from 54"); a partitive opening counts its parts; a decimal after "at" is a
  // level read off a scale (not a clock time, not the low end of a range); a figure opening a list item.
  {
    in: 'Examiners sent in 287 reports of material significance, up from 54 in 2016-17.',
    m: ['287 reports = 287 reports', '54 = 54 '],
  },
  {
    in: 'Of the 76 election-related reports received during the year, 45 were related to the elections.',
    m: ['76 election-related reports = 76 reports', '45 = 45 '],
  },
  {
    in: 'The carrier led at 90.9 percent, followed by United Airlines at 89.8 and American Airlines at 89.7.',
    m: ['90.9 percent = 90.9 %', '89.8 = 89.8 ', '89.7 = 89.7 '],
  },
  { in: 'The meeting started at 3.30 pm.', m: [] },
  // both ends of a range of prices (held-out-4's WASDE gold: 20.5 cents/pound)
  {
    in: 'Prices are projected at 20.5 to 23.5 cents per pound.',
    m: ['20.5 = 20.5 cents/pound', '23.5 cents per pound = 23.5 cents/pound'],
  },
  { in: 'Recommendations made:\n• 386 for personal redress\n• 644 for learning', m: ['386 = 386 ', '644 = 644 '] },
  { in: 'We looked back at the two reports and the 12 months before.', m: [] },
  // A level of a named measure after "average of" / "index of"; a council's vote written "12 to 4".
  {
    in: 'The class had a median undergraduate cumulative grade point average of 3.79.',
    m: ['3.79 = 3.79 '],
  },
  { in: 'Traffic was up on the 2009 daily average of 535.', m: ['535 = 535 '] },
  { in: 'The City Council vote 12 to 4 to approve the budget.', m: ['12 = 12 ', '4 = 4 '] },
  // A quoted sentence is speech: its figures are metrics. A short quoted name with a figure is none.
  {
    in: 'The Minister said, “We have hired 2,000 new teachers this year.”',
    m: ['2,000 new teachers = 2000 teachers'],
  },
  { in: '“We hired 300 nurses,” she said.', m: ['300 nurses = 300 nurses'] },
  { in: 'The “Project 2025” plan was launched in the spring.', m: [] },
  // Approximation written after the figure; not a restatement with "than" or a figure after "or".
  { in: 'In 2014, 30% or more of released offenders reoffended.', m: ['30% or more = 30 % ~over'] },
  {
    in: 'The IRS has answered about 17% or more than 1 million more calls than in 2022.',
    m: ['about 17% = 17 % ~about', 'more than 1 million more calls = 1000000 calls ~over up'],
  },
  // the window of a record is a metric (a 20-year low, the lowest … for the past 20 years); a descriptor and a time
  // frame are not (a 10-year plan, in the past 5 years)
  {
    in: 'Robbery fell from 518 cases to a 20-year low of 394 cases.',
    m: ['518 cases = 518 cases', '20-year = 20 year', '394 cases = 394 cases'],
    s: ['Robbery', 'Robbery', 'Robbery'],
  },
  { in: 'It was the lowest crime rate for the past 20 years.', m: ['20 years = 20 years'], claim: true },
  { in: 'We adopted a 10-year plan.', m: [] },
  { in: 'In the past 5 years we hired 20 staff.', m: ['20 staff = 20 staff'] },
  // a day of the month is a date, whatever opens its line; a group of thousands set off by a space is no year
  { in: '• 24 July 2019', m: [], claim: false },
  { in: 'Construction will generate 1 300 to 2 000 jobs.', m: ['1 300 = 1300 jobs', '2 000 jobs = 2000 jobs'] },
  { in: 'Between 20 and 30 people died.', m: ['20 = 20 people', '30 people = 30 people'] },
  // a percentage in brackets after an amount is that amount's share
  {
    in: 'Recurrent expenditure is estimated to be Rs. 434 billion (89.6 percent) against the allocation.',
    m: ['Rs. 434 billion = 434000000000 卢比', '89.6 percent = 89.6 %'],
    s: ['Recurrent expenditure', 'Recurrent expenditure'],
  },
  { in: 'This followed a 19 per cent economic contraction.', m: ['19 per cent = 19 % down'] },
  {
    in: 'News Data Methodology The unemployment rate for April 2023 stood at 2.8 per cent.',
    m: ['2.8 per cent = 2.8 %'],
    s: ['unemployment rate'],
  },
  // the two ends of a move whose verb is written once for a list, with the move's size after the second; the ends of a
  // doubling or of a level that stayed the same; the level after a move in per cent
  {
    in: 'Homicide declined from 23 to 18 or 22 percent; Attempted Murder from 29 to 18 or 38 percent.',
    m: ['23 = 23 ', '18 = 18 ', '22 percent = 22 % down', '29 = 29 ', '18 = 18 ', '38 percent = 38 % down'],
    s: ['Homicide', 'Homicide', 'Homicide', 'Attempted Murder', 'Attempted Murder', 'Attempted Murder'],
  },
  { in: 'The number of deaths has doubled, from eight to 17.', m: ['17 = 17 '], s: ['number of deaths'] },
  {
    in: 'Road crashes remained broadly the same, from 565 in the previous year to 573 over the last 12 months.',
    m: ['565 = 565 ', '573 = 573 '],
    s: ['Road crashes', 'Road crashes'],
  },
  {
    in: 'Burglaries were up by 9.8 percent at 964.',
    m: ['9.8 percent = 9.8 % up', '964 = 964 '],
    s: ['Burglaries', 'Burglaries'],
  },
  // not a move: a span of years, a range of ages
  { in: 'The class grew by 5 percent from 2019 to 2021.', m: ['5 percent = 5 % up'] },
  { in: 'Pupils aged from 16 to 18, or 40 percent of pupils, stayed on.', m: ['40 percent = 40 %'] },
  // a count standing at a level, however small, and the level it is compared with; the ends of a dip; a part of a set
  // opened by "that of the"; a day after its month's name is a date
  {
    in: 'The murder count stands at 40, in comparison to 42 in 2011.',
    m: ['40 = 40 ', '42 = 42 '],
    s: ['murder count', 'murder count'],
  },
  {
    in: 'Rape reports also took a slight dip to 33 from 35.',
    m: ['33 = 33 ', '35 = 35 '],
    s: ['Rape reports', 'Rape reports'],
  },
  {
    in: "There were 86 reported cases, down from last year's 88.",
    m: ['86 reported cases = 86 cases', '88 = 88 '],
  },
  {
    in: 'He stated that of the 72 murders this year, 32 were of the disorderly type.',
    m: ['72 murders = 72 murders', '32 = 32 '],
  },
  { in: 'Police reached the highest arrest totals of 1841 this year.', m: ['1841 = 1841 '] },
  { in: 'The data measures reported crimes from January 1 through April 24 of this year.', m: [] },
  { in: 'The meeting starts at 3 p.m. and the queue stands at 3 p.m. too.', m: [] },
  // "not less than" is a floor, "no more than" and "just short of" a ceiling
  {
    in: 'The economy grew with an overall expansion of not less than 3.5%.',
    m: ['not less than 3.5% = 3.5 % up ~over'],
  },
  { in: 'Fees were no more than $5 million.', m: ['no more than $5 million = 5000000 美元 ~under'] },
  { in: 'The cost rose to just short of £280m.', m: ['just short of £280m = 280000000 英镑 ~under'] },
  // a milestone broken through or crossed is passed: over
  { in: 'Kent broke through the 50 billion sticks volume level.', m: ['50 billion sticks = 50000000000 sticks ~over'] },
  { in: 'Visitors crossed the 1 million mark.', m: ['1 million = 1000000  ~over'] },
  { in: 'Unemployment is still north of 8%.', m: ['north of 8% = 8 % ~over'] },
  // an amount converted in brackets is as approximate as the one before; to cross, and above, an approximate
  {
    in: 'Revenue stood at over 2,611.78 billion yuan ($345.37 billion).',
    m: ['over 2,611.78 billion yuan = 2611780000000 元 ~over', '$345.37 billion = 345370000000 美元 ~over'],
  },
  { in: 'Own tax revenue is expected to cross Rs 84,000 crore.', m: ['Rs 84,000 crore = 840000000000 卢比 ~over'] },
  { in: 'We aim for 20 percent and above.', m: ['20 percent and above = 20 % ~over'] },
  { in: 'It was 13.3 percent and above the target of 14 percent.', m: ['13.3 percent = 13.3 %', '14 percent = 14 %'] },
  {
    in: 'Pay rose for an approximate 1,000 pensioners.',
    m: ['an approximate 1,000 pensioners = 1000 pensioners ~about'],
  },
  // "above" right after a figure sets it against a basis; before a figure alone it is a floor
  { in: 'Inflation stayed above 5 percent.', m: ['above 5 percent = 5 % ~over up'] },
  // durations in two units; cents a litre; emissions in kt CO2eq; a named count's or a rate's value after "was"; a
  // target missed "by" a signed amount, a variance restated without "or", an underperformance
  {
    in: 'Response times were 7 minutes 15 seconds and 9 minutes 15 seconds respectively.',
    m: ['7 minutes 15 seconds = 435 seconds', '9 minutes 15 seconds = 555 seconds'],
  },
  { in: 'The median wait was 2 hours and 45 minutes.', m: ['2 hours and 45 minutes = 165 minutes'] },
  { in: 'It took 3 hours to travel 40 minutes.', m: ['3 hours = 3 hours', '40 minutes = 40 minutes'] },
  { in: 'Diesel will increase by 20c/l next month.', m: ['20c/l = 20 c/l up'] },
  {
    in: 'Emissions were down 2.2 per cent (306 kt CO2eq) in Quarter 1.',
    m: ['2.2 per cent = 2.2 % down', '306 kt CO2eq = 306 kt_CO2eq down'],
  },
  {
    in: 'Coal imports averaged 200 thousand tonnes per quarter.',
    m: ['200 thousand tonnes per quarter = 200000 tonnes/quarter'],
  },
  { in: 'The average rig count as of November 14, was 901.', m: ['901 = 901 '] },
  { in: 'Annual deaths per 100,000 population was 5.1.', m: ['5.1 = 5.1 '] },
  {
    in: 'Receipts were $219.8 million, missing the $225.8 million target by -$6.0 million, or -2.7%.',
    m: [
      '$219.8 million = 219800000 美元',
      '$225.8 million = 225800000 美元',
      '-$6.0 million = -6000000 美元 down',
      '-2.7% = -2.7 % down',
    ],
  },
  {
    in: 'Year-to-date receipts are $19.2 million, 1.6%, above their $1,231.7 million target.',
    m: ['$19.2 million = 19200000 美元 up', '1.6% = 1.6 % up', '$1,231.7 million = 1231700000 美元'],
  },
  {
    in: 'The gains were offset by a -$0.7 million underperformance and helped by a $0.2 million positive performance.',
    m: ['-$0.7 million = -700000 美元 down', '$0.2 million = 200000 美元 up'],
  },
  // items in a semicolon list, each with its figure in brackets, share the lead's move; livestock by the head
  {
    in: 'The greatest gains included construction (2.1%); arts, entertainment, and recreation (1.2%); and retail trade (0.5%).',
    m: ['2.1% = 2.1 % up', '1.2% = 1.2 % up', '0.5% = 0.5 % up'],
  },
  { in: 'Cattle and calves totaled 94.4 million head.', m: ['94.4 million head = 94400000 head'] },
  {
    in: 'Beef cows, at 31.7 million head, were up 2 percent from a year ago.',
    m: ['31.7 million head = 31700000 head', '2 percent = 2 % up'],
    s: ['Beef cows', 'Beef cows'],
  },
  { in: 'The school has 2 head teachers.', m: ['2 head teachers = 2 teachers'] },
  // a rupee glued to its figure; narrower and short of; budget gaps; a threshold crossed is a level; a year after "more
  // than" a figure is the basis; counts in brackets after names in a list (not a note's number)
  { in: 'The deficit was Rs2,565 billion.', m: ['Rs2,565 billion = 2565000000000 卢比'] },
  { in: 'The deficit was P47.9 billion narrower than a year ago.', m: ['P47.9 billion = 47900000000 比索 down'] },
  { in: 'Revenue is only P23.1 billion short of the target.', m: ['P23.1 billion = 23100000000 比索 down'] },
  {
    in: 'A revenue underspend of £1.0m offset overspends of £2.7m.',
    m: ['£1.0m = 1000000 英镑 down', '£2.7m = 2700000 英镑 up'],
  },
  { in: 'Index crimes have fallen below 100,000.', m: ['below 100,000 = 100000  ~under'] },
  { in: 'Jobs rose by 1.3 million, 370,000 more than 2016.', m: ['1.3 million = 1300000  up', '370,000 = 370000  up'] },
  {
    in: 'Most came from the mainland, followed by the United States (71), Britain (43) and Japan (27).',
    m: ['71 = 71 ', '43 = 43 ', '27 = 27 '],
  },
  { in: 'See note (1) and note (2).', m: [] },
  { in: 'The meeting of committee (3) and panel (4) was held.', m: [] },
  { in: 'Sheet (2), sheet (3) and sheet (4) are attached.', m: [] },
  { in: 'Questions (4) and (5) were withdrawn.', m: [] },
  { in: 'Chapter (2) and chapter (3) describe the method.', m: [] },
  // Indian grouping alone is a quantity; the Indian press's pc; levels against a target
  {
    in: 'A total of 2,30,334 cases were registered, as against 1,99,110 in 2016.',
    m: ['2,30,334 cases = 230334 cases', '1,99,110 = 199110 '],
  },
  { in: 'It reflects a 15.6 pc growth over March.', m: ['15.6 pc = 15.6 % up'] },
  { in: 'Affordable housing delivered was 29 against a target of 25.', m: ['29 = 29 ', '25 = 25 '] },
  // "an additional … compared with" is a difference up (a basis must be written: "an additional 5 staff" alone is not)
  {
    in: 'There were an additional 28,000 responses compared with last year.',
    m: ['28,000 responses = 28000 responses up'],
  },
  { in: 'The council hired an additional 5 staff.', m: ['5 staff = 5 staff'] },
  // ¥ in a text about Japan is the yen (the yuan elsewhere); Kenya's Ksh. with its point; a revised figure still moves;
  // a semicolon list of "X by N%" items shares the lead's move
  { in: 'Japan recorded a current account surplus of ¥1.8951 trillion.', m: ['¥1.8951 trillion = 1895100000000 日元'] },
  { in: "China's retail sales reached ¥3.5 trillion.", m: ['¥3.5 trillion = 3500000000000 元'] },
  {
    in: 'Health had 66 projects worth Ksh. 594 million.',
    m: ['66 projects = 66 projects', 'Ksh. 594 million = 594000000 肯尼亚先令'],
  },
  { in: 'Consumer spending rose by a revised 0.5 percent in April.', m: ['0.5 percent = 0.5 % up'] },
  {
    in: 'Prices increased for vegetables by 19.6%; meat and poultry by 6.1%; and fish and seafood by 2.0%.',
    m: ['19.6% = 19.6 % up', '6.1% = 6.1 % up', '2.0% = 2 % up'],
  },
  // Currency letters a text's country decides (the kwacha and the pula; P elsewhere is the peso), the Gulf's codes and
  // letters, a negative written as a word
  {
    in: 'Statistics Botswana put nominal GDP at P35 855.6 million.',
    m: ['P35 855.6 million = 35855600000 普拉'],
  },
  { in: "Zambia's GDP hit K61.1 billion in the quarter.", m: ['K61.1 billion = 61100000000 克瓦查'] },
  { in: 'The Philippines posted a deficit of P35.6 billion.', m: ['P35.6 billion = 35600000000 比索'] },
  { in: 'Pupils in K12 schools and the K9 unit did well.', m: [] },
  { in: 'Vitamin K2 and the P2 class were discussed.', m: [] },
  { in: 'Money supply rose to SAR3.1 trillion.', m: ['SAR3.1 trillion = 3100000000000 沙特里亚尔'] },
  { in: 'Non-oil GDP grew to Dh137.9 billion.', m: ['Dh137.9 billion = 137900000000 阿联酋迪拉姆'] },
  { in: 'The SR3 and JD5 models were launched.', m: [] },
  { in: 'Route BD2 and gate QR7 reopened.', m: [] },
  { in: 'GDP growth compared to the negative 7.5 growth recorded.', m: ['negative 7.5 = -7.5  down'] },
  { in: 'The result was negative overall.', m: [] },
  { in: 'Form SR1 must be filed with the KD2 annex.', m: [] },
  { in: 'Zambia fielded the K2 team in Lusaka.', m: [] },
  { in: 'Botswana adopted the P3 standard.', m: [] },
  // a space after a thousands comma (the African press), not after a list's figure or a month's day; K grouped with
  // commas in a text about Zambia
  { in: 'Police seized 21, 870 rounds of ammunition.', m: ['21, 870 rounds = 21870 rounds'] },
  { in: 'The labour force rose to a record 1, 215, 975 workers.', m: ['1, 215, 975 workers = 1215975 workers'] },
  { in: 'Crime fell from 173, 140 cases in 2022.', m: ['173, 140 cases = 173140 cases'] },
  { in: 'On June 5, 200 people came.', m: ['200 people = 200 people'] },
  { in: 'Questions 4, 120 and 130 were withdrawn.', m: [] },
  { in: 'In 2019, 340 rules were repealed.', m: ['340 rules = 340 rules'] },
  {
    in: 'The Zambia Police said property valued at K3,625,807,553 was stolen.',
    m: ['K3,625,807,553 = 3625807553 克瓦查'],
  },
  // ≈ as "about", currency nouns of Africa's press, Sh by the country named
  {
    in: 'Gains were in professional services (≈4,800) and manufacturing (≈1,700).',
    m: ['≈4,800 = 4800  ~about up', '≈1,700 = 1700  ~about up'],
  },
  { in: 'Scores ranged 5~10 points.', m: ['5 = 5 points', '10 points = 10 points'] },
  { in: 'The FIRS collected 5 trillion naira.', m: ['5 trillion naira = 5000000000000 奈拉'] },
  {
    in: 'The Tanzania Revenue Authority (TRA) collected Sh1.987 trillion.',
    m: ['Sh1.987 trillion = 1987000000000 坦桑尼亚先令'],
  },
  { in: 'Kenya collected Sh1.9 trillion in taxes.', m: ['Sh1.9 trillion = 1900000000000 肯尼亚先令'] },
  { in: 'The ~ sign and the ≈ sign mean about.', m: [] },
  { in: 'He spoke in Swahili and Sh.', m: [] },
  { in: 'The naira weakened against the dollar.', m: [] },
  { in: 'Rents rose nationwide.', m: [] },
  // Reuters' dlrs
  {
    in: 'The deficit was 1.64 billion dlrs, up 5.19 pct.',
    m: ['1.64 billion dlrs = 1640000000 美元', '5.19 pct = 5.19 % up'],
  },
  // currencies of Tanzania's, Sierra Leone's and Rwanda's press
  {
    in: 'Tanzania Revenue Authority collected 10.626tri/- against 11.227tri/-.',
    m: ['10.626tri/- = 10626000000000 坦桑尼亚先令', '11.227tri/- = 11227000000000 坦桑尼亚先令'],
  },
  { in: 'In Sierra Leone, revenue amounted to NLe7.5 billion.', m: ['NLe7.5 billion = 7500000000 利昂'] },
  { in: 'New loans were Rwf176.1b in five months.', m: ['Rwf176.1b = 176100000000 卢旺达法郎'] },
  { in: 'The price was 500/- a kilo.', m: [] },
  // decimal commas after four digits and after space groups; thou.
  { in: 'Premiums constituted 1182,1 million lei.', m: ['1182,1 million lei = 1182100000 列伊'] },
  { in: 'Exports reached EUR 21 792,4 million.', m: ['EUR 21 792,4 million = 21792400000 欧元'] },
  { in: 'In all, 133,7 thou. tourists attended.', m: ['133,7 thou. tourists = 133700 tourists'] },
  { in: 'In 2018,31 were recovered.', m: [] },
  { in: 'M3 rose 7-1/2 pct.', m: ['7-1/2 pct = 7.5 % up'] },
  // a letter-glued identifier keeps its comma groups
  { in: 'Exhibit K117,012,229, filed with the court.', m: [] },
  // tallies of categories, levels dated by their year
  {
    in: 'Offences were drugs 2 115, rape 1 205, attempted murder 461, arson 196.',
    m: ['2 115 = 2115 ', '1 205 = 1205 ', '461 = 461 ', '196 = 196 '],
  },
  { in: 'Read section 3, paragraph 4, clause 5 and item 6.', m: [] },
  { in: 'Version 2, release 3, build 4 and patch 5 shipped.', m: [] },
  { in: 'There were 398 cases in 2011 while it was 263 in 2012.', m: ['398 cases = 398 cases', '263 = 263 '] },
  { in: 'He was ranked 5 in 2012.', m: [] },
  { in: 'Children aged 5 in 2012 were counted.', m: [] },
  { in: 'The police cleared 105 634 (39 per cent).', m: ['105 634 = 105634 ', '39 per cent = 39 %'] },
  // Bhutan's ngultrum, Kazakhstan's tenge, thous.
  {
    in: 'Purchasing power dropped from Nu 75 in January to Nu. 73 in December.',
    m: ['Nu 75 = 75 努尔特鲁姆', 'Nu. 73 = 73 努尔特鲁姆'],
  },
  { in: 'Benefits went to 12.2 thous. people.', m: ['12.2 thous. people = 12200 people'] },
  { in: 'Wages reached 350 thousand tenge.', m: ['350 thousand tenge = 350000 坚戈'] },
  // a count with its share in brackets, a count restating a share, a count of the set a sentence opens on
  {
    in: 'Of 60 complaints received, 59 (98%) were completed.',
    m: ['60 complaints = 60 complaints', '59 = 59 ', '98% = 98 %'],
  },
  { in: 'In the quarter, 138 (3.4%) deaths were due to dementia.', m: ['138 = 138 deaths', '3.4% = 3.4 %'] },
  { in: 'The office finalised 84% (271) of the matters.', m: ['84% = 84 %', '271 = 271 '] },
  { in: 'Among these cases, 365 were resolved.', m: ['365 = 365 '] },
  { in: 'See Table 3 (45%) and Figure 2 (10%).', m: ['45% = 45 %', '10% = 10 %'] },
  { in: 'Among these, 2019 was the worst year.', m: [] },
  // older and younger than: a difference up or down
  { in: 'Mothers were 3.4 years older than in 1985.', m: ['3.4 years = 3.4 years up'] },
  { in: 'Fathers were 2 years younger than mothers.', m: ['2 years = 2 years down'] },
  // amounts written scale by scale (Armenia's statistics service)
  {
    in: 'Output amounted 1 trillion 944 billion and 151.8 million AMD.',
    m: ['1 trillion 944 billion and 151.8 million AMD = 1944151800000 亚美尼亚德拉姆'],
  },
  { in: 'The wage reached 218 thousand and 173 drams.', m: ['218 thousand and 173 drams = 218173 亚美尼亚德拉姆'] },
  { in: 'Trade turnover was 4 billion 576.3 million USD.', m: ['4 billion 576.3 million USD = 4576300000 美元'] },
  {
    in: 'Imports were 5 billion and exports 3 million tonnes.',
    m: ['5 billion = 5000000000', '3 million tonnes = 3000000 tonnes'],
  },
  { in: 'Revenue declined by MVR19.2 million.', m: ['MVR19.2 million = 19200000 拉菲亚 down'] },
  // units of environment and energy releases as written: rain in mm, emissions, energy in PJ, points in % and p.p.
  { in: 'The May rainfall total for England was 10mm.', m: ['10mm = 10 mm'] },
  {
    in: 'Emissions were 424 MMTCO2e, 5 MMTCO2e lower than 2016.',
    m: ['424 MMTCO2e = 424 MMTCO2e', '5 MMTCO2e = 5 MMTCO2e down'],
  },
  { in: 'Intensity fell to a new low of 331 gCO2/kWh.', m: ['331 gCO2/kWh = 331 gCO2/kWh'] },
  { in: 'Net emissions increased (19.8 Mt CO2-e).', m: ['19.8 Mt CO2-e = 19.8 Mt_CO2-e up'] },
  { in: 'Use dropped to around 5830 PJ.', m: ['around 5830 PJ = 5830 PJ ~about'] },
  { in: 'Wind contributed 31.5% points of this.', m: ['31.5% points = 31.5 百分点'] },
  { in: 'It rose by 0.4 p.p. in the quarter.', m: ['0.4 p.p. = 0.4 百分点 up'] },
  { in: 'The bolts are 12 MM wide.', m: [] },
  { in: 'See the PJ 5 model.', m: [] },
  // the decrease amounted to; a cumulative gain
  { in: 'In the quarter, the decrease amounted to 3.8%.', m: ['3.8% = 3.8 % down'] },
  { in: 'The economy is adding a cumulative 32,600 jobs.', m: ['32,600 jobs = 32600 jobs up'] },
  { in: 'The amount came to 3.8%.', m: ['3.8% = 3.8 %'] },
  // a count after its label in a list of labelled lines (a police service's numbers)
  {
    in: '- Sudden death calls: 521 (down 6.5 per cent)\n- Robbery calls: 300 (up 14 per cent)\n- Arson calls: 80\n',
    m: ['521 = 521 ', '6.5 per cent = 6.5 % down', '300 = 300 ', '14 per cent = 14 % up', '80 = 80 '],
  },
  {
    in: 'Charges: 9,367; speeding: 7,250; impaired driving: 758; distracted driving: 706\n',
    m: ['9,367 = 9367 ', '7,250 = 7250 ', '758 = 758 ', '706 = 706 '],
  },
  { in: 'Phase 2: 45 days\nPhase 3: 60 days\n', m: ['45 days = 45 days', '60 days = 60 days'] },
  { in: 'Chapter: 4\nSection: 12\n', m: [] },
  { in: 'Opening time: 10:30\nClosing time: 18:00\n', m: [] },
  { in: 'Version: 3\nRelease: 4\n', m: [] },
  { in: 'Score: 3\nRank: 12\n', m: [] },
  { in: 'Published: May 20, 2020 4:02PM EDT\nUpdated: 5:10PM\n', m: [] },
  // a text that writes its decimals with commas: one comma group before a scale word is a decimal too
  {
    in: 'The crop is set at 10,561 million tons, which is 0,48% or 50 750 tons more than the forecast.',
    m: ['10,561 million tons = 10561000 tons', '0,48% = 0.48 %', '50 750 tons = 50750 tons up'],
  },
  {
    in: 'Outlays were $10,561 million, up 3.5% on 2023.',
    m: ['$10,561 million = 10561000000 美元', '3.5% = 3.5 % up'],
  },
  { in: 'Outlays were $10,561 million in 2024.', m: ['$10,561 million = 10561000000 美元'] },
  // hectares and tonnes a hectare glued to the figure; a space-grouped figure before them
  {
    in: 'The area was adjusted downward by 1 300ha, while the expected yield is 4,59t/ha.',
    m: ['1 300ha = 1300 ha down', '4,59t/ha = 4.59 t/ha'],
  },
  { in: 'Estimates were revised upward by 5%.', m: ['5% = 5 % up'] },
  { in: 'The ha ha of 12 clowns.', m: ['12 clowns = 12 clowns'] },
  // livestock counted in head after a scale letter
  { in: 'Lamb slaughter totalled 22.4m head.', m: ['22.4m head = 22400000 head'] },
  { in: 'The wall is 5m high.', m: [] },
  // a pair of percentages after its verb
  { in: 'Combining is respectively 42 and 41 per cent complete.', m: ['42 = 42 %', '41 per cent = 41 %'] },
  { in: 'The schools had 40 and 17 per cent of pupils.', m: ['17 per cent = 17 %'] },
  // parts of a set named before; a named ratio's bare value; parts of the set a sentence opens on
  {
    in: 'Of the lives lost: 109 were drivers, 56 were motorcyclists and 11 were bicyclists.',
    m: ['109 = 109 ', '56 = 56 ', '11 = 11 '],
  },
  { in: 'In 2019 we hired staff; 12 were here.', m: [] },
  { in: 'The gross enrolment ratio (GER) in India is 27.1, up from 26.3.', m: ['27.1 = 27.1 ', '26.3 = 26.3 '] },
  { in: 'The ratio in Schedule 4 is 2 of the total.', m: [] },
  {
    in: 'Some 2,095 cases were resolved. Of these, 526 had been pending.',
    m: ['Some 2,095 cases = 2095 cases ~about', '526 = 526 '],
  },
  { in: 'The law brings the number of counties with High Courts to 46.', m: ['46 = 46 '] },
  { in: 'The bus brings the children to 3 schools.', m: ['3 schools = 3 schools'] },
  { in: 'Section 4 of the rules applies.\n', m: [] },
  { in: 'He was 5 and she was 7 when they moved.', m: [] },
  { in: 'Chapter 3 and 4 per the index.', m: [] },
  { in: 'Bring the 2 forms to room 12.', m: [] },
  { in: 'During the period of review, staff met weekly.', m: [] },
  { in: 'See the annex to the December report.', m: [] },
  { in: 'Prices were lower on average than in the spring.', m: [] },
  // the Gulf's currency letters before mn; Israel's shekels; minutes and seconds with "and"
  {
    in: 'Revenue fell 24% to RO763mn from RO1.03bn.',
    m: ['24% = 24 % down', 'RO763mn = 763000000 阿曼里亚尔', 'RO1.03bn = 1030000000 阿曼里亚尔'],
  },
  {
    in: 'The government has taken in 168.7 billion shekels.',
    m: ['168.7 billion shekels = 168700000000 以色列新谢克尔'],
  },
  { in: 'Taxes were NIS 26.4 billion.', m: ['NIS 26.4 billion = 26400000000 以色列新谢克尔'] },
  { in: 'The wait was 11 minutes and 34 seconds.', m: ['11 minutes and 34 seconds = 694 seconds'] },
  { in: 'It took 2 hours and 45 minutes.', m: ['2 hours and 45 minutes = 165 minutes'] },
  { in: 'Meet at 11 and 34 people came.', m: ['34 people = 34 people'] },
  // a daily average count; a level dated by a fiscal year; parts of all the things counted; points of GDP
  { in: 'Fires fell to 20,328, or around 56 each day.', m: ['20,328 = 20328 ', 'around 56 = 56  ~about'] },
  { in: 'Take 2 a day with food.', m: ['2 = 2 '] },
  { in: 'Bexley – 73%, 528 in 2012/13 compared to 2,096 in 2003/4.', m: ['73% = 73 %', '528 = 528 ', '2,096 = 2096 '] },
  { in: 'Bus 7 ran in 2012/13 on route 9.', m: [] },
  { in: 'See rule 4 of the code.', m: [] },
  { in: 'Of all the 3 options, none stood out.', m: [] },
  { in: 'Of all calls, 232 were for fire.', m: ['232 = 232 '] },
  { in: 'Of all the options, 3 stand out.', m: [] },
  { in: 'The deficit was 5.5 points of GDP.', m: ['5.5 points = 5.5 百分点'] },
  { in: 'The team scored 5 points of its 12.', m: ['5 points = 5 points'] },
  { in: 'There were fewer of them in 2017–18 than before.', m: [] },
  { in: 'In 2019–20 there was a change of plan.', m: [] },
  // round 5: a figure between two quoted names; a prior year's value in brackets; kuna; FTEs and plural acronyms; won
  {
    in: 'Among industries, "Transportation equipment" stood at 2.50 trillion yen, "Drugs" at 1.67 trillion yen.',
    m: ['2.50 trillion yen = 2500000000000 日元', '1.67 trillion yen = 1670000000000 日元'],
  },
  { in: 'They launched the "Safe 2025" plan.', m: [] },
  { in: 'Permits were granted on the basis of protection (993 in 2014).', m: ['993 = 993 '] },
  { in: 'The Vienna Convention (article 12 in 1961) applies.', m: [] },
  { in: 'Bank placements rose by HRK 25.3bn.', m: ['HRK 25.3bn = 25300000000 克罗地亚库纳 up'] },
  { in: 'The ministry employed an additional 311 FTEs.', m: ['311 FTEs = 311 FTE'] },
  { in: 'PhDs rose from 5,476 PhDs to 6,102 PhDs.', m: ['5,476 PhDs = 5476 PhDs', '6,102 PhDs = 6102 PhDs'] },
  { in: 'R&D spending was 119.74 trillion won.', m: ['119.74 trillion won = 119740000000000 韩元'] },
  { in: 'The team won 3 games.', m: ['3 games = 3 games'] },
  { in: 'The sector had seven (7) commercial banks.', m: ['7 = 7 banks'] },
  { in: 'See section two (2) of the Act.', m: [] },
  // round 6: trillions of rupees written tr; Ghana's GHC; counts by place; a study's n; counts of named cases
  {
    in: 'It found irregularities of Rs284tr and works worth Rs85.6tr.',
    m: ['Rs284tr = 284000000000000 卢比', 'Rs85.6tr = 85600000000000 卢比'],
  },
  { in: 'Ghana bags GHC67m in surcharges.', m: ['GHC67m = 67000000 塞地'] },
  { in: 'The 3 tr ains ran late.', m: [] },
  {
    in: 'There were 1,294 cases, with 429 from the Central Division, 378 in the Northern Division and 49 in the Eastern Division.',
    m: ['1,294 cases = 1294 cases', '429 = 429 ', '378 = 378 ', '49 = 49 '],
  },
  { in: 'See Article 5 in the Act and Rule 7 in the Code.', m: [] },
  { in: 'It was below the average of the previous six years (n=351.5).', m: ['351.5 = 351.5 '] },
  { in: 'Of these, 128 received unqualified audit opinions.', m: ['128 = 128 '] },
  { in: 'In 2016 the cases reported were 139.', m: ['139 = 139 '] },
  { in: 'The number of such cases in 2016 was only 923.', m: ['923 = 923 '] },
  { in: 'Rates continued to decline from 37.6 in 2013 to 36.9 in 2014.', m: ['37.6 = 37.6 ', '36.9 = 36.9 '] },
  { in: 'It rose to 108 in year 2015.', m: ['108 = 108 '] },
  // a target's maximum and minimum; an excess of
  { in: 'Target: A maximum of 30 weeks.', m: ['A maximum of 30 weeks = 30 weeks ~under'] },
  { in: 'Target: A minimum of 70%.', m: ['A minimum of 70% = 70 % ~over'] },
  {
    in: 'Counties cannot account for an excess of Sh17 billion.',
    m: ['an excess of Sh17 billion = 17000000000 肯尼亚先令 ~over'],
  },
  { in: 'The minimum of the range was 5%.', m: ['5% = 5 %'] },
  { in: 'The maximum of the scale is set by law.', m: [] },
  { in: 'Set n = 5 in the formula.', m: [] },
  { in: 'Of these, some received more.', m: [] },
  // a respectively list shares its approximation; within is a ceiling
  {
    in: 'Spending amounted to approximately RO233mn, RO137mn and RO30mn, respectively.',
    m: [
      'approximately RO233mn = 233000000 阿曼里亚尔 ~about',
      'RO137mn = 137000000 阿曼里亚尔 ~about',
      'RO30mn = 30000000 阿曼里亚尔 ~about',
    ],
  },
  {
    in: 'Costs were about $5 million, $3 million and $2 million.',
    m: ['about $5 million = 5000000 美元 ~about', '$3 million = 3000000 美元', '$2 million = 2000000 美元'],
  },
  {
    in: 'Calls were resolved within 11 minutes and 34 seconds.',
    m: ['within 11 minutes and 34 seconds = 694 seconds ~under'],
  },
  // a sign of a ceiling or a floor before a percentage
  { in: 'Of these, 10 (<1%) were referred to the Commission.', m: ['10 = 10 ', '<1% = 1 % ~under'] },
  // table rows written with bars and no leading bar are cells, not figures of sentences, and are never joined
  {
    in: 'Fraud Type | Reports | Victims | Dollar Loss |\nExtortion | 17,390 | 6,689 | $12.5 M |\nIdentity Fraud | 16,970 | 16,970 | N/A |',
    m: [],
    claim: false,
  },
  // thousands grouped with dots, two groups or more
  {
    in: 'In 2019 there were 10.437.328 calls to 112, of which 5.404.650 (51.7%) were real emergencies.',
    m: ['10.437.328 calls = 10437328 calls', '5.404.650 = 5404650 ', '51.7% = 51.7 %'],
  },
  { in: 'Version 1.2.3 of the app was released.', m: [] },
  // a bare count after a move in per cent and "to" is the level reached
  { in: 'Robbery from the Person was down 13% to 1483.', m: ['13% = 13 % down', '1483 = 1483 '] },
  { in: 'Thefts rose 5% to 2016 levels.', m: ['5% = 5 % up'] },
  { in: 'Thefts rose to 2016 levels.', m: [] },
  { in: 'Inflation, as reported by the Institute, was steady.', m: [] },
  { in: 'The population in mid-2012 was estimated by the Office.', m: [] },
  // a table row laid out with spaces: a longer label with brackets or commas, three figure cells or more
  { in: 'Chained (2009) dollars 0.2 0.3 0.1 0.2 0.3', m: [], claim: false },
  { in: 'PCE, excluding food and energy 0.2 0.2 0.1 0.2 0.1', m: [], claim: false },
  { in: 'Real PCE increased 0.2 percent in May.', m: ['0.2 percent = 0.2 % up'] },
  // a price index named by its acronym or in the plural keeps its bare values, a list of them too
  { in: 'The CPI was 137.8 in May.', m: ['137.8 = 137.8 '] },
  {
    in: 'The General Indices for rural, urban and combined are 137.8, 134.0 and 136.2 respectively.',
    m: ['137.8 = 137.8 ', '134.0 = 134 ', '136.2 = 136.2 '],
  },
  { in: 'The CPI was revised in 2015.', m: [] },
  { in: 'The ratio was 1.35, and 2.4 people attended.', m: ['1.35 = 1.35 ', '2.4 people = 2.4 people'] },
  // a toll's bare count, and the counts coordinated with it
  {
    in: 'The death toll from an outbreak of Ebola in Guinea has hit 337 since February.',
    m: ['337 = 337 '],
  },
  {
    in: 'The toll in Sierra Leone and Liberia has spiked, hitting 49 and 24 respectively.',
    m: ['49 = 49 ', '24 = 24 '],
  },
  { in: 'The toll road was opened in 2012.', m: [] },
  // "in the vicinity of", "in the region of": about
  {
    in: 'CBO estimates that the deficit will be in the vicinity of $400 billion.',
    m: ['in the vicinity of $400 billion = 400000000000 美元 ~about'],
  },
  { in: 'In the region of 300 people attended.', m: ['In the region of 300 people = 300 people ~about'] },
  { in: 'The region of 300 square miles was flooded.', m: ['300 square miles = 300 square_miles'] },
  // a share written "N of its M", the whole's owner between; not a section of a document
  {
    in: 'The department met 29 of its 36 performance measures in 2017–18.',
    m: ['29 of its 36 = 80.5556 %'],
  },
  { in: 'Section 3 of its annex sets out the method.', m: [] },
  { in: 'Chapter 4 of its 2019 report sets out the plan.', m: [] },
  // a scale letter before a qualified counted noun; not a length's height
  { in: 'The library made over 1.7m heritage items available.', m: ['over 1.7m heritage items = 1700000 items ~over'] },
  { in: 'The site has 5m high walls.', m: [] },
  // the electric and peak capacities of power plants
  {
    in: 'Unit 1 of 1000 MWe began operation, taking the capacity to 5680MWe.',
    m: ['1000 MWe = 1000 MWe', '5680MWe = 5680 MWe'],
  },
  { in: 'The solar farm adds 5 MWp.', m: ['5 MWp = 5 MWp'] },
  // a move restated as a bare count after "or": no range with the level after "to"
  {
    in: 'Kidnapping offences were up by 18% or 390 to 2,572 in the year.',
    m: ['18% = 18 % up', '390 = 390  up', '2,572 = 2572 '],
  },
  {
    in: 'Explosives offences were up by 10% or 253 to 2,844 incidents.',
    m: ['10% = 10 % up', '253 = 253  up', '2,844 incidents = 2844 incidents'],
  },
  { in: 'Offences rose by 10% or more in 12 areas.', m: ['10% or more = 10 % ~over up', '12 areas = 12 areas'] },
  // a decimal set against another is the other side's level
  {
    in: 'The rate per 100,000 persons was 88.0 in 2014, compared to 86.6 in 2013.',
    m: ['88.0 = 88 ', '86.6 = 86.6 '],
    s: ['rate per 100,000 persons', 'rate per 100,000 persons'],
  },
  { in: 'Compared to 2013, the rate was stable.', m: [] },
  // must not match: a heading's "of its", a rate's base alone, a plus in a name
  { in: 'Part 2 of its report covers the year.', m: [] },
  { in: 'The Plus Fund was launched.', m: [] },
  { in: 'The MWe rating is set by the regulator.', m: [] },
  { in: 'With the rate rising, the board met.', m: [] },
  // a bare "N of M" after a verb of meeting targets is a share; not a chapter of a report
  {
    in: 'The department met 30 of 36 performance measures in 2015–16 and 31 of 36 performance measures in 2016–17.',
    m: ['30 of 36 = 83.3333 %', '31 of 36 = 86.1111 %'],
    s: ['performance measures', 'performance measures'],
  },
  { in: 'Page 3 of 12 pages is missing.', m: ['12 pages = 12 pages'] },
  { in: 'They met on 3 of May.', m: [] },
  { in: 'Deaths due to the storm were mourned.', m: [] },
  { in: 'The fund was worth a total of little.', m: [] },
  // must not match: a move's lead with no figure, an enumerator alone, a balance with no amount
  { in: 'This means an average weekly increase of:', m: [] },
  { in: '(ii) Of the unemployed, most were young.', m: [] },
  { in: 'The Government has achieved surpluses averaging more than expected.', m: [] },
  // a clock's PM before a count is no pollutant's name
  { in: 'At 5 PM 10 officers arrived.', m: ['10 officers = 10 officers'] },
  // a ratio's second term after a colon is no clock's minutes
  { in: 'The probability of an accident is 1:1.2 million.', m: ['1.2 million = 1200000 '] },
  // must not match: a clock time, a pollutant's name split by a space
  { in: 'The statement was published at 12:00 hour.', m: [] },
  { in: 'Stations monitor PM 2.5 and PM 10 across the city.', m: [] },
  // must not match: a time of day in four digits
  { in: 'The figures are embargoed until 0900 hours on Tuesday.', m: [] },
  // must not match: a helpline's number; a duration after the line is a metric
  { in: 'The Samaritans’ free helpline is 116 123.', m: [] },
  { in: 'The helpline number is 1800 123 456.', m: [] },
  { in: 'The hotline is 24 hours a day.', m: ['24 hours = 24 hours'] },
  // must not match: bullet glyphs before a heading; a span of dates with no figure measured
  { in: '►► Key findings of the review', m: [] },
  { in: 'Deaths fell from the start of the year up to 15 July.', m: [] },
  // must not match: a light verb's idiom (took a dip) with no figure; a period phrase alone; a comparison alone
  { in: 'Reports took a slight dip over the summer.', m: [] },
  { in: 'From the start of this year up to 15 July.', m: [] },
  { in: 'Sales remained slightly below the five year average.', m: [] },
  // must not match: the year a level is set against; a year-like count stays a count
  { in: 'Emissions were 30 percent below 2005 levels by 2030.', m: ['30 percent = 30 % down'] },
  { in: 'Emissions were below 1990 figures.', m: [] },
  { in: 'Output was more than 2,005 levels.', m: ['more than 2,005 levels = 2005 levels ~over'] },
  // must not match: a year a level is set against, a move's lead alone, a results table's heading
  { in: 'Emissions stayed below 2005 levels.', m: [] },
  { in: 'Concentrations of harmful air pollutants decreased considerably across the nation:', m: [] },
  { in: 'Key numbers for the year ended June vs year ago', m: [] },
  // must not match: a bracket that refers to a table, a date fronted with no figure after it
  { in: 'Visitor arrivals (see Table 1) increased in March.', m: [] },
  { in: 'At 1 July 2010 the board met to review enrolments.', m: [] },
  // must not match: a pronoun that follows an event, a share named by its word alone
  { in: 'This followed the opening of new resorts.', m: [] },
  { in: 'The vast majority said they were satisfied.', m: [] },
];
