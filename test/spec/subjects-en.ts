// Spec table of subjects, English: one group of cases per subject rule, with must-not-match cases.
// Read by spec-tables.test.ts.
import type { SpecCase } from './types';

export const EN_SUBJECTS: SpecCase[] = [
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
  // a pronoun opening the clause points back at the figure before
  {
    in: 'Police recorded crime fell by 2%. This represents a 14% decrease.',
    m: ['2% = 2 % down', '14% = 14 % down'],
    s: ['recorded crime', 'recorded crime'],
  },
  { in: 'This represents a significant change in approach.', m: [] },
  // a figure compared with a basis: the basis belongs to the subject
  {
    in: 'The FY 2023 deficit was $31 billion lower than the baseline estimate of $1.7 trillion.',
    m: ['$31 billion = 31000000000 美元 down', '$1.7 trillion = 1700000000000 美元'],
    s: ['FY 2023 deficit compared with the baseline estimate', '!compared with the baseline estimate of'],
  },
  {
    in: 'The deficit for FY 2023 was $1.7 trillion; $320 billion higher than the prior year’s deficit.',
    m: ['$1.7 trillion = 1700000000000 美元', '$320 billion = 320000000000 美元 up'],
    s: ['deficit', 'deficit compared with the prior year’s deficit'],
  },
  { in: 'Prices were higher than expected.', m: [] },
  // the figure as a verb's object: what follows it is the subject
  {
    in: 'Our economy added over 300,000 new jobs in September.',
    m: ['over 300,000 new jobs = 300000 jobs ~over up'],
    s: ['new jobs'],
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
];
