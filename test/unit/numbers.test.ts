import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArabic, parseChineseNumeral, parseEnglishNumber } from '../../src/core/numbers/numerals';
import { scanNumbers } from '../../src/core/numbers/numbers';

test('Arabic numerals with separators and decimals', () => {
  assert.equal(parseArabic('1,234.5'), 1234.5);
  assert.equal(parseArabic('68.05'), 68.05);
  assert.equal(parseArabic('12,34'), null);
});

test('Chinese numerals', () => {
  const cases: Array<[string, number]> = [
    ['一百二十三', 123],
    ['两千零五', 2005],
    ['十五', 15],
    ['十', 10],
    ['二十', 20],
    ['一万二千', 12000],
    ['一万二', 12000],
    ['三点五', 3.5],
    ['负三', -3],
    ['二〇二三', 2023],
    ['一百', 100],
    ['两千五', 2500],
    ['壹佰贰拾', 120],
    ['四亿五千万', 450000000],
  ];
  for (const [s, v] of cases) assert.equal(parseChineseNumeral(s), v, s);
  assert.equal(parseChineseNumeral('一二'), null);
  assert.equal(parseChineseNumeral('万'), null);
});

test('English number words', () => {
  assert.equal(parseEnglishNumber('one hundred and five'), 105);
  assert.equal(parseEnglishNumber('twenty-three'), 23);
  assert.equal(parseEnglishNumber('one thousand'), 1000);
  assert.equal(parseEnglishNumber('a hundred'), 100);
  assert.equal(parseEnglishNumber('two thirds'), 2 / 3);
  assert.equal(parseEnglishNumber('banana'), null);
});

const tok = (text: string, needle: string) => {
  const t = scanNumbers(text).find((x) => x.text === needle);
  assert.ok(t, `no token "${needle}" in ${JSON.stringify(scanNumbers(text).map((x) => x.text))}`);
  return t;
};

test('scale and approximation words attach to the number, the unit does not', () => {
  assert.deepEqual(
    { ...tok('成功止付止损970余万元，', '970余万') },
    { start: 6, end: 11, text: '970余万', value: 9700000, script: 'arabic', percent: false, approx: 'over', flags: [] },
  );
  assert.equal(tok('整合2000亿余条', '2000亿余').value, 2e11);
  assert.equal(tok('反诈劝阻3.7万余人次', '3.7万余').value, 37000);
  assert.equal(tok('查获涉案手机一百余部', '一百余').approx, 'over');
  assert.equal(tok('近一个小时', '近一').approx, 'about');
  assert.equal(tok('不到10分钟', '不到10').approx, 'under');
  assert.equal(tok('超过10万元', '超过10万').value, 100000);
  assert.equal(tok('近2亿条', '近2亿').approx, 'about');
  assert.equal(tok('4.78万亿元', '4.78万亿').value, 4.78e12);
  assert.equal(tok('同比下降68.05%', '68.05').value, 68.05);
});

test('Chinese percentages and fractions', () => {
  const p = tok('覆盖百分之九十的学校', '百分之九十');
  assert.equal(p.value, 90);
  assert.equal(p.percent, true);
  assert.equal(tok('覆盖全市人口的三分之二', '三分之二').value, 66.6667);
  assert.equal(tok('千分之五', '千分之五').value, 0.5);
  assert.equal(tok('下降了七成', '七成').value, 70);
  assert.equal(tok('超五成', '超五成').approx, 'over');
  assert.equal(scanNumbers('成功破获').length, 0);
});

test('flags: years, dates, case codes, ordinals, sections, identifiers, words', () => {
  assert.ok(tok('2025年，', '2025').flags.includes('year'));
  assert.ok(tok('6月26日至27日', '6').flags.includes('date'));
  assert.ok(tok('破获“3·07”贩卖毒品案', '3·07').flags.includes('code'));
  assert.ok(tok('第一议题', '一').flags.includes('ordinal'));
  assert.ok(tok('一、力保社会和谐稳定', '一').flags.includes('section'));
  assert.ok(tok('服务G20峰会', '20').flags.includes('id'));
  assert.ok(tok('统一部署', '一').flags.includes('in-word'));
  assert.ok(tok('打掉一个窝点', '一').flags.includes('indefinite'));
  assert.ok(tok('call 555-0134 now', '555-0134').flags.includes('phone'));
});

