import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeText, detectWrapWidth } from '../../src/core/text/normalize';
import { splitUnits } from '../../src/core/text/sentences';
import { HAS_SHARED, SHARED } from '../support/paths';

function spanOf(orig: string, normNeedle: string) {
  const n = normalizeText(orig);
  const at = n.text.indexOf(normNeedle);
  assert.ok(at >= 0, `"${normNeedle}" not in ${JSON.stringify(n.text)}`);
  const r = n.rangeToOriginal(at, at + normNeedle.length);
  return orig.slice(r.start, r.end);
}

test('spaces between a number and its unit are removed and mapped back inside the span', () => {
  const orig = '共破获各类刑事案件 6841 起，同比上升 91.03%';
  const n = normalizeText(orig);
  assert.equal(n.text, '共破获各类刑事案件6841起，同比上升91.03%');
  assert.equal(spanOf(orig, '6841起'), '6841 起');
  assert.equal(spanOf(orig, '91.03%'), '91.03%');
});

test('full-width digits, percent and decimal points fold to ASCII; Chinese punctuation stays', () => {
  const orig = '破案率达６９．４７％，同比下降。';
  const n = normalizeText(orig);
  assert.equal(n.text, '破案率达69.47%，同比下降。');
  assert.equal(n.text.length, orig.length);
});

test('ASCII commas and semicolons in Chinese text become Chinese punctuation, digit groups stay', () => {
  const n = normalizeText('2025年,乌海市公安局立案1,234起;破案91起');
  assert.equal(n.text, '2025年，乌海市公安局立案1,234起；破案91起');
  assert.equal(normalizeText('Calls rose, then fell; 1,234 in all').text, 'Calls rose, then fell; 1,234 in all');
});

test('curly quotes, an em dash or an ellipsis make an ASCII comma or colon Chinese only with Chinese nearby', () => {
  const english = 'Prices rose in the groups, namely: “Recreation” by 11.2%, “Education” by 7.1%—fast, or “slow”: no.';
  assert.equal(normalizeText(english).text, english);
  const chinese = '据统计,“盗抢骗”,案件立案131起:“两抢”下降。';
  assert.equal(normalizeText(chinese).text, '据统计，“盗抢骗”，案件立案131起：“两抢”下降。');
});

test('hard-wrapped paragraphs are joined; a number split from its unit is rejoined', () => {
  const orig =
    '2023 年以来，全市公安机关全力侦办严重暴力\n犯罪案件，共破获各类刑事案件 6841 起，打\n掉涉网恶势力犯罪集团和传统恶势力犯罪团伙\n各 1 个，收缴雷管 86553\n枚，全力守护人民群众的“钱袋子”。\n';
  const n = normalizeText(orig);
  assert.equal(n.text.split('\n').filter(Boolean).length, 1, JSON.stringify(n.text));
  assert.equal(spanOf(orig, '86553枚'), '86553\n枚');
  assert.equal(spanOf(orig, '暴力犯罪'), '暴力\n犯罪');
});

test('a joined wrap takes the indent of the next line with it: an amount broken across an indented PDF line is one figure', () => {
  // Indented items wrapped at a fixed width, as PDF text of a Taiwan yearbook sets them.
  const item = (body: string) => `             ( 1 )${body}`;
  const orig = [
    item('推動社區治安營造經費補助工作,本部去年補助全國278個社區,每社區補助7萬'),
    '                   6,000元。',
    '',
    item('建立失蹤人口查尋平臺,擴大失蹤人口查尋成效,全國各警察機關共受理失蹤人'),
    '                   口2萬4,574人,尋獲2萬5,385人。',
    '',
    item('執行進口貨櫃落地檢查及相關查緝勤務,查獲未申報及夾帶物品金額計1億5,717'),
    '                   萬4,800元。',
    '',
  ].join('\n');
  const n = normalizeText(orig);
  assert.ok(n.text.includes('計1億5,717萬4,800元。'), JSON.stringify(n.text));
  assert.equal(spanOf(orig, '1億5,717萬4,800元'), '1億5,717\n                   萬4,800元');
});

