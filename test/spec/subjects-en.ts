// Spec table of subjects, English: one group of cases per subject rule, with must-not-match cases.
// Read by spec-tables.test.ts.
import type { SpecCase } from './types';

export const EN_SUBJECTS: SpecCase[] = [
  // a verb of reaching or passing after the subject is no part of it
  {
    in: 'Cumulative deficits exceeding $225 billion were projected.',
    m: ['$225 billion = 225000000000 美元 ~over'],
    s: ['Cumulative deficits'],
  },
  // a change named after the figure: its holder, or what changed ("a 24% decrease in X")
  {
    in: 'Violence saw a 20% fall, criminal damage fell by 5%.',
    m: ['20% = 20 % down', '5% = 5 % down'],
    s: ['Violence', 'criminal damage'],
  },
  { in: 'There was a 24% decrease in other household theft.', m: ['24% = 24 % down'], s: ['other household theft'] },
  {
    in: 'A $134 billion increase in Social Security outlays.',
    m: ['$134 billion = 134000000000 美元 up'],
    s: ['Social Security outlays'],
  },
  // a record high measures what reached it; "They"/"That" open a clause about what the sentence before measured
  { in: 'From a peak in 1991 when crime reached a record high of 572,921.', m: ['572,921 = 572921'], s: ['crime'] },
  {
    in: 'Lottery scholarships have grown by 26 percent. They have increased from $72 million to over $91 million.',
    m: ['26 percent = 26 % up', '$72 million = 72000000 美元', 'over $91 million = 91000000 美元 ~over'],
    s: ['Lottery scholarships', 'Lottery scholarships', 'Lottery scholarships'],
  },
  // a pace names how fast, not what: the clause subject is the measure
  { in: 'Prices rose at a pace of 3.2 percent in May.', m: ['3.2 percent = 3.2 % up'], s: ['Prices'] },
  // a verb the list did not know (kept, secures, recruit) takes the figure's noun as its object
  {
    in: 'The Pacific Region kept 183 firearms out of our communities.',
    m: ['183 firearms = 183 firearms'],
    s: ['firearms'],
  },
  {
    in: 'UK secures £970 million of fishing opportunities for 2024.',
    m: ['£970 million = 970000000 英镑'],
    s: ['fishing opportunities'],
  },
  // an existential clause after a fronted phrase names nothing; a restating participle takes the figure before's subject
  {
    in: 'Comparing like with like, there were 3,000 fewer crimes, accounting for a fall of 2.7 per cent.',
    m: ['3,000 fewer crimes = 3000 crimes down', '2.7 per cent = 2.7 % down'],
    s: ['crimes', 'crimes'],
  },
  // a police force's day: each verb's object is what its figure counts
  {
    in: 'On a typical day, the force solves 110 crimes and attends 16 injury collisions.',
    m: ['110 crimes = 110 crimes', '16 injury collisions = 16 collisions'],
    s: ['crimes', 'injury collisions'],
  },
  // a survey's share measures the people asked (H50-8), also when the next share names only the answer
  {
    in: '88% of Europeans approve the idea. 66% agree that Ukraine should join the EU.',
    m: ['88% = 88 %', '66% = 66 %'],
    s: ['Europeans', 'Europeans'],
  },
  { in: '87% of MPs said we were effective at supporting Parliament.', m: ['87% = 87 %'], s: ['MPs'] },
  // must-not-match: a share of a set whose part is named after "were" keeps the part
  { in: '6% of recorded crimes were fraud offences.', m: ['6% = 6 %'], s: ['fraud offences share of recorded crimes'] },
  // a named item of a list measures what the item before measures (H11-3)
  {
    in: 'Ashanti had the lowest rate of inflation of 31.2 per cent, Greater Accra, 33.9 per cent, Oti, 34.3 per cent.',
    m: ['31.2 per cent = 31.2 % up', '33.9 per cent = 33.9 % up', '34.3 per cent = 34.3 % up'],
    s: ['rate of inflation', 'rate of inflation', 'rate of inflation'],
  },
  // a pronoun opening the clause points back at the figure before
  {
    in: 'Police recorded crime fell by 2%. This represents a 14% decrease.',
    m: ['2% = 2 % down', '14% = 14 % down'],
    s: ['Police recorded crime', 'Police recorded crime'],
  },
  { in: 'This represents a significant change in approach.', m: [] },
  // a figure compared with a basis: the subject as written, without the basis (it is the change's)
  {
    in: 'The FY 2023 deficit was $31 billion lower than the baseline estimate of $1.7 trillion.',
    m: ['$31 billion = 31000000000 美元 down', '$1.7 trillion = 1700000000000 美元'],
    s: ['FY 2023 deficit', '!compared with'],
  },
  {
    in: 'The deficit for FY 2023 was $1.7 trillion; $320 billion higher than the prior year’s deficit.',
    m: ['$1.7 trillion = 1700000000000 美元', '$320 billion = 320000000000 美元 up'],
    s: ['deficit', 'deficit'],
  },
  { in: 'Prices were higher than expected.', m: [] },
  // the figure as a verb's object: what follows it is the subject
  {
    in: 'Our economy added over 300,000 new jobs in September.',
    m: ['over 300,000 new jobs = 300000 jobs ~over up'],
    s: ['new jobs added'],
  },
  {
    in: 'The MSR estimates included $104.7 billion in receipts from legislative proposals.',
    m: ['$104.7 billion = 104700000000 美元'],
    s: ['receipts from legislative proposals'],
  },
  // shares of GDP, estimate adjectives and time phrases
  {
    in: 'Revenues fell to 16.5 percent of gross domestic product (GDP).',
    m: ['16.5 percent = 16.5 %'],
    s: ['Revenues as a share of gross domestic product (GDP)'],
  },
  {
    in: 'As a share of GDP, outlays fell from 24.8 percent to 22.8 percent.',
    m: ['24.8 percent = 24.8 %', '22.8 percent = 22.8 %'],
    s: ['outlays as a share of GDP', 'outlays as a share of GDP'],
  },
  {
    in: 'Higher-than-estimated refunds of $30.9 billion reduced receipts.',
    m: ['$30.9 billion = 30900000000 美元 up'],
    s: ['refunds'],
  },
  {
    in: 'Borrowing rose from 96 percent at the end of FY 2022 to 98 percent at the end of FY 2023.',
    m: ['96 percent = 96 %', '98 percent = 98 %'],
    s: ['Borrowing', 'Borrowing'],
  },
  // never a connector or a month
  {
    in: 'Unemployment fell by 0.2 percentage points in March or April.',
    m: ['0.2 percentage points = 0.2 百分点 down'],
    s: ['Unemployment'],
  },
  { in: 'As a share of the total, the figures are not comparable.', m: [] },
  { in: 'In March or April, the survey was revised.', m: [] },

  // a change noun alone is no subject: the figure before gives it
  {
    in: 'The deficit was 6.3 percent, an increase from 5.4 percent in FY 2022.',
    m: ['6.3 percent = 6.3 %', '5.4 percent = 5.4 %'],
    s: ['deficit', 'deficit'],
  },
  {
    in: 'Receipts fell by $457 billion, a sharp decrease of 9.3 percent.',
    m: ['$457 billion = 457000000000 美元 down', '9.3 percent = 9.3 % down'],
    s: ['Receipts', '!decrease'],
  },
  // a list item's label says whose figure it is; a remark's label does not
  {
    in: '- clothing & footwear: prices, overall, rose by 0.6% between May and June this year compared with a fall of 1.9% a year ago.',
    m: ['0.6% = 0.6 % up', '1.9% = 1.9 % down'],
    s: ['clothing & footwear: prices', 'clothing & footwear: prices'],
  },
  { in: 'Note: the total rose by 5%.', m: ['5% = 5 % up'], s: ['!Note'] },
  { in: '- clothing & footwear: see the note below.', m: [] },
  // a gloss in brackets is dropped from the subject; a short name in brackets stays
  {
    in: 'The jobless rate (the share of the labour force without work) for Wales stood at 4.1% in May.',
    m: ['4.1% = 4.1 %'],
    s: ['jobless rate for Wales'],
  },
  {
    in: 'The Producer Price Index (PPI) rose by 0.3% in March.',
    m: ['0.3% = 0.3 % up'],
    s: ['Producer Price Index (PPI)'],
  },
  // a comparison opening the sentence belongs to the subject
  {
    in: 'Compared with last year, hospital admissions fell by 3.2 percent.',
    m: ['3.2 percent = 3.2 % down'],
    s: ['hospital admissions'],
  },
  // a rate "N X per Y": what is counted, per what
  {
    in: 'The survey equates to about 14 visits recorded per 1,000 residents in 2023.',
    m: ['about 14 visits = 14 visits ~about'],
    s: ['visits recorded per 1,000 residents'],
  },
  // "there were N X": the counted noun and what it is of
  {
    in: 'Latest estimates show there were 2.4 million claims for housing benefit in the year.',
    m: ['2.4 million claims = 2400000 claims'],
    s: ['claims for housing benefit'],
  },
  {
    in: 'The agency estimated 95,000 vehicles were stolen from private driveways in 2022.',
    m: ['95,000 vehicles = 95000 vehicles'],
    s: ['vehicles stolen from private driveways'],
  },
  // "showed a decrease of": the change named before the figure is not the subject
  {
    in: 'Levels of bicycle theft showed a decrease of 9% in the year.',
    m: ['9% = 9 % down'],
    s: ['bicycle theft'],
  },
  // "this apparent 2% rise": the figure measures what the one before measures
  {
    in: 'The survey estimates that there were 410,000 incidents of vandalism. This apparent 2% rise was not significant.',
    m: ['410,000 incidents = 410000 incidents', '2% = 2 % up'],
    s: ['incidents of vandalism', 'incidents of vandalism'],
  },
  // a relative clause: the noun it is about
  {
    in: 'The rise came mainly from the category shop theft, which showed an increase of 6% in the year.',
    m: ['6% = 6 % up'],
    s: ['category shop theft'],
  },
  // "respectively": each figure takes its own item of the list
  {
    in: 'Levels of burglary, vehicle crime, and fraud and forgery all fell (down 8%, 6% and 3% respectively).',
    m: ['8% = 8 % down', '6% = 6 % down', '3% = 3 % down'],
    // Shared out "respectively": the last figure is the last item's, though "and" joins it to the one before.
    s: ['burglary', 'vehicle crime', 'fraud and forgery'],
  },
  // "the X of $N": the noun phrase before "of"; not a word that only says how much
  {
    in: 'The shortfall was the net effect of lower customs duties of $2.4 billion.',
    m: ['$2.4 billion = 2400000000 美元 down'],
    s: ['lower customs duties'],
  },
  {
    in: 'Grants reached a total of $5 billion.',
    m: ['$5 billion = 5000000000 美元'],
    s: ['!total'],
  },
  // must-not-match: a gloss or a list with no figure
  { in: 'The rate (the share of adults in work) is published monthly.', m: [] },
  { in: 'Robbery, theft and fraud all decreased respectively.', m: [] },
  // "Of this number, N% were…": a part of the figure before
  {
    in: 'The survey estimated 640,000 claims were submitted by tenants in 2023. Of this number, 30% were rejected.',
    m: ['640,000 claims = 640000 claims', '30% = 30 %'],
    s: ['claims submitted by tenants', 'claims submitted by tenants'],
  },
  // "N% of Y were Z": the share of Y that Z is
  {
    in: 'The remaining 12% of recorded offences were drug offences.',
    m: ['12% = 12 %'],
    s: ['drug offences share of recorded offences'],
  },
  // figures in brackets after the noun phrase they measure
  {
    in: 'The gap is mostly due to outlays for road maintenance contracts ($2.7 billion).',
    m: ['$2.7 billion = 2700000000 美元'],
    s: ['outlays for road maintenance contracts'],
  },
  {
    in: 'Most of the remaining claims were appeals against fines (12,400; 35%).',
    m: ['12,400 = 12400', '35% = 35 %'],
    s: ['appeals against fines', 'appeals against fines'],
  },
  { in: 'Those figures (see the annex) were revised.', m: [] },
  // a flow named by its verb and its period
  {
    in: 'Employers have created nearly 2 million jobs since the recovery began, officials said.',
    m: ['nearly 2 million jobs = 2000000 jobs ~about'],
    s: ['jobs created since the recovery began'],
  },
  {
    in: 'The plan proposed $40 billion in savings over the next 10 years.',
    m: ['$40 billion = 40000000000 美元 down'],
    s: ['savings proposed over the next 10 years'],
  },
  // never a scale word: a figure set off by commas ("…, at 7.2 million,") measures the phrase before it
  {
    in: 'Both the jobless rate, at 4.1 percent, and the number of jobless persons, at 7.2 million, were unchanged in May.',
    m: ['4.1 percent = 4.1 %', '7.2 million = 7200000 '],
    s: ['jobless rate', 'number of jobless persons'],
  },
  {
    in: 'The count of idle workers held at 6.4 million over the quarter.',
    m: ['6.4 million = 6400000 '],
    s: ['!million'],
  },
  // a share: "accounted for N percent of Y", its part from the figure before when a pronoun opens the clause
  {
    in: 'The number of long-term jobless was little changed at 1.3 million in May. These workers accounted for 21.4 percent of all jobless persons.',
    m: ['1.3 million = 1300000 ', '21.4 percent = 21.4 %'],
    s: ['number of long-term jobless', 'number of long-term jobless as a share of all jobless persons'],
  },
  // a list of noun phrases, each with its figure in brackets, shares the first one's head
  {
    in: 'The jobless rates for adult women (3.6 percent), veterans (2.9 percent), and teenagers (12.1 percent) showed little change.',
    m: ['3.6 percent = 3.6 %', '2.9 percent = 2.9 %', '12.1 percent = 12.1 %'],
    s: ['jobless rates for adult women', 'jobless rates for veterans', 'jobless rates for teenagers'],
  },
  // the figure as an object: the noun phrase after it, with the doer of a flow; never the verb phrase before it
  {
    in: 'Manufacturing added 18,000 jobs in May.',
    m: ['18,000 jobs = 18000 jobs up'],
    s: ['jobs added (Manufacturing)'],
  },
  {
    in: 'A regional utility will build a $750m battery storage plant near the old mine.',
    m: ['$750m = 750000000 美元'],
    s: ['battery storage plant'],
  },
  {
    in: 'The port authority will open a $90m terminal next spring.',
    m: ['$90m = 90000000 美元'],
    s: ['!will open a'],
  },
  {
    in: 'The Department of Commerce is making $300 million available to modernize regional ports.',
    m: ['$300 million = 300000000 美元'],
    s: ['Department of Commerce funding'],
  },
  {
    in: 'The state will spend $2 billion, in addition to $800 million in funding from the federal highway program.',
    m: ['$2 billion = 2000000000 美元', '$800 million = 800000000 美元'],
    s: [null, 'funding from the federal highway program'],
  },
  {
    in: 'Grants were awarded across 40 counties.',
    m: ['40 counties = 40 counties'],
    s: ['!across'],
  },
  // a where-clause is about the place before it
  {
    in: 'Most of the gain came in restaurants and bars, where employment rose by 31,000.',
    m: ['31,000 = 31000  up'],
    s: ['employment in restaurants and bars'],
  },
  // a bare "change" takes the fuller subject before it
  {
    in: 'The change in total payroll employment for April was revised down by 20,000, and the change for May was revised up by 12,000.',
    m: ['20,000 = 20000  down', '12,000 = 12000  up'],
    s: ['change in total payroll employment', 'change in total payroll employment'],
  },
  // "cut X by N": what is cut
  {
    in: 'The county plans to cut average wait times by another 15 percent.',
    m: ['15 percent = 15 % down'],
    s: ['average wait times'],
  },
  { in: 'The agency will build a new plant on the site.', m: [] },
  { in: 'Wages continued to trend up over the month.', m: [] },
  // A lone -ing form, linking verb or period word is no subject.
  { in: 'Exports to Canada rose, representing 12% of the total.', m: ['12% = 12 %'], s: ['!representing'] },
  {
    in: 'Prices elsewhere were lower, with the Midwest remaining at $2.54 per gallon.',
    m: ['$2.54 per gallon = 2.54 美元/gallon'],
    s: ['!remaining'],
  },
  { in: 'Shipments averaged 310,000 tonnes.', m: ['310,000 tonnes = 310000 tonnes'], s: ['Shipments'] },
  // the clause model (metrics/subject-en.ts): a count of places is the places where the clause's subject moved
  {
    in: 'The uninsured rate for veterans declined in 31 states between 2018 and 2022.',
    m: ['31 states = 31 states'],
    s: ['states where the uninsured rate for veterans declined'],
  },
  {
    in: 'Median earnings rose in 14 metropolitan areas and were unchanged in 9 metropolitan areas.',
    m: ['14 metropolitan areas = 14 areas', '9 metropolitan areas = 9 areas'],
    s: ['areas where Median earnings rose', 'areas where Median earnings were unchanged'],
  },
  // a pronoun takes the subject of the sentence before; a fronted "For <group>," restricts it
  {
    in: 'The jobless rate for young workers fell in most states. For workers ages 16 to 24, it fell between 0.6 and 4.1 percentage points across 29 states.',
    m: ['0.6 = 0.6 百分点 down', '4.1 percentage points = 4.1 百分点 down', '29 states = 29 states'],
    s: [
      'jobless rate for workers ages 16 to 24',
      'jobless rate for workers ages 16 to 24',
      'states where the jobless rate for workers ages 16 to 24 fell',
    ],
  },
  // fronted adverbials and insertions between the subject and its verb are cut away
  {
    in: 'In the fourth quarter, after a slow start, real disposable personal income increased 1.8 percent.',
    m: ['1.8 percent = 1.8 % up'],
    s: ['real disposable personal income'],
  },
  {
    in: 'Meanwhile, distillate fuel inventories, which include diesel, decreased by 1.2 million barrels.',
    m: ['1.2 million barrels = 1200000 barrels down'],
    s: ['distillate fuel inventories'],
  },
  {
    in: 'As prices eased, consumer spending on services rose $52.4 billion.',
    m: ['$52.4 billion = 52400000000 美元 up'],
    s: ['consumer spending on services'],
  },
  // an object moved to a figure by a verb whose subject is an agent
  {
    in: 'The Board voted to raise the discount rate to 5.5 percent.',
    m: ['5.5 percent = 5.5 %'],
    s: ['discount rate'],
  },
  // a list shared out "respectively": the item in the figure's place, with the head it shares
  {
    in: 'Corn and soybean export sales increased 12 percent and 7 percent, respectively.',
    m: ['12 percent = 12 % up', '7 percent = 7 % up'],
    s: ['Corn export sales'],
  },
  // a fronted figure measures the subject of the clause after it; a second verb shares the subject
  {
    in: 'At 1.9 million units, building permits were 3 percent above the previous month.',
    m: ['1.9 million units = 1900000 units', '3 percent = 3 % up'],
    s: ['building permits', 'building permits'],
  },
  {
    in: 'Total gasoline inventories increased by 0.9 million barrels last week and are about 3% below the five year average.',
    m: ['0.9 million barrels = 900000 barrels up', 'about 3% = 3 % ~about down'],
    s: ['gasoline inventories', '!week and'],
  },
  // must not match: a subordinate opener, a basis phrase, a lone verb, a preposition are no subjects
  {
    in: 'Then as the storm approached, Florida gasoline prices increased $0.40/gal.',
    m: ['$0.40/gal = 0.4 美元/gal up'],
    s: ['!Then as'],
  },
  {
    in: 'The average diesel price increased 4 cents to $2.80 per gallon, up 40 cents from the same time last year.',
    m: ['4 cents = 4 cents up', '$2.80 per gallon = 2.8 美元/gallon', '40 cents = 40 cents up'],
    s: ['average diesel price', 'average diesel price', '!from the same time'],
  },
  {
    in: 'Farm income is forecast to increase by $39.5 billion (29.5 percent) in 2025.',
    m: ['$39.5 billion = 39500000000 美元 up', '29.5 percent = 29.5 % up'],
    s: ['Farm income', '!forecast to increase'],
  },
  {
    in: 'The number of people employed part time for economic reasons increased by 460,000 to 4.9 million in March.',
    m: ['460,000 = 460000  up', '4.9 million = 4900000 '],
    s: [
      'number of people employed part time for economic reasons',
      'number of people employed part time for economic reasons',
    ],
  },
  // a base after ", following" measures the main clause's subject; a period alone is no subject
  {
    in: 'The jobless rate in farm counties stood at 4.2 percent in March, following 4.4 percent in the final month of 2024.',
    m: ['4.2 percent = 4.2 %', '4.4 percent = 4.4 %'],
    s: ['jobless rate in farm counties', 'jobless rate in farm counties'],
  },
  // a participle or a change noun after the main clause's figure measures the main clause's subject
  {
    in: 'Business investment grew for a third quarter, climbing 6.2 percent after a 3.1 percent advance in the spring.',
    m: ['6.2 percent = 6.2 % up', '3.1 percent = 3.1 % up'],
    s: ['Business investment', 'Business investment'],
  },
  // a figure fronted in a participle clause measures the subject after the comma
  {
    in: 'After jumping by 7 percent in the spring, exports rose 2.5 percent in the summer.',
    m: ['7 percent = 7 % up', '2.5 percent = 2.5 % up'],
    s: ['exports', 'exports'],
  },
  // an appositive between the subject and its verb is cut; a contribution verb governs its figure
  {
    in: 'Farm inventories, a volatile item, subtracted 0.4 percentage point from growth.',
    m: ['0.4 percentage point = 0.4 百分点 down'],
    s: ['Farm inventories'],
  },
  // a labelled list item: the label says which part the item's figures measure; each item is its own
  {
    in: '- Rural lenders: 84 organizations receiving $120.5 million in grants\n- Credit unions: 61 organizations receiving $98.2 million in grants',
    m: [
      '84 organizations = 84 organizations',
      '$120.5 million = 120500000 美元',
      '61 organizations = 61 organizations',
      '$98.2 million = 98200000 美元',
    ],
    s: [
      'Rural lenders: organizations',
      'Rural lenders: grants',
      'Credit unions: organizations',
      'Credit unions: grants',
    ],
  },
  { in: '- Rural lenders: organizations receiving grants', m: [] },
  // the noun phrase after "with" governs its participle; a change posted by an agent is the agent's
  {
    in: 'The economy slowed in the spring, with farm output growth decelerating to 1.2 percent.',
    m: ['1.2 percent = 1.2 % up'],
    s: ['farm output growth'],
  },
  {
    in: 'After falling in the winter, imports recovered and posted a 4.4 percent increase in the spring.',
    m: ['4.4 percent = 4.4 % up'],
    s: ['imports'],
  },
  // a crop or fiscal year pair before the subject is a period, cut like a single year
  {
    in: 'The 2007/08 projected price range for barley is $2.40 to $2.90 per bushel.',
    m: ['$2.40 = 2.4 美元/bushel', '$2.90 per bushel = 2.9 美元/bushel'],
    s: ['projected price range for barley', 'projected price range for barley'],
  },
  // a share of a whole written after the figure: the verb's subject as a share of that whole, both ends of a dated range
  {
    in: 'Pension costs will grow from approximately 4.1 percent of GDP in 2020 to 5.2 percent of GDP by 2040.',
    m: ['approximately 4.1 percent = 4.1 % ~about', '5.2 percent = 5.2 %'],
    s: ['Pension costs as a share of GDP', 'Pension costs as a share of GDP'],
  },
  { in: 'Pension costs will grow as a share of GDP.', m: [] },
  // a fronted month and year is a time, not part of the subject
  {
    in: 'In May 2015 county road spending was £3.4 billion, £0.6 billion higher than in May 2014.',
    m: ['£3.4 billion = 3400000000 英镑', '£0.6 billion = 600000000 英镑 up'],
    s: ['county road spending', 'county road spending'],
  },
  // a list of figures by place shares the change and the subject; the place is not the subject
  {
    in: 'Rents increased 4.2% in Ontario, 3.1% in Quebec and 2.4% in Manitoba over the year.',
    m: ['4.2% = 4.2 % up', '3.1% = 3.1 % up', '2.4% = 2.4 % up'],
    s: ['Rents', 'Rents', 'Rents'],
  },
  // a Markdown heading line ends before the sentence under it: it is no part of the subject
  {
    in: '## Regional Summary\nAverage rents increased by 4.4% over the year, up from 3.9% in April.',
    m: ['4.4% = 4.4 % up', '3.9% = 3.9 % up'],
    s: ['Average rents', 'Average rents'],
  },
  // a comparison word alone names nothing: the figure before lends its subject
  {
    in: 'In the year ending March 2014 the police recorded 537 homicides, 21 fewer than in the previous year.',
    m: ['537 homicides = 537 homicides', '21 = 21  down'],
    s: ['homicides recorded', 'homicides recorded'],
  },
  // one measure set against two bases: the second figure measures what the first does
  {
    in: 'Incidents of bicycle theft are now 27% lower than in the 2008/09 survey and 43% lower than in 1995.',
    m: ['27% = 27 % down', '43% = 43 % down'],
    s: ['Incidents of bicycle theft', 'Incidents of bicycle theft'],
  },
  {
    in: 'Outlays were $6.1 trillion, $237 billion less than projected in the Budget and $4 billion more than projected in the MSR.',
    m: [
      '$6.1 trillion = 6100000000000 美元',
      '$237 billion = 237000000000 美元 down',
      '$4 billion = 4000000000 美元 up',
    ],
    s: ['Outlays', 'Outlays', 'Outlays'],
  },
  { in: 'Receipts were lower than in 2022 and higher than in 2019.', m: [] },
  // a run-in heading with a dash is a label, not part of the subject
  {
    in: 'Department of Energy — Outlays for the Department of Energy (DOE) were $34.4 billion, $2.8 billion lower than the MSR estimate.',
    m: ['$34.4 billion = 34400000000 美元', '$2.8 billion = 2800000000 美元 down'],
    s: ['Outlays for the Department of Energy (DOE)', '!Department of Energy —'],
  },
  { in: 'Department of Energy — Outlays rose.', m: [] },
  // a caseload verb's counted object is what is measured, named with the verb's participle, not the agent
  {
    in: 'Deputies answered 412,500 calls for service and made 3,812 impaired-driving arrests.',
    m: ['412,500 calls = 412500 calls', '3,812 impaired-driving arrests = 3812 arrests'],
    s: ['calls for service answered', 'impaired-driving arrests made'],
  },
  { in: 'Deputies answered calls for service around the clock.', m: [] },
  // two counts of different things joined by "and" are no list sharing one subject
  {
    in: 'The department employed 2,150 sworn deputies and 1,020 civilian staff.',
    m: ['2,150 sworn deputies = 2150 deputies', '1,020 civilian staff = 1020 staff'],
    s: ['sworn deputies (department)', 'civilian staff'],
  },
  // the change verb before the figure is no part of the subject
  {
    in: 'The average 911 answer time improved to 6.4 seconds.',
    m: ['6.4 seconds = 6.4 seconds'],
    s: ['average 911 answer time'],
  },
  // money borrowed, sold or received "in" something: that something is what is measured
  {
    in: 'Treasury expects to borrow $569 billion in privately-held net marketable debt.',
    m: ['$569 billion = 569000000000 美元'],
    s: ['privately-held net marketable debt'],
  },
  {
    in: '90 minority depository institutions received a total of $133.9 million in awards.',
    m: ['90 minority depository institutions = 90 institutions', '$133.9 million = 133900000 美元'],
    s: ['!received a total', 'awards'],
  },
  { in: 'Treasury expects to borrow less in the next quarter.', m: [] },
  // a change verb with no noun names nothing: the figure before in the sentence lends its subject
  {
    in: 'The share of scheduled benefits payable is 89 percent in 2026, declines slowly to 77 percent in 2046, and then rises gradually to 83 percent in 2093.',
    m: ['89 percent = 89 %', '77 percent = 77 %', '83 percent = 83 %'],
    s: [
      'share of scheduled benefits payable',
      'share of scheduled benefits payable',
      'share of scheduled benefits payable',
    ],
  },
  // a fronted "since then" and a finished clause before "and" open no subject
  {
    in: 'Since then estimates have fallen and incidents of domestic burglary are 12% lower than the previous year.',
    m: ['12% = 12 % down'],
    s: ['incidents of domestic burglary'],
  },
  // bracketed changes after list items: each measures the item before its bracket, not the list's introduction
  {
    in: 'Crime fell by 1%, with the exception of violence against the person (up 6%), shoplifting (up 7%) and sexual offences (up 20%).',
    m: ['1% = 1 % down', '6% = 6 % up', '7% = 7 % up', '20% = 20 % up'],
    s: ['Crime', 'violence against the person', '!exception of', 'sexual offences'],
  },
  // a bracket restating the change of the figure before it measures what that figure does
  {
    in: 'Included in this total is a state government payroll of $30.9 billion (up 7.9 percent).',
    m: ['$30.9 billion = 30900000000 美元', '7.9 percent = 7.9 % up'],
    s: ['state government payroll', 'state government payroll'],
  },
  {
    in: 'Part-time state employees earned $2.8 billion (up 7.0 percent).',
    m: ['$2.8 billion = 2800000000 美元', '7.0 percent = 7 % up'],
    s: ['Part-time state employees earned', 'Part-time state employees'],
  },
  // a place after a total is no counted noun; a recording verb away from the figure is part of the subject
  {
    in: 'Sexual offences recorded by the police increased by 20%, to a total of 64,200 across England and Wales.',
    m: ['20% = 20 % up', '64,200 = 64200'],
    s: ['Sexual offences recorded by the police', 'Sexual offences recorded by the police'],
  },
  // an adverbial insertion between commas names nothing; "over this period" is a time
  {
    in: 'Over this period the RPIJ 12-month rate has been, on average, 0.5 percentage points lower than the RPI.',
    m: ['0.5 percentage points = 0.5 百分点 down'],
    s: ['RPIJ 12-month rate'],
  },
  // a bracketed figure after an example measures the example; a change named before the bracket, what changed
  {
    in: 'This difference is mostly due to higher-than-expected outlays for activities such as operation and maintenance contracts ($3.8 billion).',
    m: ['$3.8 billion = 3800000000 美元 up'],
    s: ['operation and maintenance contracts'],
  },
  {
    in: 'Anecdotal evidence suggests that this rise is genuine.\n- There was also a large increase in the volume of fraud recorded (17% year on year).',
    m: ['17% = 17 % up'],
    s: ['volume of fraud recorded'],
  },
  {
    in: 'This is thought to have particularly impacted the police recorded figures for violence against the person (up 6%).',
    m: ['6% = 6 % up'],
    s: ['police recorded figures for violence against the person'],
  },
  // a share of a population with its modifier; the list's later items borrow the population's head
  {
    in: 'Meanwhile, 4.0 percent of households with a Black, non-Hispanic householder, 7.5 percent with a Hispanic householder of any race, and 11.5 percent with a householder of any other race group had wealth over $1 million.',
    m: ['4.0 percent = 4 %', '7.5 percent = 7.5 %', '11.5 percent = 11.5 %', 'over $1 million = 1000000 美元 ~over'],
    s: [
      'households with a Black, non-Hispanic householder',
      'households with a Hispanic householder of any race',
      'households with a householder of any other race group',
    ],
  },
  // bracketed figures after "followed by": what the list measures, not the regions (H50-2, H115-5; held-out-7's
  // gold, written before that rule, named the regions)
  {
    in: 'The largest increase was again in London at 20.1% followed by the South East (9.6%) and the East (8.6%).',
    m: ['20.1% = 20.1 % up', '9.6% = 9.6 % up', '8.6% = 8.6 % up'],
    s: ['!London at', 'largest increase', 'largest increase'],
  },
  // a subject that is a list keeps all its items; a second clause after "over the month and" is its own
  {
    in: 'In contrast, the index for meats, poultry, fish, and eggs decreased 0.2 percent in December.',
    m: ['0.2 percent = 0.2 % down'],
    s: ['index for meats, poultry, fish, and eggs'],
  },
  {
    in: 'The electricity index increased 6.7 percent over the last 12 months and the natural gas index rose 10.8 percent.',
    m: ['6.7 percent = 6.7 % up', '10.8 percent = 10.8 % up'],
    s: ['electricity index', 'natural gas index'],
  },
  {
    in: 'Nationally, local government workers made up 72.3 percent of the total.',
    m: ['72.3 percent = 72.3 %'],
    s: ['!Nationally'],
  },
  // "This rose from … to …" after a sentence that named a rise in something: that something
  {
    in: 'The police recorded a rise in the separate category of causing death by dangerous driving (which is included in violence with injury). This rose from 174 in 2012/13 to 282 offences in 2013/14.',
    m: ['174 = 174', '282 offences = 282 offences'],
    s: [
      'separate category of causing death by dangerous driving',
      'separate category of causing death by dangerous driving',
    ],
  },
  {
    in: 'The police recorded a rise in the separate category of causing death by dangerous driving. This rose sharply.',
    m: [],
  },
  // "an additional" before an amount is no subject: what the amount is of
  {
    in: 'The increase in net debt was a result of:\n\n- an additional £103.7 billion of public sector net borrowing;',
    m: ['£103.7 billion = 103700000000 英镑'],
    s: ['public sector net borrowing'],
  },
  // a caseload named by its noun, and a measure's own noun after a caseload verb; a valuation takes the figure before's
  {
    in: 'Detectives dismantled a network, leading to the arrest of 23 people and the seizure of 14.6 kilograms of fentanyl.',
    m: ['23 people = 23 people', '14.6 kilograms = 14.6 kilograms'],
    s: ['people arrested', 'fentanyl seized'],
  },
  {
    in: 'Volunteers contributed at least 96,000 hours, valued at $3.2 million.',
    m: ['at least 96,000 hours = 96000 hours ~over', '$3.2 million = 3200000 美元'],
    s: ['hours contributed', 'hours contributed'],
  },
  { in: 'The unit recovered $37 million for victims.', m: ['$37 million = 37000000 美元'], s: ['!million recovered'] },
  // counted things that went to recipients, and the value set beside them; a running total brought to a figure
  {
    in: 'More than 3 million payments, with a total value of nearly $5 billion, went to Supplemental Security Income (SSI) beneficiaries.',
    m: ['More than 3 million payments = 3000000 payments ~over', 'nearly $5 billion = 5000000000 美元 ~about'],
    s: [
      'payments to Supplemental Security Income (SSI) beneficiaries',
      'payments to Supplemental Security Income (SSI) beneficiaries',
    ],
  },
  {
    in: 'Today’s announcement brings the total disbursed so far to more than 156 million payments.',
    m: ['more than 156 million payments = 156000000 payments ~over'],
    s: ['total disbursed'],
  },
  { in: 'The payments went to beneficiaries who did not file a return.', m: [] },
  // a figure that modifies the noun phrase after it (after an article or a possessive) measures that phrase, with
  // its complements; not a change noun or a mere "pace"
  {
    in: "Treasury's combined $182 billion commitment to stabilize AIG during the crisis is now $22.7 billion.",
    m: ['$182 billion = 182000000000 美元', '$22.7 billion = 22700000000 美元'],
    s: ['commitment to stabilize AIG', '!positive return'],
  },
  {
    in: "Included in the total is a $6.8 billion positive return on the Federal Reserve Bank of New York's (FRBNY) loans to AIG [1]; and a $0.9 billion positive return on its preferred stock holdings.",
    m: ['$6.8 billion = 6800000000 美元', '$0.9 billion = 900000000 美元'],
    s: [
      "positive return on the Federal Reserve Bank of New York's (FRBNY) loans to AIG",
      'positive return on its preferred stock holdings',
    ],
  },
  {
    in: 'More than 90 percent ($380 billion) of the $418 billion funds disbursed for TARP have already been recovered.',
    m: ['More than 90 percent = 90 % ~over', '$380 billion = 380000000000 美元', '$418 billion = 418000000000 美元'],
    s: ['funds disbursed for TARP', 'funds disbursed for TARP', 'funds disbursed for TARP'],
  },
  {
    in: 'Treasury sold 1,655,037,962 shares (originally 92 percent of AIG’s outstanding common stock) at a price.',
    m: ['1,655,037,962 shares = 1655037962 shares', '92 percent = 92 %'],
    s: ['shares', 'AIG’s outstanding common stock'],
  },
  {
    in: 'Giving effect to today’s offering, more than 90 percent of the funds have been recovered.',
    m: ['more than 90 percent = 90 % ~over'],
    s: ['funds'],
  },
  {
    in: 'Residential investment fell, reversing from a 1.9 percent decline in Q4.',
    m: ['1.9 percent = 1.9 % down'],
    s: ['!decline in Q4'],
  },
  {
    in: 'Consumer spending grew, slowing from the 3.4 percent pace in the fourth quarter.',
    m: ['3.4 percent = 3.4 % up'],
    s: ['!pace'],
  },
  { in: 'The estimate has a 15-year horizon and a positive outlook.', m: [] },
  // a bare figure counts the noun after it, past "more" or "of these"; a verb right after a figure makes it the
  // verb's subject (the part of what was named before); a quote mark opens no subject
  {
    in: 'This batch included more than 1 million of these “plus-up” payments, worth more than $2 billion.',
    m: ['more than 1 million = 1000000  ~over', 'more than $2 billion = 2000000000 美元 ~over'],
    s: ['“plus-up” payments', '“plus-up” payments'],
  },
  {
    in: 'Treasury will continue to hold warrants to purchase approximately 2.7 million shares of AIG common stock – the sale of which will add to the return.',
    m: ['approximately 2.7 million shares = 2700000 shares ~about'],
    s: ['shares of AIG common stock'],
  },
  {
    in: 'Hospitals employed 1.2 million people. Of those employees, 0.7 million worked at the local government level and 0.5 million worked at the state government level.',
    m: ['1.2 million people = 1200000 people', '0.7 million = 700000', '0.5 million = 500000'],
    s: ['!worked', '!worked', '!worked'],
  },
  {
    in: '“We are pleased that 27% of loans went to low and moderate income communities,” said the Administrator.',
    m: ['27% = 27 %'],
    s: ['loans'],
  },
  { in: 'Of those employees, most worked at the local government level.', m: [] },
  // a list item's line starts a sentence: a negative figure of the item reads nothing from the line before
  {
    in: 'House prices rose 10.0% in the year to April 2014.\n- House price annual inflation was 11.0% in England and -0.7% in Northern Ireland.',
    m: ['10.0% = 10 % up', '11.0% = 11 % up', '-0.7% = -0.7 % down'],
    s: ['House prices', 'House price annual inflation', 'House price annual inflation'],
  },
  // must not match: clauses of the same shapes without a figure
  { in: 'The uninsured rate for children declined in most states.', m: [] },
  { in: 'For adults ages 26 to 34, it decreased across the states and the District of Columbia.', m: [] },
  { in: 'The Committee decided to lower the target range for the federal funds rate.', m: [] },
  { in: 'At the same time, gasoline inventories were below the five year average.', m: [] },
  // a capitalised measure named after a figure; a participle before the phrase; the subordinate clause's own subject;
  // a verb's indirect object before the figure
  {
    in: 'The IRS hit just 15% Level of Service, exceeding its goal of 85%.',
    m: ['15% = 15 %', '85% = 85 %'],
    s: ['Level of Service', 'goal'],
  },
  {
    in: 'Phone service has improved while call volume is up around 13% compared to 2023.',
    m: ['around 13% = 13 % ~about up'],
    s: ['call volume'],
  },
  {
    in: 'The agency saved taxpayers more than 1.4 million hours of hold time.',
    m: ['more than 1.4 million hours = 1400000 hours ~over'],
    s: ['hold time'],
  },
  { in: 'Phone service has improved while call volume is up.', m: [] },
  // a subordinator right before the figure opens its clause; a reporting participle ("data showing that"); a
  // recipient after "to" is no end of a move; "and millions of …" starts another item
  {
    in: 'The approach has contributed to the improvements as nearly 73,500 homeowners received mortgage assistance.',
    m: ['nearly 73,500 homeowners = 73500 homeowners ~about'],
    s: ['homeowners'],
  },
  {
    in: 'The news comes after the release of data showing that nearly 50 million Americans have been enrolled.',
    m: ['nearly 50 million Americans = 50000000 Americans ~about'],
    s: ['Americans'],
  },
  {
    in: 'The IRS allocated tax credits to approximately 50 projects located in § 48C energy communities.',
    m: ['approximately 50 projects = 50 projects ~about'],
    s: ['projects located in § 48C energy communities'],
  },
  {
    in: 'In 2022 the IRS hit just 15% Level of Service to taxpayers and millions of refunds were delayed.',
    m: ['15% = 15 %'],
    s: ['Level of Service to taxpayers'],
  },
  { in: 'The program grew as much as expected.', m: [] },
  // a headline's verb in the present and its indirect object; the "of" phrase ends before "through"
  {
    in: 'IRS Saves Taxpayers 1.4 Million Hours of Hold Times Through Expanded Call Back Availability',
    m: ['1.4 Million Hours = 1400000 hours'],
    s: ['Hold Times'],
  },
  // a verb the object list does not know, told by its -ed/-ing form, takes the counted noun as its object; a level
  // verb of that form does not
  {
    in: 'The agency has reopened 54 Taxpayer Assistance Centers and started disbursing 127 million payments.',
    m: ['54 Taxpayer Assistance Centers = 54 centers', '127 million payments = 127000000 payments'],
    s: ['Taxpayer Assistance Centers', 'payments'],
  },
  {
    in: 'The county population reached 1.6 million people last year.',
    m: ['1.6 million people = 1600000 people'],
    s: ['county population'],
  },
  // a phrase cut before its clause ended loses the verb or conjunction it was cut at
  {
    in: 'This round of award recipients include 58 organizations serving rural areas.',
    m: ['58 organizations = 58 organizations'],
    s: ['round of award recipients'],
  },
  // the level reached after a change "by N … to M" measures what the change does
  {
    in: 'The Committee lowered the target range by 0.25 percentage point to 5 percent.',
    m: ['0.25 percentage point = 0.25 百分点 down', '5 percent = 5 %'],
    s: ['target range', 'target range'],
  },
  // a period's item after a semicolon lists the same measure; an adverb or a preposition alone is no subject
  {
    in: 'Real GDP growth is projected at 7.2 per cent with Q1 at 7.1 per cent; Q2 at 7.3 per cent; and Q4 at 7.0 per cent.',
    m: ['7.2 per cent = 7.2 % up', '7.1 per cent = 7.1 % up', '7.3 per cent = 7.3 % up', '7.0 per cent = 7 % up'],
    s: ['Real GDP growth', 'Real GDP growth', 'Real GDP growth', 'Real GDP growth'],
  },
  {
    in: 'Core industries rose by 4.0 per cent in June, against 6.4 per cent in May.',
    m: ['4.0 per cent = 4 % up', '6.4 per cent = 6.4 % up'],
    s: ['Core industries', 'Core industries'],
  },
  // a figure in brackets after a place or sector of a breakdown measures what the breakdown is of
  {
    in: 'The largest gains in retail sales were in Manitoba (+4,100; +1.2%) and Nova Scotia (+2,300; +0.9%).',
    m: ['+4,100 = 4100  up', '+1.2% = 1.2 % up', '+2,300 = 2300  up', '+0.9% = 0.9 % up'],
    s: ['retail sales', 'retail sales', 'retail sales', 'retail sales'],
  },
  {
    in: 'Hotel revenue rose 2.4% in May. Increases were recorded in Dublin (3.1%) and Cork (1.0%).',
    m: ['2.4% = 2.4 % up', '3.1% = 3.1 % up', '1.0% = 1 % up'],
    s: ['Hotel revenue', 'Hotel revenue', 'Hotel revenue'],
  },
  // not a breakdown: the bracket restates a figure of its own clause
  {
    in: 'Job losses in furniture retailers (-9,000) continued.',
    m: ['-9,000 = -9000  down'],
    s: ['Job losses in furniture retailers'],
  },
  // a time frame with a count of months closes no subject
  {
    in: 'Receipts for the first 11 months of fiscal year 2013 totaled $2,472 billion.',
    m: ['$2,472 billion = 2472000000000 美元'],
    s: ['Receipts'],
  },
  // plural nouns listed after a counted noun are counted too; a change after the list measures the list
  {
    in: 'Some 2,150 new schools, clinics, and libraries were opened in the year, up 3.1 percent.',
    m: ['Some 2,150 new schools = 2150 schools ~about', '3.1 percent = 3.1 % up'],
    s: ['new schools, clinics, and libraries', 'new schools, clinics, and libraries'],
  },
  {
    in: 'The city hired 1,200 teachers, and nurses went on strike.',
    m: ['1,200 teachers = 1200 teachers'],
    s: ['teachers (city)'],
  },
  // the items of a list of moves measure what the lead measures; a header ruled off is no subject; a glued bullet
  {
    in: 'Expenditures are proposed to increase by $851.3 million.\n- An increase of $551 million for debt repayment.\n- A one-time increase of $595 million for bonds.',
    m: ['$851.3 million = 851300000 美元 up', '$551 million = 551000000 美元 up', '$595 million = 595000000 美元 up'],
    s: ['Expenditures', 'Expenditures', 'Expenditures'],
  },
  {
    in: 'By Jane Doe, Statistician ---------------------------------------- The prison population grew 2.8% in 2006.',
    m: ['2.8% = 2.8 % up'],
    s: ['prison population'],
  },
  { in: '•The food-at-home CPI rose 0.6 percent.', m: ['0.6 percent = 0.6 % up'], s: ['food-at-home CPI'] },
  // a level held: the verb's complement is no object; a change named before the figure, what changed after it
  {
    in: 'The employment rate held steady at 61.9% in April. The Bank held the policy rate at 5%.',
    m: ['61.9% = 61.9 %', '5% = 5 %'],
    s: ['employment rate', 'policy rate'],
  },
  {
    in: 'In 2017, there was an annual increase of 23.7% in the number of new houses granted planning permission.',
    m: ['23.7% = 23.7 % up'],
    s: ['number of new houses granted planning permission'],
  },
  {
    in: 'Levels of violent crime showed a decrease of 20% in the year ending March 2014.',
    m: ['20% = 20 % down'],
    s: ['violent crime'],
  },
  // a speaker's clause names nothing; a balance named before the figure; a level the figure will stand at
  {
    in: 'I am setting aside $2 billion for housing. We expect a surplus of $5 billion.',
    m: ['$2 billion = 2000000000 美元', '$5 billion = 5000000000 美元'],
    s: ['housing', 'surplus'],
  },
  {
    in: 'The federal government ran a budget deficit of roughly $750 billion. The fiscal reserves will stand at $733.2 billion by March.',
    m: ['roughly $750 billion = 750000000000 美元 ~about', '$733.2 billion = 733200000000 美元'],
    s: ['budget deficit', 'fiscal reserves'],
  },
  // the verb of a count goes after the counted noun, before its complement; a time frame is no complement
  {
    in: 'We created 1.3 million jobs in the region. California created 1.3 million new jobs in just four years and the rate fell.',
    m: ['1.3 million jobs = 1300000 jobs', '1.3 million new jobs = 1300000 jobs'],
    s: ['jobs created in the region', 'new jobs created (California)'],
  },
  // financing named before its amount; the amount restated in another currency in brackets measures the same
  {
    in: 'Benin will use an IDA credit of SDR 15.7 million ($20 million) for roads.',
    m: ['SDR 15.7 million = 15700000 SDR', '$20 million = 20000000 美元'],
    s: ['IDA credit', 'IDA credit'],
  },
  {
    in: 'Jamaica gets a World Bank loan of $90 million to provide housing.',
    m: ['$90 million = 90000000 美元'],
    s: ['World Bank loan'],
  },
  {
    in: 'The Board approved a disbursement of €2.57 billion (about $3.3 billion).',
    m: ['€2.57 billion = 2570000000 欧元', 'about $3.3 billion = 3300000000 美元 ~about'],
    s: ['disbursement', 'disbursement'],
  },
  // a list of names, each with its figure in brackets: the measured quantity, not the place (H11-3)
  {
    in: 'Germany (81.2 million residents), France (66.4 million) and Italy (60.8 million) are the most populous.',
    m: ['81.2 million residents = 81200000 residents', '66.4 million = 66400000', '60.8 million = 60800000'],
    s: ['residents', 'residents', 'residents'],
  },
  // space-grouped figures before a bracket or a full stop; a percent sign after a space
  {
    in: 'The largest number came from the United Kingdom (18 000), after a previous total of 93 914.',
    m: ['18 000 = 18000', '93 914 = 93914'],
  },
  { in: 'Arrivals rose by 205.5 % year-on-year.', m: ['205.5 % = 205.5 % up'], s: ['Arrivals'] },
  // a reporting verb right before the figure opens a reported clause: the speaker is no subject
  {
    in: 'Releasing the figures, the Minister said more than 111 000 people arrived and settled in Australia.',
    m: ['more than 111 000 people = 111000 people ~over'],
    s: ['people'],
  },
  { in: 'The report said that 4,500 jobs were lost in the industry.', m: ['4,500 jobs = 4500 jobs'], s: ['jobs'] },
  {
    in: 'This follows large falls, with current estimates 65% lower than the peak.',
    m: ['65% = 65 % down'],
    s: ['current estimates'],
  },
  // places after a verb of the sentence, each with its figures in brackets: the measure, not the place (H11-3)
  {
    in: 'Outside the euro area, the unemployment rate also fell in Japan (by 0.3 percentage point, to 3.1%), Korea (by 0.1 percentage point, to 3.4%) and the United States (by 0.1 percentage point to 5.0%).',
    m: [
      '0.3 percentage point = 0.3 百分点 down',
      '3.1% = 3.1 %',
      '0.1 percentage point = 0.1 百分点 down',
      '3.4% = 3.4 %',
      '0.1 percentage point = 0.1 百分点 down',
      '5.0% = 5 %',
    ],
    s: [
      'unemployment rate',
      'unemployment rate',
      'unemployment rate',
      'unemployment rate',
      'unemployment rate',
      'unemployment rate',
    ],
  },
  {
    in: 'The youth rate increased by 0.1 percentage point, while it decreased in Japan (by 0.4 percentage point, to 5.5%) and Canada (to 13.3%).',
    m: [
      '0.1 percentage point = 0.1 百分点 up',
      '0.4 percentage point = 0.4 百分点 down',
      '5.5% = 5.5 %',
      '13.3% = 13.3 %',
    ],
    s: ['youth rate', 'youth rate', 'youth rate', 'youth rate'],
  },
  // what a figure brings something to
  {
    in: 'This brings the average inflation from January to September 2024 to 3.8 percent.',
    m: ['3.8 percent = 3.8 % up'],
    s: ['average inflation'],
  },
  {
    in: 'The new hires brought staffing levels to 1,200 officers.',
    m: ['1,200 officers = 1200 officers'],
    s: ['staffing levels'],
  },
  // a sentence adverb alone, a date after "as at" and "the latest figure" name nothing measured
  {
    in: 'Globally about 51 million people of all ages died in 1993.',
    m: ['about 51 million people = 51000000 people ~about'],
    s: ['!Globally'],
  },
  {
    in: 'The number of police officers peaked at 149,566 in March; the latest figure, as at 30 September 2023 (149,164), is lower.',
    m: ['149,566 = 149566', '149,164 = 149164'],
    s: ['number of police officers', 'number of police officers'],
  },
  // An adverb between a verb and "by" is no object of the verb; an intransitive verb in the past is the clause's own,
  // not a participle of the counted noun; what a reporting clause reports is read after it.
  {
    in: 'The number of persons in employment increased sharply by 563,000.',
    m: ['563,000 = 563000  up'],
    s: ['number of persons in employment'],
  },
  { in: 'Last year 92 people died on our roads.', m: ['92 people = 92 people'], s: ['people'] },
  {
    in: 'There were 398,662 offences recorded in 2019.',
    m: ['398,662 offences = 398662 offences'],
    s: ['offences recorded'],
  },
  {
    in: 'The statistics office also reports that exports fell by 2.1% in May.',
    m: ['2.1% = 2.1 % down'],
    s: ['exports'],
  },
  // A counted noun keeps the phrase after it with about, involving, concerning or regarding.
  {
    in: 'There were 1,110 complaints about Local Councils, a 28% increase.',
    m: ['1,110 complaints = 1110 complaints', '28% = 28 % up'],
    s: ['complaints about Local Councils', 'complaints about Local Councils'],
  },
  // A change named after the figure, with a period before what changed; a long phrase keeps its head.
  {
    in: 'It shows a 37% increase since 2019 in the number of new complaints received about public services and the behaviour of local councillors.',
    m: ['37% = 37 % up'],
    s: ['number of new complaints received about public services and the behaviour of local councillors'],
  },
  // A level with no noun ("marked 28,216 thousand") counts what the change after it does; a subject that restates the
  // clause of the figure before measures what that figure does.
  {
    in: 'The economically active population marked 28,216 thousand in August, which grew 177 thousand persons or 0.6 percent year-on-year.',
    m: ['28,216 thousand = 28216000 ', '177 thousand persons = 177000 persons up', '0.6 percent = 0.6 % up'],
    s: ['economically active population', 'economically active population', 'economically active population'],
  },
  {
    in: 'Motorways carried 68.7 bvm of traffic, 1.4% more than in 2016.',
    m: ['68.7 bvm = 68.7 bvm', '1.4% = 1.4 % up'],
    s: ['traffic', 'traffic'],
  },
  // The basis after "up from" is the same measure's earlier level.
  {
    in: 'Shareholders were paid a dividend of $4m, up from $2m in the previous year.',
    m: ['$4m = 4000000 美元', '$2m = 2000000 美元'],
    s: ['dividend', 'dividend'],
  },
  // A share written in words with its figure in brackets: a level, of what the "of" phrase after the bracket names.
  {
    in: 'Approximately one-quarter (23,3%) of households were single-person households.',
    m: ['23,3% = 23.3 %'],
    s: ['households'],
  },
  // A physical quantity measures what its "of" phrase names; not a figure restated "equivalent to" another measure.
  { in: 'Motorways carried 68.7 bvm of traffic.', m: ['68.7 bvm = 68.7 bvm'], s: ['traffic'] },
  { in: 'The plant produced 5.2 million tonnes of steel.', m: ['5.2 million tonnes = 5200000 tonnes'], s: ['steel'] },
  {
    in: 'Emissions were equivalent to 7,260 million tonnes of carbon dioxide.',
    m: ['7,260 million tonnes = 7260000000 tonnes'],
    s: ['Emissions'],
  },
  // A bullet (·, a Markdown-escaped \\*) is no part of the subject.
  { in: '\\* Violent crime is up 10.2%.', m: ['10.2% = 10.2 % up'], s: ['Violent crime'] },
  { in: '· Sex crimes are up 8.2%.', m: ['8.2% = 8.2 % up'], s: ['Sex crimes'] },
  // A verb stating the figure ends the subject before it; "police recorded 3.7 million offences" keeps its participle.
  {
    in: 'The unemployment rate marked 3.0 percent in August, down 1.0%p year-on-year.',
    m: ['3.0 percent = 3 %', '1.0%p = 1 百分点 down'],
    s: ['unemployment rate', 'unemployment rate'],
  },
  {
    in: 'The police recorded 3.7 million offences.',
    m: ['3.7 million offences = 3700000 offences'],
    s: ['offences recorded'],
  },
  // A change counted in the noun the level before it counts measures what the level does; not when the level's
  // subject is that noun itself.
  {
    in: 'The number of employed persons totaled 27,358 thousand persons in August, which went up 452 thousand persons or 1.7 percent year-on-year.',
    m: [
      '27,358 thousand persons = 27358000 persons',
      '452 thousand persons = 452000 persons up',
      '1.7 percent = 1.7 % up',
    ],
    s: ['number of employed persons', 'number of employed persons', 'number of employed persons'],
  },
  {
    in: 'Across the OECD area, 40.6 million people were unemployed, 8.3 million less than in January 2013.',
    m: ['40.6 million people = 40600000 people', '8.3 million = 8300000  down'],
    s: ['people unemployed', 'people'],
  },
  // A figure set before its description: the description names what it measures; "This compared with …" reads back.
  {
    in: '* 25,436\nThe number of cases handled during the year. This compared with 19,402 in 2005/06, up by more than 31%.',
    m: ['25,436 = 25436 ', '19,402 = 19402 ', 'more than 31% = 31 % ~over up'],
    s: ['number of cases handled', 'number of cases handled', 'number of cases handled'],
  },
  { in: '• 58% - the overall rate of upheld complaints', m: ['58% = 58 %'], s: ['overall rate of upheld complaints'] },
  { in: 'This compared with 9,296 in 2005/06, up a staggering 58%.', m: ['9,296 = 9296 ', '58% = 58 % up'] },
  // A measure noun a noun qualifies names the measure ("GDP growth of", "an unemployment rate of"); a speaker's clause
  // opener changes nothing; a verb's long object before "by" is what changed; an age band stays in the subject.
  {
    in: 'Last year, we achieved GDP growth of 2.0%. The city had an unemployment rate of 4.1%.',
    m: ['2.0% = 2 % up', '4.1% = 4.1 %'],
    s: ['GDP growth', 'unemployment rate'],
  },
  { in: 'There was an annual growth of 3% in the sector.', m: ['3% = 3 % up'], s: ['!annual growth'] },
  { in: 'As I travel all 99 counties, I see progress.', m: ['99 counties = 99 counties'], s: ['counties'] },
  {
    in: 'We’ve increased the number of career and technical education students earning industry-recognized credentials by 34 percent.',
    m: ['34 percent = 34 % up'],
    s: ['number of career and technical education students earning industry-recognized credentials'],
  },
  {
    in: 'The number of unemployed 15 to 24  year olds has increased by 60,000 to 255,000 - an increase of 30 per  cent.',
    m: ['60,000 = 60000  up', '255,000 = 255000 ', '30 per  cent = 30 % up'],
    s: [
      'number of unemployed 15 to 24 year olds',
      'number of unemployed 15 to 24 year olds',
      'number of unemployed 15 to 24 year olds',
    ],
  },
  {
    in: 'The class had a median undergraduate cumulative grade point average of 3.79.',
    m: ['3.79 = 3.79 '],
    s: ['median undergraduate cumulative grade point average'],
  },
  // A breakdown led by a noun and its change word: the noun with it is the measure ("Job losses occurred in …").
  {
    in: 'Job losses occurred in Educational & Health Services (-200) and Leisure & Hospitality (-1,100).',
    m: ['-200 = -200  down', '-1,100 = -1100  down'],
    s: ['Job losses', 'Job losses'],
  },
  {
    in: 'The largest increases in payroll employment were in Quebec (+27,200) and Ontario (+20,000).',
    m: ['+27,200 = 27200  up', '+20,000 = 20000  up'],
    s: ['payroll employment', 'payroll employment'],
  },
  // A forecast, target or budget level set against the figure before: that measure's forecast.
  {
    in: 'Revenues for June were $409 million above the month’s forecast of $19.387 billion.',
    m: ['$409 million = 409000000 美元 up', '$19.387 billion = 19387000000 美元'],
    s: ['Revenues', 'Revenues forecast'],
  },
  // In brackets, an aside: the target as written.
  {
    in: 'On-call availability was 86.47% (against a target of 85%).',
    m: ['86.47% = 86.47 %', '85% = 85 %'],
    s: ['On-call availability', 'target'],
  },
  // The object of a verb of earning, its amount after "of".
  {
    in: 'We received income of $210m in the year.',
    m: ['$210m = 210000000 美元'],
    s: ['income'],
  },
  // "total" as a verb after a plural noun; "Fiscal year-to-date" modifies the head, it is no time phrase.
  {
    in: 'Fiscal year-to-date General Fund collections total $4.5 billion.',
    m: ['$4.5 billion = 4500000000 美元'],
    s: ['Fiscal year-to-date General Fund collections'],
  },
  // A time tail ("for the entire 2018-19 fiscal year") leaves the subject.
  {
    in: 'Corporation tax revenues for the entire 2018-19 fiscal year were $179 million above forecast.',
    m: ['$179 million = 179000000 美元 up'],
    s: ['Corporation tax revenues'],
  },
  // Quoted speech is read after the reporting clause.
  {
    in: 'Assistant Commissioner Paul Wright said: “Burglary is down by 10% over the previous quarter and down by 9% over the previous year.”',
    m: ['10% = 10 % down', '9% = 9 % down'],
    s: ['Burglary', 'Burglary'],
  },
  // A list item that opens with its verb states the figures of the label line above it.
  {
    in: 'Individual income tax collections\n- Increased 5.1 percent for the year, from $3.10 billion last year to $3.26 billion this year.',
    m: ['5.1 percent = 5.1 % up', '$3.10 billion = 3100000000 美元', '$3.26 billion = 3260000000 美元'],
    s: ['Individual income tax collections', 'Individual income tax collections', 'Individual income tax collections'],
  },
  // A month before a noun phrase modifies it; a month alone names nothing.
  {
    in: 'August corporation tax revenue of $69 million was $8.5 million below estimate.',
    m: ['$69 million = 69000000 美元', '$8.5 million = 8500000 美元 down'],
    s: ['August corporation tax revenue', 'August corporation tax revenue'],
  },
  // a speech's vocative opens the sentence, not its subject
  { in: 'Mr. Speaker, revenue rose 5 percent.', m: ['5 percent = 5 % up'], s: ['revenue'] },
  { in: 'Madam, Growth in 2023 at 4.3 percent was satisfactory.', m: ['4.3 percent = 4.3 % up'], s: ['!Madam'] },
  // the level a change in per cent was measured from, and a difference restating a move, measure what moved; a
  // recording verb with its article opens no subject; "whereby" is a connector
  {
    in: 'The number of fatalities decreased by 28.0% from 118 persons in 2019 to 85 in 2020.',
    m: ['28.0% = 28 % down', '118 persons = 118 persons', '85 = 85 persons'],
    s: ['number of fatalities', 'number of fatalities', 'number of fatalities'],
  },
  {
    in: 'Shootings showed a 12 percent decline, with 71 fewer cases.',
    m: ['12 percent = 12 % down', '71 fewer cases = 71 cases down'],
    s: ['Shootings', 'Shootings'],
  },
  { in: 'Rapes witnessed a substantial 24 percent reduction.', m: ['24 percent = 24 % down'], s: ['Rapes'] },
  {
    in: 'Crime rose 5% in August, whereby 1,524 reports were registered.',
    m: ['5% = 5 % up', '1,524 reports = 1524 reports'],
    s: ['Crime', '!whereby'],
  },
  // a figure "recorded" or "revised" names nothing; the level compared with is the same measure's; a close of a period
  // and a sentence adverb are no part of the phrase
  {
    in: 'The Annual Headline Inflation declined to 5.1 per cent compared to the 6.2 per cent recorded during the year ended March 2016.',
    m: ['5.1 per cent = 5.1 % up', '6.2 per cent = 6.2 % up'],
    s: ['Annual Headline Inflation', 'Annual Headline Inflation'],
  },
  {
    in: 'Vegetables Inflation declined to minus 6.1 per cent for the year ending April 2016 compared to 0.3 per cent increase recorded during the year ended March 2016.',
    m: ['minus 6.1 per cent = -6.1 % down', '0.3 per cent = 0.3 % up'],
    s: ['Vegetables Inflation', 'Vegetables Inflation'],
  },
  {
    in: 'Similarly the Annual Core Inflation declined to 6.4 per cent.',
    m: ['6.4 per cent = 6.4 % up'],
    s: ['Annual Core Inflation'],
  },
  { in: 'Police recorded 5,000 crimes in 2019.', m: ['5,000 crimes = 5000 crimes'], s: ['crimes recorded'] },
  // an adverb of the move is no object; a participle read as the verb leaves the noun phrase before it; a participle
  // of holding names nothing; an indicator panel's label over its figure
  {
    in: 'The number of mortgage applications in September decreased month-on-month by 13.3 per cent to 9 655.',
    m: ['13.3 per cent = 13.3 % down', '9 655 = 9655 '],
    s: ['number of mortgage applications', 'number of mortgage applications', '!month-on-month'],
  },
  {
    in: 'Mortgage loans approved in September decreased by 25.2 per cent compared with August to HK$33.9 billion.',
    m: ['25.2 per cent = 25.2 % down', 'HK$33.9 billion = 33900000000 港元'],
    s: ['Mortgage loans approved', 'Mortgage loans approved'],
  },
  {
    in: 'The unemployment rate was unchanged during July, holding steady at 5.1 percent.',
    m: ['5.1 percent = 5.1 %'],
    s: ['unemployment rate'],
  },
  {
    in: 'Latest Indicators\n\nTotal Population:\n65,813, as of Fall 2018\nUnemployment Rate:\n2.8%, as at Fall 2018',
    m: ['65,813 = 65813 ', '2.8% = 2.8 %'],
    s: ['Total Population', 'Unemployment Rate'],
  },
  { in: 'Crimes have decreased overall by 32 percent in 2018.', m: ['32 percent = 32 % down'], s: ['Crimes'] },
  // an amount set against a share's figure ("… or 14.0 percent of GDP compared to …") measures what the amount before does
  {
    in: 'Domestic revenues collected increased to Le 4.35 trillion or 14.0 percent of GDP compared to Le 3.34 trillion in 2017.',
    m: ['Le 4.35 trillion = 4350000000000 利昂', '14.0 percent = 14 %', 'Le 3.34 trillion = 3340000000000 利昂'],
    s: ['Domestic revenues collected', 'Domestic revenues collected', 'Domestic revenues collected'],
  },
  // a fact sheet's item: the description after a dash set apart from the figure first on its line
  {
    in: 'Energy\n• 7 million – households that received electricity.\n• R2 billion – the cost of constructing the telescope.',
    m: ['7 million = 7000000 ', 'R2 billion = 2000000000 兰特'],
    s: ['households', 'cost of constructing the telescope'],
  },
  // an appositive set off by dashes renames the head; it is no part of the subject
  {
    in: 'Mortgage balances—the largest component of household debt—rose by $162 billion in the second quarter.',
    m: ['$162 billion = 162000000000 美元 up'],
    s: ['Mortgage balances'],
  },
  // a month opening the clause with "during", a modal and the verb of a level reached, "year-on-year" leave the subject
  {
    in: 'During November 2013 the number of completed house sales in England & Wales increased by 23 per cent.',
    m: ['23 per cent = 23 % up'],
    s: ['number of completed house sales in England & Wales'],
  },
  {
    in: 'In 2022, the GDP of Guangdong Province will reach 12.9 trillion yuan.',
    m: ['12.9 trillion yuan = 12900000000000 元'],
    s: ['GDP of Guangdong Province'],
  },
  {
    in: 'Female employees were paid DKK 377 million, a year-on-year increase of DKK 27 million.',
    m: ['DKK 377 million = 377000000 丹麦克朗', 'DKK 27 million = 27000000 丹麦克朗 up'],
    s: ['Female employees', 'Female employees'],
  },
  {
    in: 'We are particularly pleased that 27% of the program’s reach in low and moderate income communities was new.',
    m: ['27% = 27 %'],
    s: ['!We'],
  },
  // a reporting clause "said in a statement that" names no subject; a figure set "above" another of its unit is a basis
  {
    in: 'The Spokesman said in a statement that the revenue was N149.8 billion above N1.022 trillion collected in 2022.',
    m: ['N149.8 billion = 149800000000 奈拉 up', 'N1.022 trillion = 1022000000000 奈拉'],
    s: ['revenue', 'revenue'],
  },
  // the noun before a relative clause with no comma; a connective or a participle of the move names nothing
  {
    in: 'This was largely attributed to food inflation which went up to 13.7 percent in June.',
    m: ['13.7 percent = 13.7 % up'],
    s: ['food inflation'],
  },
  {
    in: 'Exports were recorded at Rs.3,705,935 million as against Rs.3,022,640 million last year showing an increase of 22.61 percent.',
    m: [
      'Rs.3,705,935 million = 3705935000000 卢比',
      'Rs.3,022,640 million = 3022640000000 卢比',
      '22.61 percent = 22.61 % up',
    ],
    s: ['Exports', 'Exports', 'Exports'],
  },
  {
    in: 'Banking scams spike more than 2,500% in first half.',
    m: ['more than 2,500% = 2500 % up ~over'],
    s: ['Banking scams'],
  },
  // the rate a bank eased is the subject, not the bank
  {
    in: 'The MPC eased the Kina Facility Rate (KFR) from 4.0% to 5.0%.',
    m: ['4.0% = 4 %', '5.0% = 5 %'],
    s: ['Kina Facility Rate (KFR)', 'Kina Facility Rate (KFR)'],
  },
  // growth alone before its verb is the measure; a growth a figure marks measures what the sentence named
  { in: 'In Tanzania Mainland, growth was 4.9 percent.', m: ['4.9 percent = 4.9 % up'], s: ['growth'] },
  {
    in: 'Earnings stood at $11.96 billion, marking a 7.46 per cent growth over the period.',
    m: ['$11.96 billion = 11960000000 美元', '7.46 per cent = 7.46 % up'],
    s: ['Earnings', 'Earnings'],
  },
  // a fiscal year opening the phrase dates it; an improvement measures what improved
  {
    in: 'The 2016-17 deficit is forecast to be $10.8 billion.',
    m: ['$10.8 billion = 10800000000 美元'],
    s: ['deficit'],
  },
  {
    in: 'Net debt rose to $5 billion, an improvement of $64.1 million from the budget.',
    m: ['$5 billion = 5000000000 美元', '$64.1 million = 64100000 美元 down'],
    s: ['Net debt', 'Net debt'],
  },
  { in: 'Growth has averaged 3.4% in the last 5 years.', m: ['3.4% = 3.4 % up'], s: ['growth'] },
  { in: 'It was slightly less than the growth of 4.7 percent in 2022.', m: ['4.7 percent = 4.7 % up'], s: ['growth'] },
  {
    in: 'Retail sales reached 64.9 billion yuan, with a growth of 9.3%.',
    m: ['64.9 billion yuan = 64900000000 元', '9.3% = 9.3 % up'],
    s: ['Retail sales', 'Retail sales'],
  },
  // a share that is the object of a noun before it: the noun, not what the verb after says
  {
    in: 'In FY2026, a current account deficit of 2.4% of GDP is projected due to a rise in imports.',
    m: ['2.4% = 2.4 %'],
    s: ['current account deficit as a share of GDP'],
  },
  { in: 'The deficit of 2.4% of GDP was large.', m: ['2.4% = 2.4 %'], s: ['deficit as a share of GDP'] },
  {
    in: 'The remaining 6% of recorded crimes were fraud offences.',
    m: ['6% = 6 %'],
    s: ['fraud offences share of recorded crimes'],
  },
  {
    in: 'For 2019, the mission projects real economic growth of 4.4 per cent.',
    m: ['4.4 per cent = 4.4 % up'],
    s: ['real economic growth'],
  },
  // the measure that amounted to a count, not the counted noun
  {
    in: 'The unemployed population amounted to 9 million persons.',
    m: ['9 million persons = 9000000 persons'],
    s: ['unemployed population'],
  },
  { in: 'The grant went to 50 projects.', m: ['50 projects = 50 projects'], s: ['projects'] },
  {
    in: '• Of the lives lost: 109 were drivers, 56 were motorcyclists.',
    m: ['109 = 109 ', '56 = 56 '],
    s: ['lives lost', 'lives lost'],
  },
  // the period a count covers is not what it counts
  {
    in: 'FTAs during the period of January-December, 2016 were 88.90 lakh.',
    m: ['88.90 lakh = 8890000 '],
    s: ['FTAs'],
  },
  { in: 'The period of grace was 30 days.', m: ['30 days = 30 days'], s: ['period of grace'] },
  // a fiscal year written with an en dash before the subject
  {
    in: 'In 2017–18 there were more audit reports completed (4,460 compared with 4,695).',
    m: ['4,460 = 4460 ', '4,695 = 4695 '],
    s: ['audit reports completed', 'audit reports completed'],
  },
  // a part of a set counted before it, by what befell it, measures what the set's figure measures
  {
    in: 'Of the 400 cases enrolled in the programme in 2017, 79 were discharged whiles 257 were granted bail.',
    m: ['400 cases = 400 cases', '79 = 79 ', '257 = 257 '],
    s: ['cases enrolled in the programme', 'cases enrolled in the programme', 'cases enrolled in the programme'],
  },
  { in: 'In 2019, 300 were arrested.', m: [] },
  // names listed after a plural noun phrase and its verb, each with its figure in brackets, measure what it names
  {
    in: 'The top six applicant countries last year were Nigeria (21.2%), Pakistan (9.6%) and China (7.2%).',
    m: ['21.2% = 21.2 %', '9.6% = 9.6 %', '7.2% = 7.2 %'],
    s: ['top six applicant countries', 'top six applicant countries', 'top six applicant countries'],
  },
  // a clause that restates the figure before, or names its basis, measures what that figure measures
  {
    in: 'Internet Gaming Win was $166.8 million, reflecting growth of 13.3% when compared to $147.2 million for the prior year.',
    m: ['$166.8 million = 166800000 美元', '13.3% = 13.3 % up', '$147.2 million = 147200000 美元'],
    s: ['Internet Gaming Win', 'Internet Gaming Win', 'Internet Gaming Win'],
  },
  {
    in: 'A total of 697 people died in 2014 compared to 431 in 2004 – this represents an increase of 62%.',
    m: ['697 people = 697 people', '431 = 431 people', '62% = 62 % up'],
    s: ['people', 'people', 'people'],
  },
  // a figure read against a place measures what its list or sentence measures, not the place (H50-2, H115-5)
  {
    in: 'Counties that registered the lowest number of voters were Lamu (5,773), Isiolo (6,222) and Samburu (7,000).',
    m: ['5,773 = 5773 ', '6,222 = 6222 ', '7,000 = 7000 '],
    s: ['number of voters', 'number of voters', 'number of voters'],
  },
  {
    in: 'The five states where maximum forest cover has increased are Andhra Pradesh (2,141 sq km), Karnataka (1,101 sq km).',
    m: ['2,141 sq km = 2141 sq_km up', '1,101 sq km = 1101 sq_km up'],
    s: ['forest cover', 'forest cover'],
  },
  {
    in: 'Visitors from China rose 78 per cent, Portugal 54 per cent and Brazil 36 per cent.',
    m: ['78 per cent = 78 % up', '54 per cent = 54 % up', '36 per cent = 36 % up'],
    s: ['Visitors from China', 'Visitors', 'Visitors'],
  },
  {
    in: 'On 30 August 2015, Luxembourg had 17 150 registered unemployed residents.',
    m: ['17 150 registered unemployed residents = 17150 residents'],
    s: ['residents'],
  },
  // a people the figure counts is its subject; categories before brackets stay theirs
  {
    in: 'Net migration hit a record as 1500 more New Zealanders left the country.',
    m: ['1500 more New Zealanders = 1500 zealanders'],
    s: ['New Zealanders'],
  },
  {
    in: 'Homicide (down 56.5 per cent), rape (down 46.7 per cent).',
    m: ['56.5 per cent = 56.5 % down', '46.7 per cent = 46.7 % down'],
    s: ['Homicide', 'rape'],
  },
  { in: 'Net migration of New Zealanders hit a record.', m: [] },
  { in: 'France and Germany signed the treaty in Paris.', m: [] },
  // parts of a set by where each was, after a lead that names the set; a part of them named by a pronoun
  {
    in: 'Of these investigations, 46 were in agriculture, forestry and fishing, 380 were in construction.',
    m: ['46 = 46 ', '380 = 380 '],
    s: ['investigations', 'investigations'],
  },
  { in: 'Most injury claims were from body stressing, while 183 of them were from falls.', m: ['183 = 183 '] },
  { in: 'In 2019, the staff were in the room for the count.', m: [] },
  {
    in: 'Of the 5,901 people arrested for drug offences, 5480 were male and 421 were female.',
    m: ['5,901 people = 5901 people', '5480 = 5480 ', '421 = 421 '],
    s: ['people arrested for drug offences', 'people arrested for drug offences', 'people arrested for drug offences'],
  },
  // a source set off by commas, a date after the measure, and a period after "in" are no part of the subject
  {
    in: 'Annual inflation at August 2019, as reported by the Statistical Institute, was 4.1 per cent.',
    m: ['4.1 per cent = 4.1 % up'],
    s: ['Annual inflation'],
  },
  {
    in: 'Annual inflation, according to the Institute, was 4.1 per cent.',
    m: ['4.1 per cent = 4.1 % up'],
    s: ['Annual inflation'],
  },
  {
    in: 'The population of the UK was estimated to be 63.7 million in mid-2012, up from the estimated 63.3 million in mid-2011.',
    m: ['63.7 million = 63700000 ', '63.3 million = 63300000 '],
    s: ['population of the UK', 'population of the UK'],
  },
  {
    in: 'The quantity bought showed continued growth for the 23rd consecutive month, increasing by 2.3%.',
    m: ['2.3% = 2.3 % up'],
    s: ['quantity bought'],
  },
  {
    in: 'Inflation as measured by the RPI was 37.2%.',
    m: ['37.2% = 37.2 % up'],
    s: ['Inflation as measured by the RPI'],
  },
  // a place or group that "had the highest X" holds the figure; the measure named after the superlative is the subject
  {
    in: 'Among the metro areas, Rocky Mount had the highest rate at 6.3 percent.',
    m: ['6.3 percent = 6.3 %'],
    s: ['rate'],
  },
  {
    in: 'Denver had the highest average weekly wage among the state’s largest counties at $1,334.',
    m: ['$1,334 = 1334 美元'],
    s: ['average weekly wage'],
  },
  {
    in: 'The district saw the largest increase in population in the twelve months ending June 30th, 2015 (+28,737).',
    m: ['+28,737 = 28737  up'],
    s: ['population'],
  },
  {
    in: 'The Central Okanagan regional district (+3.2%) showed the strongest growth, followed by the Fraser Valley (+2.2%).',
    m: ['+3.2% = 3.2 % up', '+2.2% = 2.2 % up'],
    s: ['growth', 'growth'],
  },
  // a superlative change alone measures what an earlier sentence named; a clause between breaks the reading
  {
    in: 'Douglas County had the largest over-the-year percentage gain (9.0 percent).',
    m: ['9.0 percent = 9 % up'],
    s: ['Douglas County'],
  },
  {
    in: 'Rocky Mount had the highest rate at 6.3 percent while Durham had the lowest at 2.9 percent.',
    m: ['6.3 percent = 6.3 %', '2.9 percent = 2.9 %'],
    s: ['rate', 'Durham'],
  },
  // a plural noun in "-es" is no verb: "a 3.2% decline in sales" names what fell
  {
    in: 'In contrast, retailers of watches & jewellery reported a 3.2% decline in sales in August 2012.',
    m: ['3.2% = 3.2 % down'],
    s: ['sales'],
  },
  { in: 'Taxes rose by 3%.', m: ['3% = 3 % up'], s: ['Taxes'] },
  // the whole a share is of names no subject when the clause names the part with the same head
  {
    in: 'In 2017, e-Commerce sales accounted for 43% of total sales for large enterprises, 24% of total sales for medium sized ones.',
    m: ['43% = 43 %', '24% = 24 %'],
    s: ['e-Commerce sales as a share of total sales', 'e-Commerce sales'],
  },
  { in: 'Rocky Mount had the highest rate in the state.', m: [] },
  { in: 'The Fraser Valley showed the strongest growth, followed by the North Okanagan.', m: [] },
  { in: 'Sales and wages had the largest increases in the region.', m: [] },
  { in: 'Taxes rose while services declined.', m: [] },
  // the figure's own counted noun after "to" names its unit, not what reached the level
  {
    in: 'Burglaries dropped 18.2 percent to 2,947 cases.',
    m: ['18.2 percent = 18.2 % down', '2,947 cases = 2947 cases'],
    s: ['Burglaries', 'Burglaries'],
  },
  // a month opening a noun dates it ("July exports"): the noun is the subject
  {
    in: 'July exports were $186.3 billion, $3.4 billion more than June exports.',
    m: ['$186.3 billion = 186300000000 美元', '$3.4 billion = 3400000000 美元 up'],
    s: ['exports', 'exports'],
  },
  { in: 'In July 2019 the deficit was $5 billion.', m: ['$5 billion = 5000000000 美元'], s: ['deficit'] },
  // a release's adjustment aside between subject and verb is no part of the subject
  {
    in: 'Advance estimates of U.S. retail sales for March, adjusted for seasonal, holiday, and trading-day differences, but not for price changes, were $269.2 billion.',
    m: ['$269.2 billion = 269200000000 美元'],
    s: ['Advance estimates of U.S. retail sales'],
  },
  // a superlative's measure right before the figure, after a comma
  {
    in: 'El Centro, Calif., again recorded the highest unemployment rate, 30.4 percent.',
    m: ['30.4 percent = 30.4 %'],
    s: ['unemployment rate'],
  },
  { in: 'July was the hottest month on record.', m: [] },
  // the basis a release compares with ("above the revised August rate of 575,000") measures what the figure before does
  {
    in: 'Sales of new single-family houses were at an annual rate of 593,000. This is 3.1 percent above the revised August rate of 575,000.',
    m: ['593,000 = 593000', '3.1 percent = 3.1 % up', '575,000 = 575000'],
    s: ['Sales of new single-family houses', 'Sales of new single-family houses', 'Sales of new single-family houses'],
  },
  // a list of moves by category in lower case: each bracketed figure measures its item (the lead's stop-40 rule); a named
  // division (capitalised) keeps the breakdown's measure
  {
    in: 'Month-on-month increases were recorded for sugar, sweets, and desserts (4.5%); vegetables (0.9%).',
    m: ['4.5% = 4.5 % up', '0.9% = 0.9 % up'],
    s: ['sugar, sweets, and desserts', 'vegetables'],
  },
  {
    in: 'The largest increases were in accommodation and food services (+14,700; +1.7%).',
    m: ['+14,700 = 14700  up', '+1.7% = 1.7 % up'],
    s: ['accommodation and food services', 'accommodation and food services'],
  },
  { in: 'Job losses occurred in Leisure & Hospitality (-1,100).', m: ['-1,100 = -1100  down'], s: ['Job losses'] },
  // the earlier pace after "down from a" is the pace of what the figure before measures; a fronted span of months is when
  {
    in: 'Nonfinancial business debt rose at an annual rate of 14 percent, down from a 18.4 percent annual rate in the previous quarter.',
    m: ['14 percent = 14 % up', '18.4 percent = 18.4 % up'],
    s: ['Nonfinancial business debt', 'Nonfinancial business debt'],
  },
  { in: 'Over the twelve months to the March 2020 quarter the CPI rose 2.2%.', m: ['2.2% = 2.2 % up'], s: ['CPI'] },
  // a release's dateline is no part of the subject
  {
    in: 'WASHINGTON – (RealEstateRama) — Sales of new single-family houses were at an annual rate of 593,000.',
    m: ['593,000 = 593000'],
    s: ['Sales of new single-family houses'],
  },
  {
    in: 'WASHINGTON, D.C. - The federal deficit was $5 billion.',
    m: ['$5 billion = 5000000000 美元'],
    s: ['federal deficit'],
  },
  { in: 'NHS - waiting lists rose by 3%.', m: ['3% = 3 % up'], s: ['waiting lists'] },
  { in: 'WASHINGTON — The department issued its annual report today.', m: [] },
  { in: 'OTTAWA, ON — Officials met with industry leaders.', m: [] },
  // a percentage more of a noun measures the noun; after a quantity's lead (an average of, an estimated), the share's whole
  {
    in: 'The airlines carried 10.9% more passengers, seasonally adjusted, in June.',
    m: ['10.9% = 10.9 % up'],
    s: ['passengers'],
  },
  {
    in: 'From 1993 to 2009, an average of 9% of victims of serious violent crime received assistance.',
    m: ['9% = 9 %'],
    s: ['victims of serious violent crime'],
  },
  // "an estimated" is no approximation word (the GUIDE's list)
  { in: 'An estimated 12% of black males were in prison.', m: ['12% = 12 %'], s: ['black males'] },
  { in: 'About 9% of crime victims received help from agencies.', m: ['About 9% = 9 % ~about'], s: ['crime victims'] },
  // a run-in heading is no part of the subject; a phrase with no letter names nothing
  { in: 'HIGHLIGHTS: In 2007, 61% of adults reported excellent health.', m: ['61% = 61 %'], s: ['adults'] },
  {
    in: 'July’s total number of FTEs (402,561) was up 8,263 from June (394,298).',
    m: ['402,561 = 402561 ', '8,263 = 8263  up', '394,298 = 394298 '],
    s: ['number of FTEs', 'number of FTEs', 'number of FTEs'],
  },
  { in: 'An estimated majority of victims received help.', m: [] },
  // where the phrase rules find nothing, the clause's own subject names the measure
  {
    in: 'The population of the UK aged 65 and over was 10.8 million in mid-2012.',
    m: ['10.8 million = 10800000 '],
    s: ['population of the UK aged 65 and over'],
  },
  {
    in: 'Total fiscal year 2020 auto sales tax revenues were $45.3 million.',
    m: ['$45.3 million = 45300000 美元'],
    s: ['Total fiscal year 2020 auto sales tax revenues'],
  },
  { in: 'Today it was $5 million.', m: ['$5 million = 5000000 美元'], s: [null] },
  // a forecaster's "projects that" and a modal verb ("will average") frame the subject
  {
    in: 'EIA projects that U.S. crude oil production will average 10.8 million b/d in 2018.',
    m: ['10.8 million b/d = 10800000 b/d'],
    s: ['U.S. crude oil production'],
  },
  // U.S. inside the phrase after a share
  {
    in: 'In 2022, 92.1% of the U.S. population had health insurance coverage.',
    m: ['92.1% = 92.1 %'],
    s: ['U.S. population'],
  },
  { in: 'The U.S. population is described in the appendix.', m: [] },
  // a verb that takes a clause ("mean", "show") before a determiner: the subject starts after it
  {
    in: 'These weak flows mean the annual growth rate of consumer credit fell to 5.7% in November.',
    m: ['5.7% = 5.7 % up'],
    s: ['annual growth rate of consumer credit'],
  },
  { in: 'These weak flows mean lower borrowing.', m: [] },
  // a level held: "leave the cash rate target unchanged at", "kept the policy rate unchanged at"
  {
    in: 'At its meeting today, the Board decided to leave the cash rate target unchanged at 4.35 per cent.',
    m: ['4.35 per cent = 4.35 %'],
    s: ['cash rate target'],
  },
  { in: 'The Bank kept the policy rate unchanged at 5.25%.', m: ['5.25% = 5.25 %'], s: ['policy rate'] },
  { in: 'The Board left the meeting unchanged.', m: [] },
  // a headline participle with no auxiliary, after a dateline and its dash
  {
    in: '14 August 2024 – OCR reduced by 25 basis points to 5.25%.',
    m: ['25 basis points = 25 basis_points down', '5.25% = 5.25 %'],
    s: ['OCR', 'OCR'],
  },
  { in: 'The Bank plans to cut by 25 basis points.', m: ['25 basis points = 25 basis_points down'], s: [null] },
  // a passive after a share is what was done to the part, not a part
  {
    in: 'Overall, 93.7% of the repairs to potholes were completed within the required timescales.',
    m: ['93.7% = 93.7 %'],
    s: ['repairs to potholes'],
  },
  // a pronoun opening a coordinated clause names the first clause's subject; a raised infinitive reads through
  {
    in: 'The council’s carbon footprint continues to reduce and it is estimated to have fallen 27 per cent since 2019.',
    m: ['27 per cent = 27 % down'],
    s: ['council’s carbon footprint'],
  },
  { in: 'Exports are estimated to have risen 4% in 2023.', m: ['4% = 4 % up'], s: ['Exports'] },
  { in: 'The council met and it was agreed.', m: [] },
  // a counted noun keeps its post-modifier: "who", "on", "outside", "aged" and an age band ending "and over"
  {
    in: 'The scheme helped 90,300 people who immigrated to Ireland.',
    m: ['90,300 people = 90300 people'],
    s: ['people who immigrated to Ireland'],
  },
  {
    in: 'Some 669,400 individuals outside the labour force were counted.',
    m: ['Some 669,400 individuals = 669400 individuals ~about'],
    s: ['individuals outside the labour force'],
  },
  {
    in: 'There were 29.48 million people in employment aged 16 and over.',
    m: ['29.48 million people = 29480000 people'],
    s: ['people in employment aged 16 and over'],
  },
  { in: 'About 40 people on average attended.', m: ['About 40 people = 40 people ~about'], s: ['people'] },
  { in: 'We received 300 letters on 5 May.', m: ['300 letters = 300 letters'], s: ['letters'] },
  // "it" after a clause with a subordinate clause of its own is not resolved inside the sentence
  {
    in: 'This is the second time since June 2013 that the rate has risen and it is the largest rise since 2.2% in 2012.',
    m: ['2.2% = 2.2 %'],
    s: [null],
  },
  // must-not cases: the words of these rules with no figure
  { in: 'These results mean the policy worked.', m: [] },
  { in: 'The Board decided to leave the rate unchanged.', m: [] },
  { in: 'Visitors from the Republic of Korea were welcomed.', m: [] },
  { in: 'The death toll is not yet known.', m: [] },
  // a pronoun's antecedent is no phrase a preposition opens
  {
    in: 'A basket that cost £100.00 in June 2013 would have cost £101.90 in June 2014. It is the largest increase since the rise from 2.2% to 2.7% in 2012.',
    m: ['£100.00 = 100 英镑', '£101.90 = 101.9 英镑', '2.2% = 2.2 %', '2.7% = 2.7 %'],
    s: ['basket that cost', 'basket that cost', 'basket that cost', 'basket that cost'],
  },
  // growth named by an article before its figure, with no noun phrase of its own before it
  {
    in: 'Last year, we achieved an impressive growth rate of 4.6 per cent against a forecast of 3.6 per cent.',
    m: ['4.6 per cent = 4.6 % up', '3.6 per cent = 3.6 % up'],
    s: ['growth rate', 'growth rate forecast'],
  },
  {
    in: 'We expect growth for 2014 to be 4.2 per cent, higher than the forecast of 3.0 per cent a year ago.',
    m: ['4.2 per cent = 4.2 % up', '3.0 per cent = 3 % up'],
    s: ['growth', 'growth'],
  },
  {
    in: 'The export earnings witnessed a growth of 2.54 percent.',
    m: ['2.54 percent = 2.54 % up'],
    s: ['export earnings'],
  },
  {
    in: 'The population was 63.7 million in mid-2012. This represents a growth of 419,900 in the year.',
    m: ['63.7 million = 63700000', '419,900 = 419900  up'],
    s: ['population', 'population'],
  },
  // the later items of a list of periods, and a reporting clause with "that"
  {
    in: 'The economy grew by 5.8 percent in the third quarter of 2022; 4.8 percent in the second quarter; and 6.5 percent in the first quarter.',
    m: ['5.8 percent = 5.8 % up', '4.8 percent = 4.8 % up', '6.5 percent = 6.5 % up'],
    s: ['economy', 'economy', 'economy'],
  },
  {
    in: 'Still, he shared that the unemployment rate fell by 0.4 points in Q1 2025.',
    m: ['0.4 points = 0.4 百分点 down'],
    s: ['unemployment rate'],
  },
  // money a passive verb assigns, money "in" what it is counted as, money added to a balance
  {
    in: '$97.6 billion has been budgeted for the Agriculture Sector.',
    m: ['$97.6 billion = 97600000000 美元'],
    s: ['Agriculture Sector'],
  },
  {
    in: 'The Budget targets $1.74B in revenue and $1.78B in spending.',
    m: ['$1.74B = 1740000000 美元', '$1.78B = 1780000000 美元'],
    s: ['revenue', 'spending'],
  },
  {
    in: 'The laws will add about $406 billion to the cumulative deficit.',
    m: ['about $406 billion = 406000000000 美元 up ~about'],
    s: ['cumulative deficit'],
  },
  // a setting verb in its -ing form, and a clause "in which"
  {
    in: 'It created space for increasing poverty-related spending from 4.7 per cent in 2001 to 8.5 per cent in 2005.',
    m: ['4.7 per cent = 4.7 %', '8.5 per cent = 8.5 %'],
    s: ['poverty-related spending', 'poverty-related spending'],
  },
  {
    in: 'We cover how 2012/13 was a year in which recorded crime fell a further 7.4 percent.',
    m: ['7.4 percent = 7.4 % down'],
    s: ['recorded crime'],
  },
  // must-not cases: the words of these rules with no figure
  { in: 'The growth rate of the economy was strong.', m: [] },
  { in: 'Funds have been budgeted for the Agriculture Sector.', m: [] },
  { in: 'These add to the pressure on families.', m: [] },
  { in: 'It was a year in which crime fell.', m: [] },
  // a participle phrase set off by commas, an evaluative adjective alone, figures that show, a dateline's agency mark
  {
    in: 'Economic growth, calculated on a financial year basis, surged by 8.0%, reaching a substantial $2.55 billion.',
    m: ['8.0% = 8 % up', '$2.55 billion = 2550000000 美元'],
    s: ['Economic growth', 'Economic growth'],
  },
  { in: 'April 2022 figures show employment at 1,269,300.', m: ['1,269,300 = 1269300'], s: ['employment'] },
  {
    in: "KINGSTON, Jamaica, (JIS) – Jamaica's economy is estimated to have expanded by 3.4 percent.",
    m: ['3.4 percent = 3.4 % up'],
    s: ["Jamaica's economy"],
  },
  { in: 'Growth, calculated on a financial year basis, was strong.', m: [] },
  // the measure a verb of result names before "of", and a change named with its period after the figure before
  {
    in: "Malaysia's wholesale and retail trade recorded a sales value of RM142.7 billion, a 6.5 per cent increase year-on-year.",
    m: ['RM142.7 billion = 142700000000 林吉特', '6.5 per cent = 6.5 % up'],
    s: ['sales value', 'sales value'],
  },
  {
    in: 'Thai exports last month were reported at US$20.769 billion, a 4.55 per cent increase year on year.',
    m: ['US$20.769 billion = 20769000000 美元', '4.55 per cent = 4.55 % up'],
    s: ['Thai exports last month', 'Thai exports last month'],
  },
  { in: 'The department recorded a sales value that was higher.', m: [] },
  // a bulleted place of a list measures what the figure before the list measures
  {
    in: 'There were 246,700 visitor arrivals in August. The biggest changes were:\n\n  • Australia up 3,100 to 114,400\n  • China up 2,300 to 31,500',
    m: [
      '246,700 visitor arrivals = 246700 arrivals',
      '3,100 = 3100  up',
      '114,400 = 114400',
      '2,300 = 2300  up',
      '31,500 = 31500',
    ],
    s: ['visitor arrivals', 'visitor arrivals', 'visitor arrivals', 'visitor arrivals', 'visitor arrivals'],
  },
  // money that sizes each of a kind of payment named before "of"
  {
    in: 'Up to $1 million was available for grants of between $10 000 and $50 000.',
    m: ['Up to $1 million = 1000000 美元 ~under', '$10 000 = 10000 美元', '$50 000 = 50000 美元'],
    s: [null, 'grants', 'grants'],
  },
  { in: 'The fund offers grants of $10,000.', m: ['$10,000 = 10000 美元'], s: ['grants'] },
  { in: 'Grants of this kind are rare.', m: [] },
  // "value added" is a noun, not a verb cutting the phrase
  {
    in: 'The total value added of the industrial enterprises above designated size was up by 14.3 percent year-on-year.',
    m: ['14.3 percent = 14.3 % up'],
    s: ['value added of the industrial enterprises above designated size'],
  },
  // "a total of" after a fronted phrase (or a clause joined by "and"): the counted noun after the figure
  {
    in: 'Under the scheme a total of 11.37 crore households availed employment and a total of 289.24 crore person-days were generated.',
    m: ['11.37 crore households = 113700000 households', '289.24 crore person-days = 2892400000 person-days'],
    s: ['households', 'person-days generated'],
  },
  { in: 'Police officers made a total of 5,000 arrests.', m: ['5,000 arrests = 5000 arrests'], s: ['arrests made'] },
  // the noun phrase after "with" that governs the participle leading to the figure
  {
    in: 'A rich grain harvest with total output amounting to 497.45 billion kilograms.',
    m: ['497.45 billion kilograms = 497450000000 kilograms'],
    s: ['total output'],
  },
  // a participle after a comma: the main clause's subject falls, whatever its verb, when that clause has no figure
  {
    in: 'Global growth lost momentum throughout 2018, falling to 2.7 percent in the fourth quarter.',
    m: ['2.7 percent = 2.7 % up'],
    s: ['Global growth'],
  },
  {
    in: 'Police recorded 3.7 million offences, rising 5 percent.',
    m: ['3.7 million offences = 3700000 offences', '5 percent = 5 % up'],
    s: ['offences recorded', 'offences recorded'],
  },
  // a clause opened by "while" has its own subject, which its basis figure measures too
  {
    in: 'Revenue rose 17.4% while return on equity increased to 11.1% from 7.8% in 2010.',
    m: ['17.4% = 17.4 % up', '11.1% = 11.1 %', '7.8% = 7.8 %'],
    s: ['Revenue', 'return on equity', 'return on equity'],
  },
  {
    in: 'The percentage of people who were classified as overweight or obese in 2015 was 60%.',
    m: ['60% = 60 %'],
    s: ['percentage of people'],
  },
  // an unspaced em dash before an appositive opens an insertion, as a spaced one does
  {
    in: 'For the real estate industry group, real value added—a measure of an industry’s contribution to GDP—increased 2.7 percent.',
    m: ['2.7 percent = 2.7 % up'],
    s: ['real value added'],
  },
  { in: 'The one—the only—figure was ignored.', m: [] },
  { in: 'The value added tax rules were changed.', m: [] },
  { in: 'Under the programme, a total review was launched.', m: [] },
  { in: 'Growth lost momentum, falling back.', m: [] },
  // a record height, as a record high, measures what reached it
  {
    in: 'Foreign currency reserves reached a record height of $43 billion in June.',
    m: ['$43 billion = 43000000000 美元'],
    s: ['Foreign currency reserves'],
  },
  {
    in: 'Real consumption of finished steel has grown at a CAGR of 7.2% during the last five years.',
    m: ['7.2% = 7.2 % up'],
    s: ['Real consumption of finished steel'],
  },
  // a transcript's speaker is no label of the measure
  {
    in: 'Hon BILL ENGLISH: In the last 3 years there have been 200,000 new jobs added to the economy.',
    m: ['200,000 new jobs = 200000 jobs'],
    s: ['new jobs'],
  },
  // what an investment made (a loss) is what the amount measures
  { in: 'The investments made a loss of $5 billion this year.', m: ['$5 billion = 5000000000 美元'], s: ['loss'] },
  // a scale letter glued to the digits is no word of the counted noun; a currency's word is no counted thing
  {
    in: 'Police recorded nearly 5m offences.',
    m: ['nearly 5m offences = 5000000 offences ~about'],
    s: ['offences recorded'],
  },
  {
    in: 'Revenue recorded 506 billion rupees in the year.',
    m: ['506 billion rupees = 506000000000 卢比'],
    s: ['Revenue'],
  },
  // a source aside opened by "as per", a level in brackets after "to", a move named after "there was"
  {
    in: 'The nominal GDP, as per the preliminary data released by National Centre for Statistics and Information (NCSI), showed a decline of 2.8 percent.',
    m: ['2.8 percent = 2.8 % down'],
    s: ['nominal GDP'],
  },
  {
    in: 'There was a decrease in the unemployment rate of total Saudis to (12.3%).',
    m: ['12.3% = 12.3 %'],
    s: ['unemployment rate of total Saudis'],
  },
  // "in all" closes the count, it is no place of recording
  {
    in: 'About 5.3 million crimes were recorded in all, up 14%.',
    m: ['About 5.3 million crimes = 5300000 crimes ~about', '14% = 14 % up'],
    s: ['crimes recorded', 'crimes recorded'],
  },
  // a basis (above average, below normal, the long-term average) is never the subject
  {
    in: 'Yearly rainfall was above normal (120-149% of normal) in Otago.',
    m: ['120 = 120 %', '149% = 149 %'],
    s: ['Yearly rainfall', 'Yearly rainfall'],
  },
  {
    in: 'Summer rainfall was 241.0mm, above the long-term average.',
    m: ['241.0mm = 241 mm up'],
    s: ['Summer rainfall'],
  },
  { in: 'Rainfall was above average for much of the north.', m: [] },
  // a part counted after "(out) of which" measures the set the figure before counts
  {
    in: 'As of 31 August, 5,038 registered refugees returned, out of which 3,604 returned from Pakistan.',
    m: ['5,038 registered refugees = 5038 refugees', '3,604 = 3604 '],
    s: ['registered refugees', 'registered refugees'],
  },
  // a share whose part is only where it lies names the whole
  {
    in: 'There were 25,000 cases of measles; 97 per cent of the cases were in children under the age of ten.',
    m: ['25,000 cases = 25000 cases', '97 per cent = 97 %'],
    s: ['cases of measles', 'cases'],
  },
  {
    in: 'Despite a 79 per cent worldwide decrease in measles deaths, 400 children die.',
    m: ['79 per cent = 79 % down', '400 children = 400 children'],
    s: ['measles deaths', 'children'],
  },
  // a pronoun after a share's group is the verb's subject, not the people asked
  {
    in: 'Along with maintaining $1.1 billion of assets we supported 150 local community groups.',
    m: ['$1.1 billion = 1100000000 美元', '150 local community groups = 150 groups'],
    s: ['!assets we', 'local community groups'],
  },
  // "there has been an increase of" and a date after its preposition name nothing
  {
    in: 'Total enrolments stood at 555,241 at September 2017. This is an increase of 5,041 pupils on September 2016 (550,200). Since September 2011, there has been an increase of 46,203.',
    m: ['555,241 = 555241 ', '5,041 pupils = 5041 pupils up', '550,200 = 550200 ', '46,203 = 46203  up'],
    s: ['Total enrolments', 'Total enrolments', 'Total enrolments', 'Total enrolments'],
  },
  // a move set off by commas after its noun measures what the figure before measured
  {
    in: 'Enrolments grew 1.8%, which followed a similar rise, 1.9%, in the previous period.',
    m: ['1.8% = 1.8 % up', '1.9% = 1.9 % up'],
    s: ['Enrolments', 'Enrolments'],
  },
  // a share that a verb carries or dedicates is of the whole named after it; the next share of a list has its own
  {
    in: 'Rural roads carry around 95 percent of passengers and 98 percent of cargo.',
    m: ['around 95 percent = 95 % ~about', '98 percent = 98 %'],
    s: ['passengers', 'cargo'],
  },
  {
    in: 'IDB achieved its mandate of dedicating more than 40 percent of its lending to small countries.',
    m: ['more than 40 percent = 40 % ~over'],
    s: ['lending'],
  },
  // "X means that" reports what follows
  {
    in: 'This and other pressures mean that Council Tax will be increasing by 4.99%.',
    m: ['4.99% = 4.99 % up'],
    s: ['Council Tax'],
  },
  // an amount and its share restated after "or" measure the whole the share names
  {
    in: 'An estimated 25.9 million or 7.9% of people did not have health insurance.',
    m: ['25.9 million = 25900000 ', '7.9% = 7.9 %'],
    s: ['people', 'people'],
  },
  // a share restated after "or" of another whole stays the amount's
  {
    in: 'Net core Crown debt was in line with forecast at $184.6 billion, or 43.2% of GDP.',
    m: ['$184.6 billion = 184600000000 美元', '43.2% = 43.2 %'],
    s: ['Net core Crown debt', 'Net core Crown debt as a share of GDP'],
  },
  // a bare count, then were and the plural it counts
  {
    in: 'Of which 181 were affordable homes, a 4 per cent increase.',
    m: ['181 = 181 ', '4 per cent = 4 % up'],
    s: ['affordable homes', 'affordable homes'],
  },
  { in: 'Of these, 1,000 were arrested.', m: ['1,000 = 1000 '], s: [null] },
  // a running total is of the measure before it
  {
    in: 'Inheritance tax revenue was $129.0 million, bringing the year-to-date total to $839.6 million.',
    m: ['$129.0 million = 129000000 美元', '$839.6 million = 839600000 美元'],
    s: ['Inheritance tax revenue', 'Inheritance tax revenue'],
  },
  // a pronoun alone, and "the figure" a speaker names, point back at the figure before
  {
    in: 'They obligated $93.3 billion for operations, and they spent $80 billion.',
    m: ['$93.3 billion = 93300000000 美元', '$80 billion = 80000000000 美元'],
    s: ['operations', 'operations'],
  },
  // must-not-match cases of this round's rules
  { in: 'Out of which, the majority returned home.', m: [] },
  { in: 'The figure was revised, the Chief Statistician said.', m: [] },
  { in: 'In the vicinity of the station, roads were closed.', m: [] },
  { in: 'The increase is made up of several items.', m: [] },
  { in: 'Of which most were affordable homes.', m: [] },
  { in: 'Rural roads carry most passengers and cargo.', m: [] },
  // the measure before a superlative and its place, the figure in brackets after the place
  {
    in: 'Among the largest counties in Texas, employment was highest in Harris County (2,192,300) in September.',
    m: ['2,192,300 = 2192300 '],
    s: ['employment'],
  },
  // a balance an account recorded measures the account; the balance set against it, the same account
  {
    in: 'The current account registered a deficit of Rs 1.27 billion compared to a deficit of Rs 1.05 billion a year earlier.',
    m: ['Rs 1.27 billion = 1270000000 卢比', 'Rs 1.05 billion = 1050000000 卢比'],
    s: ['current account', 'current account'],
  },
  {
    in: 'Foreign investments in the government securities market recorded a net outflow of US dollars 118.3 million.',
    m: ['US dollars 118.3 million = 118300000 美元'],
    s: ['Foreign investments in the government securities market'],
  },
  {
    in: 'The federal government ran a budget deficit of roughly $750 billion.',
    m: ['roughly $750 billion = 750000000000 美元 ~about'],
    s: ['budget deficit'],
  },
  // "the figure" opening a sentence points back
  {
    in: 'New vehicle registrations totalled 7,000. The figure showed a monthly decrease of 14.2 percent.',
    m: ['7,000 = 7000 ', '14.2 percent = 14.2 % down'],
    s: ['New vehicle registrations', 'New vehicle registrations'],
  },
  // the items of a verb's bracketed list are their own subjects, capitalised or not; places and periods are not
  {
    in: 'Inflation increased in Onions (77.72%), Pulse Moong (48.58%) and Sugar (35.73%).',
    m: ['77.72% = 77.72 % up', '48.58% = 48.58 % up', '35.73% = 35.73 % up'],
    s: ['Onions', 'Pulse Moong', 'Sugar'],
  },
  {
    in: 'Employment rose in London (2.1%), Wales (3.0%) and Scotland (1.1%).',
    m: ['2.1% = 2.1 % up', '3.0% = 3 % up', '1.1% = 1.1 % up'],
    s: ['Employment', 'Employment', 'Employment'],
  },
  { in: 'Employment rose in the third quarter (2.1%).', m: ['2.1% = 2.1 % up'], s: ['Employment'] },
  {
    in: 'Remittance inflows were Rs 642.14 billion in the review period.',
    m: ['Rs 642.14 billion = 642140000000 卢比'],
    s: ['Remittance inflows'],
  },
  // a basis after "compared to" measures what the figure before measures (not "this week compared")
  {
    in: 'The number of jurisdictions experiencing high activity decreased to 12 this week compared to 13 last week.',
    m: ['12 = 12 ', '13 = 13 '],
    s: ['number of jurisdictions experiencing high activity', 'number of jurisdictions experiencing high activity'],
  },
  // a rate's base is no subject; the figure before in its list names the measure
  {
    in: 'Plusnet generated the most landline complaints (34 per 100,000 customers and 33 per 100,000 customers respectively).',
    m: ['34 = 34 ', '33 = 33 '],
    s: ['Plusnet generated the most landline complaints', 'Plusnet generated the most landline complaints'],
  },
  // a range's first end with its period: the second end measures what the first does; a week's number is a date
  {
    in: 'COVID-19 cases increased by 25% from 249 cases notified in week 43 to 312 cases in week 44.',
    m: ['25% = 25 % up', '249 cases = 249 cases', '312 cases = 312 cases'],
    s: ['COVID-19 cases', 'COVID-19 cases', 'COVID-19 cases'],
  },
  { in: 'Data up to the end of week 52 are provisional.', m: [] },
  // a change apposed to a level measures what the level measures; a date after "against" names nothing
  {
    in: 'Broad money supply recorded 684 Billion Qatari Riyals during July 2023, an annual increase of 1.3 percent compared with July 2022.',
    m: ['684 Billion Qatari Riyals = 684000000000 卡塔尔里亚尔', '1.3 percent = 1.3 % up'],
    s: ['Broad money supply', 'Broad money supply'],
  },
  {
    in: 'The labour force increased 2.1 per cent against February 2018 to 15.54 million persons.',
    m: ['2.1 per cent = 2.1 % up', '15.54 million persons = 15540000 persons'],
    s: ['labour force', 'labour force'],
  },
  { in: 'Annual growth was 3.2 percent.', m: ['3.2 percent = 3.2 % up'], s: ['Annual growth'] },
  // a move a holder recorded measures the holder (not a source that reports it, nor a pronoun)
  {
    in: 'The Food Group marked the major price increase of 2.7% during March 2012.',
    m: ['2.7% = 2.7 % up'],
    s: ['Food Group'],
  },
  { in: 'Exports posted a growth of 5.1 percent.', m: ['5.1 percent = 5.1 % up'], s: ['Exports'] },
  { in: 'We recorded an increase of 3%.', m: ['3% = 3 % up'], s: ['!We'] },
  // a figure pointing back skips one in words the report leaves out ("within four hours")
  {
    in: '93.5 per cent of patients were discharged within four hours during the week. This is 3.5 percentage points higher than the previous week.',
    m: ['93.5 per cent = 93.5 %', '3.5 percentage points = 3.5 百分点 up'],
    s: ['patients', 'patients'],
  },
  // what a share's whole "were" as a participle is said of the whole; a noun after "were" still names the part
  {
    in: 'Figures published today show 93.5 per cent of patients were seen and admitted within four hours.',
    m: ['93.5 per cent = 93.5 %'],
    s: ['patients'],
  },
  { in: '20% of adults were employed.', m: ['20% = 20 %'], s: ['adults'] },
  {
    in: 'Customers in debt fell by 10% from 182,665 in Quarter 4 2020–21 to 165,221 in Quarter 1 2021–22.',
    m: ['10% = 10 % down', '182,665 = 182665 ', '165,221 = 165221 '],
    s: ['Customers in debt', 'Customers in debt', 'Customers in debt'],
  },
  // a count that benefited is the clause's subject, not a participle of it
  {
    in: 'In 2013, 2.3 million people benefited from weekly welfare payments.',
    m: ['2.3 million people = 2300000 people'],
    s: ['people'],
  },
  // a rate's passive auxiliary is no word of the rate
  {
    in: 'Over 1,000 additional jobs were created per week.',
    m: ['Over 1,000 additional jobs = 1000 jobs ~over'],
    s: ['jobs created per week'],
  },
  // a ratio's whole names what the share is of
  {
    in: 'The department met 29 out of 36 performance measures.',
    m: ['29 out of 36 = 80.5556 %'],
    s: ['performance measures'],
  },
  // an amount apposed after a comma values the goods counted before it
  {
    in: 'In 2021, the EU exported 1.3 million bicycles and other cycles, worth a total of €471 million, to countries outside the EU.',
    m: ['1.3 million bicycles = 1300000 bicycles', '€471 million = 471000000 欧元'],
    s: ['bicycles', 'bicycles and other cycles'],
  },
  {
    in: 'Staff used sick days, totaling over $20,000 in paid sick leave.',
    m: ['over $20,000 = 20000 美元 ~over'],
    s: ['paid sick leave'],
  },
  // what saw/put takes, and what moves after "with", is measured
  {
    in: 'The strategy saw the Live Register fall from 14.1% in 2012 to 12.1% in 2013.',
    m: ['14.1% = 14.1 %', '12.1% = 12.1 %'],
    s: ['Live Register', 'Live Register'],
  },
  {
    in: 'The valuation put the liability at $68.4 billion.',
    m: ['$68.4 billion = 68400000000 美元'],
    s: ['liability'],
  },
  {
    in: 'Assault remains a concern with recorded offences rising 3.5% in 2014.',
    m: ['3.5% = 3.5 % up'],
    s: ['recorded offences'],
  },
  // a count after "in respect of" is what is counted; money paid out in claims is the claims
  {
    in: 'Families received Child Benefit payments in respect of almost 1.2 million children each month.',
    m: ['almost 1.2 million children = 1200000 children ~about'],
    s: ['children'],
  },
  {
    in: 'In 2012, the fund paid out $89.8 million in claims.',
    m: ['$89.8 million = 89800000 美元'],
    s: ['claims'],
  },
  // each place's bracketed move and level are of the measure the sentence names, the last place's too
  {
    in: 'The number of assault victims decreased in New South Wales (5% to 65,576 victims), Western Australia (1% to 24,996 victims) and the Northern Territory (9% to 7,223 victims).',
    m: [
      '5% = 5 % down',
      '65,576 victims = 65576 victims',
      '1% = 1 % down',
      '24,996 victims = 24996 victims',
      '9% = 9 % down',
      '7,223 victims = 7223 victims',
    ],
    s: [
      'number of assault victims',
      'number of assault victims',
      'number of assault victims',
      'number of assault victims',
      'number of assault victims',
      'number of assault victims',
    ],
  },
  // money a verb takes, then "in" and what the money is, ending the clause; not a longer phrase, nor "in fiscal"
  {
    in: 'The Office of the Comptroller has released more than $3.5 billion in medical vouchers, which helped.',
    m: ['more than $3.5 billion = 3500000000 美元 ~over'],
    s: ['medical vouchers'],
  },
  {
    in: 'The office was allocated $30 million to oversee more than $70 billion in budgeted funds.',
    m: ['$30 million = 30000000 美元', 'more than $70 billion = 70000000000 美元 ~over'],
    s: ['office', 'budgeted funds'],
  },
  {
    in: 'This is in addition to the $4 billion in tax credits allocated to Round 1 projects.',
    m: ['$4 billion = 4000000000 美元'],
    s: ['tax credits'],
  },
  // a count's cause is what it counts, its name's number kept; a double hyphen is a dash
  {
    in: 'There were 307 deaths due to COVID-19 in Q1 2023.',
    m: ['307 deaths = 307 deaths'],
    s: ['deaths due to COVID-19'],
  },
  {
    in: 'There were 5.09 million sales of existing homes--9.1 percent higher than in 2012.',
    m: ['5.09 million sales = 5090000 sales', '9.1 percent = 9.1 % up'],
    s: ['sales of existing homes', 'existing homes'],
  },
  // a bare count set against the one before with "while" counts the same
  {
    in: 'In 1998, 36,500 persons moved to Norway while 22,700 moved abroad.',
    m: ['36,500 persons = 36500 persons', '22,700 = 22700 '],
    s: ['persons', 'persons'],
  },
  // a count that names its own noun measures it after an agent's verb, "with" more or fewer, a possessive or a time
  {
    in: 'The program now has more than 350 application centers nationwide.',
    m: ['more than 350 application centers = 350 centers ~over'],
    s: ['application centers'],
  },
  {
    in: 'The National Organised Crime Group undertook 45 operations.',
    m: ['45 operations = 45 operations'],
    s: ['operations'],
  },
  {
    in: 'Crime fell to its lowest level with less than 100,000 offences recorded.',
    m: ['less than 100,000 offences = 100000 offences ~under'],
    s: ['offences'],
  },
  {
    in: "A strong economy is powering America's 30 million small businesses.",
    m: ['30 million small businesses = 30000000 businesses'],
    s: ['small businesses'],
  },
  // must keep the phrase: a verb of scope, a category "with" a plain count, an adjective after an article
  { in: 'Urban CPI covers 35 cities.', m: ['35 cities = 35 cities'], s: ['Urban CPI covers'] },
  {
    in: 'Hospitals were the next largest category with 1.2 million employees.',
    m: ['1.2 million employees = 1200000 employees'],
    s: ['Hospitals'],
  },
  {
    in: 'Motor vehicle thefts are on the rise with 552 reports having been filed in 2016.',
    m: ['552 reports = 552 reports'],
    s: ['Motor vehicle thefts'],
  },
  { in: 'The award was made with no staff.', m: [] },
  // the second end of a from–to range whose first end is dated by a span of months measures the same thing
  {
    in: 'The seasonally adjusted unemployment rate increased from 2.9% in July – September 2019 to 3.1% in August – October 2019.',
    m: ['2.9% = 2.9 %', '3.1% = 3.1 %'],
    s: ['seasonally adjusted unemployment rate', 'seasonally adjusted unemployment rate'],
  },
  { in: 'The survey ran from July – September 2019.', m: [] },
  // a part of a set named after the figure measures the set; "reveal that", "say that" report, they name nothing
  {
    in: 'More than 2500 of those calls for service were for mental health.',
    m: ['More than 2500 = 2500 calls ~over'],
    s: ['calls for service'],
  },
  {
    in: 'Home Office figures published today reveal that crime overall has fallen by 11.7%.',
    m: ['11.7% = 11.7 % down'],
    s: ['crime'],
  },
  { in: 'Most of those calls were for help.', m: [] },
  // "the next quarter" says when, not what: the figure before lends its measure
  {
    in: 'GDP grew by 6.72%, and the next quarter was higher than the previous quarter (first quarter increased by 3.41%).',
    m: ['6.72% = 6.72 % up', '3.41% = 3.41 % up'],
    s: ['GDP', 'GDP'],
  },
  // an opener (As at …), a day or a month alone says when, not what: the phrase before lends its measure
  {
    in: 'The backlog fell from $16.7 billion last Tuesday to $9.5 billion by the close of business.',
    m: ['$16.7 billion = 16700000000 美元', '$9.5 billion = 9500000000 美元'],
    s: ['backlog', 'backlog'],
  },
  {
    in: 'Personal income taxes of $8.6 billion for December came in $1.3 billion above estimates.',
    m: ['$8.6 billion = 8600000000 美元', '$1.3 billion = 1300000000 美元 up'],
    s: ['Personal income taxes', 'Personal income taxes'],
  },
  { in: 'As at December 2012, the scheme was closed.', m: [] },
  {
    in: 'The first six months of the fiscal year were $3.0 billion ahead of estimates.',
    m: ['$3.0 billion = 3000000000 美元 up'],
    s: [null],
  },
  // a past verb of level after ", and" shares the subject of the clause's first verb
  {
    in: 'In 2012, the HPS fund paid out $0.9 million in claims to 1,100 members, and stood at $1.2 billion.',
    m: ['$0.9 million = 900000 美元', '1,100 members = 1100 members', '$1.2 billion = 1200000000 美元'],
    s: ['claims', 'members', 'HPS fund'],
  },
  { in: 'Prices and stood firm.', m: [] },
  // a share "accounting for" after a count is the count's part; an average of N nouns counts the nouns
  {
    in: 'There were 307 deaths due to COVID-19 in Q1 2023, accounting for 3.0% of deaths in the quarter.',
    m: ['307 deaths = 307 deaths', '3.0% = 3 %'],
    s: ['deaths due to COVID-19', 'deaths due to COVID-19'],
  },
  {
    in: 'The office processed an average of 263,000 state payments daily in 2009.',
    m: ['263,000 state payments = 263000 payments'],
    s: ['state payments'],
  },
  // a scale word with "per day" names nothing: the figure before lends its measure
  {
    in: 'TSA screened 708 million passengers (more than 1.9 million per day) in 2015.',
    m: ['708 million passengers = 708000000 passengers', 'more than 1.9 million = 1900000  ~over'],
    s: ['passengers', 'passengers'],
  },
  // a list item's label (after an en dash bullet) that names the counted noun in full is the subject
  {
    in: '– Number of newly established enterprises: 75.9 thousand enterprises',
    m: ['75.9 thousand enterprises = 75900 enterprises'],
    s: ['Number of newly established enterprises'],
  },
  { in: '– Note: figures are provisional.', m: [] },
  // a balance valued at or amounting to its figure; parts a whole comprised, each in its own noun; an item's enumerator
  {
    in: 'Zambia recorded a trade surplus valued at K192.8 million in January 2013.',
    m: ['K192.8 million = 192800000 克瓦查'],
    s: ['trade surplus'],
  },
  {
    in: 'Kenya posted a current account deficit amounting to KSh 12 billion.',
    m: ['KSh 12 billion = 12000000000 肯尼亚先令'],
    s: ['current account deficit'],
  },
  {
    in: 'The 41,900 unemployed comprised 18,000 males and 23,900 females.',
    m: ['41,900 unemployed = 41900 unemployed', '18,000 males = 18000 males', '23,900 females = 23900 females'],
    s: ['unemployed', 'males', 'females'],
  },
  {
    in: 'Of those unemployed, (ii) 18,700 were aged below 25 years.',
    m: ['18,700 = 18700 '],
    s: [null],
  },
  // a possessive's budget of a range: the budget (not the phrase before "with")
  {
    in: 'He set out his Plan with his annual budget of between £2.9 million and £3.8 million.',
    m: ['£2.9 million = 2900000 英镑', '£3.8 million = 3800000 英镑'],
    s: ['annual budget', 'annual budget'],
  },
  { in: 'The budget was approved by the board.', m: [] },
  // balances averaging or expected to be a figure; the move a total includes names nothing
  {
    in: 'The Government has achieved surpluses averaging $2.2 billion over the past four years.',
    m: ['$2.2 billion = 2200000000 美元'],
    s: ['surpluses'],
  },
  {
    in: 'The report projects a better result with the operating deficit expected to be $56.6 million.',
    m: ['$56.6 million = 56600000 美元'],
    s: ['operating deficit'],
  },
  {
    in: 'Operating expense includes a second quarter increase of $100 million.',
    m: ['$100 million = 100000000 美元 up'],
    s: ['Operating expense'],
  },
  // must not take: a basis's balance after "from the"
  {
    in: 'The deficit in Trade in Goods decreased to £7.6 billion, down from the record deficit of £10.2 billion in September.',
    m: ['£7.6 billion = 7600000000 英镑', '£10.2 billion = 10200000000 英镑'],
    s: ['deficit in Trade in Goods', 'deficit in Trade in Goods'],
  },
  // a list item's enumerator in brackets after a full stop opens a new sentence and is no part of the subject
  {
    in: 'Of them 18,700 were aged below 25 years. (ii) Around 25,500 (61%) of the unemployed were not yet married.',
    m: ['18,700 = 18700 ', 'Around 25,500 = 25500  ~about', '61% = 61 %'],
    s: [null, 'unemployed', 'unemployed'],
  },
  { in: 'See note (ii) for details.', m: [] },
  // a sentence that opens on an approximation word inside the span starts after the full stop before it; a part "of this"
  {
    in: 'Around 25,500 (61%) of the unemployed were not yet married. Some 20,400 (49%) of the unemployed had no certificate.',
    m: ['Around 25,500 = 25500  ~about', '61% = 61 %', 'Some 20,400 = 20400  ~about', '49% = 49 %'],
    s: ['unemployed', 'unemployed', 'unemployed', 'unemployed'],
  },
  {
    in: 'Outlays were about $4.5 billion lower than estimates. About $2.1 billion of this difference stems from new funds.',
    m: ['about $4.5 billion = 4500000000 美元 ~about down', 'About $2.1 billion = 2100000000 美元 ~about'],
    s: ['Outlays', 'Outlays'],
  },
  // an amount restated in another unit shares the first one's subject; a money unit or a span of time alone is none;
  // a bullet's participle gives way to the count's own noun
  {
    in: 'The council tax precept will rise by 17 pence per week or £8.84 per year.',
    m: ['17 pence = 17 pence up', '£8.84 = 8.84 英镑 up'],
    s: ['council tax precept', 'council tax precept'],
  },
  {
    in: 'We have also: • Undertaken 10,978 business inspections.',
    m: ['10,978 business inspections = 10978 inspections'],
    s: ['business inspections'],
  },
  // must not share: a count restated names its own noun
  {
    in: 'The IRS has answered about 17% or more than 1 million more calls through April 6 than in 2023.',
    m: ['about 17% = 17 % ~about', 'more than 1 million more calls = 1000000 calls ~over up'],
    s: ['IRS', 'calls'],
  },
  // what "with" names before a forecast figure; an adverb of cause alone is no subject
  {
    in: 'Net debt has improved with net cash and investments now projected to reach $409.5 million for 2015-16.',
    m: ['$409.5 million = 409500000 美元'],
    s: ['net cash and investments'],
  },
  {
    in: 'Expenses exceeded budget by $36.6 million largely due to $38.7 million in additional expenses.',
    m: ['$36.6 million = 36600000 美元 up', '$38.7 million = 38700000 美元'],
    s: ['Expenses', 'Expenses'],
  },
  // what money went toward, when nothing before the figure names it
  {
    in: 'Almost $4 billion has gone toward state health insurance claims owed to medical providers.',
    m: ['Almost $4 billion = 4000000000 美元 ~about'],
    s: ['state health insurance claims'],
  },
  { in: 'About $2 billion went to the states.', m: ['About $2 billion = 2000000000 美元 ~about'], s: ['states'] },
  // must not take: a level reached after "to" with a noun before the figure
  { in: 'Revenue went up to $2 billion in 2023.', m: ['$2 billion = 2000000000 美元'], s: ['Revenue'] },
  // a relative clause after a figure's own clause: which is that figure's
  {
    in: 'Total foodgrain production is estimated at 3288.52 LMT, which is higher by 211.00 LMT than last year.',
    m: ['3288.52 LMT = 3288.52 LMT', '211.00 LMT = 211 LMT up'],
    s: ['foodgrain production', 'foodgrain production'],
  },
  {
    in: 'Rice output was 1129.25 LMT which is higher by 23.71 LMT than last year.',
    m: ['1129.25 LMT = 1129.25 LMT', '23.71 LMT = 23.71 LMT up'],
    s: ['Rice output', 'Rice output'],
  },
  // a relative pronoun after the figure names nothing: the count's own noun, or no subject
  {
    in: 'That figure included the 604,000 who had crossed the border and the more than 200,000 people who had fled.',
    m: ['604,000 = 604000 ', 'more than 200,000 people = 200000 people ~over'],
    s: [null, 'people'],
  },
  // an aside between paired dashes is no part of the subject
  {
    in: 'The bank’s operations—comprising loans, grants, and co-financing—reached an all-time high of $27.15 billion.',
    m: ['$27.15 billion = 27150000000 美元'],
    s: ['bank’s operations'],
  },
  {
    in: 'Revenue rose 5% – a record – to $4 billion.',
    m: ['5% = 5 % up', '$4 billion = 4000000000 美元'],
    s: ['Revenue', '!a record'],
  },
  // a currency's move against another; a period alone (a quarter and its year) names nothing
  {
    in: 'The ringgit appreciated against the U.S. dollar by 0.3%, but depreciated against the yen (-1.8%).',
    m: ['0.3% = 0.3 % up', '-1.8% = -1.8 % down'],
    s: ['ringgit', 'ringgit'],
  },
  {
    in: 'The price index decreased from 142.3 points in 3rd Quarter 2015 to 141.6 points in 4th Quarter 2015.',
    m: ['142.3 points = 142.3 points', '141.6 points = 141.6 points'],
    s: ['price index', 'price index'],
  },
  // a relative clause after a clause that holds its own figure is that figure's
  {
    in: 'A total of 428,000 new homes were sold in 2013, which is 16.4 percent above sales in 2012.',
    m: ['428,000 new homes = 428000 homes', '16.4 percent = 16.4 % up'],
    s: ['new homes', 'new homes'],
  },
  // what an amount is the worth of; a figure estimated in an apposition; a move named only by its size
  {
    in: 'There are 50 crore accounts holding deposits worth Rs 2,00,958 crore.',
    m: ['50 crore accounts = 500000000 accounts', 'Rs 2,00,958 crore = 2009580000000 卢比'],
    s: ['accounts', 'deposits'],
  },
  {
    in: 'Production of Wheat, estimated at 99.12 million tonnes, is higher by 2.01 million tonnes than last year.',
    m: ['99.12 million tonnes = 99120000 tonnes', '2.01 million tonnes = 2010000 tonnes up'],
    s: ['Production of Wheat', 'Production of Wheat'],
  },
  {
    in: 'Exports stood at USD 185 billion, exhibiting a negative growth of 1.11 per cent.',
    m: ['USD 185 billion = 185000000000 美元', '1.11 per cent = 1.11 % down'],
    s: ['Exports', 'Exports'],
  },
  // a release's date line is no label; a pointer to a set and a fronted set name nothing
  {
    in: 'Published: 04 January 2016\n\nThe index fell 0.5% last year.  For the whole of 2015, prices have fallen by 3.7%.',
    m: ['0.5% = 0.5 % down', '3.7% = 3.7 % down'],
    s: ['index', 'prices'],
  },
  {
    in: 'Amongst them were 4 759 cases of violent crime, with an increase of 675 cases (+16.5%).',
    m: ['4 759 cases = 4759 cases', '675 cases = 675 cases up', '+16.5% = 16.5 % up'],
    s: ['cases of violent crime', 'cases of violent crime', 'cases of violent crime'],
  },
  {
    in: 'Amongst new abusers arrested, new youth abusers below the age of 20 dropped 29% to 162 arrests in 2012.',
    m: ['29% = 29 % down', '162 arrests = 162 arrests'],
    s: ['new youth abusers below the age of 20', 'new youth abusers below the age of 20'],
  },
  // a verb of change in the infinitive: its object goes to the level
  {
    in: 'The loan will help the National Electricity Authority to increase capacity to 470 MW.',
    m: ['470 MW = 470 MW'],
    s: ['capacity'],
  },
  // a move restated after a participle is the figure before's; a title paragraphs up labels nothing
  {
    in: 'Exports are estimated to be USD 314.93 billion, exhibiting a positive growth of 1.51 per cent.',
    m: ['USD 314.93 billion = 314930000000 美元', '1.51 per cent = 1.51 % up'],
    s: ['Exports', 'Exports'],
  },
  {
    in: 'URA releases flash estimate of private residential property price index\n\nThe index fell 0.5%.  For the whole of 2015, prices have fallen by 3.7%.',
    m: ['0.5% = 0.5 % down', '3.7% = 3.7 % down'],
    s: ['index', 'prices'],
  },
  // a share whose part is a pointer: the whole is read once, not as its own part
  {
    in: 'These countries account for 94 per cent of all under-five deaths worldwide.',
    m: ['94 per cent = 94 %'],
    s: ['as a share of all under-five deaths worldwide'],
  },
  // a heading in capitals run into the sentence is no part of the subject; an acronym is
  {
    in: 'TREND ESTIMATES (MONTHLY CHANGE) Employment increased 11,400 to 11,903,100.',
    m: ['11,400 = 11400  up', '11,903,100 = 11903100'],
    s: ['Employment', 'Employment'],
  },
  { in: 'NSW Government spending rose 3%.', m: ['3% = 3 % up'], s: ['NSW Government spending'] },
  // a move named only by its direction measures the figure before
  {
    in: 'In March, 551,100 people received benefits, down slightly (-2,900 or -0.5%) from February.',
    m: ['551,100 people = 551100 people', '-2,900 = -2900  down', '-0.5% = -0.5 % down'],
    s: ['people', 'people', 'people'],
  },
  // a cause set off by commas is an insertion between the subject and its verb
  {
    in: 'Black coal output fell, primarily due to the Liddell Power station closure, and gas fell 2.3%.',
    m: ['2.3% = 2.3 % down'],
    s: ['gas'],
  },
  // the unit words of a figure before end the phrase an "of" heads
  {
    in: 'Net expenditure of 639 million tonnes and income of 636 million tonnes.',
    m: ['639 million tonnes = 639000000 tonnes', '636 million tonnes = 636000000 tonnes'],
    s: ['Net expenditure', 'income'],
  },
  // the predicate naming a contribution is no part of the subject of the move after it
  {
    in: 'Petrol prices showed the largest upward contribution, up 5.3 percent in the June 2016 quarter.',
    m: ['5.3 percent = 5.3 % up'],
    s: ['Petrol prices'],
  },
  // the level reached after "up N to" measures what moved
  {
    in: 'Migrant arrivals increased in the year ended January 2019, up 4,000 to 144,200.',
    m: ['4,000 = 4000  up', '144,200 = 144200'],
    s: ['Migrant arrivals', 'Migrant arrivals'],
  },
  // a clause before a colon is no label of the subject; a noun phrase is
  {
    in: 'It was a year of breaking records: We had our best year ever, surpassing our goal of $80 million.',
    m: ['$80 million = 80000000 美元'],
    s: ['goal'],
  },
  {
    in: 'Clothing & footwear: prices, overall, rose by 0.6%.',
    m: ['0.6% = 0.6 % up'],
    s: ['Clothing & footwear: prices'],
  },
  // a sentence stating a count with a verb the rules do not know is no label to complete a bare head with; "on average"
  // is no part of a subject
  {
    in: 'The calls numbered 15 units in May. Prices rose 3% in June.',
    m: ['15 units = 15 units', '3% = 3 % up'],
    s: ['!The calls numbered 15 units prices', 'Prices'],
  },
  { in: 'It said that on average the calls lasted 15 minutes.', m: ['15 minutes = 15 minutes'], s: ['calls'] },
  // "account for" with a counted noun after the figure: the part before the verb is the subject; a share restating the
  // figure before after ", or" measures the same (not a ratio to the same measure written after "of")
  {
    in: 'Police protection accounted for 1.0 million workers.',
    m: ['1.0 million workers = 1000000 workers'],
    s: ['Police protection'],
  },
  {
    in: 'Heart disease accounts for about 19 million deaths, or 36% of the global total.',
    m: ['about 19 million deaths = 19000000 deaths ~about', '36% = 36 %'],
    s: ['Heart disease', 'Heart disease'],
  },
  {
    in: 'Power generation averaged 35.4 Bcf/d, or 40% of U.S. natural gas consumed.',
    m: ['35.4 Bcf/d = 35.4 Bcf/d', '40% = 40 %'],
    s: ['Power generation', 'Power generation'],
  },
  {
    in: 'Median household wealth was $307,900, or about 80 percent of the median household wealth for older householders.',
    m: ['$307,900 = 307900 美元', 'about 80 percent = 80 % ~about'],
    s: ['Median household wealth', '!Median household wealth'],
  },
  // a bullet list under a lead line ending with a colon measures what the lead names; a place preposition is no part of
  // a people count ("12,453 in New South Wales")
  {
    in: 'Of the 40,627 prisoners, there were:\n- 12,453 in New South Wales, up 1% for the quarter\n- 9,284 in Queensland, up 1%',
    m: ['40,627 prisoners = 40627 prisoners', '12,453 = 12453 ', '1% = 1 % up', '9,284 = 9284 ', '1% = 1 % up'],
    s: ['prisoners', 'prisoners', 'prisoners', 'prisoners', 'prisoners'],
  },
  {
    in: 'The imprisonment rate per 100,000 adult population was:\n- 293 for Western Australia, down 4%\n- 228 for Queensland, up 1%',
    m: ['293 = 293 ', '4% = 4 % down', '228 = 228 ', '1% = 1 % up'],
    s: ['imprisonment rate', 'imprisonment rate', 'imprisonment rate', 'imprisonment rate'],
  },
  {
    in: 'Of all prisoners:\n- 93% (37,619) were male\n- 7% (3,008) were female',
    m: ['93% = 93 %', '37,619 = 37619 ', '7% = 7 %', '3,008 = 3008 '],
    s: ['prisoners', 'prisoners', 'prisoners', 'prisoners'],
  },
  // must not match: a lead that names no measure lends none
  {
    in: 'The main findings were:\n- 12 in Queensland\n- 9 in Victoria',
    m: ['12 = 12 ', '9 = 9 '],
    s: ['Queensland', 'Victoria'],
  },
  // an attributive figure after an article and an adjective of status (preliminary, record) names the phrase after it,
  // up to a period phrase
  {
    in: 'CalPERS today reported a preliminary 6.7 percent net return on investments for the fiscal year.',
    m: ['6.7 percent = 6.7 %'],
    s: ['net return on investments'],
  },
  { in: 'The agency posted a record $5 billion surplus.', m: ['$5 billion = 5000000000 美元'], s: ['surplus'] },
  // the phrase a named change is in ("a continuing small decline in …"), whole, up to its figure's "to" or "from"
  {
    in: 'There was a continuing small decline in the proportion of detainees being removed on leaving detention to 55% from 57% compared with the previous 12 months.',
    m: ['55% = 55 %', '57% = 57 %'],
    s: [
      'proportion of detainees being removed on leaving detention',
      'proportion of detainees being removed on leaving detention',
    ],
  },
  {
    in: 'There was a slight increase in the proportion of detainees granted temporary admission or release, from 36% to 37% over the same period.',
    m: ['36% = 36 %', '37% = 37 %'],
    s: [
      'proportion of detainees granted temporary admission or release',
      'proportion of detainees granted temporary admission or release',
    ],
  },
  // a rate a pronoun restates is the measure, not the noun it counts
  {
    in: 'This represents a rate of 438 offenders per 100,000 adult population, a decrease of 3% from the previous year.',
    m: ['438 offenders = 438 ', '3% = 3 % down'],
    s: ['rate', 'rate'],
  },
  // ", as" opens the figure's own clause when a verb follows ("as well as", "as expected" do not)
  {
    in: 'The dollar value of world merchandise trade stagnated in 2014, as exports rose just 0.7% to $18.95 trillion.',
    m: ['0.7% = 0.7 % up', '$18.95 trillion = 18950000000000 美元'],
    s: ['exports', 'exports'],
  },
  { in: 'Revenue grew, as well as profits, by 5%.', m: ['5% = 5 %'], s: ['Revenue'] },
  // a line opened by a dash is a list item: the sentence before it lends nothing
  {
    in: 'This represents an increase of 27%, compared to 24% in 2007.\n– General insurance gross written premiums increased by 6.3% in 2008.',
    m: ['27% = 27 % up', '24% = 24 % up', '6.3% = 6.3 % up'],
    s: ['!in 2007.', '!in 2007.', 'General insurance gross written premiums'],
  },
  // a share a finding's verb reports measures its whole
  {
    in: 'New data from The Pensions Regulator (TPR) shows 4% of defined benefit (DB) pension schemes were open to new members.',
    m: ['4% = 4 %'],
    s: ['defined benefit (DB) pension schemes'],
  },
  { in: 'The survey found 30% of respondents were satisfied.', m: ['30% = 30 %'], s: ['respondents'] },
  // a spelled share restated in brackets measures its whole (after a figure of the whole, or the noun right after it)
  {
    in: 'In the assessment periods, about one-third (36%) of the 2.8 million people on Universal Credit were in employment.',
    m: ['36% = 36 %', '2.8 million people = 2800000 people'],
    s: ['people on Universal Credit', 'people on Universal Credit'],
  },
  { in: 'Seven in ten (72%) schemes were closed to new members.', m: ['72% = 72 %'], s: ['schemes'] },
  // a hyphenated compound modifier does not use up the counted noun's reach; a bullet glyph is no part of the phrase
  {
    in: '►► A total of 146,322 personal-injury road traffic accidents were reported to the police in 2014.',
    m: ['146,322 personal-injury road traffic accidents = 146322 accidents'],
    s: ['personal-injury road traffic accidents'],
  },
  // the verb of a coordinated predicate alone names nothing: the count's own noun
  {
    in: 'Every year, railways move the goods and carry 70 million people.',
    m: ['70 million people = 70000000 people'],
    s: ['people'],
  },
  // a span of dates after the measure is when, not what; a phrase that only says when leaves the count its own noun
  {
    in: 'Road deaths between 1 January and 15 July this year are down 12% compared to the same period last year.',
    m: ['12% = 12 % down'],
    s: ['Road deaths'],
  },
  {
    in: '65 people died on Irish roads in 60 collisions from the start of this year up to 15 July.',
    m: ['65 people = 65 people', '60 collisions = 60 collisions'],
    s: ['people', 'collisions'],
  },
  // "retreating" moves down; a basis in time ("from a year ago") is no object of the list
  {
    in: 'The index fell to a low, retreating 1 percent from January and 14 percent from a year ago.',
    m: ['1 percent = 1 % down', '14 percent = 14 % down'],
    s: ['index', 'index'],
  },
  // a comparison alone before a figure names nothing measured: the figure before lends its subject
  {
    in: 'Wheat production was revised downward to 7.2 million tonnes, 5.3% below the five year average and down 5.1% from the 2014–15 season.',
    m: ['7.2 million tonnes = 7200000 tonnes', '5.3% = 5.3 % down', '5.1% = 5.1 % down'],
    s: ['Wheat production', 'Wheat production', 'Wheat production'],
  },
  {
    in: 'Growers planted 97.3 million acres of corn in 2013, up slightly from last year and 6 percent higher than in 2011.',
    m: ['97.3 million acres = 97300000 acres', '6 percent = 6 % up'],
    s: ['corn', 'corn'],
  },
  {
    in: 'Betting duty amounted to S$2.7 billion in FY2016/17, slightly lower than FY2015/16 by 1.4%.',
    m: ['S$2.7 billion = 2700000000 新加坡元', '1.4% = 1.4 % down'],
    s: ['Betting duty', 'Betting duty'],
  },
  // a fiscal year alone says when: the figure before lends its subject, and a share of a whole keeps the whole
  {
    in: 'GST collection increased to S$11.1 billion in FY2016/17 from S$10.3 billion in FY2015/16.',
    m: ['S$11.1 billion = 11100000000 新加坡元', 'S$10.3 billion = 10300000000 新加坡元'],
    s: ['GST collection', 'GST collection'],
  },
  {
    in: 'In FY2016/17, a total of S$47.0 billion, or 68.2% of the GOR was collected by IRAS.',
    m: ['S$47.0 billion = 47000000000 新加坡元', '68.2% = 68.2 %'],
    s: ['!FY2016/17', 'GOR'],
  },
  // the clause's verb after a share's whole ends the whole ("involved")
  {
    in: 'In 2015, 14% of rail accidents involved vehicles or pedestrians at rail crossings.',
    m: ['14% = 14 %'],
    s: ['rail accidents'],
  },
  // a difference a pronoun states (This is … higher than) measures what the sentence before measured first
  {
    in: 'VAT collections were R260.6 billion, above the estimate in the 2015 Budget of R250.1 billion. This is R23.4 billion (9.9%) higher than in the previous year.',
    m: [
      'R260.6 billion = 260600000000 兰特 up',
      'R250.1 billion = 250100000000 兰特',
      'R23.4 billion = 23400000000 兰特 up',
      '9.9% = 9.9 % up',
    ],
    s: ['VAT collections', '!VAT collections', 'VAT collections', 'VAT collections'],
  },
  // a period with a connector left at its end is still a period: the figure before lends its subject
  {
    in: 'Employment is estimated at 549,900 at the first quarter of 2020 compared to 546,000 at the first quarter of 2019 and 557,200 at the fourth quarter of 2019.',
    m: ['549,900 = 549900 ', '546,000 = 546000 ', '557,200 = 557200 '],
    s: ['Employment', 'Employment', 'Employment'],
  },
  // items enumerated in brackets under a lead that names the set they count
  {
    in: 'The main characteristics of the unemployed at the first quarter of 2020 were:\n(iv) 35,000 (84%) had been looking for work for up to one year.\n(v) 11,600 (28%) were looking for a job for the first time.',
    m: ['35,000 = 35000 ', '84% = 84 %', '11,600 = 11600 ', '28% = 28 %'],
    s: ['unemployed', 'unemployed', 'unemployed', 'unemployed'],
  },
  {
    in: 'The share was 58.2% in the first half, but slightly down from last month (59.1%).',
    m: ['58.2% = 58.2 %', '59.1% = 59.1 % down'],
    s: ['share', 'share'],
  },
  {
    in: 'The rate declined, for the second week in a row, to 43.9 per 100,000 population.',
    m: ['43.9 = 43.9 '],
    s: ['!second week in a row'],
  },
  // a bare share restated in brackets counts the noun after its copula; "involved in" after a noun is a participle
  {
    in: 'Approximately 34% of the trains involved in rail accidents were freight trains; 4% (57 trains) were passenger trains.',
    m: ['Approximately 34% = 34 % ~about', '4% = 4 %', '57 trains = 57 trains'],
    s: ['freight trains share of trains involved in rail accidents', 'passenger trains', 'trains'],
  },
  // what a relative clause's verb moved is the noun phrase the pronoun follows
  {
    in: 'Factors cited by KRA include the depreciation of the Kenya shilling which shed 24.7% against the dollar.',
    m: ['24.7% = 24.7 % down'],
    s: ['Kenya shilling'],
  },
  // an attributive figure after "anticipated": the noun it modifies
  {
    in: 'This excellent performance disputes the anticipated UGX 2 trillion shortfall.',
    m: ['UGX 2 trillion = 2000000000000 乌干达先令 down'],
    s: ['shortfall'],
  },
  // "to a tune of": the amount of what comes before the idiom
  {
    in: 'New systems helped, bringing in local revenue to a tune of UGX 16,425.41 billion.',
    m: ['UGX 16,425.41 billion = 16425410000000 乌干达先令'],
    s: ['local revenue'],
  },
  // the noun a with-phrase expects to move is what the participle after it reaches
  {
    in: 'The outlook remains positive with growth expected to continue, reaching 5.9% in 2018 and 6.2% in 2019.',
    m: ['5.9% = 5.9 % up', '6.2% = 6.2 % up'],
    s: ['growth', 'growth'],
  },
  // what a verb brings or takes to a level is the object moved (its first word no verb: "total")
  {
    in: "This year's return brings total fund performance to 5.8 percent for the five-year time period.",
    m: ['5.8 percent = 5.8 %'],
    s: ['total fund performance'],
  },
  {
    in: 'Departures rose to 9,900 in 2023-24, but still far below the 2019-20 level of 11,457.',
    m: ['9,900 = 9900 ', '11,457 = 11457 '],
    s: ['Departures', '!still far below the 2019-20 level'],
  },
  {
    in: 'Key numbers for the year ended June vs year ago\n- Net profit: $102.4m vs $88.7m\n- Dividend (final): 7.5 cps vs 6.4 cps',
    m: ['$102.4m = 102400000 美元', '$88.7m = 88700000 美元', '7.5 cps = 7.5 cps', '6.4 cps = 6.4 cps'],
    s: ['Net profit', 'Net profit', 'Dividend (final)', 'Dividend (final)'],
  },
  {
    in: 'The Net Surplus after Tax was €7.9 million (2019 Net Deficit €7.2 million). Revenue was €10 million (2019 €9 million).',
    m: [
      '€7.9 million = 7900000 欧元',
      '€7.2 million = 7200000 欧元',
      '€10 million = 10000000 欧元',
      '€9 million = 9000000 欧元',
    ],
    s: ['Net Surplus after Tax', 'Net Deficit', 'Revenue', 'Revenue'],
  },
  {
    in: 'Employment increased by 13,700 (+0.7%) in Q1 2015 and an increase of 14,700 (+0.8%) in Q4 2014.',
    m: ['13,700 = 13700  up', '+0.7% = 0.7 % up', '14,700 = 14700  up', '+0.8% = 0.8 % up'],
    s: ['Employment', 'Employment', 'Employment', 'Employment'],
  },
  {
    in: 'The labor force participation rate (LFPR) was 60.9 percent, slightly down by 0.5 percentage point from the LFPR of 61.4 percent.',
    m: ['60.9 percent = 60.9 %', '0.5 percentage point = 0.5 百分点 down', '61.4 percent = 61.4 %'],
    s: ['labor force participation rate (LFPR)', 'labor force participation rate (LFPR)', 'LFPR'],
  },
  {
    in: 'PSA International (PSA) was hit by a 1.7 per cent year-on-year drop in net profit last year.',
    m: ['1.7 per cent = 1.7 % down'],
    s: ['net profit'],
  },
  // a figure in a modifier of the subject lends the figures after it no subject; a verb's object does
  {
    in: 'Fatalities in crashes involving at least one large truck showed relatively no change, decreasing from 5,006 in 2018 to 5,005 in 2019.',
    m: ['5,006 = 5006 ', '5,005 = 5005 '],
    s: [
      'Fatalities in crashes involving at least one large truck',
      'Fatalities in crashes involving at least one large truck',
    ],
  },
  {
    in: 'Motorways carried 68.7 bvm of traffic, 1.4% more than in 2019.',
    m: ['68.7 bvm = 68.7 bvm', '1.4% = 1.4 % up'],
    s: ['traffic', 'traffic'],
  },
  // a forecast's object is what the figure measures, not the forecaster
  {
    in: 'The IMF projects growth to recover modestly to 3.4 per cent in 2020.',
    m: ['3.4 per cent = 3.4 % up'],
    s: ['growth'],
  },
  {
    in: 'Bank staff is projecting real GDP growth at 3.7 per cent in 2020.',
    m: ['3.7 per cent = 3.7 % up'],
    s: ['real GDP growth'],
  },
  { in: 'Analysts expect revenue to rise 5%.', m: ['5% = 5 % up'], s: ['revenue'] },
  // a second verb of level shares the first one's subject ("and settle at", "and now stands at")
  {
    in: 'Headline CPI inflation is expected to peak at 5.3% in the first quarter of 2020 and settle at 4.5% in 2021.',
    m: ['5.3% = 5.3 % up', '4.5% = 4.5 % up'],
    s: ['Headline CPI inflation', 'Headline CPI inflation'],
  },
  {
    in: 'The unemployment rate has been cut almost in half and now stands at 5.6 percent.',
    m: ['5.6 percent = 5.6 %'],
    s: ['unemployment rate'],
  },
  // must not match a verb: a peak named as a noun
  {
    in: 'The unemployment rate declined to 4.5 percent, less than half its 2009 peak of 10 percent.',
    m: ['4.5 percent = 4.5 %', '10 percent = 10 %'],
    s: ['unemployment rate', 'unemployment rate'],
  },
  // a forecast's object after a pronoun forecaster; an object revised down, its period left out
  {
    in: 'However, it projects growth to recover modestly to 3.4 per cent in 2020.',
    m: ['3.4 per cent = 3.4 % up'],
    s: ['growth'],
  },
  {
    in: 'The IMF has again revised down its global growth projection for 2019 to 3.0 per cent.',
    m: ['3.0 per cent = 3 % up'],
    s: ['its global growth projection'],
  },
  // must not match an object: how a figure was revised
  {
    in: 'The forecast of GDP growth for 2019 is revised lower at 0.5% (from 0.6%).',
    m: ['0.5% = 0.5 % up', '0.6% = 0.6 % up'],
    s: ['forecast of GDP growth', 'forecast of GDP growth'],
  },
  // must not match: forecasts and second verbs with no figure
  { in: 'The IMF projects growth to recover modestly next year.', m: [] },
  { in: 'Analysts expect revenue to rise.', m: [] },
  { in: 'Inflation is expected to peak in the spring and settle later.', m: [] },
  { in: 'The Bank has again revised down its global growth projection.', m: [] },
  { in: 'The forecast is lower at the margin.', m: [] },
  // a label line over verb-first items, blank lines between them as a web page leaves them
  {
    in: 'Individual income tax collections\n\nDecreased 9.1 percent for the year.\n\nDecreased 8.9 percent for the month.\n\nSales and use tax collections\n\nIncreased 1.8 percent for the year.',
    m: ['9.1 percent = 9.1 % down', '8.9 percent = 8.9 % down', '1.8 percent = 1.8 % up'],
    s: ['Individual income tax collections', 'Individual income tax collections', 'Sales and use tax collections'],
  },
  // a move set off by a spaced dash measures what the figure before does
  {
    in: 'This includes 6,170 households threatened with homelessness due to service of a notice – an increase of 34.4% from the same quarter the previous year.',
    m: ['6,170 households = 6170 households', '34.4% = 34.4 % up'],
    s: ['households', 'households'],
  },
  // who made a measure is no part of it
  {
    in: 'The inflation forecast generated by the SARB’s Quarterly Projection Model (QPM) is unchanged, averaging 4.2% in 2019.',
    m: ['4.2% = 4.2 % up'],
    s: ['inflation forecast'],
  },
  // a figure in brackets between a subject and its verb restates, and the period before it says when
  {
    in: 'Short-term visitor arrivals during March 2018 (761,800 movements) increased 0.4% when compared with February 2018.',
    m: ['761,800 movements = 761800 movements', '0.4% = 0.4 % up'],
    s: ['Short-term visitor arrivals', 'Short-term visitor arrivals'],
  },
  // a bracket that lists where a subject was counted is no subject; the subject before it is
  {
    in: 'The total full-time equivalent (FTE) teachers based in all sectors (early learning and childcare, primary, secondary, special schools, centrally employed) was 52,247.',
    m: ['52,247 = 52247 '],
    s: ['total full-time equivalent (FTE) teachers based in all sectors'],
  },
  // a date fronted without its comma says when; the subject follows it
  {
    in: 'At 1 July 2010 the number of state and private schools in New Zealand was 2,559.',
    m: ['2,559 = 2559 '],
    s: ['number of state and private schools in New Zealand'],
  },
  // a change noun's modifier before the figure names what changed; a degree word or a clause's subject does not
  {
    in: 'The approved 2024 Budget includes a property tax increase of $226 per year (5.5 per cent).',
    m: ['$226 = 226 美元 up', '5.5 per cent = 5.5 % up'],
    s: ['property tax', 'property tax'],
  },
  {
    in: 'The violence with injury sub category showed a smaller increase of 3% over the same period.',
    m: ['3% = 3 % up'],
    s: ['!smaller'],
  },
  { in: 'The property tax increase was approved by council.', m: [] },
  // a figure after "the" opening a coordinated clause names its own noun phrase
  {
    in: 'The 4.17 million arrivals were up 16 per cent on the year before and the 4.16 million departures were up 18 per cent.',
    m: [
      '4.17 million arrivals = 4170000 arrivals',
      '16 per cent = 16 % up',
      '4.16 million departures = 4160000 departures',
      '18 per cent = 18 % up',
    ],
    s: ['arrivals', 'arrivals', 'departures', 'departures'],
  },
  // the moves a pronoun says came before are of what the sentence before measures
  {
    in: 'Seasonally adjusted arrivals increased 2.6% in March. This followed a monthly increase of 2.5% in January 2018 and a decrease of 1.4% in February 2018.',
    m: ['2.6% = 2.6 % up', '2.5% = 2.5 % up', '1.4% = 1.4 % down'],
    s: ['Seasonally adjusted arrivals', 'Seasonally adjusted arrivals', 'Seasonally adjusted arrivals'],
  },
  // the basis in brackets after a comparison with a period measures the sentence's subject
  {
    in: 'During March 2018, short-term visitor arrivals (771,600 movements) increased 2.6% when compared with February 2018 (751,800 movements).',
    m: ['771,600 movements = 771600 movements', '2.6% = 2.6 % up', '751,800 movements = 751800 movements'],
    s: ['short-term visitor arrivals', 'short-term visitor arrivals', 'short-term visitor arrivals'],
  },
  // must not match: a pronoun that follows a plan, no figure
  { in: 'This followed the plan agreed in March.', m: [] },
  // figures in brackets after the names a "led by" lists measure the sentence's subject, not the names
  {
    in: "Visitor arrivals grew across most of Singapore's key markets, led by Indonesia (2.3 million), China (1.4 million) and Malaysia (1.1 million).",
    m: ['2.3 million = 2300000  up', '1.4 million = 1400000  up', '1.1 million = 1100000  up'],
    s: ['Visitor arrivals', 'Visitor arrivals', 'Visitor arrivals'],
  },
  // must not match: a "led by" list with no figure
  { in: 'Growth was broad-based, led by Indonesia, China and Malaysia.', m: [] },
  // the share a pronoun says it corresponds to measures what the sentence before does
  {
    in: 'US residents made 1.9 million trips to Canada in June 2024. This corresponds to 96.6% of the level observed in June 2019.',
    m: ['1.9 million trips = 1900000 trips', '96.6% = 96.6 %'],
    s: ['trips to Canada made', 'trips to Canada made'],
  },
  // a verb phrase the subject runs on into (continues to decline) and a trailing adverb are no part of it
  {
    in: 'The county’s tax base continues to decline – 17% or $6.5 billion since 2008.',
    m: ['17% = 17 % down', '$6.5 billion = 6500000000 美元 down'],
    s: ['county’s tax base', 'county’s tax base'],
  },
  { in: 'The budget also rose by $8M.', m: ['$8M = 8000000 美元 up'], s: ['budget'] },
  // a share read as its quantity word alone is of the set fronted before it or written after it
  {
    in: 'Of infants in classes with more than 30 pupils, the vast majority (95.7%) are in classes with 31 pupils.',
    m: ['more than 30 pupils = 30 pupils ~over', '95.7% = 95.7 %', '31 pupils = 31 pupils'],
    s: ['!majority', 'infants in classes with more than 30 pupils', '!majority'],
  },
  {
    in: 'The vast majority (95.7%) of infants in large classes are in classes with 31 pupils.',
    m: ['95.7% = 95.7 %', '31 pupils = 31 pupils'],
    s: ['infants in large classes', '!majority'],
  },
  // a place fronted without a comma says where; what the amount is of, what
  {
    in: 'Across the UK £6.2 billion of income came from research grants and contracts.',
    m: ['£6.2 billion = 6200000000 英镑'],
    s: ['income'],
  },
  // a place's share is of the set written after it, not of the place
  {
    in: 'Australia accounted for 855,900, or 37 per cent, of the overseas visitors.',
    m: ['855,900 = 855900 ', '37 per cent = 37 %'],
    s: ['overseas visitors', 'overseas visitors'],
  },
  // must not match: a place's share with no figure
  { in: 'Australia accounted for most of the overseas visitors.', m: [] },
  // money a budget includes or allocates for something is of what it funds
  {
    in: 'This year’s budget includes $7.5M for affordable and supportive housing.',
    m: ['$7.5M = 7500000 美元'],
    s: ['affordable and supportive housing'],
  },
  { in: 'The council allocated $5 million for road repairs.', m: ['$5 million = 5000000 美元'], s: ['road repairs'] },
  // must not match: a budget's purpose with no amount
  { in: 'The budget includes funding for road repairs.', m: [] },
  // the ends of a move after a dash take the move's subject, not the period before the dash
  {
    in: 'House break-ins decreased by 10 per cent in the period – from 6,158 to 5,522 offences.',
    m: ['10 per cent = 10 % down', '6,158 = 6158 offences', '5,522 offences = 5522 offences'],
    s: ['House break-ins', 'House break-ins', 'House break-ins'],
  },
  // a speaker and "said" before what is reported are cut, whatever the reported verb
  {
    in: 'Police Minister Michelle Roberts said home burglary had fallen by 20.9 per cent.',
    m: ['20.9 per cent = 20.9 % down'],
    s: ['home burglary'],
  },
  {
    in: 'Commissioner Nicholls said violent offending continued to be a concern, increasing 9.2 percent.',
    m: ['9.2 percent = 9.2 % up'],
    s: ['violent offending'],
  },
  // must not cut: "said" as an adjective
  { in: 'The said property had 300 rooms.', m: ['300 rooms = 300 rooms'], s: ['!said'] },
  // an object moved from one figure to another; a forecast reported with "that"; a pronoun's relative clause is cut
  {
    in: 'This Budget reduces net debt from $400 million to $50 million.',
    m: ['$400 million = 400000000 美元', '$50 million = 50000000 美元'],
    s: ['net debt', 'net debt'],
  },
  {
    in: 'The IMF had forecast that the world economy would contract by 1.3 per cent.',
    m: ['1.3 per cent = 1.3 % down'],
    s: ['world economy'],
  },
  {
    in: 'The deficit is almost half the $47.1 billion deficit we inherited.',
    m: ['$47.1 billion = 47100000000 美元'],
    s: ['deficit'],
  },
  // must not match: a contract as a noun, and a date after "from" before the figure's own lead
  { in: 'The contract was worth $5 million.', m: ['$5 million = 5000000 美元'], s: ['contract'] },
  { in: 'The Bank set the rate from 1 July at 5 per cent.', m: ['5 per cent = 5 %'], s: ['rate from 1 July'] },
  // must not match: a reported forecast with no figure
  { in: 'The IMF had forecast that the world economy would contract.', m: [] },
  { in: 'Police Minister Michelle Roberts said home burglary had fallen.', m: [] },
  // the growth rate a holder records is the holder's
  { in: 'Real GVA has observed a growth rate of 6.8% in Q1.', m: ['6.8% = 6.8 % up'], s: ['Real GVA'] },
  { in: 'Nominal GDP has witnessed a growth rate of 9.7%.', m: ['9.7% = 9.7 % up'], s: ['Nominal GDP'] },
  // must not match: a growth rate named as the subject keeps its own phrase
  { in: 'The growth rate of exports was 5%.', m: ['5% = 5 % up'], s: ['growth rate of exports'] },
  { in: 'Real GVA has observed a growth rate.', m: [] },
  // the level an object moves from may be named (a peak of …)
  {
    in: 'This Budget reduces net debt from a peak of more than $400 million to around only $50 million.',
    m: ['more than $400 million = 400000000 美元 ~over', '$50 million = 50000000 美元'],
    s: ['net debt', 'net debt'],
  },
  { in: 'This Budget reduces net debt from its peak.', m: [] },
  // a Chinese line run into an English sentence of a mixed file ends at its full stop
  {
    in: 'Short-term visitor arrivals rose by 3%.\n全市旅客吞吐量增长。\nShort-term visitor arrivals during March 2018 (761,800 movements) increased 0.4%.',
    m: ['3% = 3 % up', '761,800 movements = 761800 movements', '0.4% = 0.4 % up'],
    s: ['Short-term visitor arrivals', 'Short-term visitor arrivals', 'Short-term visitor arrivals'],
  },
  { in: 'Arrivals rose.\n全市旅客吞吐量增长。\nVisitors came.', m: [] },
  // must not cut: a pronoun and a present verb ending in -eed
  {
    in: 'I have said many times we need to see inflation moving towards our 2 to 3% target band.',
    m: ['2 = 2 % up', '3% = 3 % up'],
    s: ['!times', '!times'],
  },
  // places' figures before the move they saw: the move's measure
  {
    in: 'Over the past decade, Newfoundland and Labrador (+15%) and Saskatchewan (+12%) have seen the biggest gains in police strength.',
    m: ['+15% = 15 % up', '+12% = 12 % up'],
    s: ['police strength', 'police strength'],
  },
  { in: 'Saskatchewan has seen the biggest gains in police strength.', m: [] },
  // a ranked move's subject is what moved, without the move's period
  {
    in: 'The largest percentage increases in police strength between 2006 and 2007 were seen in Nova Scotia, each up 6%.',
    m: ['6% = 6 % up'],
    s: ['police strength'],
  },
  { in: 'The largest increases in police strength were seen in Nova Scotia.', m: [] },
  // what a nominal after "with" completed is the count's own noun
  {
    in: 'Directed patrols continued with the completion of 1,115 park patrols.',
    m: ['1,115 park patrols = 1115 patrols'],
    s: ['park patrols'],
  },
  { in: 'Directed patrols continued with the completion of the park patrols.', m: [] },
  // a fronted cause ("Thanks to …,") is no part of the subject
  {
    in: 'Thanks to the plan, rates increased by 40% and spending decreased from 64% to 39.4%.',
    m: ['40% = 40 % up', '64% = 64 %', '39.4% = 39.4 %'],
    s: ['rates', 'spending', 'spending'],
  },
  { in: 'Thanks to the plan, rates increased.', m: [] },
];
