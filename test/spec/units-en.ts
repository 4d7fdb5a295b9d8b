// Spec table, English units: rates written after a quantity (per gallon, b/d, /gal) and the
// abbreviated units of energy releases. Units written with spaces (barrels per day) are checked in
// test/unit/english-rate-units.test.ts, since a spec line splits its unit at spaces.
import type { SpecCase } from './types';

export const EN_UNITS: SpecCase[] = [
  // a collective noun before another noun modifies it (police officers); alone it is the counted noun
  {
    in: 'We recruited 20,000 police officers and 82 additional police staff; 500 police were deployed.',
    m: ['20,000 police officers = 20000 officers', '82 additional police staff = 82 staff', '500 police = 500 police'],
  },
  // new and additional do not use up the counted noun's reach; a capitalised word and a modifier before a plural; never
  // across a blank line (a contents line's page number)
  {
    in: 'We accepted 57,779 new short-term disability claims.',
    m: ['57,779 new short-term disability claims = 57779 claims'],
  },
  {
    in: 'Of the 1,186 Government office complaints, most were upheld.',
    m: ['1,186 Government office complaints = 1186 complaints'],
  },
  { in: 'Summary ........ 4\n\nTourist arrivals by region, June 2023 ........ 5\n\nTop primary markets', m: [] },
  // a tally of named bodies; an average named before; the level reached after up from
  {
    in: 'The Revenue Commissioners, 106, Department of Agriculture, 84, and Department of Education, 33, filled the top five.',
    m: ['106 = 106', '84 = 84', '33 = 33'],
  },
  // a list whose first item writes the counted noun: the later items give a figure and the same preposition only
  {
    in: 'These comprised 6,695 additional dwellings from former offices, 564 from agricultural buildings and 99 from storage buildings.',
    m: ['6,695 additional dwellings = 6695 dwellings', '564 = 564', '99 = 99'],
    s: ['dwellings from former offices', 'agricultural buildings', 'storage buildings'],
  },
  // A year after the preposition makes no elliptical item; the figure is still a level dated by its year.
  {
    in: 'Tickets cost 12 dollars in 2019, 15 in 2020 and 14 at the door.',
    m: ['12 dollars = 12 dollars', '15 = 15 '],
  },
  {
    in: 'We opened 4 new schools in Leeds, 2 in York and 3 in 2021 alone.',
    m: ['4 new schools = 4 schools', '2 = 2', '3 = 3'],
  },
  { in: 'Attachments: 1. Exhibit 1 - All Funds Summary, 2. Exhibit 2 - Budget Summary, 3. Presentation', m: [] },
  { in: 'The average age of workers injured on the job was 42.', m: ['42 = 42'] },
  { in: 'Calls rose 70% (up from 17 in 2016 to 29 in 2017).', m: ['70% = 70 % up', '17 = 17', '29 = 29'] },
  // A footnote's asterisk glued to the figure stands between it and its noun; the basis of a comparison is a level.
  {
    in: 'A total of 148* people lost their lives in 2019, compared to 142 in 2018.',
    m: ['148* people = 148 people', '142 = 142'],
  },
  { in: 'Deaths rose compared to 2018 (16 versus 15).', m: ['16 = 16', '15 = 15'] },
  { in: 'Regular gasoline averaged $3.12 per gallon on Monday.', m: ['$3.12 per gallon = 3.12 美元/gallon'] },
  { in: 'Diesel sold for $4.05/gal in the Northeast.', m: ['$4.05/gal = 4.05 美元/gal'] },
  // a price per visit, per case, per passenger (H78-8, H95-9)
  { in: 'The average fare was $2.75 per passenger.', m: ['$2.75 per passenger = 2.75 美元/passenger'] },
  { in: 'An average spend of £38 per visit in Wales.', m: ['£38 per visit = 38 英镑/visit'] },
  // a capitalised plural right after a figure is its counted noun (not a name's word, nor a modifier of a plural)
  {
    in: 'Over 8,000 Reservists and 30,000 Auxiliarists provide services.',
    m: ['Over 8,000 Reservists = 8000 Reservists ~over', '30,000 Auxiliarists = 30000 Auxiliarists'],
  },
  { in: 'Officials in 2 Texas counties said so.', m: ['2 Texas counties = 2 counties'] },
  // a plus written after the figure, and "or more" after a comma
  { in: 'Membership now stands at 43,000 plus.', m: ['43,000 plus = 43000  ~over'] },
  { in: 'The rate is to be kept at 130%, or more, next year.', m: ['130%, or more = 130 % ~over'] },
  { in: 'Tuition assistance reached $1,800 per student.', m: ['$1,800 per student = 1800 美元/student'] },
  { in: 'Retail prices climbed 7 cents per gallon in a week.', m: ['7 cents per gallon = 7 cents/gallon up'] },
  { in: 'Refinery runs averaged 16.4 million b/d last week.', m: ['16.4 million b/d = 16400000 b/d'] },
  { in: 'Crude imports fell to 6.1 million bpd.', m: ['6.1 million bpd = 6100000 bpd'] },
  { in: 'The state added 2,300 MW of solar capacity.', m: ['2,300 MW = 2300 MW up'] },
  { in: 'Henry Hub spot prices averaged $2.90/MMBtu in May.', m: ['$2.90/MMBtu = 2.9 美元/MMBtu'] },
  { in: 'Wind farms produced 12 GWh during the storm.', m: ['12 GWh = 12 GWh'] },
  // the first end of a range of prices shares the rate written after the second; hundredweight is a unit
  {
    in: 'The season-average barley price is $3.40 to $3.90 per bushel.',
    m: ['$3.40 = 3.4 美元/bushel', '$3.90 per bushel = 3.9 美元/bushel'],
  },
  { in: 'Long-grain rice stocks are 28.4 million cwt.', m: ['28.4 million cwt = 28400000 cwt'] },
  { in: 'Hourly pay ranged from $15 to $20 per hour.', m: ['$15 = 15 美元', '$20 = 20 美元'] },
  // currencies by their letters, before or after the figure (H51-1); a code inside a word is no currency
  { in: 'Exported goods were 51,400 million ISK in October.', m: ['51,400 million ISK = 51400000000 冰岛克朗'] },
  { in: 'Net saving rose to SEK 158 billion.', m: ['SEK 158 billion = 158000000000 瑞典克朗'] },
  { in: 'Norway sold 3 billion NOK of bonds.', m: ['3 billion NOK = 3000000000 挪威克朗'] },
  { in: 'Exchequer revenue hit Ksh 2.32 trillion.', m: ['Ksh 2.32 trillion = 2320000000000 肯尼亚先令'] },
  { in: 'The grant was 2 million Isk units.', m: ['2 million Isk units = 2000000 units'] },
  // money per unit of time stays money
  { in: 'Wages rose to $17.50 per hour.', m: ['$17.50 = 17.5 美元'] },
  // a rate base with a figure is not a denominator (the rate has an empty unit, its base is no figure)
  { in: 'The rate was 56 per 1,000 residents.', m: ['56 = 56 '] },
  { in: 'The Gw and Mw columns are described in the annex.', m: [] },
  { in: 'Call the MW desk per the usual procedure.', m: [] },
  // Slash fractions of a percent (central-bank statements).
  {
    in: 'The Committee lowered the target range to 0 to 1/4 percent.',
    m: ['0 = 0 %', '1/4 percent = 0.25 %'],
  },
  { in: 'The minority preferred 1/2 to 3/4 percent.', m: ['1/2 = 0.5 %', '3/4 percent = 0.75 %'] },
  { in: 'The line is staffed 24/7 by volunteers.', m: [] },
  // mixed numbers written with a hyphen, as the Federal Reserve writes its rates
  {
    in: 'The Committee raised the target range to 5-1/4 to 5-1/2 percent.',
    m: ['5-1/4 = 5.25 %', '5-1/2 percent = 5.5 %'],
  },
  { in: 'The discount rate was raised to 4-3/4 percent.', m: ['4-3/4 percent = 4.75 %'] },
  { in: 'The parcel on lot 12-1/2 was sold at auction.', m: [] },
  // a count in thousands restated in brackets after what it counts; a monthly pace of a count
  {
    in: 'Most of the remaining crimes were thefts of personal property (332,000; 40%).',
    m: ['332,000 = 332000', '40% = 40 %'],
  },
  {
    in: 'Incidents experienced by children were less common (43,000; 5% of all crimes).',
    m: ['43,000 = 43000', '5% = 5 %'],
  },
  { in: 'Job growth slowed from the monthly pace of 187,000 in 2016.', m: ['187,000 = 187000'] },
  { in: 'See the appendix (table 4, 2014).', m: [] },
  // a headline in title case counts capitalised nouns; an abbreviation before the noun is its adjective; demonyms
  // count people; "times" after a scale word counts occasions, a multiple otherwise
  {
    in: 'IRS Answered 1 Million More Calls Than Filing Season 2023, Saved Taxpayers 1.4 Million Hours of Hold Time',
    m: ['1 Million More Calls = 1000000 calls up', '1.4 Million Hours = 1400000 hours'],
  },
  {
    in: 'A total of 747,728 U.S. properties started the foreclosure process, and nearly 50 million Americans have coverage.',
    m: ['747,728 U.S. properties = 747728 properties', 'nearly 50 million Americans = 50000000 Americans ~about'],
  },
  {
    in: 'Taxpayers used the tool 31 million times, and its median wealth was 2.3 times that of others.',
    m: ['31 million times = 31000000 times', '2.3 times = 2.3 倍'],
  },
  { in: 'The 2 Texas Counties Act was passed by the Senate.', m: [] },
  { in: 'All Round 2 Projects Were Selected By The Department', m: [] },
  // the counted noun after modifiers joined by "and"/"or", and after the capitalised words of a name; a bare figure
  // before "and" keeps no unit
  {
    in: 'Lenders completed more than 2.1 million loss mitigation and early delinquency interventions last year.',
    m: ['more than 2.1 million loss mitigation and early delinquency interventions = 2100000 interventions ~over'],
  },
  {
    in: 'The Treasury made 3.1 million Direct Express deposits and 12 Federal Reserve Banks settled them.',
    m: ['3.1 million Direct Express deposits = 3100000 deposits', '12 Federal Reserve Banks = 12 banks'],
  },
  { in: 'Employment rose by 236,000 and wages were flat.', m: ['236,000 = 236000  up'] },
  { in: 'Payments reached 1.5 million and fees and charges rose.', m: ['1.5 million = 1500000'] },
  // a range written with a dash and one unit sign gives two figures, the low end sharing the unit
  {
    in: 'Core inflation is expected to average 2.5–3.5% this year, and GDP growth 2–3%.',
    m: ['2.5 = 2.5 % up', '3.5% = 3.5 % up', '2 = 2 % up', '3% = 3 % up'],
  },
  // currencies of the genre's other countries: the peso's letter or sign, the rupee's, currency words after the
  // figure, an exchange rate against the dollar; a letter and digits that are no amount stay an identifier
  {
    in: 'The deficit widened to P229.9 billion from P204.1 billion, and rice fell by about P6.67 per kilogram.',
    m: [
      'P229.9 billion = 229900000000 比索',
      'P204.1 billion = 204100000000 比索',
      'about P6.67 per kilogram = 6.67 比索/kilogram ~about down',
    ],
  },
  {
    in: 'The peso closed at P58.19/US$1, the rupee at ₹83.5 per US dollar.',
    m: ['P58.19/US$1 = 58.19 比索/美元', '₹83.5 per US dollar = 83.5 卢比/美元'],
  },
  {
    in: 'The fund holds 500 billion baht and 20 million yen.',
    m: ['500 billion baht = 500000000000 泰铢', '20 million yen = 20000000 日元'],
  },
  { in: 'Forms P45 and P60 were filed in room P2.', m: [] },
  // basis points keep their own unit and the figure as written (25 basis points is not 25 percentage points)
  {
    in: 'The Board raised the policy rate by 25 basis points to 6.5 percent.',
    m: ['25 basis points = 25 basis_points up', '6.5 percent = 6.5 %'],
  },
  // each figure of a list shared out respectively takes the unit written after the last (dash ranges too)
  {
    in: 'Export growth stood at 37, 14, and 10 percent, respectively.',
    m: ['37 = 37 % up', '14 = 14 % up', '10 percent = 10 % up'],
  },
  {
    in: 'Ratios in Korea, Singapore and New Zealand were 50-70, 75, and 80 percent, respectively.',
    m: ['50 = 50 %', '70 = 70 %', '75 = 75 %', '80 percent = 80 %'],
  },
  { in: 'The 12, 14 and 16 routes carried 80 percent of riders.', m: ['16 routes = 16 routes', '80 percent = 80 %'] },
  // a dollar sign with a country's letters is that country's dollar; a bare $ is the US dollar (GUIDE)
  {
    in: 'Spending was HK$70 billion, NZ$5 million, A$3 billion, C$4 million and US$2 million, against $1 billion.',
    m: [
      'HK$70 billion = 70000000000 港元',
      'NZ$5 million = 5000000 纽元',
      'A$3 billion = 3000000000 澳元',
      'C$4 million = 4000000 加元',
      'US$2 million = 2000000 美元',
      '$1 billion = 1000000000 美元',
    ],
  },
  {
    in: 'Taiwan earned NT$300 billion and Singapore S$1.2 billion.',
    m: ['NT$300 billion = 300000000000 新台币', 'S$1.2 billion = 1200000000 新加坡元'],
  },
  // A range's unit written once, at either end, with a date between the figures.
  {
    in: 'The rate fell from 16.7 in February 2017 to 16.0 percent in February 2018.',
    m: ['16.7 = 16.7 %', '16.0 percent = 16 %'],
  },
  {
    in: 'It showed a decline from 17.8 percent in August 2017 to 16.0 in February 2018.',
    m: ['17.8 percent = 17.8 %', '16.0 = 16 %'],
  },
  // A unit of its own after the second figure stays its own.
  { in: 'It fell from 17.8% to 16.0 million people.', m: ['17.8% = 17.8 %', '16.0 million people = 16000000 people'] },
  // Pence counted, as a rate; an index value after a bracketed qualifier; the Caribbean's dollars.
  { in: 'Petrol up 1.1 pence per litre.', m: ['1.1 pence per litre = 1.1 pence/litre up'] },
  { in: 'The Index (All Items) was 104.2 in May 2016.', m: ['104.2 = 104.2'] },
  { in: 'The budget is J$1.7 Trillion.', m: ['J$1.7 Trillion = 1700000000000 牙买加元'] },
  // Pence with a p glued to the figure; pp percentage points; adjectives that count people as nouns.
  { in: 'Adjusted earnings per share rose to 127.9p.', m: ['127.9p = 127.9 p'] },
  { in: 'The first dividend, of 15.0p per share, was paid.', m: ['15.0p per share = 15 p/share'] },
  { in: 'Unemployment fell 0.5pp.', m: ['0.5pp = 0.5 百分点 down'] },
  {
    in: 'There are 1.6 million fewer young unemployed.',
    m: ['1.6 million fewer young unemployed = 1600000 unemployed down'],
  },
  { in: 'See pp. 5 of the report.', m: [] },
  // the rand's letter glued to a figure; megatonnes glued or spaced
  { in: 'SARS had collected R495.1 billion in revenue.', m: ['R495.1 billion = 495100000000 兰特'] },
  { in: 'Route R12 was closed for 3 days.', m: ['3 days = 3 days'] },
  {
    in: 'Exports totalled 454.2Mt, an increase of 14.6Mt or 3% from the previous year.',
    m: ['454.2Mt = 454.2 Mt', '14.6Mt = 14.6 Mt up', '3% = 3 % up'],
  },
  // a currency's code glued to the figure (Macao's and Hong Kong's releases), not an identifier (G20, PTU3)
  { in: 'Total spending dropped to MOP15.71 billion.', m: ['MOP15.71 billion = 15710000000 澳门元'] },
  { in: 'The G20 met and PTU3 was used.', m: [] },
  // the currencies the press of Malaysia, Nigeria, Ghana, Kenya, Uganda, Sierra Leone and Bangladesh glues to or sets
  // before a figure; a label's letter (N2.5, N95, P1) stays no amount
  {
    in: 'Revenue was RM41.69 billion, up from RM39 billion; the command made N1.172 trillion and N22.8 billion.',
    m: [
      'RM41.69 billion = 41690000000 林吉特',
      'RM39 billion = 39000000000 林吉特',
      'N1.172 trillion = 1172000000000 奈拉',
      'N22.8 billion = 22800000000 奈拉',
    ],
  },
  {
    in: 'Total tax revenue of GH¢51,580.17M was collected; the levy raised GH466.61 million and ₦5,000 each.',
    m: ['GH¢51,580.17M = 51580170000 塞地', 'GH466.61 million = 466610000 塞地', '₦5,000 = 5000 奈拉'],
  },
  {
    in: 'Collections were Shs 1.492 trillion; Sh236 million was paid, Le 4.35 trillion spent and Tk 500 crore allocated.',
    m: [
      'Shs 1.492 trillion = 1492000000000 乌干达先令',
      'Sh236 million = 236000000 肯尼亚先令',
      'Le 4.35 trillion = 4350000000000 利昂',
      'Tk 500 crore = 5000000000 塔卡',
    ],
  },
  { in: 'Apply N2.5 fertiliser with N95 masks at grade P1.', m: [] },
  // a fact sheet's figure grouped with spaces before a dash set apart
  { in: '• 10 000 – unemployed youth trained as water agents.', m: ['10 000 = 10000 '] },
  // temperatures; a currency's word keeps its rate
  { in: 'It rose to a record high of 102°F on June 24.', m: ['102°F = 102 °F'] },
  { in: 'Spending was 320,063 yen per household.', m: ['320,063 yen per household = 320063 日元/household'] },
  // the other figure of a pair of counts takes the noun written once (H25-1, H60-9, H98-1)
  { in: 'Cases fell from 117 cases in 2019 to 82 in 2020.', m: ['117 cases = 117 cases', '82 = 82 cases'] },
  {
    in: 'We received 4,766 applications, compared with 7,900 the previous year.',
    m: ['4,766 applications = 4766 applications', '7,900 = 7900 applications'],
  },
  { in: 'It went from 3 to 5 percent.', m: ['3 = 3 %', '5 percent = 5 %'] },
  // a scale letter before a counted noun (1.8m tons), not a length (5m high); a physical rate written with a slash
  { in: 'Throughput rose from an average 1.8m tons in 2003.', m: ['1.8m tons = 1800000 tons'] },
  { in: 'The wall is 5m high.', m: [] },
  { in: 'The port now handles about 3m tons per annum.', m: ['about 3m tons per annum = 3000000 tons/annum ~about'] },
  // the Gambian dalasi's D names money only before a scale word (D3 is a vitamin)
  { in: 'This includes D900 million in subsidies and D3 supplements.', m: ['D900 million = 900000000 达拉西'] },
  // metric tons and twenty-foot equivalent units as the genre abbreviates them
  {
    in: 'The harvest was 19.76 million MT and the port topped 2 million TEUs.',
    m: ['19.76 million MT = 19760000 MT', '2 million TEUs = 2000000 TEUs ~over'],
  },
  // areas as written (sq. km, square nautical miles) and a scale letter before one; Indian PDF text's rupee backtick
  {
    in: 'The State is spread over an area of 1,35,192 sq. km with 12,000 sq km of forest.',
    m: ['1,35,192 sq. km = 135192 sq._km', '12,000 sq km = 12000 sq_km'],
  },
  {
    in: 'Aircraft covered 161 million square nautical miles (up from 142m square nautical miles).',
    m: [
      '161 million square nautical miles = 161000000 square_nautical_miles',
      '142m square nautical miles = 142000000 square_nautical_miles',
    ],
  },
  {
    in: 'Per capita income was estimated at `98,281 against `1,35,050 nationally.',
    m: ['`98,281 = 98281 卢比', '`1,35,050 = 135050 卢比'],
  },
  { in: 'Run `2024` in the shell.', m: [] },
  // bare points set against a rate are percentage points; an index's points stay points
  { in: 'This rate was 2.4 points lower than the one registered in December.', m: ['2.4 points = 2.4 百分点 down'] },
  {
    in: 'Business confidence has been kept at 10 points higher than the national average.',
    m: ['10 points = 10 points up'],
  },
  // a headline in capitals before a fact sheet's list (a list-of-names pattern once took minutes on it); euros by name
  {
    in: 'FINNAIR GROUP INTERIM REPORT JANUARY 1 - MARCH 31, 2003 Profitability weakened significantly Summary of first quarter key figures - Turnover 400.3 million euros (391.1 million)',
    m: ['400.3 million euros = 400300000 欧元', '391.1 million = 391100000 '],
  },
  // a rate on a base has no unit, and the rate the sentence names is its subject; the Cayman dollar
  {
    in: 'The 2008 fatality rate was just 5.7 deaths per 100,000 people.',
    m: ['5.7 deaths = 5.7 '],
    s: ['fatality rate'],
  },
  { in: 'Visitors spent KY$403.2 million in the half year.', m: ['KY$403.2 million = 403200000 开曼元'] },
  // a percentage written without its leading zero; a scale word joined by a hyphen (the Philippine and South African press)
  { in: 'Total mail volume rose .7 percent, reaching a new high.', m: ['.7 percent = 0.7 % up'] },
  { in: 'Prices rose 3.7 percent in May.', m: ['3.7 percent = 3.7 % up'] },
  {
    in: 'Ebitda remained flat at R10.9-billion against the P3.73-billion recorded.',
    m: ['R10.9-billion = 10900000000 兰特', 'P3.73-billion = 3730000000 比索'],
  },
  // Indian press releases' crores and lakhs in words: thousands of crores, then crores, then lakhs
  {
    in: 'He released Rs 1804 crore 50 lakh; Rs 11 thousand 180 crore rupees were paid; it rose to Rs 12 thousand 900 crores 21 lakh.',
    m: [
      'Rs 1804 crore 50 lakh = 18045000000 卢比',
      'Rs 11 thousand 180 crore = 111800000000 卢比',
      'Rs 12 thousand 900 crores 21 lakh = 129002100000 卢比',
    ],
  },
  // the basis of a count compared takes its noun written once, across a few words or a year; not after a plain "to"
  {
    in: 'The 1,302 murders were fewer than the 1,608 and 1,316 for the same period.',
    m: ['1,302 murders = 1302 murders', '1,608 = 1608 murders', '1,316 = 1316 murders'],
  },
  {
    in: 'There were 954 shootings so far this year, compared to 1,138 for the same period.',
    m: ['954 shootings = 954 shootings', '1,138 = 1138 shootings'],
  },
  { in: 'He sent 300 officers to 12 cities.', m: ['300 officers = 300 officers', '12 cities = 12 cities'] },
  // up from: the figure is the level reached, not a change
  { in: 'The index was estimated at 137.7 up from 132.8 in June.', m: ['137.7 = 137.7 ', '132.8 = 132.8 '] },
  // percent points and pps are percentage points; mbpd; a price "a kilogram"; a cost per property
  { in: 'The rate was lower by -0.28 percent points.', m: ['-0.28 percent points = -0.28 百分点 down'] },
  { in: 'Employment fell by 1.6pps over the year.', m: ['1.6pps = 1.6 百分点 down'] },
  { in: 'Output was 0.1mbpd higher than a year ago.', m: ['0.1mbpd = 0.1 mbpd up'] },
  { in: 'Tomatoes reached a record price of $8.39 a kilogram.', m: ['$8.39 a kilogram = 8.39 美元/kilogram'] },
  { in: 'Costs rose to $1,299 per property.', m: ['$1,299 per property = 1299 美元/property'] },
  // a dated figure after a dated count is a level with no noun written (lead's stop-31 remark)
  {
    in: 'That compares to 131 pedestrian fatalities in 2012 and 154 in 2011.',
    m: ['131 pedestrian fatalities = 131 fatalities', '154 = 154 '],
  },
  // modifiers in quotes, and modifiers set off by commas up to "and" or "or", before the counted noun
  {
    in: 'The SEC also filed 162 “follow-on” administrative proceedings.',
    m: ['162 “follow-on” administrative proceedings = 162 proceedings'],
  },
  {
    in: 'The system has 390 natural, cultural, and recreation sites.',
    m: ['390 natural, cultural, and recreation sites = 390 sites'],
  },
  {
    in: 'These included 501 original, or “stand-alone,” enforcement actions.',
    m: ['501 original, or “stand-alone,” enforcement actions = 501 actions'],
  },
  { in: 'It counted 45 natural, cultural sites.', m: [] },
  { in: 'Page 12, “Results” section.', m: [] },
  // Malaysia's press writes the scale after a currency as bil and mil
  {
    in: 'Net income was RM10.3bil, after deducting RM500mil.',
    m: ['RM10.3bil = 10300000000 林吉特', 'RM500mil = 500000000 林吉特'],
  },
  { in: 'The mil-spec part number is A20bil.', m: [] },
  // a bare list of three figures or more shares the unit written once after the last
  {
    in: 'Ogun, Nasarawa and Lagos recorded 70, 60 and 46 cases.',
    m: ['70 = 70 cases', '60 = 60 cases', '46 cases = 46 cases'],
  },
  { in: 'The rates were 20, 30 and 40 percent.', m: ['20 = 20 %', '30 = 30 %', '40 percent = 40 %'] },
  { in: 'See sections 3, 4 and 5 of the report.', m: [] },
  { in: 'The meeting is on June 5, 6 and 7 of next year.', m: [] },
  { in: 'Rules 2, 3 and 4 apply to all cases.', m: [] },
  // the Philippine peso as PhP; a rupee figure glued to Rs and scaled in crores; per-cent with a hyphen
  {
    in: 'The value fell from PhP62.92 billion to PhP53.88 billion.',
    m: ['PhP62.92 billion = 62920000000 比索', 'PhP53.88 billion = 53880000000 比索'],
  },
  { in: 'Output of lignite was Rs309 crore.', m: ['Rs309 crore = 3090000000 卢比'] },
  {
    in: 'Spending grew to $794 million, a 49-per-cent increase.',
    m: ['$794 million = 794000000 美元', '49-per-cent = 49 % up'],
  },
  { in: 'The PhP sign and the Rs symbol are shown.', m: [] },
  // a plus glued after the digits; a mark passed; a field's plural before the counted noun
  {
    in: 'The board decides on a fraction of the 70,000+ releases each year.',
    m: ['70,000+ releases = 70000 releases ~over'],
  },
  { in: 'Productions exceeded the $1-billion mark.', m: ['$1-billion = 1000000000 美元 ~over'] },
  { in: 'Sales exceeded the 2,000 target.', m: ['2,000 = 2000 '] },
  { in: 'Grants went to 375 arts organisations.', m: ['375 arts organisations = 375 organisations'] },
  { in: 'The formula reads 5+3.', m: [] },
  // a lower-case word a page glued to a figure grouped in thousands; connection speeds
  {
    in: 'Subscriptions grew to a staggering165,239,443 in October.',
    m: ['165,239,443 = 165239443 '],
  },
  { in: 'Speeds rose from 15.65mbps to 20.02mbps.', m: ['15.65mbps = 15.65 mbps', '20.02mbps = 20.02 mbps'] },
  { in: 'Form ABC123,456 was filed.', m: [] },
  // a spaced thousands group after plain ones; energy units as written; the figure compared with in brackets
  { in: 'A total of 1,579, 667 movements were recorded.', m: ['1,579, 667 movements = 1579667 movements'] },
  { in: 'Renewables produced 140 terawatt hours of electricity.', m: ['140 terawatt hours = 140 terawatt_hours'] },
  {
    in: 'Renewables were 13.5 percent of the 1 931 Mtoe supplied.',
    m: ['13.5 percent = 13.5 %', '1 931 Mtoe = 1931 Mtoe'],
  },
  {
    in: 'There were 196 ICU admissions (compared to 188) and 90 deaths (compared to 77).',
    m: ['196 ICU admissions = 196 admissions', '188 = 188 admissions', '90 deaths = 90 deaths', '77 = 77 deaths'],
  },
  {
    in: 'Sales were 1,234, 2,345 and 3,456 units.',
    m: ['1,234 = 1234 units', '2,345 = 2345 units', '3,456 units = 3456 units'],
  },
  { in: 'The boreal ecozone has an average wood volume of 61 m3/ha.', m: ['61 m3/ha = 61 m3/ha'] },
  { in: 'The share moving into 90+ day delinquency rose to 5.2%.', m: ['5.2% = 5.2 %'] },
  // temperatures written out or with a glued C, as their symbol
  {
    in: 'Temperatures reached 35 degrees Celsius and 95 degrees Fahrenheit.',
    m: ['35 degrees Celsius = 35 °C', '95 degrees Fahrenheit = 95 °F'],
  },
  { in: 'The mean temperature for the UK was 8.2C in April.', m: ['8.2C = 8.2 °C'] },
  { in: 'Students in Grade 3C sat the test.', m: [] },
  { in: 'Temperatures were above normal across the country.', m: [] },
  { in: 'The index of Celsius readings was revised in May.', m: [] },
  // the year before's figure in brackets, its year after a colon
  {
    in: 'The HPRA authorised 637 new human medicines during 2016 (806:2015).',
    m: ['637 new human medicines = 637 medicines', '806 = 806 '],
  },
  { in: 'The act (section 12: 2015) was amended.', m: [] },
  // a currency's letters before a figure grouped with spaces into millions
  {
    in: 'The value of all goods confiscated amounted to R3 694 742 928.',
    m: ['R3 694 742 928 = 3694742928 兰特'],
  },
  {
    in: 'Narcotics: 892 busts valued at R535 132 535\n• Cigarettes: 220 busts',
    m: ['892 busts = 892 busts', 'R535 132 535 = 535132535 兰特', '220 busts = 220 busts'],
  },
  { in: 'See annex R2 on page 12 of the report.', m: [] },
  // water stored and used in cubic metres and litres, abbreviated
  {
    in: 'The live storage available in these reservoirs is 31.65 BCM, and total capacity is 290.8 mcm.',
    m: ['31.65 BCM = 31.65 BCM', '290.8 mcm = 290.8 mcm'],
  },
  { in: 'Melbourne used 450 GL last year.', m: ['450 GL = 450 GL'] },
  // figures each with a modifier word, the counted noun written once after the last
  {
    in: 'In total, 3,423 kidney, 1,227 liver, 419 lung and 4 intestinal transplants were performed.',
    m: [
      '3,423 = 3423 transplants',
      '1,227 = 1227 transplants',
      '419 = 419 transplants',
      '4 intestinal transplants = 4 transplants',
    ],
  },
  { in: 'There were 12 boys and 4 young girls.', m: ['12 boys = 12 boys', '4 young girls = 4 girls'] },
  // grams glued before what they weigh, milligrams
  {
    in: 'Seizures included 476.96g of Heroin, 447.3g of raw opium and 5 mg of fentanyl.',
    m: ['476.96g = 476.96 g', '447.3g = 447.3 g', '5 mg = 5 mg'],
  },
  { in: 'The 5G network now reaches most towns.', m: [] },
  // currencies the Kenyan, Emirati and Egyptian press write before the figure; money per company
  {
    in: 'Debt stood at Kshs 4,405.86 billion, trade reached Dh 14.2 trillion and revenues LE 2.1 trillion.',
    m: [
      'Kshs 4,405.86 billion = 4405860000000 肯尼亚先令',
      'Dh 14.2 trillion = 14200000000000 阿联酋迪拉姆',
      'LE 2.1 trillion = 2100000000000 埃及镑',
    ],
  },
  {
    in: 'Enterprises received $20.1 million, or $983 per company on average.',
    m: ['$20.1 million = 20100000 美元', '$983 per company = 983 美元/company'],
  },
  {
    in: 'There have been 120 reported robberies compared to 111.',
    m: ['120 reported robberies = 120 robberies', '111 = 111 robberies'],
  },
  // an emergency line's number between a count and its noun is skipped; a list's last noun is a noun, not "across"
  {
    in: 'The centre handled 56,025 non-emergency calls, 7,793 emergency 911 calls and 292,058 radio transmissions.',
    m: [
      '56,025 non-emergency calls = 56025 calls',
      '7,793 emergency 911 calls = 7793 calls',
      '292,058 radio transmissions = 292058 transmissions',
    ],
  },
  {
    in: 'Approximately 49 percent, or 30.2 million acres, burned.',
    m: ['Approximately 49 percent = 49 % ~about', '30.2 million acres = 30200000 acres'],
  },
  { in: 'Call 911 in an emergency and 311 for other services.', m: [] },
  { in: 'The 999 service answered calls across the region.', m: [] },
  // the United States' dollar named as words, before or after the figure
  {
    in: 'Exports rose to US dollars 322 million in March, and imports to 418 million US dollars.',
    m: ['US dollars 322 million = 322000000 美元', '418 million US dollars = 418000000 美元'],
  },
  { in: 'Tickets cost 12 dollars at the door.', m: ['12 dollars = 12 dollars'] },
  // Namibia's dollar; an adjective counting people before the noun it describes; a prefixed name as a modifier
  { in: 'Revenue rose to N$624,9 million.', m: ['N$624,9 million = 624900000 纳米比亚元'] },
  {
    in: 'There were 326 000 unemployed persons and 103,515 non-EU citizens were ordered to leave.',
    m: ['326 000 unemployed persons = 326000 persons', '103,515 non-EU citizens = 103515 citizens'],
  },
  { in: 'The number of young unemployed fell to 1.6 million.', m: ['1.6 million = 1600000 '] },
  { in: 'The non-EU share was unchanged.', m: [] },
  { in: 'Prices are quoted in US dollars throughout.', m: [] },
  { in: 'The pre-COVID trend resumed in the spring.', m: [] },
  // Thailand's baht glued to the figure, and cubic yards
  { in: 'Exports rose to Bt29.5 billion.', m: ['Bt29.5 billion = 29500000000 泰铢'] },
  { in: 'The port dredged 20.5 million cubic yards.', m: ['20.5 million cubic yards = 20500000 cubic_yards'] },
  { in: 'The Bt gene was studied.', m: [] },
  // a table of label-and-count rows copied without its tabs: each row is a count of its label, never joined to the next
  {
    in: 'Investigations Opened 179\nInvestigations Closed 232\nArrests 51',
    m: ['179 = 179', '232 = 232', '51 = 51'],
    s: ['Investigations Opened', 'Investigations Closed', 'Arrests'],
  },
  // a capitalised word opening the next line is no unit
  { in: 'The number of schools was 177\nElementary schools are listed below.', m: ['177 = 177'] },
  { in: 'See Table 4\nand Table 5', m: [] },
  { in: 'Section 3\nSection 4', m: [] },
  // the first end of a range written in words counts the time written after the second; a hyphenated age band does not
  {
    in: 'Time reduced from 260 to 92 days in Karachi.',
    m: ['260 = 260 days', '92 days = 92 days'],
  },
  { in: 'The rate for 15-24 year olds fell 0.1 per cent.', m: ['0.1 per cent = 0.1 % down'] },
  // frequencies and a capacity in million tonnes a year; a capitalised unit word before a name is no unit
  { in: 'A total of 51,236 MHz of spectrum was sold.', m: ['51,236 MHz = 51236 MHz'] },
  { in: 'Capacity reached about 101.02 mtpa.', m: ['about 101.02 mtpa = 101.02 mtpa ~about'] },
  { in: 'Optical fibre connects 1.90 lakh Gram Panchayats.', m: ['1.90 lakh = 190000'] },
  { in: 'Ranging from mid-size to large, the Gram Panchayats met.', m: [] },
  // a ton's kind is part of its unit; mt is metric tonnes; circa and its abbreviations approximate
  { in: 'Exports were 34.9 million metric tonnes.', m: ['34.9 million metric tonnes = 34900000 metric_tonnes'] },
  { in: 'Ships totalled 1.6 billion gross tons.', m: ['1.6 billion gross tons = 1600000000 gross_tons'] },
  { in: 'Sales were 2.7 million mt in 2008.', m: ['2.7 million mt = 2700000 mt'] },
  { in: 'The area was c.12.7% of the total.', m: ['c.12.7% = 12.7 % ~about'] },
  { in: 'Staff, pensioners, etc. were counted.', m: [] },
  // riyals, dinars and dirhams are the currency of the country the text names
  {
    in: 'In Qatar, broad money supply recorded about 506 Billion Riyals.',
    m: ['about 506 Billion Riyals = 506000000000 卡塔尔里亚尔 ~about'],
  },
  { in: 'Kuwait collected 3 million dinars.', m: ['3 million dinars = 3000000 科威特第纳尔'] },
  // a verb in -s that takes a clause is no counted noun; a singular period word before a noun describes it
  { in: 'The number of pupils enrolled post-year 12 continues to rise.', m: [] },
  { in: "It was developed within a framework of The City's 10 year capital plan.", m: [] },
  { in: 'The city kept 10 years of records.', m: ['10 years = 10 years'] },
  // a rate on a base, with or without its noun, after "per" or a slash: the rate has an empty unit, the base is none
  { in: 'The hospitalization rate for the season is 3.9 per 100,000.', m: ['3.9 = 3.9 '] },
  { in: 'The cumulative rate this season to date is 45/100,000 population.', m: ['45 = 45 '] },
  // an age that bounds who is counted
  {
    in: 'The rate was highest among adults 65 years of age and older (126/100,000 population).',
    m: ['126 = 126 '],
  },
  { in: 'Children under 5 years of age were vaccinated.', m: [] },
  // a nationality before a currency word of several countries
  {
    in: 'Broad money supply recorded about 684 Billion Qatari Riyals during July.',
    m: ['about 684 Billion Qatari Riyals = 684000000000 卡塔尔里亚尔 ~about'],
  },
  { in: 'Kuwait collected 3 million Kuwaiti dinars.', m: ['3 million Kuwaiti dinars = 3000000 科威特第纳尔'] },
  // the parts of a count in the bracket after it have an empty unit and measure what the count measures
  {
    in: 'A total of 449 laboratory detections (410 influenza A and 39 influenza B) were reported.',
    m: ['449 laboratory detections = 449 detections', '410 = 410 ', '39 = 39 '],
    s: ['laboratory detections', 'laboratory detections', 'laboratory detections'],
  },
  {
    in: 'We secured 217 outcomes using our enforcement powers (208 regulatory/civil and 9 criminal).',
    m: ['217 outcomes = 217 outcomes', '208 = 208 ', '9 = 9 '],
  },
  // must-not-match: years in a bracket are no parts; a part larger than the whole is none
  { in: 'There were 12 offences (2019 and 2020).', m: ['12 offences = 12 offences'] },
  { in: 'There were 12 offences (150 reported and 30 cleared).', m: ['12 offences = 12 offences'] },
  // must-not-match: a rate's base alone, a week's number, an age bound, a currency or a balance named with no figure
  { in: 'The rate was reported per 100,000 population.', m: [] },
  { in: 'Data cover week 43 of the season.', m: [] },
  { in: 'Adults 65 years of age and older were offered a vaccine.', m: [] },
  { in: 'The Qatari Riyal was pegged to the dollar.', m: [] },
  { in: 'The current account registered a deficit.', m: [] },
  // Rwanda's franc as its statistics office writes it; Zambia's rebased kwacha, in a text about Zambia only
  { in: 'GDP was estimated at Frw 4,806 billion.', m: ['Frw 4,806 billion = 4806000000000 卢旺达法郎'] },
  { in: 'Zambia’s exports were KR192.8 million.', m: ['KR192.8 million = 192800000 克瓦查'] },
  { in: 'The KR192.8 model was launched.', m: [] },
  // India's lakh and million metric tonnes as written; the letters alone are no unit
  {
    in: 'Foodgrain production is estimated at 3288.52 LMT, higher by 211.00 LMT than the average of 3077.52 LMT.',
    m: ['3288.52 LMT = 3288.52 LMT', '211.00 LMT = 211 LMT up', '3077.52 LMT = 3077.52 LMT'],
  },
  { in: 'Coal output was 15 MMT in the quarter.', m: ['15 MMT = 15 MMT'] },
  { in: 'The LMT and MMT figures follow.', m: [] },
  // an infographic's figure alone on its line counts its label's noun after a blank line; a figure in prose does not
  {
    in: '26,105,822\n\nmeals provided to families across NSW & ACT',
    m: ['26,105,822\n\nmeals = 26105822 meals'],
    s: ['meals'],
    claim: true,
  },
  { in: 'Staff numbered 300.\n\nvolunteers helped too.', m: ['300 = 300'] },
  { in: '2019\n\nmeals provided to families across the state', m: [] },
  // IEA's million barrels, Canada's terawatt-hours with a point
  { in: 'On land stocks surged by 83.5 mb after draws.', m: ['83.5 mb = 83.5 mb up'] },
  { in: 'Net exports rose to 57.3 TW.h in 2020.', m: ['57.3 TW.h = 57.3 TW.h'] },
  { in: 'The mb and TW.h columns are blank.', m: [] },
  // a rate moved by bare points moves by percentage points; an index's points stay points
  { in: 'Participation rate decreased 0.2 pts to 64.9%.', m: ['0.2 pts = 0.2 百分点 down', '64.9% = 64.9 %'] },
  { in: 'The index rose 2.1 points to 104.3.', m: ['2.1 points = 2.1 points up', '104.3 = 104.3'] },
  { in: 'The rate was cut and shares fell 30 points.', m: ['30 points = 30 points down'] },
  { in: 'The rate moved by points, not percent.', m: [] },
  // a figure restated in brackets before the counted noun: both count it, the noun out of their spans; not a year
  {
    in: 'Member institutions employ more than 400,000 (410,925) members of staff.',
    m: ['more than 400,000 = 400000 members ~over', '410,925 = 410925 members'],
  },
  { in: 'A total of 450 (8%) employees left.', m: ['450 = 450 employees', '8% = 8 %'] },
  { in: 'Spending (2019) rose sharply.', m: [] },
  // pounds in words after a scale word are sterling in a text that writes £; a weight otherwise, or with "of"
  {
    in: 'We started the year with £96.4m. Net expenditure was 639 million pounds.',
    m: ['£96.4m = 96400000 英镑', '639 million pounds = 639000000 英镑'],
  },
  {
    in: 'We spent £2m and gave 2 million pounds of food.',
    m: ['£2m = 2000000 英镑', '2 million pounds = 2000000 pounds'],
  },
  { in: 'Milk production was 18.5 billion pounds in May.', m: ['18.5 billion pounds = 18500000000 pounds'] },
  // the Gulf's currency letters one space before a scaled figure; not before a bare one (a state route, a fee)
  {
    in: 'Premiums reached SR 10.9 Billion, up from SR 8.6 Billion in 2007.',
    m: ['SR 10.9 Billion = 10900000000 沙特里亚尔', 'SR 8.6 Billion = 8600000000 沙特里亚尔'],
  },
  { in: 'He drove on SR 10 to the coast.', m: [] },
  // a note in brackets on how the figure is counted stands between it and its counted noun
  {
    in: 'There were 40,627 (average daily number) prisoners:\n- up from 40,330 in the March quarter 2022',
    m: ['40,627 = 40627 prisoners', '40,330 = 40330 '],
    s: ['prisoners', 'prisoners'],
  },
  // must not match a count: a bracket that is not a counting note
  { in: 'There were 12 (see table 3) offices.', m: [] },
  // must not match: a span of years before a hyphenated modifier
  { in: 'The 2019-2020 cost-of-living crisis hit hard.', m: [] },
  // a count compared with another, a month naming the first one's time: the noun is written once
  {
    in: 'There were 202,506 units in September compared to 195,804 in August.',
    m: ['202,506 units = 202506 units', '195,804 = 195804 units'],
  },
  // must not match: an auxiliary after a figure opens its verb, it is no unit
  {
    in: 'This coupled with a rise in pupils of 4,738 has meant that the ratio has remained at 13.6.',
    m: ['4,738 = 4738  up', '13.6 = 13.6 '],
  },
  { in: 'Another 4,738 will be enrolled next year.', m: ['4,738 = 4738 '] },
  // the first end of a range with the scale word written at both ends counts the noun after the second
  {
    in: 'Visits increased from 2.440 million to 2.694 million trips.',
    m: ['2.440 million = 2440000 trips', '2.694 million trips = 2694000 trips'],
  },
  // must not match: a first end without the second's scale word is no count of its own
  { in: 'It met the forecast of between 12 and 14 million visitors.', m: ['14 million visitors = 14000000 visitors'] },
];
