// Number words of Chinese reports: approximation words before a figure, and the words that
// contain numeral characters without being numbers (统一, 万无一失, 八项规定).
import type { Approx } from '../../types';

export const ZH_PREFIX_APPROX: Array<[string, Approx]> = [
  ['不超过', 'under'],
  ['不高于', 'under'],
  ['不多于', 'under'],
  ['不低于', 'over'],
  ['不少于', 'over'],
  ['超过', 'over'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['大约', 'about'],
  ['约为', 'about'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['少于', 'under'],
  ['低于', 'under'],
  ['逾', 'over'],
  ['超', 'over'],
  ['约', 'about'],
  ['近', 'about'],
];
/** Scale words that end a figure (1409万, 13.8亿): in a list, a figure written without one shares it. */
export const ZH_SCALE_WORD_VALUES: Array<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

/**
 * A scale word alone as the figure (超百亿美元, 破亿度, 突破百亿次, 千亿元以上): its value. 十亿 and 十万 are numerals
 * already; 上百, 数万, 几千 are vague amounts (GUIDE) and stay out.
 */
export const ZH_BARE_SCALES: Record<string, number> = {
  万: 1e4,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
  百: 1e2,
  千: 1e3,
};
/**
 * A bare scale is a figure only after one of these words (the approximation they give), or before 以上. Milestone
 * verbs (破, 突破, 跨越) give over and stay outside the span; 超, 逾, 近, 约 are approximation words inside it.
 */
export const ZH_BARE_SCALE_CUES: Array<[string, Approx | null]> = [
  ['突破', 'over'],
  ['跨越', 'over'],
  ['迈上', 'over'],
  ['跨上', 'over'],
  ['达到', null],
  ['破', 'over'],
  ['过', 'over'],
  ['达', null],
];
/** 千亿元以上: the bare scale, a unit of up to three characters, then 以上. */
export const ZH_BARE_SCALE_OVER_AFTER = /^[\u3400-\u9fff]{1,3}以上/u;
/** 千亿级产业, 百年, 万分: what after a bare scale makes it a class, a time frame, or another word. */
export const ZH_BARE_SCALE_NOT_BEFORE = /^(?:级|年|多|余|来|倍|分|之|一|物|众|家|里|古|象)/u;

/** 七成, 9成: tenths, a percentage, unless 成 starts a word (成为, 成立, 成果…). */
export const ZH_NOT_TENTHS_AFTER = /^成(为|立|功|果|员|本|熟|年|效|绩|长|就|交|都|型|品|分|套|批|片|群)/u;

/** 约占全国1/10: a fraction written with a slash is a share only after 占 (a few characters of what it is a share of). */
export const ZH_SHARE_BEFORE_FRACTION = /占[\u3400-\u9fff]{0,6}$/u;
/** The approximation word before 占 qualifies the fraction (约占 → about). */
export const ZH_APPROX_BEFORE_SHARE = /(不超过|不到|不足|将近|接近|超过|约|近|超|逾)占[\u3400-\u9fff]{0,6}$/u;

/** Milestone verbs (GUIDE: 突破, 跨过, 迈上) right before a figure: approx over, the verb outside the span. */
export const ZH_MILESTONE_BEFORE =
  /(?:突破|跨过|跨越|跨上|迈上|迈过|跃上|站上|冲上|越过|(?<![打击攻侦爆残识看点戳捅冲撞勘])破)了?$/u;
/** 2倍多: 多 after 倍 is an approximation word of the span. */
export const ZH_APPROX_AFTER_MULTIPLE = '多';

/** Words containing numeral characters that are not numbers (统一, 万无一失…). */
export const ZH_NUMERAL_WORDS = [
  '统一',
  '唯一',
  '一体',
  '一样',
  '一切',
  '一直',
  '一定',
  '一些',
  '一旦',
  '一般',
  '一线',
  '一致',
  '一同',
  '一道',
  '一律',
  '一向',
  '一贯',
  '一举',
  '一手',
  '一度',
  '一时',
  '一并',
  '一再',
  '一流',
  '一心',
  '一体化',
  '进一步',
  '万无一失',
  '千家万户',
  '三维',
  '百姓',
  '十分',
  '万一',
  '一点',
  '第一时间',
  '一系列',
  '一大批',
  '一批',
  '五湖四海',
  '四面八方',
  '千方百计',
  '一揽子',
  '一把手',
  '一线',
  '专一',
  '不一',
  '之一',
  '同一',
  '逐一',
  '一一',
  '单一',
  '划一',
  '合一',
  '归一',
  '万分',
  '千万',
  '百般',
  '一视同仁',
  '一丝不苟',
  '三令五申',
  '七上八下',
  '乱七八糟',
  '五花八门',
  '一带一路',
  '一站式',
  '一网通办',
  '一窗',
  '一次性',
  '一号',
  '一键',
  '一把',
  '一起',
  '一网',
  '一张网',
  '一盘棋',
  '一体推进',
  '一线民警',
  '九小',
  '六小',
  '两学一做',
  '三公',
  '十佳',
  '百强',
  '千里',
  '万里',
  '万家',
  '千家',
  '万众',
  '一碧千里',
  '数十',
  '数百',
  '数千',
  '数万',
  '上百',
  '上千',
  '上万',
  '成千',
  '几十',
  '几百',
  '几千',
  '几万',
  '十几',
  '一条龙',
  '一把尺',
  '一票否决',
  '一事一议',
  '一村一',
  '一企一档',
  '一人一档',
  '一案一',
  '三级',
  '两级',
  '三位一体',
  '二维码',
  '四季',
  '八方',
  '九州',
  '五星',
  '七彩',
  '一刀切',
  '两会',
  '两新',
  '两委',
  '三农',
  '三资',
  '千年',
  '万物',
  '亿万',
  '百年',
  '千秋',
  '一年来',
];
