import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitUnits, isCaptionLine, isHeadingLine } from '../../src/core/text/sentences';

const texts = (src: string) => splitUnits(src).map((u) => ({ kind: u.kind, text: src.slice(u.start, u.end) }));

test('splits sentences at 。！？； and keeps closing quotes with the sentence', () => {
  const src = '全年破案91起。破案率达69.47%；群众满意！“我们很满意。”他说。';
  assert.deepEqual(
    texts(src).map((u) => u.text),
    ['全年破案91起。', '破案率达69.47%；', '群众满意！', '“我们很满意。”', '他说。'],
  );
});

test('a single newline between punctuated paragraphs ends the sentence; headings stand alone', () => {
  const src = '一、力保社会和谐稳定\n高标准建设反恐训练基地。组织演练20次。\n二、打击犯罪\n破获案件83起。';
  assert.deepEqual(texts(src), [
    { kind: 'heading', text: '一、力保社会和谐稳定' },
    { kind: 'sentence', text: '高标准建设反恐训练基地。' },
    { kind: 'sentence', text: '组织演练20次。' },
    { kind: 'heading', text: '二、打击犯罪' },
    { kind: 'sentence', text: '破获案件83起。' },
  ]);
});

test('a sentence broken by a page break continues in the next paragraph', () => {
  const src = '该局科学规划163个必巡点，创新开展“晚安回家”劝\n\n返行动，此类警情同比下降24.4%。\n\n下一段。';
  const units = splitUnits(src);
  assert.equal(units[0].kind, 'sentence');
  assert.equal(
    src.slice(units[0].start, units[0].end),
    '该局科学规划163个必巡点，创新开展“晚安回家”劝\n\n返行动，此类警情同比下降24.4%。',
  );
  assert.equal(units[0].pieces.length, 2);
});

test('a photo caption inside a broken sentence is its own unit and the sentence spans it', () => {
  const src =
    '实现民爆物品连续15年“四零”目标；开展\n\n\n\n开展反诈宣传。齐越 摄\n\n“拆窗破网”排查整治，整改隐患170余处；';
  const units = splitUnits(src);
  const caption = units.find((u) => u.kind === 'caption')!;
  assert.equal(src.slice(caption.start, caption.end), '开展反诈宣传。齐越 摄');
  const broken = units.find((u) => u.kind === 'sentence' && u.pieces.length === 2)!;
  assert.equal(
    src.slice(broken.start, broken.end),
    '开展\n\n\n\n开展反诈宣传。齐越 摄\n\n“拆窗破网”排查整治，整改隐患170余处；',
  );
  assert.deepEqual(
    broken.pieces.map((p) => src.slice(p.start, p.end)),
    ['开展', '“拆窗破网”排查整治，整改隐患170余处；'],
  );
});

test('captions and headings are recognised', () => {
  assert.ok(isCaptionLine('民警在指挥中心实时观测无人巡逻车巡逻画面。齐越 摄'));
  assert.ok(isCaptionLine('图为民警走访群众'));
  assert.ok(!isCaptionLine('全年破案91起，破案率达69.47%。'));
  assert.ok(isHeadingLine('锚定“小而实” 筑牢平安根基'));
  assert.ok(isHeadingLine('## 建好用好“1个中心”'));
  assert.ok(isHeadingLine('——乌海市公安局交出2025年亮眼答卷'));
  assert.ok(!isHeadingLine('全年破案91起，破案率达69.47%。'));
  // A line left on a lower-case function word is prose broken off, and the next paragraph continues it.
  assert.ok(isHeadingLine('Broadband connections in September 2022'));
  assert.ok(!isHeadingLine('Broadband connections rise to 816 million in September 2022 from'));
  assert.deepEqual(
    texts('Broadband connections rise to 816 million in September 2022 from\n\n61 million in March 2014.').map(
      (u) => u.kind,
    ),
    ['sentence'],
  );
});

test('English sentences split at full stops but not at decimals or abbreviations', () => {
  const src =
    'Burglaries fell 12.4% year over year. Mr. Smith said the U.S. average is higher. Calls rose to 1.6 million.';
  assert.deepEqual(
    texts(src).map((u) => u.text),
    [
      'Burglaries fell 12.4% year over year.',
      'Mr. Smith said the U.S. average is higher.',
      'Calls rose to 1.6 million.',
    ],
  );
});

