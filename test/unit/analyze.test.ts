// The engine end to end on short texts: every example of the annotation guide, and the
// quirks of real reports (hard wraps, captions, ASCII commas, spaces before units).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';
import { loadSegmenter } from '../../src/core/text/segmenter';
import type { AnalysisResult, Metric } from '../../src/core/types';

const jieba = loadSegmenter();
const run = (text: string, withJieba = true): AnalysisResult =>
  analyzeSync(text, { segmenter: withJieba ? jieba : null });
const only = (text: string, quote: string, withJieba = true): Metric => {
  const ms = run(text, withJieba).metrics.filter((m) => m.text === quote);
  assert.equal(
    ms.length,
    1,
    `expected exactly one metric "${quote}" in ${text}; got ${JSON.stringify(run(text, withJieba).metrics.map((m) => m.text))}`,
  );
  return ms[0];
};
const texts = (text: string, withJieba = true) => run(text, withJieba).metrics.map((m) => m.text);

for (const withJieba of [true, false]) {
  const label = withJieba ? 'with nodejieba' : 'without a segmenter';

  test(`guide: counts, percentages, money, scale and approximation (${label})`, () => {
    const t = '今年1月至4月，该市“盗抢骗”案件立案131起，同比下降68.05%；破案91起，破案率达69.47%。';
    const m131 = only(t, '131起', withJieba);
    assert.equal(m131.value, 131);
    assert.equal(m131.unit, '起');
    assert.equal(m131.change, null);
    const m68 = only(t, '68.05%', withJieba);
    assert.equal(m68.value, 68.05);
    assert.equal(m68.unit, '%');
    assert.deepEqual(m68.change, { direction: 'down', basis: '同比' });
    assert.equal(only(t, '69.47%', withJieba).change, null);
    assert.ok(!texts(t, withJieba).some((x) => /月/.test(x)), 'dates are not metrics');

    const money = only('精准发力防范电诈，成功止付止损970余万元，', '970余万元', withJieba);
    assert.equal(money.value, 9700000);
    assert.equal(money.unit, '元');
    assert.equal(money.approx, 'over');
    assert.equal(money.kind, 'money');

    const big = only('整合各类数据2000亿余条，', '2000亿余条', withJieba);
    assert.equal(big.value, 200000000000);
    assert.equal(big.approx, 'over');

    const wan = only('查处各类交通违法行为118.8万起。', '118.8万起', withJieba);
    assert.equal(wan.value, 1188000);
  });

  test(`guide: Chinese numerals, fractions and approximations inside the span (${label})`, () => {
    const phones = only('现场查获涉案手机一百余部、涉案电脑十余台。', '一百余部', withJieba);
    assert.equal(phones.value, 100);
    assert.equal(phones.approx, 'over');
    assert.equal(only('现场查获涉案手机一百余部、涉案电脑十余台。', '十余台', withJieba).value, 10);
    const frac = only('覆盖全市人口的三分之二。', '三分之二', withJieba);
    assert.equal(frac.unit, '%');
    assert.ok(Math.abs(frac.value - 66.6667) < 0.001);
    const under = only('出警时间缩短至7分钟以内，', '7分钟以内', withJieba);
    assert.equal(under.approx, 'under');
    assert.equal(under.unit, '分钟');
    assert.equal(only('最终实现任务完成率达92%以上，', '92%以上', withJieba).approx, 'over');
    assert.equal(only('办理全部手续用时不到 10 分钟。', '不到 10 分钟', withJieba).approx, 'under');
    assert.equal(only('遗失物品总价值超过10万元。', '超过10万元', withJieba).value, 100000);
    const near = only('每日数据入库近2亿条。', '近2亿条', withJieba);
    assert.equal(near.approx, 'about');
    assert.equal(near.value, 200000000);
  });

  test(`guide: durations, and words before the number stay outside (${label})`, () => {
    const t = '实现民爆物品连续15年“四零”目标；协助抓获2名潜逃25年的命案逃犯。';
    assert.equal(only(t, '15年', withJieba).unit, '年');
    assert.equal(only(t, '25年', withJieba).value, 25);
    assert.equal(only(t, '2名', withJieba).unit, '名');
  });

  test(`guide: levels are not changes (由13分钟缩短至7分钟) (${label})`, () => {
    const t = '出警时间由13分钟缩短至7分钟。';
    assert.equal(only(t, '13分钟', withJieba).change, null);
    assert.equal(only(t, '7分钟', withJieba).change, null);
  });

  test(`guide: enumerations share the change (分别下降41.1%、42.6%) (${label})`, () => {
    const t = '亡人交通事故起数、死亡人数同比分别下降41.1%、42.6%。';
    assert.equal(only(t, '41.1%', withJieba).change?.direction, 'down');
    assert.equal(only(t, '42.6%', withJieba).change?.direction, 'down');
  });

  test(`guide: not metrics — dates, codes, hotlines, ordinals, slogans, vague amounts (${label})`, () => {
    const t =
      '2025年6月26日至27日，严格落实“第一议题”制度，成功破获部级目标“3·07”贩卖毒品案，' +
      '“智慧110”高效运转，打造“六小”警务，打好“1234”组合拳，开展“十件实事”，' +
      '在“乌海24小时警局”提交申请，全市刑事警情连续四年两位数下降，侦破一大批案件，几十公里的路程，' +
      '开展“净土2016”专项行动，服务G20峰会。';
    const found = texts(t, withJieba);
    for (const bad of [
      '2025年',
      '6月',
      '26日',
      '27日',
      '3·07',
      '110',
      '六小',
      '1234',
      '十件',
      '24小时',
      '两位数',
      '一大批',
      '几十公里',
      '2016',
      'G20',
    ]) {
      assert.ok(!found.some((x) => x.includes(bad)), `"${bad}" must not be a metric; got ${JSON.stringify(found)}`);
    }
  });

  test(`quirks: spaces between number and unit, ASCII commas, hard-wrapped numbers (${label})`, () => {
    const t = '全市共破获各类刑事案件 6841 起,同比上升 91.03%,缴获毒品 11.58 千克。';
    const r = run(t, withJieba);
    const m = r.metrics.find((x) => x.value === 6841)!;
    assert.equal(m.text, '6841 起');
    assert.equal(t.slice(m.range.start, m.range.end), '6841 起');
    assert.equal(r.metrics.find((x) => x.value === 91.03)?.change?.direction, 'up');
    assert.equal(r.metrics.find((x) => x.value === 11.58)?.unit, '千克');

    const wrapped =
      '二〇二三年，全市公安机关收缴各类非法枪支\n67支、子弹11813 发、炸药1960.6 公斤、雷\n管86553\n枚，每平方公里视频监控由87 个提升至117\n个，办理业务更加便捷高效，群众满意度持续提升。\n';
    const w = run(wrapped, withJieba);
    const lei = w.metrics.find((x) => x.value === 86553)!;
    assert.equal(lei.text, '86553\n枚');
    assert.equal(lei.unit, '枚');
    assert.equal(w.metrics.find((x) => x.value === 117)?.text, '117\n个');
  });

  test(`quirks: a caption inside a sentence does not split the claim (${label})`, () => {
    const t =
      '优化“智慧危管”模式，实现民爆物品连续15年“四零”目标；开展\n\n\n\n开展反诈宣传。齐越 摄\n\n“拆窗破网”和“九小场所”排查整治，整改重大安全隐患170余处；\n';
    const r = run(t, withJieba);
    const m = r.metrics.find((x) => x.value === 170)!;
    const claim = r.claims.find((c) => c.metricIds.includes(m.id))!;
    assert.ok(claim, 'the sentence with 170余处 is a claim');
    assert.ok(claim.text.startsWith('开展\n'), claim.text);
    assert.ok(claim.text.includes('齐越 摄'));
  });

  test(`claims: types, and what is not a claim (${label})`, () => {
    const t = [
      '乌海公安：聚焦“小案件” 服务“大民生”',
      '该局坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实各项部署。',
      '道路交通亡人事故起数、人数降幅位居全区前列。',
      '在全区率先实现派出所警力占分局警力50%以上；',
      '全市刑事案件发案率远低于全国平均水平。',
      '刘波获得中央、自治区、公安部三级荣誉表彰。',
      '成功破获部级目标“3·07”贩卖毒品案，彻底打掉家族式贩毒团伙；',
      '下一步，该局将继续深化改革，力争破案率提升到90%。',
      '“以前邻里闹矛盾，现在有了调解室，心里特别踏实。”社区居民张阿姨说。',
    ].join('\n');
    const r = run(t, withJieba);
    const typeOf = (needle: string) => r.claims.find((c) => c.text.includes(needle))?.types ?? null;
    assert.equal(typeOf('小案件'), null, 'headings are not claims');
    assert.equal(typeOf('指导'), null, 'policy statements are not claims');
    assert.deepEqual(typeOf('前列'), ['ranking']);
    assert.deepEqual(typeOf('率先'), ['statistic', 'ranking']);
    assert.deepEqual(typeOf('平均水平'), ['comparison']);
    assert.deepEqual(typeOf('荣誉表彰'), ['award']);
    assert.deepEqual(typeOf('3·07'), ['event']);
    assert.equal(typeOf('下一步'), null, 'aims are not claims');
    assert.equal(typeOf('踏实'), null, 'quoted feelings are not claims');
    for (const c of r.claims) {
      assert.ok(c.score > 0 && c.score <= 1);
      assert.equal(t.slice(c.range.start, c.range.end), c.text);
    }
  });

  test(`English: percent, money, millions, changes, approximations (${label})`, () => {
    const t =
      'Burglaries fell 12.4% year over year. The county budget reached $37 billion in 2024. ' +
      'Nearly 1.6 million residents were served, and employment rose by 236,000. Officers answered more than 100 calls a day. ' +
      'Call 555-0134 for details. Unemployment was 3.5 percent.';
    const r = run(t, withJieba);
    const by = (v: number) => r.metrics.find((m) => Math.abs(m.value - v) < 1e-6);
    assert.deepEqual(by(12.4)?.change, { direction: 'down', basis: 'year over year' });
    assert.equal(by(12.4)?.unit, '%');
    assert.equal(by(37e9)?.unit, '美元');
    assert.equal(by(1.6e6)?.unit, 'residents');
    assert.equal(by(1.6e6)?.approx, 'about');
    assert.equal(by(236000)?.change?.direction, 'up');
    assert.equal(by(100)?.approx, 'over');
    assert.equal(by(3.5)?.unit, '%');
    assert.ok(
      !r.metrics.some((m) => m.value === 2024 || m.text.includes('555')),
      JSON.stringify(r.metrics.map((m) => m.text)),
    );
  });
}