test('English quantities', () => {
  const m = tok('nearly 1.6 million people', 'nearly 1.6 million');
  assert.equal(m.value, 1.6e6);
  assert.equal(m.approx, 'about');
  const d = tok('recovered $37 billion', '$37 billion');
  assert.equal(d.value, 37e9);
  assert.equal(d.currencyPrefix, '$');
  assert.equal(tok('one thousand officers', 'one thousand').value, 1000);
  assert.equal(tok('more than 100 calls', 'more than 100').approx, 'over');
  assert.equal(scanNumbers('someone often tonight').length, 0);
});

test('ranges keep both ends', () => {
  const r = tok('增长4.5%-5%', '4.5%-5');
  // Where the low end's text stops (after its own %) and the high end's starts: the metric layer reports two figures.
  assert.deepEqual(r.range, { low: 4.5, high: 5, lowEnd: 6, highStart: 7 });
});

test('robustness: random and hostile inputs never throw and tokens stay in bounds', () => {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const parts = [
    '一',
    '百',
    '余',
    '万',
    '亿',
    '1',
    '9',
    ',',
    '.',
    '·',
    '%',
    '起',
    ' ',
    '\n',
    '\ud800',
    '\u0000',
    'a',
    'million',
    '第',
    '近',
    '约',
    '分之',
    '成',
    '-',
    '$',
  ];
  for (let i = 0; i < 10000; i++) {
    let s = '';
    const len = Math.floor(rand() * 40);
    for (let k = 0; k < len; k++) s += parts[Math.floor(rand() * parts.length)];
    let last = 0;
    for (const t of scanNumbers(s)) {
      assert.ok(t.start >= last && t.end > t.start && t.end <= s.length, JSON.stringify(s));
      assert.ok(Number.isFinite(t.value));
      last = t.end;
    }
  }
  const huge = '7'.repeat(10000) + '起';
  assert.ok(scanNumbers(huge).every((t) => Number.isFinite(t.value)));
});

test('Chinese numerals: 零十 is 一十 (一千零十二), 零 before a bare 十 at the start too', () => {
  assert.equal(parseChineseNumeral('一千零十二'), 1012);
  assert.equal(parseChineseNumeral('一百零十万'), 1100000);
  assert.equal(parseChineseNumeral('一千零一十'), 1010);
  assert.equal(parseChineseNumeral('零十'), 10);
});

/** The tokens of a text: span = value, with % for a percentage and the range when there is one. */
const tokensOf = (text: string) =>
  scanNumbers(text)
    .filter((t) => !t.flags.includes('in-word'))
    .map((t) => `${t.text}=${t.value}${t.percent ? '%' : ''}${t.range ? `[${t.range.low},${t.range.high}]` : ''}`);

test('Chinese numerals holding a lexicon word are the figure (四千万, 一百零一万一千); the word alone is not', () => {
  assert.deepEqual(tokensOf('四千万'), ['四千万=40000000']);
  assert.deepEqual(tokensOf('一百零一万一千'), ['一百零一万一千=1011000']);
  assert.deepEqual(tokensOf('千万不要'), []);
  assert.deepEqual(tokensOf('万一出现'), []);
});

test('a lone financial capital is a character of a word unless an amount follows', () => {
  for (const word of ['陆地', '队伍', '收拾', '放肆', '壹切']) assert.deepEqual(tokensOf(word), [], word);
  assert.deepEqual(tokensOf('陆元'), ['陆=6']);
  assert.deepEqual(tokensOf('伍万'), ['伍万=50000']);
  assert.deepEqual(tokensOf('壹佰元'), ['壹佰=100']);
});

