// Spec table, change direction in simplified Chinese: differences from another figure (高于全国…个百分点),
// drags and boosts on growth (下拉, 拖累, 拉动), bare 分别 lists, zero rates; with must-not-match cases.
import type { SpecCase } from './types';

export const ZH_HANS_CHANGES: SpecCase[] = [
  // a growth rate written after its figure (5%的经济增速) is a change up; must-not-match: 的比重 is a level
  { in: '我国5%的经济增速在世界主要经济体中名列前茅。', m: ['5% = 5 % up'] },
  { in: '全市35%的比重来自工业。', m: ['35% = 35 %'] },
  // A difference from the region or country is the size of a change, in the direction of the word.
  {
    in: '全县规上工业增加值增长15.2%，增速高于全州11.9个百分点。',
    m: ['15.2% = 15.2 % up', '11.9个百分点 = 11.9 百分点 up'],
  },
  {
    in: '社会消费品零售总额增长1.8%，增速低于全州2.0个百分点。',
    m: ['1.8% = 1.8 % up', '2.0个百分点 = 2 百分点 down'],
  },
  {
    in: '全市高新技术产业投资增长37.1%，高于全国（3.8%）33.3个百分点。',
    m: ['37.1% = 37.1 % up', '3.8% = 3.8 % up', '33.3个百分点 = 33.3 百分点 up'],
  },
  { in: '城镇居民人均可支配收入增速比全省高出0.6个百分点。', m: ['0.6个百分点 = 0.6 百分点 up'] },
  { in: '工业投资增速快于全部投资1.2个百分点。', m: ['1.2个百分点 = 1.2 百分点 up'] },
  { in: '房地产开发投资增速慢于全国0.8个百分点。', m: ['0.8个百分点 = 0.8 百分点 down'] },
  { in: '增速比上年高1.2个百分点。', m: ['1.2个百分点 = 1.2 百分点 up'] },
  {
    in: '规上工业增加值增速比全国高0.4个百分点，比全省低1.1个百分点。',
    m: ['0.4个百分点 = 0.4 百分点 up', '1.1个百分点 = 1.1 百分点 down'],
  },
  { in: '全市重大事故比上年少3起。', m: ['3起 = 3 起 down'] },
  { in: '增速较全国、全省分别高3.1、2.4个百分点。', m: ['3.1 = 3.1 百分点 up', '2.4个百分点 = 2.4 百分点 up'] },
  { in: '增速分别高于全国、全省0.8个百分点。', m: ['0.8个百分点 = 0.8 百分点 up'] },
  { in: '工业投资负增长2.1%。', m: ['2.1% = 2.1 % down'] },
  { in: '增速比1-9月高0.3个百分点。', m: ['0.3个百分点 = 0.3 百分点 up'] },
  { in: '增速低于3月份0.4个百分点。', m: ['0.4个百分点 = 0.4 百分点 down'] },
  // The other figure's own level (…的平均水平) and a bound (低于5.5%) are no differences.
  { in: '全市生产总值增长8.1%，高于全国5.0%的平均水平。', m: ['8.1% = 8.1 % up', '5.0% = 5 % up'] },
  { in: '城镇调查失业率5.1%，低于5.5%的控制目标。', m: ['5.1% = 5.1 %', '低于5.5% = 5.5 % ~under'] },
  // A drag on growth is a change down whatever growth word is nearest; a boost is up.
  { in: '房地产开发投资下拉固定资产投资增长11.0个百分点。', m: ['11.0个百分点 = 11 百分点 down'] },
  { in: '第二产业拖累经济增长0.5个百分点。', m: ['0.5个百分点 = 0.5 百分点 down'] },
  { in: '工业拉动经济增长2.1个百分点。', m: ['2.1个百分点 = 2.1 百分点 up'] },
  // Speed words of statistics bureaus.
  { in: '增速比一季度加快0.5个百分点。', m: ['0.5个百分点 = 0.5 百分点 up'] },
  { in: '增速比1-2月放缓0.3个百分点。', m: ['0.3个百分点 = 0.3 百分点 down'] },
  { in: '涨幅比上月收窄0.2个百分点。', m: ['0.2个百分点 = 0.2 百分点 down'] },
  // The last figure of a bare 分别 list reads the change word before the whole list.
  // and every bare figure before it takes the last one's unit (and scale word) and change.
  {
    in: '第一、二、三产业分别拉动经济增长0.6、2.0、3.4个百分点。',
    m: ['0.6 = 0.6 百分点 up', '2.0 = 2 百分点 up', '3.4个百分点 = 3.4 百分点 up'],
  },
  { in: '两项指标分别提高15、22个百分点。', m: ['15 = 15 百分点 up', '22个百分点 = 22 百分点 up'] },
  {
    in: '基础设施和房地产投资分别下拉投资增长2.6、1.1个百分点。',
    m: ['2.6 = 2.6 百分点 down', '1.1个百分点 = 1.1 百分点 down'],
  },
  { in: '分别增长5.2、6.1和7.3%。', m: ['5.2 = 5.2 % up', '6.1 = 6.1 % up', '7.3% = 7.3 % up'] },
  { in: '两项收入分别为120、150亿元。', m: ['120 = 12000000000 元', '150亿元 = 15000000000 元'] },
  { in: '单日最高客运量分别达1409万、1305万人次。', m: ['1409万 = 14090000 人次', '1305万人次 = 13050000 人次'] },
  // A zero rate has no direction, even a growth rate.
  { in: '出口增速累计回落至0.0%。', m: ['0.0% = 0 %'] },
  // not metrics
  { in: '增速高于全国平均水平。', m: [] },
  { in: '进一步拉动内需。', m: [] },
  { in: '受外需拖累，出口明显回落。', m: [] },
  { in: '比重高于全国平均水平。', m: [] },
  { in: '分别高于和低于全国平均水平。', m: [] },
  { in: '技术水平高出一筹。', m: [] },
  { in: '拉动内需、拖累增长的因素仍然存在。', m: [] },
  { in: '增速快于全省、慢于全国。', m: [] },
  // Bare lists that are not quantities: line numbers, months, years, enumerators.
  { in: '地铁1、2号线开通。', m: [] },
  { in: '3、4月份降雨偏多。', m: [] },
  { in: '2019、2020年获评全国文明城市。', m: [] },
  { in: '1、加强组织领导。', m: [] },
  { in: '消费品市场增长较快，较大幅度好于预期。', m: [] },
  { in: '投资结构较为合理，占比较上年有所提高。', m: [] },
  // a percentage then an amount after 至 is a change and the level it reached, not a range
  { in: '货物进口总值同比下降4.3%至105.8亿元。', m: ['4.3% = 4.3 % down', '105.8亿元 = 10580000000 元'] },
  // 少 before a figure is a fall (至少, 少于 are approximation words); a rate in brackets right after a change restates it.
  { in: '学生数比107学年少28.3万人。', m: ['28.3万人 = 283000 人 down'] },
  { in: '全市学生比上年减少6.2万人（1.5%）。', m: ['6.2万人 = 62000 人 down', '1.5% = 1.5 % down'] },
  { in: '全年实现产值50亿元（占全市40%）。', m: ['50亿元 = 5000000000 元', '40% = 40 %'] },
  // 下降为 (fell to), as 降至: the level reached.
  { in: '全市失业率由5.2%下降为4.8%。', m: ['5.2% = 5.2 %', '4.8% = 4.8 %'] },
  // a ranking's places gained or lost (前移, 后移)
  {
    in: '同比增长4.5%，居全省第5位，较去年同期前移9位，较一季度后移3位。',
    m: ['4.5% = 4.5 % up', '9位 = 9 位 up', '3位 = 3 位 down'],
  },
  // a list of signed rates, each by its own sign; a bracketed figure of the compared thing, brackets of either width
  {
    in: '四行业增速分别为-11.6%、4.1%、-30%。',
    m: ['-11.6% = -11.6 % down', '4.1% = 4.1 % up', '-30% = -30 % down'],
  },
  {
    in: '零售额增长3.5%，高于全省平均增速(2.4%)1.1个百分点。',
    m: ['3.5% = 3.5 % up', '2.4% = 2.4 % up', '1.1个百分点 = 1.1 百分点 up'],
  },
  // a climate bulletin's departure from the normal
  {
    in: '秋季全市平均降水量为134.3毫米，比常年同期偏小三分之一，放流鱼苗97万尾。',
    m: ['134.3毫米 = 134.3 毫米', '三分之一 = 33.3333 % down', '97万尾 = 970000 尾'],
  },
  // 比增, 比降: up or down on the year before, abbreviated
  { in: '全市完成水利建设投资26.56亿元，比增11%。', m: ['26.56亿元 = 2656000000 元', '11% = 11 % up'] },
  { in: '出口额比降3.2%。', m: ['3.2% = 3.2 % down'] },
  // a pollutant's improvement is its fall
  {
    in: '其中,二氧化硫12微克/立方米,同比改善7.7%;全市综合指数为4.03,同比改善3.1%。',
    m: ['12微克/立方米 = 12 微克/立方米', '7.7% = 7.7 % down', '4.03 = 4.03 ', '3.1% = 3.1 % down'],
  },
  { in: '全市营商环境同比改善5%。', m: ['5% = 5 % up'] },
  // a pollutant's index or concentration that got better fell; more levied than budgeted
  {
    in: '综合指数3.94，同比变好12.2%；PM2.5平均浓度46微克/立方米，同比变好11.5%。',
    m: ['3.94 = 3.94 ', '12.2% = 12.2 % down', '46微克/立方米 = 46 微克/立方米', '11.5% = 11.5 % down'],
    s: ['综合指数', '综合指数', 'PM2.5平均浓度', 'PM2.5平均浓度'],
  },
  { in: '服务满意度同比变好5%。', m: ['5% = 5 % up'] },
  { in: '比预算数9.7亿元多征了80%。', m: ['9.7亿元 = 970000000 元', '80% = 80 % up'] },
  // a move to a level (下滑为, 攀升为, 跌至) is the level reached; 约在 is about
  { in: '产生量曾下滑为722万吨，后再攀升为787万吨。', m: ['722万吨 = 7220000 吨', '787万吨 = 7870000 吨'] },
  { in: '收盘价跌至12元。', m: ['12元 = 12 元'] },
  { in: '年产生量约在700万吨间起伏。', m: ['约在700万吨 = 7000000 吨 ~about'] },
  // no figure: a move, a basis year, a heading's year
  { in: '产生量分别较上年有所增加。', m: [] },
  { in: '工程约在年底前完成。', m: [] },
  { in: '产生量曾下滑为历史低位。', m: [] },
  { in: '惟106年度再攀升。', m: [] },
  { in: '一、2024年工作回顾', m: [] },
  // a list of gaps to a list of others (分别高于A、B、C…), and 分别高/分别低 after a list named before
  {
    in: '营业收入增幅分别高于全国地方监管企业、省级监管企业、中央企业3.6、3.8、6.2个百分点。',
    m: ['3.6 = 3.6 百分点 up', '3.8 = 3.8 百分点 up', '6.2个百分点 = 6.2 百分点 up'],
  },
  { in: '利润总额增幅分别高123.4、121.3个百分点。', m: ['123.4 = 123.4 百分点 up', '121.3个百分点 = 121.3 百分点 up'] },
  { in: '两项指标分别低0.5和0.3个百分点。', m: ['0.5 = 0.5 百分点 down', '0.3个百分点 = 0.3 百分点 down'] },
  { in: '分别高于上年水平。', m: [] },
  // 分别高达 is as high as (levels), not a gap
  { in: '两项指标分别高达85%和90%。', m: ['85% = 85 %', '90% = 90 %'] },
  // points a part adds to a named whole's growth are a change up; an amount induced is a level
  {
    in: '汽车制造业同比增长11.6%,拉动全市规模以上工业1.3个百分点。',
    m: ['11.6% = 11.6 % up', '1.3个百分点 = 1.3 百分点 up'],
  },
  { in: '项目建成后拉动社会投资100亿元。', m: ['100亿元 = 10000000000 元'] },
  // a measure named, then its one-character move (出口增), and the month or calendar year it is told for
  { in: '出口增8.6%,进口减2.1%。', m: ['8.6% = 8.6 % up', '2.1% = 2.1 % down'], s: ['出口', '进口'] },
  { in: '总税收11月增8.6%。', m: ['8.6% = 8.6 % up'], s: ['总税收'] },
  { in: '五年平均递增10.4%。', m: ['10.4% = 10.4 % up'] },
  // 新增 is a flow, 每增 a step: no move
  { in: '全年新增8.6万户。', m: ['8.6万户 = 86000 户'] },
  { in: '每增1元补贴。', m: ['1元 = 1 元'] },
  // the classes that rose, listed after 上涨的有 and a colon; without the colon, a count of what moved
  {
    in: '其中,上涨的有:交通通信3.2%、教育文化娱乐2.6%。',
    m: ['3.2% = 3.2 % up', '2.6% = 2.6 % up'],
    s: ['交通通信', '教育文化娱乐'],
  },
  { in: '其中增长的有8个行业。', m: ['8个 = 8 个'] },
  { in: '出口增速有所加快。', m: [] },
  { in: '其中,上涨的有交通通信和教育文化娱乐。', m: [] },
  // a basis with no verb (同比2.8%): the sign says the move; the pulls listed after 拉动分别为： are changes up
  {
    in: '牧业产值5.78亿元,同比2.8%;渔业产值2.37亿元,同比-5.9%。',
    m: ['5.78亿元 = 578000000 元', '2.8% = 2.8 % up', '2.37亿元 = 237000000 元', '-5.9% = -5.9 % down'],
  },
  {
    in: '三次产业对经济增长的拉动分别为:第一产业0.62个百分点,第二产业0.86个百分点。',
    m: ['0.62个百分点 = 0.62 百分点 up', '0.86个百分点 = 0.86 百分点 up'],
  },
  { in: '同比情况见下表。', m: [] },
  // 增产 and 减产 with a short object before the figure
  { in: '全国夏粮因播种面积扩大增产粮食50万吨。', m: ['50万吨 = 500000 吨 up'] },
  { in: '全市减产粮食3万吨。', m: ['3万吨 = 30000 吨 down'] },
  { in: '增产粮食的措施已落实。', m: [] },
  // the size of a departure from the normal, named (偏少程度)
  { in: '北京、重庆的偏少程度超过20%。', m: ['超过20% = 20 % ~over down'] },
  // a compared-with figure right after its name (比年目标任务4%低): the difference moves the comparative's way
  {
    in: '城镇登记失业率控制在3.37%,比年目标任务4%低0.63个百分点。',
    m: ['3.37% = 3.37 %', '4% = 4 %', '0.63个百分点 = 0.63 百分点 down'],
  },
  { in: '增速比全省平均水平5%高1.2个百分点。', m: ['5% = 5 % up', '1.2个百分点 = 1.2 百分点 up'] },
  // must not match a move: a figure after a word with no comparative before the next figure
  { in: '其中医保4%用于门诊,2.1个百分点来自药品。', m: ['4% = 4 %', '2.1个百分点 = 2.1 百分点'] },
  // must not match: a comparison with no figure
  { in: '城镇登记失业率比年目标任务低。', m: [] },
  {
    in: '进口总额为3亿元，比年目标任务2.8亿元高7.1%。',
    m: ['3亿元 = 300000000 元', '2.8亿元 = 280000000 元', '7.1% = 7.1 % up'],
  },
];