test('offsets are UTF-16 code units of the original text, with a BOM-free astral character before', () => {
  const t = '𠀋市报告：破案91起，破案率达69.47%。';
  const r = run(t);
  const m = r.metrics.find((x) => x.value === 91)!;
  assert.equal(t.slice(m.range.start, m.range.end), '91起');
  assert.equal(m.range.start, 8);
});

test('ids are stable for the same text and survive an edit elsewhere', () => {
  const a = '第一段。破案91起，同比下降5%。\n\n第二段：抓获嫌疑人23人。';
  const b = '第一段改写了很多字。破案91起，同比下降5%。\n\n第二段：抓获嫌疑人23人。';
  const ra = run(a);
  const rb = run(b);
  assert.deepEqual(
    run(a).metrics.map((m) => m.id),
    ra.metrics.map((m) => m.id),
  );
  assert.deepEqual(
    ra.metrics.map((m) => m.id),
    rb.metrics.map((m) => m.id),
  );
  assert.equal(new Set(ra.metrics.map((m) => m.id)).size, ra.metrics.length);
});

test('statistical communiqué style: 比上年增长, 个百分点, ‰, negative rates, 增加值 is not a change', () => {
  const t =
    '全年国内生产总值1349084亿元，比上年增长5.0%。其中，第一产业增加值91414亿元，比上年增长3.5%。' +
    '出生率为6.77‰；人口自然增长率为-0.99‰。常住人口城镇化率为67.00%，比上年末提高0.94个百分点。全年城镇新增就业1256万人，比上年多增12万人。';
  const r = run(t);
  const by = (text: string) => r.metrics.find((m) => m.text === text)!;
  assert.equal(by('1349084亿元').value, 134908400000000);
  assert.equal(by('1349084亿元').change, null);
  assert.deepEqual(by('5.0%').change, { direction: 'up', basis: '比上年' });
  assert.equal(by('91414亿元').change, null, '增加值 names a quantity, not an increase');
  assert.equal(by('6.77‰').unit, '‰');
  assert.equal(by('-0.99‰').value, -0.99);
  assert.equal(by('0.94个百分点').unit, '百分点');
  assert.deepEqual(by('0.94个百分点').change, { direction: 'up', basis: '比上年末' });
  assert.equal(by('12万人').change?.direction, 'up');
  assert.equal(by('12万人').subject, '城镇新增就业');
});