test('rows of a pipe-delimited table are table units; a pipe inside prose is not', () => {
  const text =
    'Receipts rose 5% in 2024.\n\n| Item | FY2023 | FY2024 |\n| --- | --- | --- |\n| Receipts | 2,472 | 2,300 |\nThe gap | was small.\n';
  const units = splitUnits(text);
  assert.deepEqual(
    units.filter((u) => u.kind === 'table').map((u) => text.slice(u.start, u.end)),
    ['| Item | FY2023 | FY2024 |', '| --- | --- | --- |', '| Receipts | 2,472 | 2,300 |'],
  );
  assert.ok(units.some((u) => u.kind === 'sentence' && text.slice(u.start, u.end) === 'The gap | was small.'));
});

test('a paragraph run into a flattened pipe table keeps its sentences; the rest of the line is the table', () => {
  const src =
    '全年出生人口1180人,出生率为7.51‰。男女性别比102.87。 2023年年末人口数 | 比重 | 全县总人口 155446 | 100.0 |';
  assert.deepEqual(texts(src), [
    { kind: 'sentence', text: '全年出生人口1180人,出生率为7.51‰。' },
    { kind: 'sentence', text: '男女性别比102.87。' },
    { kind: 'table', text: '2023年年末人口数 | 比重 | 全县总人口 155446 | 100.0 |' },
  ]);
  // with no sentence end before the first bar, the whole line is the table row
  assert.deepEqual(texts('全县总人口 155446 | 100.0 | 城镇 | 44.3 |'), [
    { kind: 'table', text: '全县总人口 155446 | 100.0 | 城镇 | 44.3 |' },
  ]);
});

test('an English semicolon ends a unit only before a capital, a digit, a bullet or Chinese text (GUIDE)', () => {
  const src =
    'Officers peaked at 147,430 in March; this was the highest on record; the latest figure is lower. Sales rose 5%; Prices fell 2%; 3 more fell.';
  assert.deepEqual(
    texts(src).map((u) => u.text),
    [
      'Officers peaked at 147,430 in March; this was the highest on record; the latest figure is lower.',
      'Sales rose 5%;',
      'Prices fell 2%;',
      '3 more fell.',
    ],
  );
  assert.deepEqual(
    texts('破案91起;破案率达69.47%。').map((u) => u.text),
    ['破案91起;', '破案率达69.47%。'],
  );
});

test('a list bullet after a full stop starts the next English unit', () => {
  const src =
    '• Real GDP fell by 7.2 per cent in 2020. • Gross debt has increased from 65.6 per cent to 80.3 per cent.';
  assert.deepEqual(
    texts(src).map((u) => u.text),
    ['• Real GDP fell by 7.2 per cent in 2020.', '• Gross debt has increased from 65.6 per cent to 80.3 per cent.'],
  );
});

test('a list item enumerator in brackets after a full stop starts the next English unit; a note reference does not', () => {
  const src = 'Of them 18,700 were aged below 25 years. (ii) Around 25,500 were not married. See (ii) for details.';
  assert.deepEqual(
    texts(src).map((u) => u.text),
    ['Of them 18,700 were aged below 25 years.', '(ii) Around 25,500 were not married.', 'See (ii) for details.'],
  );
});

test('a row laid out with spaces (a label and two or more figures) is a table row; prose ending in a figure is not', () => {
  const src = 'Arrivals rose in June.\nJanuary 82,327 102,545 24.5\nFeb-16 165.06 7.09\nArrivals were 82,327 in June\n';
  assert.deepEqual(texts(src), [
    { kind: 'sentence', text: 'Arrivals rose in June.' },
    { kind: 'table', text: 'January 82,327 102,545 24.5' },
    { kind: 'table', text: 'Feb-16 165.06 7.09' },
    { kind: 'sentence', text: 'Arrivals were 82,327 in June' },
  ]);
});

test('a label and three or more figures parted by slashes is a table row; a sentence with a slash is not', () => {
  const src = '* Bus: 20.70 M / 21.27 M / 2.8%\n* SeaBus: 41 M / 44 M / 7.2%\nRidership rose 6.3% to 377 M / year.\n';
  assert.deepEqual(texts(src), [
    { kind: 'table', text: '* Bus: 20.70 M / 21.27 M / 2.8%' },
    { kind: 'table', text: '* SeaBus: 41 M / 44 M / 7.2%' },
    { kind: 'sentence', text: 'Ridership rose 6.3% to 377 M / year.' },
  ]);
});

test('a sentence that ends in a date is no table row', () => {
  assert.deepEqual(texts('The rule took effect on July 1, 2023.\nSales were 5 10'), [
    { kind: 'sentence', text: 'The rule took effect on July 1, 2023.' },
    { kind: 'table', text: 'Sales were 5 10' },
  ]);
});
