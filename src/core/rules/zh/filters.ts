// Not-a-metric filters of Chinese reports as data: what around a number says it is a date, an
// ordinal, part of a name, a descriptor or a time frame rather than a quantity measured.
// metrics/metrics.ts applies them, each refusal under its rule name (`policy-lens explain`).

/**
 * A Chinese numeral written digit by digit before 年 is a year: 二〇二五年, a Minguo year (一一四年, 一〇八年), or a
 * year of the 1990s to 2020s by its last two digits (Macao and Hong Kong papers: 较一七年增二人, 九七年, 〇八年, 二一年淨虧損,
 * 二○年, with the white circle ○ for the zero).
 */
export const ZH_YEAR_NUMERALS = /^(?:[〇零○一二三四五六七八九]{3,4}|[〇零○一二九][〇零○一二三四五六七八九])$/u;
/** 3个月: 月 after 个 counts months; otherwise N月 is a month of the calendar. */
export const ZH_MONTH_COUNT_AFTER = /^个/u;
/** 逗留2日, 减少0.1日至1.1日, 平均历时3日: a number of days stayed or taken, not a day of the month. */
export const ZH_DAYS_DURATION_BEFORE =
  /(?:逗留|停留|历时|用时|耗时|缩短|延长|减少|增加|上升|下降|平均|维持在)(?:了|约|为|至|到)?$/u;
/** The largest day of a month: 32日 or 2.5日 is a number of days. */
export const ZH_LAST_DAY_OF_MONTH = 31;
/** 第N周年: a week number of the year. */
export const ZH_WEEK_OF_YEAR_AFTER = /^年/u;
/** 第三, 第 2 批: an ordinal. */
export const ZH_ORDINAL_BEFORE = /第\s*$/u;
/** 居全国前5位, 扶老比最高前3名: the size of the top of a ranking, not a count (the sentence is a ranking claim). */
export const ZH_TOP_OF_RANKING_BEFORE = /(?<![提目此之以])前\s*$/u;
export const ZH_TOP_OF_RANKING_UNIT = /^[名位]/u;
/**
 * 每10万人拥有医生25人, 每一百个女性相对有100.26个男性: a count after 每 with another figure later in its clause is the base
 * of a rate (a per-unit denominator, ignored by the gold), not a quantity; 每3天一次 (a duration) is an interval.
 */
export const ZH_PER_UNIT_BEFORE = /每$/u;
export const ZH_FIGURE_LATER_IN_CLAUSE = /^[^，。；！？,;\n]{0,24}?[\d〇零一二两三四五六七八九十百千]/u;
/** 24小时内 is a limit; 内容, 内部, 内蒙 are other words. */
export const ZH_NOT_WITHIN_AFTER = /^内(容|部|外|涵|地|蒙)/u;
/**
 * 24小时警局, 10周年, 110号线: a unit glued to a name (not 12万盏路灯, 30个路口: lamps and crossings counted, nor
 * 76萬家營業人: Taiwan's word for businesses).
 */
export const ZH_NAME_AFTER_UNIT =
  /^(警局|服务|热线|值守|营业(?![人户者])|自助|便民|周年|届|级|号线|路(?![灯燈段面口网網线])|期间|工程|制度|工作法|模式|体系|机制|行动)/u;
/** 三个月期间: a duration followed by 期间 is still one. */
export const ZH_DURATION_PERIOD_AFTER = /^期间/u;
/** Financial capitals (壹佰贰拾) are written for amounts only. */
export const ZH_FINANCIAL_CAPITALS = /[壹贰叁肆伍陆柒捌玖拾佰仟]{2}/u;
/** 卅一座, 廿二處: the old characters for twenty, thirty and forty are numerals only (jieba tags 卅 a morpheme). */
export const ZH_OLD_TENS_NUMERAL = /^[廿卅卌]/u;
/** 连续五年, 历时三个月, 增二人: the word before (a duration word or a verb of change) says a quantity follows. */
export const ZH_QUANTITY_CUE_BEFORE = /(?:连续|历时|为期|长达|增加|减少|增|减)$/u;
/** 一年来, 一天之内: “one” opening a time frame is not a count. */
export const ZH_TIME_FRAME_AFTER_ONE = /^(来|以来|多来|之内)/u;
/** 减少一宗, 增加一起: after a verb of change, 一 is the size of the change, not an indefinite article. */
export const ZH_CHANGE_VERB_BEFORE_ONE = /(?:增加|减少|上升|下降|增长|多了?|少了?)$/u;
/** “六个夏营地” in quotes: a small count glued to a one- or two-character name. */
export const ZH_SHORT_NAME = /^[\u3400-\u9fff]{1,2}$/u;
/** 这3个战场, 上述三个险种: a demonstrative points back at a known set. */
export const ZH_DEMONSTRATIVE_BEFORE = /(?:这|那|上述|以下|该|此)$/u;
/** 平均約每2.9分鐘 right before a 1: the interval once which one thing happens (the text here is unfolded). */
/** The units of an interval (3.4分钟, Taiwan's 2.9分鐘 unfolded): a span ending with one is how often. */
export const ZH_INTERVAL_UNIT = '(?:秒[钟鐘]?|分[钟鐘]|分|小[时時]|天|日)';
export const ZH_ONE_PER_INTERVAL_BEFORE = new RegExp(`每\\s*\\d+(?:\\.\\d+)?\\s*${ZH_INTERVAL_UNIT}$`, 'u');
/** 极不平凡的一年, 规划目标任务的关键一年: “one year” as a noun phrase (a year described, not a duration). */
export const ZH_NOUN_PHRASE_BEFORE_ONE = /(?:的|关键|重要|决胜|攻坚|开局|收官|丰收|奋进|非凡|平凡|寻常|难忘|特殊)$/u;
/**
 * 过去5年, 未来一年, 過往一年: a time frame, not a measured duration. So is 前11个月 (比前11个月加快, the months a statistics
 * report cumulates to), and Macao's 首9个月 (the first nine months); 提前两年 (ahead of time), 目前, 此前 and 之前 are
 * other words.
 */