test('the cells of a pipe-delimited table are no metrics and its rows no claims (GUIDE: table cells are not metrics)', () => {
  const text =
    'Receipts rose 5% in 2024.\n\n| Item | FY2023 | FY2024 |\n| Receipts | 2,472 | 2,300 |\n| Outlays | $1.2 billion | 3.5% |\n';
  const r = analyzeSync(text, { lang: 'en', segmenter: null });
  assert.deepEqual(
    r.metrics.map((m) => m.text),
    ['5%'],
  );
  assert.deepEqual(
    r.claims.map((c) => c.text),
    ['Receipts rose 5% in 2024.'],
  );
});

test('the items of a list a plan opens are the plan’s, not claims; a list after a report is claims', () => {
  const plan =
    'Spending is proposed to increase by $85 million. The major adjustments are as follows:\n- An increase of $55 million for school repairs.\n- A decrease of $7 million in office costs. The savings will fund staff.\n- An increase of $2 million for parks.\n';
  assert.deepEqual(
    analyzeSync(plan, { lang: 'en', segmenter: null }).claims.map((c) => c.text),
    [],
  );
  const report =
    'Spending rose by $85 million last year. The main changes were:\n- An increase of $55 million for school repairs.\n- A decrease of $7 million in office costs.\n';
  assert.equal(analyzeSync(report, { lang: 'en', segmenter: null }).claims.length, 3);
});

test('a report mixing both scripts gets each subject in the script it was written in', () => {
  const text = '全市地区生产总值同比增长5.1%。本地生產總值按年實質上升3.8%。綜合消費物價指數上升1.9%。\n';
  const r = analyzeSync(text, { lang: 'zh', segmenter: null });
  assert.deepEqual(
    r.metrics.map((m) => m.subject),
    ['地区生产总值', '本地生產總值', '綜合消費物價指數'],
  );
});
