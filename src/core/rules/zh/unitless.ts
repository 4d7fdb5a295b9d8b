// Figures of Chinese reports stated with no unit (GUIDE: ratios and index values, empty unit): the terms of a ratio
// (三次产业比重为4.0∶37.7∶58.3, 收入比从2.50:1缩小至2.27:1) and index values (空气质量综合指数2.4, 收入比2.54).
// numbers/unitless.ts applies them.

/** The signs that join the terms of a ratio: ∶ (U+2236), the full-width and the ASCII colon. */
// (︰, U+FE30, the vertical-form colon some reports print: 11.8︰48.3︰39.9.)
export const ZH_RATIO_SIGNS = '∶：:︰';
/** ∶ is written for ratios only; a colon joins ratio terms only after a ratio word. */
export const ZH_RATIO_ONLY_SIGN = '∶';
/** The word before the first term that says a colon is a ratio: 产业结构, 收入比, 比重, 比例, 之比. */
// 比重分别为(三次产业结构)34.2:22.3:43.5: the ratio's name may stand in brackets after its verb.
export const ZH_RATIO_CUE_BEFORE = /(?:比|比重|比例|比值|结构|配比)(?:分别)?(?:为|是|达|由|从|调整为|优化为)?[)）]?$/u;
/** 9:30, 14:05: hours and minutes joined by a colon, a clock time. */
export const ZH_CLOCK_TIME = /^(?:[01]?\d|2[0-4])[:：][0-5]\d$/u;
/** The first ratio of a movement, its basis named (由上年同期的2.05:1下降为2.02:1): 由/从 before, a move after. */
// 三次产业占比由2018年的5.7:49.3:45.0: the basis's year may stand between.
// 三次产业比重由2011年1.9:62.1:36调整为…: or the year alone.
export const ZH_RATIO_FROM_BEFORE =
  /(?:由|从)(?:(?:19|20)\d\d年(?:末|底)?|(?:(?:19|20)\d\d年(?:末|底)?)?[^，。；\d]{0,6}的)?$/u;
export const ZH_RATIO_MOVE_AFTER =
  /^[，,]?(?:进一步|持续|继续|再)?(?:缩小|扩大|调整|优化|下降|上升|提高|降|升|变|演变|转变|变化)(?:至|到|为)/u;
/** The second ratio of a movement (从2.50:1缩小至2.27:1): a verb and 至/到 right after a figure. */
// …45.0,进一步优化为6.6:45.8:47.6: a comma and an adverb may stand between.
// 19.5:45.5:35.0演变为今年的17.8:40.3:41.9: the year reached may be named after the verb.
export const ZH_RATIO_MOVE_BEFORE =
  /\d[，,]?(?:进一步|持续|继续|再)?(?:缩小|扩大|调整|优化|变|降|升|下降|上升|提高|演变|转变|变化)(?:至|到|为)(?:(?:今年|本年|当年|(?:19|20)\d\d年)的?)?$/u;
/** 受助總人數為326 204, 旅客人次为3500: a count whose name says what it counts, written with no measure word. */
export const ZH_COUNT_NAME_BEFORE = /(?:人数|人次|总数|宗数|个案数|件数|户数)(?:为|是|达|达到|共|合计)$/u;
/**
 * The name of an index or ratio value right before the figure, with its abbreviation and a linking verb at most
 * (性比例为100.26: men per 100 women; 扶老比為19.58: the old per 100 of working age; 消費者物價指數(CPI)為106.55, 美元指數持平於97.77, 生态环境状况指数EI值达99.5,
 * 降水pH值年均值为7.09, 臺北市CPI為102.69).
 */
