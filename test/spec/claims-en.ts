// Spec cases for English claims in statistical releases and government press releases: how a
// measured quantity moved (a claim with no figure), past facts beside projections, and the
// release's furniture that is not a claim (plans, titles, lead-ins, methodology, schedules).
import type { SpecCase } from './types';

export const EN_CLAIMS: SpecCase[] = [
  // a fiscal state, a rating secured, a record never seen, a stabilising, a change brought about; a speaker's
  // expectation and a year's objectives are forecasts and targets (not an expectation added to a fact)
  { in: 'Our province has a balanced budget.', m: [], claim: true },
  { in: 'It was a Budget which secured our AAA credit rating.', m: [], claim: true },
  { in: 'Our economy has never been more robust.', m: [], claim: true },
  { in: 'Since January the foreign reserves have stabilised.', m: [], claim: true },
  { in: "We've driven down crime and brought unemployment down.", m: [], claim: true },
  {
    in: 'We expect growth of just over 6 per cent in Agriculture.',
    m: ['just over 6 per cent = 6 % ~over up'],
    claim: false,
  },
  {
    in: 'The key objectives for the economy were: growth in GDP of at least 5 per cent.',
    m: ['at least 5 per cent = 5 % ~over up'],
    claim: false,
  },
  {
    in: 'CPI inflation has been about 2% since the summer, and we expect it to be close to target.',
    m: ['about 2% = 2 % ~about up'],
    claim: true,
  },
  // a speech's change words: negated, perfect passive or progressive, phrasal, reversed; not what would have happened
  { in: 'Our population did not decline.', m: [], claim: true },
  { in: 'Inflation has been holding steady.', m: [], claim: true },
  { in: 'Waiting times have come down.', m: [], claim: true },
  { in: 'But now that trend is reversed.', m: [], claim: true },
  { in: 'Prices would have gone up without this measure.', m: [], claim: false },
  { in: 'They worked part time because their hours had been reduced.', m: [], claim: false },
  { in: 'It all came down to hard work.', m: [], claim: false },
  // a change by half with its object between (cut the number of uninsured in half) is a comparison; planned, not
  { in: 'Expansion has cut the number of uninsured in half.', m: [], claim: true },
  { in: 'We will cut the waiting list in half by 2030.', m: [], claim: false },
  // an anniversary's years are read for the sentence (a claim) but not listed (H49-7); "marked" a level is a figure
  { in: 'As ADB celebrates 50 years of providing development assistance, it looks ahead.', m: [], claim: true },
  { in: 'The institution itself has reached 100 years.', m: [], claim: true },
  {
    in: 'The economically active population marked 28,216 thousand in August.',
    m: ['28,216 thousand = 28216000'],
    claim: true,
  },
  // a question states nothing to check, even with a figure; a release's rhetorical "Did you know …?" states its figure
  {
    in: 'Did you know that the three-year recidivism rate for adult inmates is about 60 percent?',
    m: ['about 60 percent = 60 % ~about'],
    claim: true,
  },
  {
    in: 'Is the Minister aware that 952,000 young people are unemployed?',
    m: ['952,000 young people = 952000 people'],
    claim: false,
  },
  // how a measured quantity moved, with no figure: claims
  {
    in: 'Employment continued to trend up in leisure and hospitality, government, and health care.',
    m: [],
    claim: true,
  },
  { in: 'Retail trade employment is little changed on net over the year.', m: [], claim: true },
  { in: 'Employment in construction changed little in March.', m: [], claim: true },
  { in: 'Employment in other major industries showed little change over the month.', m: [], claim: true },
  { in: 'Employment in mining edged down in March.', m: [], claim: true },
  { in: 'Average hourly earnings held steady in the fourth quarter.', m: [], claim: true },
  { in: 'The two price indices tracked each other closely over the year.', m: [], claim: true },
  { in: 'The majority of the difference is attributable to the Disaster Relief Fund.', m: [], claim: true },
  {
    in: 'The number of long-term unemployed was essentially unchanged at 1.1 million.',
    m: ['1.1 million = 1100000 '],
    claim: true,
  },
  // a parenthesised sentence after a full stop stays in the unit (GUIDE: a unit ends before a capital, a digit or a bullet)
  {
    in: 'Employment in January and February combined is 17,000 lower than previously reported. (Monthly revisions result from additional reports received from businesses.)',
    m: ['17,000 = 17000  down'],
    claim: true,
  },
  // a past fact beside a projection: a claim
  {
    in: 'Acme Corp recently started construction on its $365 million plant, projected to create 140 jobs.',
    m: ['$365 million = 365000000 美元', '140 jobs = 140 jobs'],
    claim: true,
  },
  {
    in: 'The company has invested $2 billion in the state and plans to hire more workers.',
    m: ['$2 billion = 2000000000 美元'],
    claim: true,
  },
  {
    in: 'The Department of Transportation has awarded $285 million to the state for 30 projects, including:',
    m: ['$285 million = 285000000 美元', '30 projects = 30 projects'],
    claim: true,
  },
  { in: 'The largest upward contributions came from:', m: [], claim: true },
  {
    in: 'The total number of incidents is estimated to be 29% lower than in the 2008 survey.',
    m: ['29% = 29 % down'],
    claim: true,
  },
  {
    in: 'The Department of Energy today announced $30 million in funding that will support 12 projects.',
    m: ['$30 million = 30000000 美元', '12 projects = 12 projects'],
    claim: true,
  },
  // plans, intents and estimates of the future: not claims
  { in: 'Acme announced plans to invest in a new plant.', m: [], claim: false },
  {
    in: 'The company expects to hire 300 workers once the plant opens.',
    m: ['300 workers = 300 workers'],
    claim: false,
  },
  {
    in: 'Acme Corp will build a $500 million battery plant in Marshall.',
    m: ['$500 million = 500000000 美元'],
    claim: false,
  },
  {
    in: 'The Vice President will announce historic new actions to expand clean energy manufacturing.',
    m: [],
    claim: false,
  },
  { in: 'The county is expected to add 2,000 jobs next year.', m: ['2,000 jobs = 2000 jobs'], claim: false },
  {
    in: 'The new rule would lower drug costs for 1.9 million seniors.',
    m: ['1.9 million seniors = 1900000 seniors'],
    claim: false,
  },
  { in: 'The agency intends to open 12 new offices by 2030.', m: ['12 new offices = 12 offices'], claim: false },
  // titles and lead-ins
  {
    in: 'The Investing in America Agenda Is Driving Historic Economic Growth and More Than $14 Billion in Federal Investments',
    m: ['More Than $14 Billion = 14000000000 美元 ~over'],
    claim: false,
  },
  { in: 'Here is what the new law does for working families:', m: [], claim: false },
  // a headline or deck: a line standing alone between blank lines, with no sentence end, followed by more text
  // (the paragraph after it states nothing checkable, so the case's claim is the headline's)
  {
    in: 'Agency, partners deliver 12 million more rebates under the relief law\n\nFor more information, contact the press office.',
    m: ['12 million more rebates = 12000000 rebates'],
    claim: false,
  },
  {
    in: 'Farmers and ranchers bring total to more than 40 million acres; payments to be made on May 3\n\nFor more information, contact the press office.',
    m: ['more than 40 million acres = 40000000 acres ~over'],
    claim: false,
  },
  // not a headline: a sentence that ends (a footnote marker after it), a list item, a sentence broken by a page
  // break that runs on in lower case, a last line with nothing after it
  {
    in: 'Retail sales rose 2.1 percent in March, the largest monthly gain since the spring, the survey showed.[2]\n\nFor more information, contact the press office.',
    m: ['2.1 percent = 2.1 % up'],
    claim: true,
  },
  {
    in: '- Rural areas: 120 organizations receiving $98.5 million in awards\n\nFor more information, contact the press office.',
    m: ['120 organizations = 120 organizations', '$98.5 million = 98500000 美元'],
    claim: true,
  },
  {
    in: 'Net exports of crude oil rose by 300,000 barrels over the\n\nmonth, the largest gain since 2019.',
    m: ['300,000 barrels = 300000 barrels up'],
    claim: true,
  },
  { in: 'Payrolls rose by 236,000 in March', m: ['236,000 = 236000  up'], claim: true },
  // methodology, definitions, publication, schedule, speculation: not claims
  { in: 'This news release presents statistics from the household and establishment surveys.', m: [], claim: false },
  {
    in: 'The household survey measures labor force status, including unemployment, by demographic characteristics.',
    m: [],
    claim: false,
  },
  {
    in: 'Persons are classified as unemployed if they do not have a job and have actively looked for work.',
    m: [],
    claim: false,
  },
  {
    in: 'The Council of Economic Advisers released a new public report on the state of the labor market.',
    m: [],
    claim: false,
  },
  { in: 'The rise is likely to reflect improved recording practices.', m: [], claim: false },
  {
    in: 'This is thought to have particularly affected bread (up 6%) and cereals (up 2%).',
    m: ['6% = 6 % up', '2% = 2 % up'],
    claim: true,
  },
  // US agency releases: growth stated without a figure, footnotes, revision notices, a subtitle cut at a semicolon
  {
    in: 'Since 2022 the country has experienced significant growth in the clean vehicle industry.',
    m: [],
    claim: true,
  },
  {
    in: '[2] Applying a 3.5 percent discount rate to annual savings of $1,500 to $2,000 per year.',
    m: ['3.5 percent = 3.5 %', '$1,500 = 1500 美元', '$2,000 = 2000 美元'],
    claim: false,
  },
  { in: '[1] See the program guidance for the list of eligible counties.', m: [], claim: false },
  {
    in: 'Please note that the indexes for the past 10 to 12 months are subject to revision.',
    m: [],
    claim: false,
  },
  {
    in: 'Total Consumer Savings on Fuel and Maintenance of Up To $6.3 billion;',
    m: ['Up To $6.3 billion = 6300000000 美元 ~under'],
    claim: false,
  },
  {
    in: 'The index for energy fell 1.9 percent; the gasoline index fell 3.4 percent.',
    m: ['1.9 percent = 1.9 % down', '3.4 percent = 3.4 % down'],
    claim: true,
  },
  {
    in: 'Employment in transportation and warehousing has shown little net change in recent months.',
    m: [],
    claim: true,
  },
  { in: 'These measures have shown little net movement since early 2022.', m: [], claim: true },
  // A survey's finding of no significant change is a comparison, a claim; a note on significance testing is not.
  { in: 'There was no significant change in median household income between 2022 and 2023.', m: [], claim: true },
  { in: 'Poverty rates for older adults were not statistically different from the prior year.', m: [], claim: true },
  { in: 'All comparisons in this report are tested for statistical significance.', m: [], claim: false },
  // Figure-less claims of US releases: trends, rankings, comparisons between groups, zero counts
  {
    in: 'Wholesale diesel prices climbed steeply as pipeline deliveries to the Southeast were disrupted.',
    m: [],
    claim: true,
  },
  { in: 'Most regions continued to see declines in the number of uninsured children.', m: [], claim: true },
  { in: 'Renters were more likely than homeowners to report housing cost burdens.', m: [], claim: true },
  { in: 'Households in rural counties are the least likely to have broadband service.', m: [], claim: true },
  { in: 'Unlike the Midwest, the Northeast relies heavily on imported heating oil.', m: [], claim: true },
  { in: 'There are no commercial storage facilities in the state for liquefied natural gas.', m: [], claim: true },
  { in: 'Consumer spending has moderated from its strong pace earlier in the year.', m: [], claim: true },
  // Dated policy events and decisions taken
  {
    in: 'The Farm Bill was signed into law in December 2018 and extended several conservation programs.',
    m: [],
    claim: true,
  },
  { in: 'The temporary expansion of the child tax credit expired at the end of 2021.', m: [], claim: true },
  { in: 'In March 2021, Congress passed the American Rescue Plan Act.', m: [], claim: true },
  { in: 'The Board voted unanimously to approve the merger application.', m: [], claim: true },
  {
    in: 'The Committee decided to keep the target range unchanged and will continue to monitor incoming data.',
    m: [],
    claim: true,
  },
  // Not claims: documents describing themselves, contact lines, forecasts, goals, effects in general
  {
    in: 'An accompanying technical paper further explores the differences across metropolitan areas.',
    m: [],
    claim: false,
  },
  { in: 'The interactive map below shows the share of workers covered in each county.', m: [], claim: false },
  { in: 'For more information, contact the Public Information Office.', m: [], claim: false },
  {
    in: 'EIA forecasts Brent crude oil spot prices to average $84 per barrel.',
    m: ['$84 per barrel = 84 美元/barrel'],
    claim: false,
  },
  { in: 'Inventories should see further declines in the coming weeks as refineries restart.', m: [], claim: false },
  { in: 'There is no guarantee that these programs will continue beyond the current year.', m: [], claim: false },
  { in: 'The only way to measure these effects is through a household survey.', m: [], claim: false },
  {
    in: 'The agency has the goal of reducing improper payments by 20 percent.',
    m: ['20 percent = 20 % down'],
    claim: false,
  },
  { in: 'The next release of this report is scheduled for July 26, 2024.', m: [], claim: false },
  { in: 'The law, which was enacted in 2022, provides tax credits for clean electricity.', m: [], claim: false },
  { in: 'Applications are due on March 15, 2025.', m: [], claim: false },
  { in: 'Forecasts are based on information available as of June 6.', m: [], claim: false },
  { in: 'The agency has improved its website to make the data easier to find.', m: [], claim: false },
  { in: 'Unlike in previous years, the report includes estimates for all counties.', m: [], claim: false },
  { in: 'There is no charge for the service.', m: [], claim: false },
  { in: 'There were no fatalities reported from the storm.', m: [], claim: true },
  { in: 'The rule took effect on July 1, 2023.', m: [], claim: true },
  {
    in: 'The survey sample consists of about 70,000 households in all 50 states.',
    m: ['about 70,000 households = 70000 households ~about', '50 states = 50 states'],
    claim: false,
  },
  {
    in: 'Differences discussed here are statistically significant at the 90 percent confidence level.',
    m: ['90 percent = 90 %'],
    claim: false,
  },
  {
    in: 'The margin of error for the median is plus or minus $450.',
    m: ['$450 = 450 美元'],
    claim: false,
  },
  { in: 'Wyoming was the only state with a statistically significant decline in coverage.', m: [], claim: true },
  { in: 'Data for the latest quarter are preliminary.', m: [], claim: false },
  // A budget office's or an energy agency's projection in the present tense: not claims.
  {
    in: 'CBO projects outlays averaging 23.1 percent of GDP over the decade.',
    m: ['23.1 percent = 23.1 %'],
    claim: false,
  },
  {
    in: "In EIA's forecast, natural gas consumption falls 2 percent next year.",
    m: ['2 percent = 2 % down'],
    claim: false,
  },
  { in: 'Projected revenues total $5.2 trillion in 2026.', m: ['$5.2 trillion = 5200000000000 美元'], claim: false },
  // A central bank's reading of the data: `indicators suggest` is no hedge.
  {
    in: 'Recent indicators suggest that economic activity has been expanding at a moderate pace.',
    m: [],
    claim: true,
  },
  { in: 'Business investment continued to expand in the third quarter.', m: [], claim: true },
  { in: 'Some analysts suggest that prices rose because of the storm.', m: [], claim: false },
  { in: 'Soybean crush set a new record in the 2023/24 marketing year.', m: [], claim: true },
  {
    in: 'We expect natural gas storage to reach 3,900 Bcf by the end of October.',
    m: ['3,900 Bcf = 3900 Bcf'],
    claim: false,
  },
  // a forecast release's own numbers are forecasts, not claims; the past year's estimate is a claim
  {
    in: 'Corn ending stocks for 2026/27 are projected at 1,850 million bushels, down 40 million from last month.',
    m: ['1,850 million bushels = 1850000000 bushels', '40 million = 40000000  down'],
    claim: false,
  },
  { in: 'Projected feed use is unchanged from last month.', m: [], claim: false },
  {
    in: 'Sorghum production is forecast at 310 million bushels.',
    m: ['310 million bushels = 310000000 bushels'],
    claim: false,
  },
  {
    in: 'The export projection is raised 25 million bushels on stronger sales.',
    m: ['25 million bushels = 25000000 bushels up'],
    claim: false,
  },
  {
    in: 'Corn exports for 2025/26 reached a record 2,900 million bushels.',
    m: ['2,900 million bushels = 2900000000 bushels'],
    claim: true,
  },
  // a projection beside a reported figure: the past year's figure, the past year a projection starts from, the
  // figure projected in the last report, the outturn against what was expected: claims (Trustees, WASDE style)
  {
    in: 'Program costs equaled 5.2 percent of GDP in 2024 and are expected to rise to 6.1 percent of GDP by 2040.',
    m: ['5.2 percent = 5.2 %', '6.1 percent = 6.1 %'],
    claim: true,
  },
  {
    in: 'The Trustees project that program costs will grow from about 2.4 percent of GDP in 2024 to 3.1 percent of GDP by 2045.',
    m: ['about 2.4 percent = 2.4 % ~about', '3.1 percent = 3.1 %'],
    claim: true,
  },
  {
    in: "The 75-year actuarial deficit is projected at 1.12 percent of taxable payroll, up from 1.05 percent projected in last year's report.",
    m: ['1.12 percent = 1.12 %', '1.05 percent = 1.05 %'],
    claim: true,
  },
  {
    in: "The trust fund is projected to be depleted in 2033, the same year projected in last year's report.",
    m: [],
    claim: true,
  },
  {
    in: 'Higher costs and lower income in 2024 than expected contributed to the change in the deficit.',
    m: [],
    claim: true,
  },
  {
    in: 'The 2026/27 projected price range for sorghum is $3.40 to $4.10 per bushel, compared with $3.95 for 2025/26.',
    m: ['$3.40 = 3.4 美元/bushel', '$4.10 per bushel = 4.1 美元/bushel', '$3.95 = 3.95 美元'],
    claim: true,
  },
  {
    in: 'The most noteworthy change in the outlook for 2025/26 is in Canada with a 2 million ton reduction in the wheat crop.',
    m: ['2 million ton = 2000000 ton down'],
    claim: true,
  },
  // a projection alone, an outlook described, an explanation that names last year's report: not claims
  { in: 'The trust fund is projected to be depleted in 2041.', m: [], claim: false },
  { in: 'Smaller crops are projected in Canada and Kazakhstan.', m: [], claim: false },
  {
    in: 'Global corn stocks are projected for 2026/27 at 290 million tons.',
    m: ['290 million tons = 290000000 tons'],
    claim: false,
  },
  { in: 'The fiscal outlook for the highway trust fund has improved.', m: [], claim: false },
  { in: 'Contacts in the energy sector report a stronger outlook than a year ago.', m: [], claim: false },
  {
    in: "This is because in last year's report the fund's income was projected to stay near its cost.",
    m: [],
    claim: false,
  },
  {
    in: 'Costs are projected to rise from 4.1 percent of GDP in 2030 to 5.0 percent in 2050.',
    m: ['4.1 percent = 4.1 %', '5.0 percent = 5 %'],
    claim: false,
    gap: 'a projection that starts from a future year reads as starting from a reported figure (no document date)',
  },
  {
    in: 'We forecast the Brent crude oil price will average $62 per barrel in 2026, down from $69 per barrel in 2025.',
    m: ['$62 per barrel = 62 美元/barrel', '$69 per barrel = 69 美元/barrel'],
    claim: true,
  },
  {
    in: 'The projected deficit for 2026 is $100 billion less than CBO projected last January.',
    m: ['$100 billion = 100000000000 美元 down'],
    claim: true,
  },
  // a forecast set against the figure announced before: a claim
  {
    in: 'Treasury expects to borrow $578 billion this quarter, $20 billion more than announced in May.',
    m: ['$578 billion = 578000000000 美元', '$20 billion = 20000000000 美元 up'],
    claim: true,
  },
  // a projection set against the budget's figure is checkable against the budget
  {
    in: 'Revenue is projected to be $22.5 million higher than budgeted.',
    m: ['$22.5 million = 22500000 美元 up'],
    claim: true,
  },
  {
    in: 'The 2027-28 deficit is now projected to be $1.3 billion, down from $1.5 billion at the 2024-25 Budget.',
    m: ['$1.3 billion = 1300000000 美元', '$1.5 billion = 1500000000 美元'],
    claim: true,
  },
  {
    in: 'The program will be funded from budget savings of $5 million in 2027.',
    m: ['$5 million = 5000000 美元'],
    claim: false,
  },
  // a paragraph of forecasts: the sentences after a projection for a period go on with it, unless they name another
  // period, report something done, or start a new paragraph or list item
  {
    in: 'Corn ending stocks for 2026/27 are projected at 1,850 million bushels. Foreign production is down 2 million tons due to smaller crops in Brazil.',
    m: ['1,850 million bushels = 1850000000 bushels', '2 million tons = 2000000 tons down'],
    claim: false,
  },
  {
    in: 'The 2026/27 global wheat outlook has shifted from last month with projected production falling. Global consumption rises fractionally on higher feeding in Canada.',
    m: [],
    claim: false,
  },
  {
    in: 'Corn ending stocks for 2026/27 are projected at 1,850 million bushels. Beginning stocks are down 10 million bushels on higher exports for 2025/26.',
    m: ['1,850 million bushels = 1850000000 bushels', '10 million bushels = 10000000 bushels down'],
    claim: true,
  },
  {
    in: 'Corn ending stocks for 2026/27 are projected at 1,850 million bushels.\n\nForeign production is down 2 million tons from a year ago.',
    m: ['1,850 million bushels = 1850000000 bushels', '2 million tons = 2000000 tons down'],
    claim: true,
  },
  {
    in: 'Wheat ending stocks for 2026/27 are projected at 900 million bushels. Exports rose 5 percent over the month.',
    m: ['900 million bushels = 900000000 bushels', '5 percent = 5 % up'],
    claim: true,
  },
  {
    in: '- Ending stocks for 2026/27 are projected at 900 million bushels.\n- Exports are down 5 percent from last year.',
    m: ['900 million bushels = 900000000 bushels', '5 percent = 5 % down'],
    claim: true,
  },
  {
    in: 'Deficits are projected to total $1.9 trillion in 2026. Revenues were 17.1 percent of GDP over the past year.',
    m: ['$1.9 trillion = 1900000000000 美元', '17.1 percent = 17.1 %'],
    claim: true,
  },
  {
    in: 'We forecast that crude oil production will average 13.5 million barrels in 2026. Production increased in the Permian region over the summer.',
    m: ['13.5 million barrels = 13500000 barrels'],
    claim: true,
  },
  {
    in: 'Global inflation is forecast at 6.8% in 2023. Headline inflation decelerated to 4% from 4.5% in the previous month.',
    m: ['6.8% = 6.8 % up', '4% = 4 % up', '4.5% = 4.5 % up'],
    claim: true,
  },
  {
    in: 'Crude oil production is projected at 13.5 million barrels in 2026. Output climbs 2 percent on new wells.',
    m: ['13.5 million barrels = 13500000 barrels', '2 percent = 2 % up'],
    claim: false,
  },
  {
    in: 'The outlook for the trust fund has improved. Income is 2 percent higher than costs.',
    m: ['2 percent = 2 % up'],
    claim: true,
  },
  // contributions to growth, lows of N years, comparisons of groups, a size cut in half, the last time a thing was
  // seen, a zero reported: claims (economic reviews, Census briefs, ONS bulletins)
  { in: 'Business investment made a sizeable positive contribution to growth in the quarter.', m: [], claim: true },
  { in: 'Net exports subtracted from real GDP growth for a second quarter.', m: [], claim: true },
  { in: 'Residential investment has been a drag on economic growth this year.', m: [], claim: true },
  { in: 'Jobless claims remain near multidecade lows.', m: [], claim: true },
  { in: 'Married-couple households were wealthier than single-person households.', m: [], claim: true },
  { in: 'The size of the bank has been cut nearly in half since the crisis.', m: [], claim: true },
  { in: 'The last time all sectors grew together was in May 2011.', m: [], claim: true },
  { in: 'There was no payment from the reserve fund in March 2025.', m: [], claim: true },
  { in: 'Contacts at retail firms suggest that overall activity is flat.', m: [], claim: true },
  { in: 'Most noted that the pace of hiring had slackened recently.', m: [], claim: true },
  { in: 'The new tax is a flat fee on every transaction.', m: [], claim: false },
  {
    in: 'The Department of Energy announced it is making $25 million available to the state university to design a plant that will recover minerals from coal waste.',
    m: ['$25 million = 25000000 美元'],
    claim: true,
  },
  {
    in: 'The Department announced it is making plans to open a new office that will serve the region.',
    m: [],
    claim: false,
  },
  { in: 'The poverty rate fell in every state between 2015 and 2019:', m: [], claim: true },
  { in: 'The decrease in public sector net debt was mainly due to:', m: [], claim: false },
  { in: 'The rise in borrowing reflected:', m: [], claim: false },
  { in: 'The unemployment rate has remained low.', m: [], claim: true },
  { in: 'Overall, financial conditions remained strong.', m: [], claim: false },
  // not claims: an ordinal before a count, a release's first estimate, an assumption, the survey behind estimates
  {
    in: 'Details are available on the first two rounds of grants from the program.',
    m: [],
    claim: false,
  },
  { in: 'This is the first estimate of the March 2025 public sector finances.', m: [], claim: false },
  {
    in: 'Fuel costs are assumed to be $3.50 per gallon over the life of the vehicle.',
    m: ['$3.50 per gallon = 3.5 美元/gallon'],
    claim: false,
  },
  {
    in: 'Users are reminded that these figures are estimates based on a monthly survey of 5,000 businesses.',
    m: ['5,000 businesses = 5000 businesses'],
    claim: false,
  },
  { in: 'There was no need for a second vote.', m: [], claim: false },
  // a condition described against a year ago or as said to be flat: a comparison a source must back
  { in: 'Retail sales were generally described as a little better than a year ago.', m: [], claim: true },
  { in: 'Manufacturing activity is said to be flat, on balance.', m: [], claim: true },
  { in: 'Reports suggest that activity is remaining below levels seen in 1989.', m: [], claim: true },
  { in: 'Contacts described the outlook in detail.', m: [], claim: false },
  { in: 'The evidence suggests that crime may have peaked.', m: [], claim: false },
  // a goal exceeded or met is a result; a goal alone is an aim; a rule of a programme (must, required to) is policy
  {
    in: 'The IRS achieved an 88% Level of Service on the phones, exceeding its goal of 85%.',
    m: ['88% = 88 %', '85% = 85 %'],
    claim: true,
  },
  { in: 'The agency has a goal of 85% Level of Service.', m: ['85% = 85 %'], claim: false },
  {
    in: 'All projects selected in Round 1 and Round 2 must meet the wage requirements to receive a 30% investment tax credit.',
    m: ['30% = 30 %'],
    claim: false,
  },
  { in: 'Applicants are required to submit a concept paper.', m: [], claim: false },
  // comparisons with no figure: fared better or worse, more or less severe for one than another, disproportionately
  { in: 'The northern district has fared less well than the other districts.', m: [], claim: true },
  { in: 'The downturn was more severe for rural counties than for the state as a whole.', m: [], claim: true },
  { in: 'Community banks are a disproportionately important source of small business loans.', m: [], claim: true },
  { in: 'The district will do well to review its budget.', m: [], claim: false },
  // a quantity's past movement with no figure (slowed, eased, weakened, remained broadly stable) reports a change;
  // the same verbs of the future do not
  { in: 'In China, growth was underpinned by strong exports, even as private consumption slowed.', m: [], claim: true },
  {
    in: 'Economic activity in major trading partners has remained broadly stable in recent months.',
    m: [],
    claim: true,
  },
  { in: 'Services inflation should ease in the coming months as wage growth slows.', m: [], claim: false },
  // a move reported without its figure, set in a named period
  { in: 'This followed a sharp decline in March, when many shops were closed.', m: [], claim: true },
  { in: 'The plan followed a review of the rules.', m: [], claim: false },
  // a budget's proposals, and the items of the list a proposal opens, are plans
  {
    in: 'Expenditures are proposed to increase by $851.3 million, or 33.1 percent.',
    m: ['$851.3 million = 851300000 美元 up', '33.1 percent = 33.1 % up'],
    claim: false,
  },
  // a speech: a forecast shown in the present and a speaker's signpost are no claims; a new low is a ranking claim
  {
    in: 'Budget forecasts show an operating surplus of $75 million in 2014/15.',
    m: ['$75 million = 75000000 美元'],
    claim: false,
  },
  { in: "I want to talk now about the first of the Government's priorities.", m: [], claim: false },
  { in: 'The overall crime rate hit a new low since 1997.', m: [], claim: true },
  { in: 'Our commitments have been honoured by redirecting spending.', m: [], claim: false },
  {
    in: 'Net debt would exceed 60 per cent of GDP by the early 2020s.',
    m: ['60 per cent = 60 % ~over'],
    s: ['Net debt as a share of GDP'],
    claim: false,
  },
  // a figure a measure stood at or moved by is a result, even beside a plan
  {
    in: 'Foreign exchange reserves stood at US$ 180 billion, and we will keep them high.',
    m: ['US$ 180 billion = 180000000000 美元'],
    claim: true,
  },
  { in: 'Exports are expected to rise by 5 per cent next year.', m: ['5 per cent = 5 % up'], claim: false },
  // What a survey or a release covers, and a release announced, are method and furniture, not claims.
  {
    in: 'It collects data on the labour market activities of individuals aged 14 years and above.',
    m: [],
    claim: false,
  },
  {
    in: 'The Central Statistical Office is pleased to announce the release of the Index of Retail Prices for May 2016.',
    m: [],
    claim: false,
  },
  {
    in: 'Statistics are provided in total and by fuel, with an analysis of the latest data.',
    m: [],
    claim: false,
  },
  // A survey that found something is a claim.
  {
    in: 'The survey found that unemployment fell by 1.1 percentage points.',
    m: ['1.1 percentage points = 1.1 百分点 down'],
    claim: true,
  },
  // A proposal is a plan, not a result.
  {
    in: 'The Interim City Manager is proposing a General Fund budget of $124,925,459 in FY 2022-23.',
    m: ['$124,925,459 = 124925459 美元'],
    claim: false,
  },
  {
    in: 'In 2007-08, I propose to enhance the allocation for education by 34.2 per cent.',
    m: ['34.2 per cent = 34.2 % up'],
    claim: false,
  },
  // What a proposal did, once enacted, is a claim.
  { in: 'The proposal was approved in 2019 and cut costs by 5 per cent.', m: ['5 per cent = 5 % down'], claim: true },
  // Records and ranks stated without a figure are checkable rankings; a record kept is none.
  { in: 'That’s a record for our state.', m: [], claim: true },
  { in: 'Our oil and gas producers continue to shatter production records.', m: [], claim: true },
  { in: 'We rank 6th in overall energy production.', m: [], claim: true },
  { in: 'Bangladesh is now one of the top five countries in the economic growth index.', m: [], claim: true },
  { in: 'North Dakotans enjoy the best quality of life in the nation.', m: [], claim: true },
  { in: 'The office keeps records of every complaint it receives.', m: [], claim: false },
  { in: 'That is the longest such streak on record.', m: [], claim: true },
  { in: 'Consumer confidence is near a seven-year high.', m: [], claim: true },
  { in: 'We are exporting more goods than ever before.', m: [], claim: true },
  // A figure-free direction reading is a comparison (held-out-24, -25, -27, -33 agree); a verb with an object is none;
  // a possibility (could, might, may + a verb of change) is no result.
  { in: 'Waiting lists and waiting times are falling.', m: [], claim: true },
  { in: 'The US dollar has appreciated against most other currencies.', m: [], claim: true },
  { in: 'Statistics and research are improving the lives of people.', m: [], claim: false },
  { in: 'Elevated wage increases could push inflation up.', m: [], claim: false },
  // An anticipated level is a forecast (an inflation rate is a rise in prices: up); a figure that "includes a total
  // of" is the count, not a table's scope.
  {
    in: 'Inflation is anticipated to subside to 3.5 percent in 2019.',
    m: ['3.5 percent = 3.5 % up'],
    claim: false,
  },
  {
    in: 'The figure includes a total of 148,864 thefts, which is 4,582 more than in the year before.',
    m: ['148,864 thefts = 148864 thefts', '4,582 = 4582  up'],
    claim: true,
  },
  // Speeches: leading the nation is a ranking (a wish to lead is not); a request to the legislature is a proposal; the
  // speaker's belief hedges; a measure that is up or reducing is a direction reading.
  { in: 'Texas leads the nation in new job creation.', m: [], claim: true },
  { in: 'And get this – Texas is now number one for Women Entrepreneurs.', m: [], claim: true },
  { in: 'Or we can lead the world with long term solutions to long term problems.', m: [], claim: false },
  {
    in: 'I’m also requesting $11.2 million to help districts with transportation costs.',
    m: ['$11.2 million = 11200000 美元'],
    claim: false,
  },
  { in: 'I believe that certainly it was growing at an unsustainable pace.', m: [], claim: false },
  { in: 'Our Budget is in surplus and Commonwealth Government debt is rapidly reducing.', m: [], claim: true },
  { in: 'Exports are up, imports are up.', m: [], claim: true },
  { in: 'The following graph depicts the steady increase in calls for service.', m: [], claim: false },
  { in: 'We are hopeful that this slight increase indicates some stabilizing.', m: [], claim: false },
  { in: 'The Department released the latest figures on retail sales today (July 30).', m: [], claim: false },
  { in: '* 25,436\nThe number of cases handled during the year.', m: ['25,436 = 25436 '], claim: true },
  // Time gone by in words, budget provisions and targets set are no findings; "in the Fall" is a season; "when we first
  // took office" ranks nothing; "offset by a decrease" is a movement.
  { in: 'Three months have passed since the general election.', m: [], claim: false },
  {
    in: 'We are also budgeting for a Medicaid Reserve Account of $29 million to cover any contingencies.',
    m: ['$29 million = 29000000 美元'],
    claim: false,
  },
  { in: 'Our next year’s target was set at $32 billion.', m: ['$32 billion = 32000000000 美元'], claim: false },
  { in: 'Staff begin the budget process in the Fall, spending several months on it.', m: [], claim: false },
  { in: 'Madam Chairman, when we first took office I remember sitting in the Department.', m: [], claim: false },
  {
    in: 'At the national level, employment gains among women were offset by a decrease among men.',
    m: [],
    claim: true,
  },
  // Annual reviews: the world's busiest, the most successful year to date and the 4th year running rank; a highest
  // priority, the report describing itself, a cause given for a change, what is likely and what a budget funds do not.
  { in: 'HKIA was again the world’s busiest cargo airport in 2021.', m: [], claim: true },
  { in: 'Scottish Water is celebrating its most successful year to date.', m: [], claim: true },
  { in: 'For the 4th year running we have frozen our combined household charge.', m: [], claim: true },
  { in: 'Terminals within the Port of Tampa supply much of the state’s west coast.', m: [], claim: false },
  { in: 'State Transit’s highest service priority is the safety of its passengers.', m: [], claim: false },
  { in: '“This annual report is a record of our drive to become the most trusted business.', m: [], claim: false },
  { in: 'The reduction is due in part to a number of preventative initiatives.', m: [], claim: false },
  { in: 'This growth reflects additional activities that the Bank needs to undertake.', m: [], claim: false },
  {
    in: 'This is likely to equate to approximately 600 unfunded domestic students.',
    m: ['approximately 600 unfunded domestic students = 600 students ~about'],
    claim: false,
  },
  {
    in: 'To the contrary, the budget funds five police cadet classes of 70 cadets per class.',
    m: ['70 cadets = 70 cadets'],
    claim: false,
  },
  { in: 'Trend unemployment is down to 6%, and we aim to drive it even lower.', m: ['6% = 6 %'], claim: true },
  { in: '2015 / 2016 86% 9% 5% 75% 90%', m: [], claim: false },
  // a speaker's offer of what the budget can do, a goal set and a projection in the progressive are plans
  { in: 'We can fund a 4 percent increase in the Weighted Pupil Unit.', m: ['4 percent = 4 % up'], claim: false },
  {
    in: 'We set an ambitious five-year goal to invest an additional $1 billion.',
    m: ['$1 billion = 1000000000 美元'],
    claim: false,
  },
  { in: 'By the end of the year, we are projecting to receive a million visitors.', m: [], claim: false },
  { in: 'We can see that revenue rose 5 percent.', m: ['5 percent = 5 % up'], claim: true },
  // a speaker's forecast with its object, and what a figure should do, are estimates
  {
    in: 'As for the year that begins April 1st, I am forecasting a surplus of about $2 million.',
    m: ['about $2 million = 2000000 美元 ~about'],
    claim: false,
  },
  { in: 'Our revenues next year should reach $1.981 billion.', m: ['$1.981 billion = 1981000000 美元'], claim: false },
  { in: 'Revenue rose 4 per cent, as it should.', m: ['4 per cent = 4 % up'], claim: true },
  // under an "outlook" heading, the year's results reported are claims; its forecasts are not
  {
    in: 'Economic and fiscal outlook\nThe unemployment rate is the second lowest in the country at 3.6 per cent, and has now been below four per cent for over 12 months.',
    m: ['3.6 per cent = 3.6 %'],
    claim: true,
  },
  // a direction or a result stated without a figure in a speech
  {
    in: 'Mr Speaker, I am delighted to report that the National Economy has continued to rebound during this year.',
    m: [],
    claim: true,
  },
  { in: 'Malicious damage continued on a three year reducing trend.', m: [], claim: true },
  {
    in: 'My Government is proud to announce that we have met all the debt sustainability indicators.',
    m: [],
    claim: true,
  },
  { in: 'We will continue to grow the economy.', m: [], claim: false },
  // the first half, quarter or phase of a period ranks nothing
  {
    in: 'The statistics also reflect the rate of increase in disposal in the first half of 2023 in comparison with that of the first halves of 2022 and 2021.',
    m: [],
    claim: false,
  },
  {
    in: 'It was the first time in 40 years that growth exceeded 4 percent.',
    m: ['40 years = 40 years', '4 percent = 4 % up ~over'],
    claim: true,
  },
  // a company's figure-free results: a named increase, growth registered, increased profit, record revenues; not one
  // expected or planned
  { in: 'I am delighted to report a significant increase in Group profitability for 2013.', m: [], claim: true },
  { in: 'The Hospitality business reported record revenues.', m: [], claim: true },
  { in: 'Similarly, the industry registered growth in gross loans.', m: [], claim: true },
  { in: 'The company has had another very good year, with increased profit.', m: [], claim: true },
  { in: 'We will deliver growth in exports.', m: [], claim: false },
  { in: 'We expect a significant increase in demand.', m: [], claim: false },
  // a speaker's own first (my first address, another first) ranks nothing
  {
    in: 'Some 13 months ago, I had the privilege of delivering my first State of the State address.',
    m: [],
    claim: false,
  },
  { in: 'This morning represents another first for this Legislature.', m: [], claim: false },
  // the cause of a result already seen is checkable; a cause of what will be, or of a policy's emphasis, is not
  { in: 'The loss was attributed to the pandemic.', m: [], claim: true },
  { in: 'This was driven by expansions in the production of pumpkin and cocoa.', m: [], claim: true },
  { in: 'Revisions to the time series are due to the incorporation of late data returns.', m: [], claim: false },
  { in: 'The emphasis of the budget reflects our determination to overhaul our infrastructure.', m: [], claim: false },
  { in: 'Growth will be driven by tourism.', m: [], claim: false },
  // a result registered or attained is a past fact beside the forecast of its sentence
  {
    in: 'GDP registered a three per cent growth and it is envisaged that the economic growth would reach 2.5 per cent.',
    m: ['2.5 per cent = 2.5 % up'],
    claim: true,
  },
  // "resulted in" after a pronoun pointing back to the result, not a chain of events told
  { in: 'This resulted in an over-the-year jobless rate decline.', m: [], claim: true },
  { in: 'People filling their gasoline tanks resulted in a rapid increase in demand.', m: [], claim: false },
  // a record year without a figure
  { in: 'This is our strongest year in history in Advancement.', m: [], claim: true },
  // a report dated "as of" a day is no event; an adopted budget and projected or expected figures are plans
  {
    in: 'Staff recommends that the City Council accept the 3rd Quarter Financial Report as of March 31, 2017.',
    m: [],
    claim: false,
  },
  {
    in: 'Across all funds, the City adopted a budget of $624.65 million in revenues.',
    m: ['$624.65 million = 624650000 美元'],
    claim: false,
  },
  {
    in: 'Projected 2016-17 General Fund expenditures total $102 million.',
    m: ['$102 million = 102000000 美元'],
    claim: false,
  },
  {
    in: 'Expected revenues of $100.7 million finance the anticipated expenditures.',
    m: ['$100.7 million = 100700000 美元'],
    claim: false,
  },
  { in: 'On March 15 the port reopened after the storm.', m: [], claim: true },
  {
    in: 'It is the third consecutive quarter of expansion and the strongest since the fourth quarter of 2015.',
    m: [],
    claim: true,
  },
  {
    in: 'Economic growth has averaged 5.5 percent since 2010, remaining below the target of 7.2 percent.',
    m: ['5.5 percent = 5.5 % up', '7.2 percent = 7.2 % up'],
    claim: true,
  },
  { in: "And that's actually the longest streak since 1973.", m: [], claim: true },
  {
    in: "On Vote 1, the Estimate for the President's Establishment is €5.26 million.",
    m: ['€5.26 million = 5260000 欧元'],
    claim: false,
  },
  // the items of a list a colon opens are sentences, not headings
  {
    in: 'In the 2018/19 financial year, goods exports from:\n\nEngland grew at 3.0% to £251.9bn\n\nScotland grew at 12.9% to £32.8bn',
    m: ['3.0% = 3 % up', '£251.9bn = 251900000000 英镑', '12.9% = 12.9 % up', '£32.8bn = 32800000000 英镑'],
    claim: true,
  },
  {
    in: 'Bachelor passes or exemptions were 13 686 in 2013.',
    m: ['13 686 = 13686 '],
    s: ['Bachelor passes or exemptions'],
  },
  // first elected, the first picture: no rank
  { in: 'The city has become fiscally responsible since I was first elected mayor in 2009.', m: [], claim: false },
  { in: 'The first picture shows our fund balances.', m: [], claim: false },
  { in: 'Ohio was first in the nation for new jobs in 2019.', m: [], claim: true },
  {
    in: 'Table 3 displays actual outlays by agency as well as estimates from the Budget and the MSR.',
    m: [],
    claim: false,
  },
  // a projection whose verb comes after its figure, or before it with growth or a deficit as object
  {
    in: 'In FY2026, a current account deficit of 2.4% of GDP is projected due to a rise in imports.',
    m: ['2.4% = 2.4 %'],
    claim: false,
  },
  {
    in: 'For 2019, the mission projects real economic growth of 4.4 per cent.',
    m: ['4.4 per cent = 4.4 % up'],
    claim: false,
  },
  { in: 'The deficit was 2.4% of GDP, as projected.', m: ['2.4% = 2.4 %'], claim: true },
  {
    in: 'The state funded 12 projects at a cost of $4 million.',
    m: ['12 projects = 12 projects', '$4 million = 4000000 美元'],
    claim: true,
  },
  // a news page's link to another story
  {
    in: "READ ALSO: Kenya's public debt hits KSh 5.4 trillion",
    m: ['KSh 5.4 trillion = 5400000000000 肯尼亚先令'],
    claim: false,
  },
  { in: 'Related: Debt rose 5% in 2024.', m: ['5% = 5 % up'], claim: false },
  { in: 'Read the full report: debt rose 5% in 2024.', m: ['5% = 5 % up'], claim: true },
  // a count held at zero is a statistic; a survey described is its method
  { in: 'Mortality from measles has also remained at zero since 2003.', m: [], claim: true },
  { in: 'Road deaths fell to zero in the district.', m: [], claim: true },
  { in: 'The budget has no room to spare.', m: [], claim: false },
  {
    in: 'The NSDUH is an annual nationwide survey involving interviews with approximately 70,000 individuals.',
    m: ['approximately 70,000 individuals = 70000 individuals ~about'],
    claim: false,
  },
  {
    in: 'The survey of 5,000 firms showed that sales rose 5%.',
    m: ['5,000 firms = 5000 firms', '5% = 5 % up'],
    claim: true,
  },
  // a budget's expectations and its draft
  {
    in: 'The corporation is expecting revenue of ₹4 crore from licence fees.',
    m: ['₹4 crore = 40000000 卢比'],
    claim: false,
  },
  { in: 'Budget estimates revenue of ₹578.65 cr.', m: ['₹578.65 cr = 5786500000 卢比'], claim: false },
  {
    in: 'The tabled draft budget consists of an operating budget of R52,3 billion.',
    m: ['R52,3 billion = 52300000000 兰特'],
    claim: false,
  },
  { in: 'We were expecting a rise but revenue fell 5%.', m: ['5% = 5 % down'], claim: true },
  // a target or a standard to meet is no result; an emergency line's number is no figure
  {
    in: "E-Comm's target is to answer 95 per cent of 911 calls in five seconds or less.",
    m: ['95 per cent = 95 %'],
    claim: false,
  },
  { in: 'Answering 911 calls quickly is essential for effective emergency response.', m: [], claim: false },
  { in: 'The centre received 911 calls in March.', m: ['911 calls = 911 calls'], claim: true },
  { in: 'The 9-1-1 call takers handled 6,185 calls on Sunday.', m: ['6,185 calls = 6185 calls'], claim: true },
  {
    in: 'The target was to reach 303,000 cubic meters, but we achieved 330,000.',
    m: ['303,000 cubic meters = 303000 cubic_meters', '330,000 = 330000 '],
    claim: true,
  },
  // an outturn set against its target, and an estimate of the year just ended, are results
  {
    in: 'Overall Real GDP growth was 3.1 per cent compared to the revised target of 3.7 per cent.',
    m: ['3.1 per cent = 3.1 % up', '3.7 per cent = 3.7 % up'],
    claim: true,
  },
  {
    in: 'We expect growth in GDP during this last year to have been 10 per cent.',
    m: ['10 per cent = 10 % up'],
    claim: true,
  },
  { in: 'We expect growth in GDP to be 5 per cent next year.', m: ['5 per cent = 5 % up'], claim: false },
  // forecasts in an IMF statement's idioms; a target met is a result
  {
    in: 'IMF staff projects growth to continue at around 4 percent in 2018, driven by tourism.',
    m: ['around 4 percent = 4 % ~about up'],
    claim: false,
  },
  {
    in: 'GDP growth is expected at 3.7 percent in 2024, on strong tourism.',
    m: ['3.7 percent = 3.7 % up'],
    claim: false,
  },
  {
    in: 'Capacity constraints are set to slow real GDP growth to around 2.5 percent over the medium term.',
    m: ['around 2.5 percent = 2.5 % ~about up'],
    claim: false,
  },
  {
    in: 'The ATSSC met its target for timely payments in achieving a total error rate of 0.63%.',
    m: ['0.63% = 0.63 %'],
    claim: true,
  },
  // a dash lost to a wrong encoding (15?44) ends no sentence
  {
    in: 'The general fertility rate was 62.0 births per 1,000 women aged 15?44, down 1% from 2015.',
    m: ['62.0 births = 62 ', '1% = 1 % down'],
    claim: true,
  },
  // a paper's method and a definition are no claims
  { in: 'Methods--Data are based on 99.96% of 2016 births.', m: ['99.96% = 99.96 %'], claim: false },
  {
    in: 'Cigarette smokers were defined as adults who reported having smoked 100 cigarettes in their lifetime.',
    m: ['100 cigarettes = 100 cigarettes'],
    claim: false,
  },
  {
    in: '• This bulletin presents two additional measures of longevity for the first time; 5% of deaths are counted.',
    m: ['5% = 5 %'],
  },
  { in: "Australia's population passes 21 million.", m: ['21 million = 21000000  ~over'] },
  { in: 'The bill passed 21 to 4 in the Senate.', m: [] },
  { in: 'Methods are described in the technical note.', m: [] },
  { in: 'Cases were defined as any report of a notifiable disease.', m: [], claim: false },
  // a result compared with the forecast is no forecast
  {
    in: 'The OBEGAL deficit was $11.7 billion, in line with the forecast deficit.',
    m: ['$11.7 billion = 11700000000 美元'],
    claim: true,
  },
  { in: 'The forecast deficit is $2 billion.', m: ['$2 billion = 2000000000 美元'], claim: false },
  { in: 'Results were in line with the forecast.', m: [] },
  { in: 'Upcoming releases are listed on the website.', m: [] },
  // an amount a body will pay set against a past period is already known: a claim
  {
    in: 'Combs will send $556.3 million to local governments, up 2.3 percent compared to August 2009.',
    m: ['$556.3 million = 556300000 美元', '2.3 percent = 2.3 % up'],
    claim: true,
  },
  {
    in: 'Sales tax payments of $33.7 million will go to Texas counties, 0.2 percent below last August.',
    m: ['$33.7 million = 33700000 美元', '0.2 percent = 0.2 % down'],
    claim: true,
  },
  { in: 'Revenue will grow 5 percent next year.', m: ['5 percent = 5 % up'], claim: false },
  // a hard-wrapped line a sentence ends inside is prose, not a heading
  {
    in: 'Real wage compensation has grown by 1.4 percent. Real median household income rose by\n1.8 percent.\nManufacturing employment is growing at its fastest annual pace since 1995. Since the\nenactment of the Act, investment has increased.',
    m: ['1.4 percent = 1.4 % up', '1.8 percent = 1.8 % up'],
    claim: true,
  },
  { in: 'Table 2. Employment by sector and region of the United Kingdom in 2024', m: [] },
  // a lede opened by a dateline is the story's first sentence, not a headline, though its full stop is lost
  {
    in: 'KUALA LUMPUR: The number of establishments in Malaysia stood at 1.09 million in 2022, an increase of 2.5 per cent from previous years, according to the Department of Statistics\n\nThe chief statistician said the report was published today.',
    m: ['1.09 million = 1090000 ', '2.5 per cent = 2.5 % up'],
    claim: true,
  },
  {
    in: 'Treasury and IRS disburse 25 million more Economic Impact Payments to Americans across the country\n\nThe Treasury said today that it has sent the payments.',
    m: ['25 million more Economic Impact Payments = 25000000 payments'],
    claim: false,
  },
  // a page or an indicator that says what it measures is method, not a claim
  {
    in: 'This page allows you to see how Scotland is performing across our 81 National Indicators in more detail.',
    m: ['81 National Indicators = 81 indicators'],
    claim: false,
  },
  { in: 'The indicator measures 14.9% this year, up from 12%.', m: ['14.9% = 14.9 %', '12% = 12 %'], claim: true },
  // a place ranked by an ordinal and a superlative, and a move a comparison showed, with no figure
  { in: 'Cheltenham has just been assessed as the second safest place in the whole country.', m: [], claim: true },
  { in: 'The comparison of 2010 with 2009 showed another decrease in the crime rate in Regina.', m: [], claim: true },
  { in: 'The second phase of the project starts next year.', m: [], claim: false },
  { in: 'Our survey shows an interest in the programme.', m: [], claim: false },
  // each row of a run of label-and-count rows states its count
  { in: 'Investigations Closed 232\nArrests 51', m: ['232 = 232', '51 = 51'], claim: true },
  // a superlative since a date, with two words between
  { in: 'This was the strongest annual rise since December 2006.', m: [], claim: true },
  { in: 'The strongest case for reform was made in the report.', m: [], claim: false },
  // rows of a year or a bulleted label, a colon and a count: each row states its count
  {
    in: '1905: 3,000\n1960: 12,000\n1970: 24,000',
    m: ['3,000 = 3000', '12,000 = 12000', '24,000 = 24000'],
    claim: true,
  },
  { in: '- Hourly: 49\n- Full-time: 1,308', m: ['49 = 49', '1,308 = 1308'], claim: true },
  // the first year of a period is a time, not a rank
  {
    in: 'The capital budget indicates the funds needed for the first year of the capital forecast period.',
    m: [],
    claim: false,
  },
  { in: 'It was the first year the city balanced its budget.', m: [], claim: true },
  // a results page's line of its own that opens on its figure and goes on in lower case states it (no heading; a
  // text's top lines are its headline and deck)
  {
    in: 'The data below reflects the period to June.\n\nProsecutions\n\n27 individuals charged in criminal proceedings\n\nCivil penalties',
    m: ['27 individuals = 27 individuals'],
    claim: true,
  },
  { in: 'Contents\n\n2019 annual report of the board\n\nForeword', m: [], claim: false },
  // an index's or a report's coverage is method, not a finding (the figures stay metrics)
  {
    in: 'The Urban CPI covers 35 cities and 356 consumer items.',
    m: ['35 cities = 35 cities', '356 consumer items = 356 items'],
    claim: false,
  },
  { in: 'The scheme covers 5,000 households.', m: ['5,000 households = 5000 households'], claim: true },
  // an office's own expectation and a time still to come are forecasts; an expected level reported is not
  {
    in: 'In weeks to come, our office expects further federal matching funds, bringing the total to nearly $9 billion.',
    m: ['nearly $9 billion = 9000000000 美元 ~about'],
    claim: false,
  },
  // a caseload or an amount handled in the past is a result beside "committed to" or "would"
  {
    in: 'Committed to service: We answered more than 90,000 emergency calls.',
    m: ['more than 90,000 emergency calls = 90000 calls ~over'],
    claim: true,
  },
  {
    in: 'The figures show it guaranteed over $28 billion to entrepreneurs that otherwise would not have access to capital.',
    m: ['over $28 billion = 28000000000 美元 ~over'],
    claim: true,
  },
  {
    in: 'We are committed to answering 90% of calls within 10 seconds.',
    m: ['90% = 90 %', 'within 10 seconds = 10 seconds ~under'],
    claim: false,
  },
  // a table row whose percentage is written with a space before the sign is a row, not prose
  { in: 'Total Assets -2.2 % 2,875,207 2,940,483', m: [], claim: false },
  { in: 'Total assets fell 2.2 % to 2,875,207.', m: ['2.2 % = 2.2 % down', '2,875,207 = 2875207 '], claim: true },
  // a related-news link is no claim
  {
    in: 'Related news: BNI assists 200,000 Indonesian diaspora in export-import activities',
    m: ['200,000 = 200000 '],
    claim: false,
  },
  { in: 'Related figures show exports rose 5%.', m: ['5% = 5 % up'], claim: true },
  // an embargo line: when the release may be published, with its clock time (no metric)
  {
    in: 'EMBARGO: Not for publication or broadcast before 1800 hours on Wednesday, 26 August 2009',
    m: [],
    claim: false,
  },
  { in: 'EMBARGO: Only to be published or disseminated at 12:00 hour, Thursday, 12 March 2015', m: [], claim: false },
  { in: 'Staff received 1800 hours of training last year.', m: ['1800 hours = 1800 hours'], claim: true },
  // a list of upcoming releases is no claim; a year closing a title takes no unit from the line after a blank one
  { in: 'Upcoming releases: May 23 to 26, 2017', m: [], claim: false },
  {
    in: 'Investment in new housing construction, March 2017\n\nHours worked in the provinces, 2016',
    m: [],
    claim: false,
  },
  // what a forecast shows may happen is no claim; what it showed happened is
  {
    in: 'The current load forecast indicates the region may meet or exceed 70,000 MW in demand tomorrow.',
    m: ['70,000 MW = 70000 MW ~over'],
    claim: false,
  },
  // a scenario's figure and a forecast's revision are no claims; a past cut kept in place is
  {
    in: 'OPEC+ supply falls by 740 kb/d if voluntary cuts are maintained.',
    m: ['740 kb/d = 740 kb/d down'],
    claim: false,
  },
  {
    in: 'Crude runs forecasts are 100 kb/d higher than last month’s Report.',
    m: ['100 kb/d = 100 kb/d up'],
    claim: false,
  },
  {
    in: 'Supply fell by 740 kb/d in May as voluntary cuts were maintained.',
    m: ['740 kb/d = 740 kb/d down'],
    claim: true,
  },
  // targets set or specified are aims; a target met is a result
  {
    in: 'These packages set targets in reductions in GHG emissions, improvement in energy efficiency and renewables.',
    m: [],
    claim: false,
  },
  {
    in: 'The Act specifies a target reduction of 53.8 per cent reduction over the same period.',
    m: ['53.8 per cent = 53.8 % down'],
    claim: false,
  },
  { in: 'The target was met: emissions fell 53.8 per cent.', m: ['53.8 per cent = 53.8 % down'], claim: true },
  // a bill's reading and a government's term are not rankings; "for the first time" is
  { in: 'Read a first time.', m: [], claim: false },
  { in: 'Mr Speaker I move that the Bill be now read for a first time.', m: [], claim: false },
  { in: "Responsible economic management is the hallmark of the Government's first term.", m: [], claim: false },
  { in: 'For the first time, exports exceeded imports.', m: [], claim: true },
  // a result reported under a forecasts heading (reduced, inherited, achieved) is a claim; the forecast is not
  {
    in: 'Fiscal Forecasts\n\nThe Government reduced net core Crown debt to 19.0 per cent of GDP at 30 June 2019.',
    m: ['19.0 per cent = 19 %'],
    claim: true,
  },
  {
    in: 'Fiscal Forecasts\n\nThe Government inherited a net debt position of 22.9 per cent of GDP.',
    m: ['22.9 per cent = 22.9 %'],
    claim: true,
  },
  {
    in: 'Fiscal Forecasts\n\nNet debt is forecast to fall to 21.5 per cent of GDP in 2021/22.',
    m: ['21.5 per cent = 21.5 %'],
    claim: false,
  },
  // a position set against what was projected earlier is on record
  {
    in: 'The budget position is $27.1 billion better over the four years to 2027-28, compared to what was projected at PEFO.',
    m: ['$27.1 billion = 27100000000 美元 up'],
    claim: true,
  },
];