test('a line that opens with a list joiner (和 及 与 、) continues the line before, however long that line runs', () => {
  const orig =
    '經濟雖然低速增長，但市民薪酬仍有實質改善。2012年首3季的薪金和工資，分別平均按年上升6.7%\n和 5.9%，扣除通脹後，分別實質增加2.5%\n和 1.9%。\n和諧社會\n';
  const n = normalizeText(orig);
  assert.equal(spanOf(orig, '6.7%和5.9%'), '6.7%\n和 5.9%');
  assert.equal(spanOf(orig, '2.5%和1.9%'), '2.5%\n和 1.9%');
  // After a full stop the break stays: a paragraph may open with a word that starts with 和.
  assert.match(n.text, /。\n和諧社會\n$/);
});

test('single newlines between punctuated paragraphs and after headings are kept', () => {
  const orig =
    '全市刑事警情同比下降23.7%。\n一、力保社会和谐稳定的“乌海做法”\n高标准建设内蒙古西部反恐训练基地，组织演练20次。\n';
  assert.equal(normalizeText(orig).text, orig);
});

test('CRLF line breaks: offsets still count both code units', () => {
  const orig = '收缴雷管 86553\r\n枚，缴获毒品 11.58 千克。\r\n第二段。';
  assert.equal(spanOf(orig, '86553枚'), '86553\r\n枚');
  const n = normalizeText(orig);
  assert.ok(n.text.includes('。\r\n第二段'));
});

test('wrap width is detected from the cluster of line widths, not for long paragraphs', () => {
  assert.equal(detectWrapWidth([40, 38, 40, 39, 12, 40, 41, 40, 37].map((length) => ({ length }))), 41);
  assert.equal(detectWrapWidth([300, 120, 88, 410, 20, 260].map((length) => ({ length }))), 0);
});

test('a list of short lines in a document of long paragraphs is not a wrap width, and its lines stay apart', () => {
  const paragraphs = [230, 180, 310, 150, 260, 95, 140, 205];
  const list = [29, 27, 26, 26, 30, 23, 27, 24, 26, 25];
  assert.equal(detectWrapWidth([...paragraphs, ...list].map((length) => ({ length }))), 0);
  // A PDF's narrow column with merged lines a little longer than twice its width keeps its wrap width.
  const column = [
    18, 46, 16, 47, 45, 35, 37, 27, 35, 28, 17, 18, 19, 19, 19, 19, 19, 19, 16, 16, 18, 20, 17, 18, 17, 19,
  ];
  assert.equal(detectWrapWidth(column.map((length) => ({ length }))), 19);
  const prose =
    'The association said those sales generated 259,345 official complaints and 1.5 million inquiries last year. '.repeat(
      2,
    );
  const lines = ['California — $394,783,039,653', 'New York — $267,801,017,919', 'Florida — $202,122,398,069'];
  const orig = [prose, prose, prose, 'Here are the top states:', ...lines, ...lines, prose, prose].join('\n');
  assert.ok(normalizeText(orig).text.includes('$394,783,039,653\nNew York'));
});