test('fractions: bare scales and capitals as denominators, Arabic denominators, grouped numerators', () => {
  assert.deepEqual(tokensOf('仟分之贰'), ['仟分之贰=0.2%']);
  assert.deepEqual(tokensOf('百万分之五'), ['百万分之五=0.0005%']);
  assert.deepEqual(tokensOf('16分之5'), ['16分之5=31.25%']);
  assert.deepEqual(tokensOf('百分之百'), ['百分之百=100%']);
  assert.deepEqual(tokensOf('百分之1,250'), ['百分之1,250=1250%']);
  assert.deepEqual(tokensOf('百分之七十分位'), ['百分之七十=70%']);
  // two or three tenths: vague, no numerator
  assert.deepEqual(
    tokensOf('百分之二三十').some((t) => t.startsWith('百分之')),
    false,
  );
});

test('ranges: numerals, the scale word or 成 written once after the high end', () => {
  assert.deepEqual(tokensOf('5-10万'), ['5-10万=50000[50000,100000]']);
  assert.deepEqual(tokensOf('3至5成'), ['3至5成=30%[30,50]']);
  assert.deepEqual(tokensOf('三至五成'), ['三至五成=30%[30,50]']);
  assert.deepEqual(tokensOf('二十至三十万'), ['二十至三十万=200000[200000,300000]']);
  assert.deepEqual(tokensOf('一千到一千五百'), ['一千到一千五百=1000[1000,1500]']);
  // a span of months, and a high end not above the low end, are no ranges
  assert.deepEqual(tokensOf('一至三月').length, 2);
  assert.deepEqual(tokensOf('五到三'), ['五=5', '三=3']);
});

test('more Chinese forms: 三成半, 兆 inside a numeral, 3万4000, 多 with a measure word', () => {
  assert.deepEqual(tokensOf('三成半'), ['三成半=35%']);
  assert.deepEqual(tokensOf('五兆六十二亿'), ['五兆六十二亿=5006200000000']);
  assert.deepEqual(tokensOf('一百兆瓦'), ['一百=100']);
  assert.deepEqual(tokensOf('3万4000人'), ['3万4000=34000']);
  const over = scanNumbers('五百多个');
  assert.equal(over[0].text, '五百多');
  assert.equal(over[0].approx, 'over');
  assert.equal(scanNumbers('至少3个')[0].approx, 'over');
});

test('English: mixed numbers, half a million, eighths, figures grouped with spaces', () => {
  assert.deepEqual(tokensOf('one and a half times'), ['one and a half=1.5']);
  assert.deepEqual(tokensOf('five and a half million'), ['five and a half million=5500000']);
  assert.deepEqual(tokensOf('half a million people'), ['half a million=500000']);
  assert.deepEqual(tokensOf('five eighths of'), ['five eighths=62.5%']);
  assert.deepEqual(tokensOf('the fifth year'), []);
  assert.deepEqual(tokensOf('a population of 1 414 021 100.'), ['1 414 021 100=1414021100']);
  assert.deepEqual(tokensOf('40 000 people'), ['40 000=40000']);
  // the cells of a table stay apart
  assert.deepEqual(tokensOf('2019 125 340'), ['2019=2019', '125=125', '340=340']);
});

test('a dash between figures with a unit after is a range, not a phone number; phone numbers stay phones', () => {
  assert.deepEqual(tokensOf('补贴1000-3000元'), ['1000-3000=1000[1000,3000]']);
  assert.deepEqual(scanNumbers('电话0471-1234567')[0].flags, ['phone']);
  assert.deepEqual(scanNumbers('热线400-810-8888')[0].flags, ['phone']);
  assert.deepEqual(scanNumbers('2019-2020年')[0].flags, ['phone']);
  assert.deepEqual(tokensOf('one-eighth'), ['one-eighth=12.5%']);
});