// (製造業生產指數平均為一一一．二八: an index's average too.)
export const ZH_INDEX_NAME_BEFORE =
  /(?:指数|[A-Za-z]{1,5}值|(?:CPI|PPI|PMI|RPI|WPI)|均值|空气(?:品质|质量)指标|收入比|之比|比值|倍差|系数|生师比|死亡率|[千万萬]人[\u3400-\u9fff]{0,4}?率(?:合计|合計)?|基尼系数|满意度|得分|性比例|性别比|(?:扶老|扶幼|扶养|抚养|依赖|赡养)比|(?<=[\u3400-\u9fff])率(?:分别|均)|意外数字(?:分别)?)(?:[（(][A-Za-z]{2,10}[）)])?(?:平均)?(?:为|是|达|达到|持平于|持平在|录得|报|由|从|缩小到|缩小至|扩大到|扩大至|降至|降到|升至|提高到|提高至|下降到|下降至|上升到|上升至|[（(])?$/u;
/**
 * 自殺率…為12.3，較2020年的12.1略高, (男性:16.8;女性:8.5), 標準化死亡率每十萬人10.3: a rate per head of population is
 * written as a bare decimal. Such a figure, right after a linking word, in a sentence that names a rate before it.
 */
// 扶老比最高前3名分別為平溪區(45.96)、雙溪區(40.03): each place's value in brackets after its name.
// 性比例為100.06,…較上年同月減少0.30; 性比例最高者為連江縣131.10,其次為嘉義縣108.82: a move of the value, and each
// ranked place's value after its name.
export const ZH_RATE_NAMED_BEFORE =
  /(?:[\u3400-\u9fff]率|指数|每[十百千万]+人|(?:扶老|扶幼|扶养|抚养|依赖|赡养)比|性比例|性别比)[^。！？\n]{0,80}$/u;
export const ZH_RATE_VALUE_LINK_BEFORE =
  /(?:[为是达至到的:：由从]|每[十百千万]+人|(?<=[\u3400-\u9fff])[（(]|(?:减少|增加|下降|上升|提高|降低)|[为是][\u3400-\u9fff]{1,6}[县市区州])\s*$/u;
/** A figure that reads as a year and month, not a rate: 2021.10. */
export const ZH_DATE_LIKE_DECIMAL = /^(?:19|20)\d\d\.\d{1,2}(?!\d)/u;
/** The next figure of a list of index values (意外率分别是0.96及1.04): a joiner right after the one before. */
export const ZH_INDEX_LIST_JOINER = /^(?:和|及|与|、)$/u;
/**
 * 住宅價格指數為 127.79,較上個月 126.60上升 0.94%,較前一年同期 115.36: the basis an index value is compared with, after
 * the value (and the move it made in per cent).
 */
/** 較98年底扶老比10.55: a figure before 年 is the basis's year (Taiwan's calendar), not its value. */
export const ZH_YEAR_AFTER_FIGURE = /^\s*年/u;
export const ZH_INDEX_BASIS_BETWEEN =
  /^(?:\s*(?:上升|下降|增加|减少|上涨|下跌|升|降|涨|跌)了?\s*[\d.]+\s*%)?\s*[，,]\s*(?:较|比)[^，。；\d]{0,8}?\s*$/u;
/** The second figure of 由1.96缩小至1.81: a verb of movement and 至/到 after the first index value. */
export const ZH_INDEX_MOVE_BETWEEN = /^(?:缩小|扩大|下降|上升|降|升|提高|提升|回落|改善)(?:至|到|为)$/u;

/**
 * 全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶, 常住人口1308.9万，: a figure with a scale word and nothing counted
 * after it (the clause ends, a list goes on, or a count of the list follows) has an empty unit (convention: no unit
 * written, empty unit); so has one ending a headline's line (去年訪港旅客3400萬⏎, unless the next line opens with a unit:
 * 为1.09万⏎人, a hard wrap) or named by 为 after it (其中100億為政府注資).
 */
export const ZH_NOTHING_COUNTED_AFTER =
  /^(?:[，。；、！？）)]|[一二三四五六七八九十两]|[为為][^止限]|[ \t]*\r?\n[ \t\u3000]*|$)/u;
/**
 * 为超过400万的市民, 争取到3,300万进行道路改善, 花费近2千万将广场营造成: a scaled figure followed by 的 or by the verb of
 * what the money or the count does names nothing counted (convention: empty unit); so does the first end of a move
 * (從1,442億大幅增加至2,368億).
 */
export const ZH_VERB_OR_DE_AFTER_SCALED =
  /^(?:的(?![确])|(?:进行|将|用于|用作|作为|投入|兴建|建设|改善|办理|推动|打造|营造|完成|修缮|购置|补助|支持|协助|引进|带动|储备|资金|经费|预算)(?![\d])|(?:大幅|小幅|明显)?(?:增加|减少|增长|下降|上升|提高|降低|缩减|扩大)(?:至|到|为))/u;
/** 突破百万, 破千亿大关, 突破九百万: a milestone's round figure in characters, crossed (GUIDE: approx over). */
export const ZH_MILESTONE_BEFORE = /(?:突破|冲破|跨越|跨过|迈上|站上|破|逾)$/u;
/** The smallest round figure in characters a milestone is read for (百万 and up; 破万 and 逾千 are idioms too often). */
export const ZH_MILESTONE_MIN = 1e6;
/** 报告发病率80.8/10万, 死亡率0.02/10萬: a rate written on a round base after a slash (the base is no figure). */
export const ZH_RATE_ON_SLASH_BASE_AFTER =
  /^\s*\/\s*(?:(?:1|10|100|1000|十|百|千)?\s*万|(?:1|10|100)(?:,?000)+)(?![\d.])/u;
/** 80.8/10万: the base after the slash and a figure. */
export const ZH_RATE_BASE_SLASH_BEFORE = /\d\s*\/\s*$/u;
/** 每万人, 每亿元: a per-unit base, not a figure. */
export const ZH_PER_BASE_BEFORE = /每$/u;
/** 进一步优化为6.6:45.8:47.6: the move to a ratio names nothing; the ratio its sentence names is measured. */
export const ZH_RATIO_MOVE_ONLY =
  /^(?:进一步|持续|继续|再)?(?:缩小|扩大|调整|优化|变|演变|转变|变化)(?:为|至|到)?(?:(?:今年|本年|当年|(?:19|20)\d\d年)的?)?$/u;
/** The name of a ratio earlier in its sentence (城乡收入比持续缩小，由上年同期的2.05:1…): what a bare ratio measures. */
export const ZH_RATIO_NAME =
  /([\u3400-\u9fff]{0,8}(?:收入比|之比|比值|倍差|性别比|性比例|产业结构|产业比|产业占比|产业构成))/u;