test('property: the offset map is monotonic, complete and points at the source characters', () => {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = [
    '乌',
    '海',
    '起',
    '人',
    '１',
    '２',
    '％',
    '．',
    '1',
    '9',
    ' ',
    ' ',
    '\n',
    '\n\n',
    '\r\n',
    ',',
    '，',
    '。',
    'a',
    'B',
    '\u3000',
    '𠀋',
    '\ud800',
    '\udc00',
    '\u0000',
    '5 起',
    '万',
  ];
  for (let iter = 0; iter < 2000; iter++) {
    let s = '';
    const len = Math.floor(rand() * 60);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    const n = normalizeText(s);
    assert.equal(n.toOriginal(n.text.length), s.length);
    let prev = -1;
    for (let i = 0; i < n.text.length; i++) {
      const o = n.toOriginal(i);
      assert.ok(o > prev, `monotonic at ${i} in ${JSON.stringify(s)}`);
      prev = o;
      const a = n.text[i];
      const b = s[o];
      const folded =
        b.charCodeAt(0) >= 0xff01 && b.charCodeAt(0) <= 0xff5e ? String.fromCharCode(b.charCodeAt(0) - 0xfee0) : b;
      assert.ok(
        a === b ||
          a === folded ||
          (b === '\u3000' && a === ' ') ||
          (b === '\n' && a === ' ') || // an English hard wrap reads as a space
          ',;:!?()'.includes(b) ||
          '，；：！？（）'.includes(a),
        `char ${i}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
      );
      assert.equal(n.toNormalized(o), i);
    }
  }
});

test(
  'seed corpus: no number is left split from its unit by a line break',
  { skip: HAS_SHARED ? false : 'no ../shared beside the project' },
  () => {
    const dir = path.join(SHARED, 'corpus');
    for (const f of fs.readdirSync(dir)) {
      const n = normalizeText(fs.readFileSync(path.join(dir, f), 'utf8'));
      assert.ok(!/\d\n[起人个名枚处项条次]/u.test(n.text), `${f} still splits a number from its unit`);
    }
    const hard = fs.readdirSync(dir).find((f) => f.startsWith('004'));
    if (hard) {
      const orig = fs.readFileSync(path.join(dir, hard), 'utf8');
      const n = normalizeText(orig);
      const nonBlank = (t: string) => t.split('\n').filter((l) => l.trim()).length;
      assert.ok(nonBlank(n.text) < nonBlank(orig) / 3, 'the hard-wrapped report is joined into paragraphs');
    }
  },
);

test('English hard wraps join with a space; Chinese ones with nothing; tab rows are never joined', () => {
  const wrapped = [
    'The unemployment rate was unchanged at',
    '5.8 percent in the month, while nonfarm',
    'payrolls rose by 236,000 over the month and',
    'the deficit narrowed to $16 billion, the lowest',
    'level since the recession began in late 2007.',
    'Average hourly earnings edged up by 3 cents to',
    '$24.50 over the month, while the workweek held.',
  ].join('\n');
  const en = normalizeText(wrapped).text;
  assert.match(en, /at 5\.8 percent/);
  assert.match(en, /nonfarm payrolls rose/);
  assert.doesNotMatch(en, /at5\.8|nonfarmpayrolls/);
  const zh = normalizeText('全市公安机关全年共破获各类刑事案件1200\n起，同比上升百分之十二点五。').text;
  assert.match(zh, /1200起/);
  // Rows of the same width look hard-wrapped; a row of tab-separated cells is a row all the same.
  const rows = Array.from({ length: 8 }, (_, i) => `第${i + 1}区县\t生产总值\t${14532 + i}.1亿元\t增长${i}.5%`);
  const table = normalizeText(rows.join('\n')).text;
  assert.equal(table.split('\n').length, rows.length);
});

test('English in narrow proportional columns joins where a line runs on into a lower-case word; list items stay lines', () => {
  // Lines of a PDF column vary in length (no steady wrap width); the run-on lines join, the heading does not.
  const column = [
    'STATE AND LOCAL',
    'GOVERNMENT EMPLOYMENT',
    '',
    'In March 2024, county and city',
    'governments employed 12.1',
    'million people, an increase of',
    '1.7 percent from the year before.',
    'Payroll rose as well.',
  ].join('\n');
  const joined = normalizeText(column).text;
  assert.match(joined, /employed 12\.1 million people, an increase of 1\.7 percent/);
  assert.match(joined, /STATE AND LOCAL\nGOVERNMENT EMPLOYMENT/);
  // Items of even length look hard-wrapped; a bulleted line is an item of its own all the same.
  const items = [
    '- Loan funds: 463 organizations receiving awards',
    '- Credit unions: 244 organizations receiving cash',
    '- Banking entities: 149 organizations in awards',
    '- Venture capital funds: seven organizations now',
    '- Rural areas: 245 organizations receiving awards',
    '- Small urban areas: 277 organizations receiving',
  ].join('\n');
  assert.equal(normalizeText(items).text.split('\n').length, 6);
});

test('lines a bullet glyph opens (■造林…) stay lines; each is a unit of its own that states its figure', () => {
  const orig = '■造林632.45万公顷\n■森林抚育831.4万公顷\n■城市建成区绿地率36.34%\n■成功举办第三届中国绿化博览会\n';
  const n = normalizeText(orig);
  assert.equal(n.text, orig);
  const units = splitUnits(n.text).filter((u) => u.kind === 'sentence');
  assert.deepEqual(
    units.map((u) => n.text.slice(u.start, u.end)),
    ['■造林632.45万公顷', '■森林抚育831.4万公顷', '■城市建成区绿地率36.34%'],
  );
});