/**
 * 全市20个区县排名第4, 在21个地市中排名第3: the size of the pool a rank is held in (after its count word), not a figure
 * of its own.
 */
export const ZH_RANKING_POOL_AFTER =
  /^\s*[\u3400-\u9fff]{1,6}?(?:中|里|内|之中)?\s*[，,]?\s*(?:排名|排位|位列|位居|排|居)(?:并列|並列)?\s*第/u;
export const ZH_TIME_FRAME_BEFORE = /(?:过去|过往|未来|今后|往后|(?<![提目此之以])前|(?<![榜居])首)的?$/u;
/** Years of the calendar, written in digits before 年. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** A sentence end: a quoted name does not run past it. */
export const ZH_SENTENCE_END = /[。；！？\n]/u;

/** Taiwan's calendar (民国): 112年 is 2023. A year between these, written as one, when its context says so. */
export const ZH_ROC_YEAR_RANGE = { min: 100, max: 150 };
/** Earlier Taiwan years (民國80–99, 1991–2010: 87年底, 較96年同期): only with what follows making them one. */
export const ZH_EARLY_ROC_YEAR_RANGE = { min: 80, max: 99 };
/**
 * 较110年, 民国112年, 至113年, 較上(107)年: what before a Taiwan year makes it one; so does the start of a clause
 * (調查結果也指出,106年平均每戶家庭儲蓄為…: a span of a hundred years and more is not written so).
 */
export const ZH_ROC_YEAR_BEFORE =
  /(?:较|較|比|与|與|至|到|自|从|從|于|於|在|民国|民國|截至|预测|预估|回顾|回顧|展望|及|和|[上（(、]|[，,。；;：:\n]|^)$/u;
/**
 * What after a figure with 年 makes it a span of years, not a year (30年来, 15年间, 建校80年之久, 90年代): a Taiwan year
 * before 80 is never read so, one of 80 to 99 only when its context says so and this does not.
 */
/** Words before a figure with 年 that make it a span of years (历时120年, 长达110年, 连续15年, 已運營110年, 創校100年). */
export const ZH_YEARS_SPAN_BEFORE =
  /(?:历时|歷時|长达|長達|连续|連續|已有|超过|超過|(?<![逼])近|逾|达|達|满|滿|共|为期|為期|有|运营|運營|经营|經營|营运|營運|创校|創校|建校|成立|办学|辦學|开业|開業|通车|通車|服务|服務)$/u;
/** What before a Taiwan year makes it one whatever follows (自91年來: since the year, not over 91 years). */
export const ZH_ROC_YEAR_SINCE_BEFORE = /(?:自|从|從|于|於|至|到|较|較|比|民国|民國|截至)$/u;
export const ZH_YEARS_SPAN_AFTER =
  /^(?:来|來|以来|以來|的|间|間|内|內|后|後|前|之久|代|多|余|餘|的时间|的時間|了|历史|歷史)/u;
/**
 * 112年第2季, 113年度, 112年上半年, 111年12月, 108 年 1 至 6 月 (read without spaces), 108年死亡人數, 108年國人死因,
 * 108年65歲以上, 104年的97萬人 (that year's figure): what after a Taiwan year makes it one.
 */
export const ZH_ROC_YEAR_AFTER =
  /^(?:第|度|的(?=[\d０-９])|[上下]半年|全年|\d{1,2}(?:[至到\-—–]\d{1,2})?月|底|初|末|死亡|[国國]人|以[来來]|迄今|同期|[)）]|\d{1,3}(?:[-－~～至]\d{1,3})?[岁歲])/u;

/**
 * After a figure, an age band that names a population (0-14岁的人口, 65岁及以上的, 60周岁以上老年人, 15至64岁人口): the
 * figure bounds the band (the other end of a range may come first). Not a level reached (寿命提高到80岁以上。).
 */
/** 年龄介于14岁至76岁: the second end of an age band (its first end is refused by ZH_AGE_BAND_AFTER). */
export const ZH_AGE_BAND_SECOND_END_BEFORE = /\d\s*周?[岁歲]\s*[-－~～至到]\s*$/u;
export const ZH_AGE_BAND_AFTER =
  /^(?:\s*[-－~～至到]\s*\d+)?\s*周?[岁歲](?:(?:及以上|以上|及以下|以下)[\u3400-\u9fff]|的|人口|组|段|人群|居民|群体|儿童|老人|老年人|青少年|者|至|[-－~～]|年龄段|之间)/u;

/**
 * 报告分三个部分：…, 报告从5个方面概括了…：, 分为八个部分: the parts a text is divided into, announced before the list of
 * them, are its outline, not a figure measured.
 */
export const ZH_TEXT_PARTS_AFTER = /^(?:方面|部分)/u;
export const ZH_TEXT_PARTS_VERB_BEFORE = /(?:分为?|分成|从|由)$/u;

/**
 * 四項法案, 三項由議員提交的法案, 七項條例草案: small counts with 项 of bills, proposals or reports are findings, not
 * descriptors (四项机制); the noun (or a relative clause ending in it) after the unit.
 */
export const ZH_COUNTED_ITEMS_AFTER_XIANG =
  /^(?:[^，。；、\d]{0,10}的)?(?:政府|议员)?(?:法案|条例草案|草案|议案|提案|建议|投诉|审计报告|报告|申请|诉讼|合同|专利)/u;
