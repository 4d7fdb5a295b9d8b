// Number words of Chinese reports: approximation words before a figure, and the words that
// contain numeral characters without being numbers (统一, 万无一失, 八项规定).
import type { Approx } from '../../types';

/** 平均约每2.1分钟出生一个: about, though 每 stands between the word and the figure (and stays outside the span). */
export const ZH_ABOUT_EVERY_BEFORE = /(?:约|大约)每$/;
/**
 * 三分一, 十分一 (Hong Kong's written Cantonese leaves out the 之 of a fraction): a single numerator after 分, then the
 * end of the phrase, so 十分一致 and 十分一般 ("very") stay words. Checked after the numerator.
 */
export const ZH_FRACTION_WITHOUT_ZHI_END = /^(?:$|[，。；、,;:：)）\s]|左右|以上|以下|强|強|弱|多|的)/u;
/** The denominators such a fraction is written with (二 to 十). */
export const ZH_FRACTION_WITHOUT_ZHI_DENOMINATOR = /^(?:[二三四五六七八九十])$/u;
/** 约 as the approximation word, not the end of another word (节约, 公约, 签约, 预约). */
const ZH_YUE_ALONE = '(?<![节節制公条條合签簽预預履违違契特邀婚])[约約]';
/** The change verbs an approximation word may stand before, the figure after them (约下降7.5个百分点, 至少增加12%). */
// 約增19.86% (a PDF budget summary's 約增 19.86%): the one-character verb too, a space before the figure.
// 約下跌1.5%: a fall or a rise of prices too.
const ZH_CHANGE_VERBS = '(?:增加|增[长長]|提高|提升|上升|[减減]少|下降|降低|下跌|上[涨漲]|回落|回升|[增减減])';
const ZH_CHANGE_VERB_AFTER_APPROX = `${ZH_CHANGE_VERBS}了?[ \\t]?`;
/**
 * 约有5 150艘, 約僅有36.37%, 約達六千五百○四億元, 約佔海鲜食用量的20%, 約佔人口比率0.1%, 约为气候平均值的四倍: about, though a verb (and what the share
 * or the multiple is of) stands between the word and the figure; 约 stays outside the span (节约有, 公约有, 签约有 are
 * other words; a bare 约为 before the figure is a prefix of ZH_PREFIX_APPROX).
 */
/** 平均房價約為澳門幣1951.8元: 约 (为) before the currency written ahead of the figure. */
// 公益金會撥出逾港幣3,500萬元: over, as any approximation word before the currency (group 1: the word).
export const ZH_APPROX_CURRENCY_BEFORE =
  /(不超过|不足|不到|超过|逾|(?<![赶趕])超|将近|接近|(?<![最附临臨])近|大约|(?<![节签公契制预隐违合条])约)(?:为)?(?:澳门币|澳门元|港币|港元|新台币|人民币|美金)$/u;
// 平均每日約接載54,280次, 全程约需1.5小时: a verb of carrying, needing or handling between 约 and the figure.
// (约合20533美元: 合, "equal to", a restatement's verb.)
export const ZH_ABOUT_VERB_BEFORE = new RegExp(
  String.raw`${ZH_YUE_ALONE}(?:(?:需要?|耗[时時]|花[费費]?|接[载載]|[载載]客|接待|[处處]理|[录錄]得|合共|合[计計]|(?:折)?合|共有|共)$|(?:[仅僅只]?有|达|達|占|佔)(?:[^\d，。；、,;：:（）()\n]{0,14}的|[^\d，。；、,;：:（）()\n的]{0,8}(?:比率|比重|比例))?|[为為][^\d，。；、,;：:（）()\n]{1,14}的)$`,
  'u',
);
/** 整体约下降7.5个百分点, 约增长3%: about, on the change the verb states (约 outside the span). */
export const ZH_ABOUT_CHANGE_VERB_BEFORE = new RegExp(`${ZH_YUE_ALONE}${ZH_CHANGE_VERB_AFTER_APPROX}$`, 'u');
/** 产业营收超全市三分之一, 逾全国三成: more than a share of the whole named between the word and the share (over). */
export const ZH_OVER_SHARE_OF_WHOLE_BEFORE = /(?:超过?|逾)(?:全[国省市区县州镇]|总[数量额])的?$/u;
/** The share after such a whole: a fraction, tenths or a percentage. */
export const ZH_SHARE_AHEAD =
  /^(?:[\d.]+\s*[%％]|[一二三四五六七八九十\d]{1,3}分之[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九\d](?:\.\d)?成)/u;
/** 至少增加12%, 最少减少3成: a floor on the change the verb states (over). */
export const ZH_AT_LEAST_VERB_BEFORE = new RegExp(`(?:至少|最少)${ZH_CHANGE_VERB_AFTER_APPROX}$`, 'u');
/** 最多可调升2.5%, 至多增加3成: a ceiling on the change the verb states (under). */
export const ZH_AT_MOST_VERB_BEFORE = new RegExp(
  `(?:最多|至多)(?:可|能|只能)?(?:调升|调高|调涨|调降|${ZH_CHANGE_VERBS})了?[ \\t]?$`,
  'u',
);

/** 在港逗留最少1個月: a floor the rules set, right before the figure (over); not 以X最少 (the item ranked last). */
export const ZH_FLOOR_BEFORE = /(?<!以[\u3400-\u9fff]{1,12})最少$/u;
/**
 * 每戶最高5萬元, 實際居住人口最多3人, 賑助期間最多為6個月: a cap the rules set, right before the figure (under). Not a
 * ranking's 最高為彰化縣 (a place between), 以急病最多4.4萬人次 (the item 以 ranks first) nor 最多一宗達11萬元 (a record).
 */
export const ZH_CAP_BEFORE = /(?<!以[\u3400-\u9fff]{1,12})(?:最高|最多)(?:可|[为為])?$/u;

export const ZH_PREFIX_APPROX: Array<[string, Approx]> = [
  // 调幅最高不得逾2.5%: must not exceed, a ceiling (before 超过 and 逾 are read as over).
  ['不得超过', 'under'],
  ['不得逾', 'under'],
  ['不得高于', 'under'],
  ['不超过', 'under'],
  // 平均候診不超1小時: not over, a ceiling (before 超 is read as over).
  ['不超', 'under'],
  ['不高于', 'under'],
  ['不多于', 'under'],
  ['不低于', 'over'],
  ['不少于', 'over'],
  ['超过了', 'over'],
  ['超过', 'over'],
  ['至少有', 'over'],
  ['至少', 'over'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['逼近', 'about'],
  ['大约', 'about'],
  // 投入了大概1003亿元: the spoken "about" of a press conference
  ['大概', 'about'],
  ['约为', 'about'],
  // 一般廢棄物產生量約在700萬公噸間起伏: about, where the figure hovers
  ['约在', 'about'],
  ['不到', 'under'],
  ['不足', 'under'],
  // 自籌財源未及二成: short of it
  ['未及', 'under'],
  ['少于', 'under'],
  ['低于', 'under'],
  ['逾', 'over'],
  ['超', 'over'],
  ['约', 'about'],
  ['近', 'about'],
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
  // Taiwan's trillion (營業額再破兆元)
  兆: 1e12,
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
  ['达至', null],
  ['破', 'over'],
  ['过', 'over'],
  ['达', null],
  // 銷售金額在近2年來增加百億元: the size of a move written as a bare scale.
  ['增加', null],
  ['减少', null],
];
/**
 * 保持在千亿元以上。: the bare scale, a unit of up to three characters, then 以上 closing the clause. 亿元以上重大项目 is a
 * threshold naming a category, not a figure.
 */
export const ZH_BARE_SCALE_OVER_AFTER = /^[\u3400-\u9fff]{1,3}以上(?=[，。；、）)]|$)/u;
/** 百余个, 千余家, 百多人: 余 or 多 after a bare 百, 千 or 万 and before a measure word: more than that many. */
export const ZH_BARE_SCALE_OVER_COUNT = /^[余多](?=[个人家项次名所起件位户座条场批])/u;
/** 数百, 几千, 上百, 成百: a vague amount before the bare scale (GUIDE: not a metric); not the 成 of 建成. */
export const ZH_VAGUE_BEFORE_BARE_SCALE = /(?:[数几上]|(?<![建完形达构组促变生落])成)$/u;
/** 千亿级产业, 百年, 万分: what after a bare scale makes it a class, a time frame, or another word. */
export const ZH_BARE_SCALE_NOT_BEFORE = /^(?:级|年|多|余|来|倍|分|之|一|物|众|家|里|古|象)/u;

/** 七成, 9成: tenths, a percentage, unless 成 starts a word (成为, 成立, 成果…); 7成就读 is 7成 + 就读. */
export const ZH_NOT_TENTHS_AFTER =
  /^成(为|立|功|果|员|本|熟|年|效|绩|长|就(?!读|业|医|学|诊|餐)|交|都|型|品|分|套|批|片|群)/u;

/** 约占全国1/10: a fraction written with a slash is a share only after 占 (a few characters of what it is a share of). */
export const ZH_SHARE_BEFORE_FRACTION = /占[\u3400-\u9fff]{0,6}$/u;
/** The approximation word before 占 qualifies the fraction (约占 → about). */
export const ZH_APPROX_BEFORE_SHARE = /(不超过|不到|不足|将近|接近|超过|约|近|超|逾)占[\u3400-\u9fff]{0,6}$/u;

/** Milestone verbs (GUIDE: 突破, 跨过, 迈上) right before a figure: approx over, the verb outside the span. */
export const ZH_MILESTONE_BEFORE =
  /(?:突破|冲破|跨过|跨越|跨上|迈上|迈过|跃上|站上|冲上|越过|(?<![打击攻侦爆残识看点戳捅冲撞勘跌失])破)了?$/u;
/** 春播粮食已过2成, 早稻栽插过七成: progress past a share (approx over), for a share only (已过3年 is time gone by). */
export const ZH_PROGRESS_PAST_BEFORE = /(?:已|[插种播收秧])过$/u;
/** The share a progress figure is written in, inside its token or right after it: tenths or per cent. */
export const ZH_SHARE_MARK = /[成%％]/u;
/** A floor lost (人口跌破122萬人, 失守6000億元關卡): approx under, the verb outside the span. */
export const ZH_FLOOR_LOST_BEFORE = /(?:跌破|失守|跌穿|跌落)了?$/u;
/** 2倍多: 多 after 倍 is an approximation word of the span. */
export const ZH_APPROX_AFTER_MULTIPLE = '多';

/** Words containing numeral characters that are not numbers (统一, 万无一失…). */
export const ZH_NUMERAL_WORDS = [
  // The period before or after (两项数字都较对上一周升六成, 较前一周): an ordinal, no week counted.
  '上一周',
  '前一周',
  '下一周',
  '上一星期',
  '上一期',
  '前一期',
  '上一季',
  '前一季',
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
  // place names (四川省 is no count of 四) and words whose numeral is no quantity
  '四川',
  '三亚',
  '三明',
  '十堰',
  '九江',
  '六安',
  '七台河',
  '六盘水',
  '三门峡',
  '万州',
  '五指山',
  '十足',
  '两两',
];

/** 超 in 赶超, 近 in 最近/附近: a character before the approximation word that makes it part of another word. */
export const ZH_APPROX_WORD_INSIDE_WORD_BEFORE = /[赶最附接将邻靠亲临简节制]/u;
/** 签约, 公约, 合约, 预约: 约 ending another word (签约亿元以上项目507个: a signed project, no "about"). */
export const ZH_YUE_INSIDE_WORD_BEFORE = /[签簽公条條合预預履违違契特邀婚]/u;
/**
 * 出超, 入超 (a trade surplus, deficit): 超 ends the noun, no approximation; 收入超, 支出超, 投入超 read over as ever.
 * Read on the two characters before 超.
 */
export const ZH_TRADE_BALANCE_BEFORE_CHAO = /(?:^|[^收支投输流进转])[出入]$/u;

/** 年 after a figure: a year of the calendar when the figure is one. */
export const ZH_YEAR_AFTER = /^年/u;
/** 公里, 公斤, 公顷 …: the metric units whose 公 a numeral word (三公经费) must not take from the figure. */
export const ZH_GONG_UNIT_AFTER = /^公[里斤顷尺吨分升亩]/u;
/** Units of length, area and weight, and counts, a digit-by-digit numeral may measure (一七四三公里, 六六二公頃, 緝獲毒品四二一案). */
export const ZH_MEASURE_AFTER_DIGITS =
  /^(?:公里|公尺|平方公里|平方公尺|公顷|公吨|公斤|公克|千米|米|吨|人次|人|件|宗|案(?![件例情子卷])|起|个|名|户|家|艘|辆|台)/u;
/** A percent sign after a numeral in characters. */
export const ZH_PERCENT_SIGN_AFTER = /^[%％]$/u;
/** 九萬三三七九 (93379), 七萬九三一 (70931): a count of 萬, then the part below it digit by digit. Groups: the two parts. */
export const ZH_DIGITS_BELOW_WAN_WRITTEN = /^([一二两三四五六七八九十百千]+)万([〇零一二三四五六七八九]{3,4})$/u;
/** 萬二 (12,000), 千五 (1,500), 百二 (120): a scale with its 一 left out and one digit of the scale below after it. */
export const ZH_ABBREVIATED_SCALE_DIGIT = /^([万千百])([一二三四五六七八九])$/u;
export const ZH_ABBREVIATED_SCALES: Readonly<Record<string, number>> = { 万: 1e4, 千: 1e3, 百: 100 };
/** A digit written as a character, no unit of ten (一 to 九, 〇, 零). */
export const ZH_PLAIN_DIGIT = /^[〇零一二三四五六七八九]$/u;

/** 2025年度, 2025财年: a year however many digits. */
export const ZH_FISCAL_YEAR_AFTER = /^(年度|财年)/u;

/** 月 after a figure: a month of the calendar. */
export const ZH_MONTH_AFTER = /^月(?!份?[\u3400-\u9fff]{0,0}以来)/u;

/** 3个月: months counted, not a month of the calendar. */
export const ZH_MONTH_COUNT = /^个月/u;

/** 日/号 after a figure: a day of the month. */
export const ZH_DAY_AFTER = /^[日号]/u;

/**
 * 5万4千6百: digits and a smaller character unit after a scale word; 452亿8,200万 (Hong Kong's accounts): a thousands
 * comma may group the digits before 万; 3亿零500万: 零 marks the empty place between them.
 */
// 1億1505.8萬元, 1億9,359.1萬元 (Taiwan's police and finance texts): the ten-thousands after 亿 may carry a decimal.
// 2億9 000萬 (Hong Kong's releases): a space groups the thousands as a comma does.
export const ZH_MIXED_TAIL_GROUP = /^零?(\d{1,4}(?:\.\d+)?|\d[, ]\d{3}(?:\.\d+)?)([万千百十])/u;
/**
 * What PDF text leaves between two parts of one amount: a hard wrap and its indent (3,105億⏎    8,261萬5,000元), or one
 * space before a comma-grouped part (每社區補助7萬 6,000元); a table's cells (3万 4000) are not joined.
 */
export const ZH_AMOUNT_PART_GAP = /^(?:[ \t\u3000]*\r?\n[ \t\u3000]*(?=\d)|[ \u3000](?=\d,\d{3}))/u;

/** 10余年来: 余/多 then 年来 belong to a time frame, not to the figure. */
export const ZH_OVER_THEN_SINCE = /^[余多](?:年来|年以来)/u;

/** 多种, 多样, 多元化, 多方: words that start with 多 after a figure (not 3亿多元: more than 3亿 元). */
export const ZH_DUO_WORD_AFTER_DIGITS = /^多(?:[种样方]|元(?=化))/u;

/** 第 right before a figure: an ordinal. */
export const ZH_ORDINAL_MARK_BEFORE = /第\s?$/u;

/** 、 after a figure (a list or a section number). */
export const ZH_LIST_MARK = /^[、]/;

/** A figure, spaces, then Chinese text at the start of a line: a section number before its heading. */
export const ZH_HEADING_AFTER = /^\s+[\u3400-\u9fff]/u;

/** 4.5%-5%, 10~12, 10至12: the high end of a range (dashes, tildes, 至, 到). */
/** 上升了0.2至5.8年: after a verb of change, A至B is the size of the move and the level it reached, not a range. */
export const ZH_MOVE_VERBS_BEFORE_LEVEL =
  '(?:上升|下降|增加|减少|減少|提高|降低|缩短|縮短|延长|延長|增长|增長|上调|下调)了?';
export const ZH_MOVE_VERB_BEFORE_RANGE = new RegExp(`${ZH_MOVE_VERBS_BEFORE_LEVEL}$`, 'u');
/** …and 至 or 到 joins them. */
export const ZH_MOVE_TO_LEVEL_JOINER = /^\s?(?:至|到)/u;
export const ZH_RANGE_AFTER = /^(%?)\s?(?:-|–|—|~|～|至|到)\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/u;

/** The high end of a range followed by 年/月/日 is a date range, not a range of a quantity. */
export const ZH_CALENDAR_UNIT_AFTER = /^(年|月|日)/u;

/** A numeral character that is a digit (not a bare scale such as 万 or 千万). */
export const ZH_DIGIT_NUMERAL = /[一二两三四五六七八九十〇零壹贰叁肆伍陆柒捌玖拾廿卅卌]/u;

/**
 * 多样, 多元化, 多措并举: words that start with 多 after a Chinese numeral. After a round numeral 多 with a measure word
 * is "more than" (五百多个, 十多项, 二十多种), so measure words are not in the list.
 */
export const ZH_DUO_WORD_AFTER_NUMERAL = /^多(样|元化|方|措|部门)/u;

/** 十余, 一百余: 余/多 is an approximation only after a round numeral. */
export const ZH_ROUND_NUMERAL_END = /[十百千万亿拾佰仟]$/u;

/** 二十几万, 一百几十: 几 after a round numeral is a fuzzy amount. */
export const ZH_FUZZY_ROUND_END = /[十百千万拾佰仟]$/u;

/** 十余万: a scale after 余 scales the figure unless the figure ends in 十/百/千. */
export const ZH_SMALL_ROUND_END = /[十百千拾佰仟]$/u;

/** 零下5.2摄氏度, 零下十度: a temperature below zero, a negative figure (its 零 is no figure of its own). */
export const ZH_BELOW_ZERO = '零下';

/** 正负, 抱负, 胜负: 负 as part of a word, not a minus sign. */
export const ZH_NOT_NEGATIVE_BEFORE = /[正抱胜欺担]/u;

/** 二十届, 四中全会, 二十大, 二期建设: the numeral names a meeting or phase. */
export const ZH_ORDINAL_AFTER = /^(届|次会|中全会|大(?![类批])|期(?=[\u3400-\u9fff]{0,1}建设))/u;

/**
 * 一共举行了二十七次会议, 共召开3次会议: a count of meetings held, not a session's name (人大五次会议, 第六次会议);
 * what is read before the numeral says so.
 */
export const ZH_MEETINGS_HELD_BEFORE = /(?:举行|召开|举办|开了|开过)了?\s*$|(?:一共|总共|合共|共计|累计|先后)\s*$/u;

/** 月 after a Chinese numeral: a month. */
export const ZH_MONTH_MARK = /^[月]/u;

/** A month named just before (三月五日). */
export const ZH_MONTH_CHAR = /月/u;

/** 几十, 数百, 上万, 成千: a vague amount. */
export const ZH_VAGUE_BEFORE = /[几数上成]$/u;

/** 十几: a vague amount. */
export const ZH_VAGUE_AFTER = /^几/u;

/** 十来个, 两位数: a vague amount. */
export const ZH_VAGUE_WORD_AFTER = /^(来|位数)/u;

/** The value of each scale word. */
export const ZH_SCALE_VALUES: Record<string, number> = {
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  千亿: 1e11,
  百亿: 1e10,
  兆: 1e12,
  // 增加9千人, 1,117萬9千人 (Taiwan): a thousand after digits, before a measure word that is not a unit of its own
  // (千米, 千克, 千瓦, 千公顷 are).
  千: 1e3,
};

/** 二十至三十万: the scale word ending a numeral (the high end of a range). */
export const ZH_TRAILING_SCALE = /(万亿|亿|万)$/u;

/** 三至五成, 一千到一千五百: what joins the two ends of a range written in numerals. */
export const ZH_NUMERAL_RANGE_CONNECTOR = /^(?:至|到|-|–|—|~|～)/u;

/**
 * The scale words written after a figure (970万, 2.2亿, 1.5万亿, 5千亿). 兆 is a trillion before money or before the
 * 亿 of the same amount (25.4兆元, 4兆8,530亿元, as Taiwan writes them); before anything else it is the prefix mega
 * (5兆瓦, 10兆帕).
 */
export const ZH_SCALE_AFTER =
  /^(万亿|千万|百万|千亿|百亿|亿|万|兆(?=[\d,]+(?:\.\d+)?亿|[元圆]|美元|日[元圆]|港[元币]|新?台币|澳门元|欧元|英镑|人民币)|千(?=[\u3400-\u9fff])(?!米|克|瓦|卡|焦|伏|帕|赫|公顷|公里|吨|立方|平方|字节|兆))/u;
/** 一个, 一起, 一批: after 一 these measure words make an indefinite article, not a count. */
export const ZH_MEASURE_AFTER_ONE =
  /^(个|起|支|场|条|项|次|批|件|名|位|种|类|道|幅|段|张|套|份|家|只|座|辆|部|台|所|间|列|艘|架|门|处|片|股|番|轮|层|级)/u;

/** 24万, 3亿: a figure ending in a scale word (a counted noun may follow it with no measure word). */
// 总预算2612亿多: 多 or 余 after the scale word (more than) still ends the figure on its scale.
export const ZH_SCALE_WORD_END = /[万亿][余多]?$/u;

/** A bare scale as the denominator of X分之Y (千分之五, 百万分之三, 仟分之贰) or as a numerator (百分之百). */
export const ZH_FRACTION_DENOMINATORS: Record<string, number> = {
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  万万: 1e8,
  亿: 1e8,
};

/** 三成半: half a tenth more. */
export const ZH_HALF = '半';
/** 四成七: a digit after tenths counts hundredths (47%), unless a numeral, a scale or a measure word follows it. */
export const ZH_HUNDREDTHS_AFTER_TENTHS =
  /^([一二三四五六七八九])(?![〇零一二三四五六七八九十百千万亿个人项件起次名家所元])/u;
/** 8成8为公帑援助: the same after Arabic tenths, a digit right after 成 (88%). */
export const ZH_DIGIT_HUNDREDTHS_AFTER_TENTHS = /^\d(?![\d.,%％万亿千百年月日个人项件起次名家所元])/u;

/** 兆 inside a numeral: a trillion (Taiwan). */
export const ZH_TRILLION = '兆';

/**
 * 11小时50分钟, 8 小時 48 分: hours and the minutes after them are one duration, counted in minutes (the unit after
 * the minutes' figure; 分 alone after hours is minutes, not 分之 of a fraction). Group 1 the minutes.
 */
export const ZH_MINUTES_AFTER_HOURS = /^[ \t]?个?小时[ \t]?(\d{1,2})(?=[ \t]?分(?!之))/u;
/** 3分48秒, 4分02秒: minutes and the seconds after them are one duration, counted in seconds. Group 1 the seconds. */
export const ZH_SECONDS_AFTER_MINUTES = /^[ \t]?分(?:钟)?[ \t]?(\d{1,2})(?=[ \t]?秒)/u;
/** Minutes in an hour. */
export const MINUTES_PER_HOUR = 60;
/** 1年10個月, 3年零2个月: years and the months after them are one duration, counted in months. Group 1 the months. */
export const ZH_MONTHS_AFTER_YEARS = /^[ \t]?年(?:零|又)?[ \t]?(\d{1,2})(?=[ \t]?个月)/u;
/** Months in a year; a count of years above this is no duration's (2019年10个月 is a date's year). */
export const MONTHS_PER_YEAR = 12;
export const YEARS_OF_A_DURATION_MAX = 100;

/**
 * 3万4000, 3万3,883, 14萬417人: up to four digits after 万 (a thousands comma may group them) are the ones below it
 * (Taiwan writes 14萬417 without the zero), not a year, a date or a share.
 */
export const ZH_DIGITS_BELOW_WAN = /^(?:\d{1,4}|\d,\d{3})(?![\d.,%％万亿千百年月日])/u;
/** 4兆8,530亿, 1兆378亿, 2兆5991.74亿: the hundred-millions of an amount in trillions. */
export const ZH_YI_BELOW_TRILLION = /^(\d{1,4}(?:\.\d+)?|\d,\d{3}(?:\.\d+)?)亿/u;

/** A financial capital numeral (大写数字), written for amounts. */
export const ZH_FINANCIAL_CAPITAL = /^[壹贰叁肆伍陆柒捌玖拾佰仟]$/u;
/** What after a lone financial capital makes it an amount (陆元, 伍万, 叁角). */
export const ZH_CAPITAL_AMOUNT_AFTER = /^[元圆角万亿整]/u;

/** The Chinese zeros. */
export const ZH_ZERO = /[〇零]/;
/** A numeral that is only a zero (零部件's 零). */
export const ZH_ZERO_ALONE = /^[〇零○]$/u;

/** 万万 is 亿. */
export const ZH_WAN_WAN = /万万/gu;
/** 廿二座, 卅九点六三岁: the old characters for twenty, thirty and forty, read as 二十, 三十, 四十. */
export const ZH_COMPOUND_TENS: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };
export const ZH_COMPOUND_TENS_CHAR = /[廿卅卌]/gu;

/** 三点五万: a decimal numeral then a scale word. */
export const ZH_DECIMAL_THEN_SCALE = /^(.*点[^万亿]+)(万亿|亿|万)$/u;

/** 万 or 亿 in a numeral. */
export const ZH_WAN_OR_YI = /[万亿]/;

/** 3个多月以上, 24小时以内, 20%或以下, 5万元左右: approximation words after the unit (not 前后端, 上下台). */
export const ZH_POSTFIX_APPROX: Array<[RegExp, Approx]> = [
  [/^(或?以上|之上|开外)/u, 'over'],
  [/^(以内|之内|或?以下|之下)/u, 'under'],
  [/^(左右|上下|前后)(?![\u3400-\u9fff]{0,1}(?:端|台|门|院|楼))/u, 'about'],
];

/** 每戶以5口為限: the figure is the limit (under); 為限 stays outside the span. */
export const ZH_LIMIT_AFTER = /^[为為]限/u;

/** After the ． of a line-start 2．2: digits running into a scale word, a percent or 倍 make it a decimal
 * (２．２万人, ３．５％), where 1．2025年债务情况 numbers a section. */
export const ZH_DECIMAL_TAIL_AFTER_POINT = /^[0-9０-９]{1,4}\s?(?:万|亿|千|百|%|％|‰|倍|个百分点)/u;

/** 十三, 二十五 after a decimal point: two decimal places read as a number (百分之十二點十三 is 12.13%). */
export const ZH_SPOKEN_HUNDREDTHS = /^(?:十[一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)$/u;

/**
 * 超過一半已被檢控, 佔死亡人數之一半, 一半以上: half, a share (50 %), only with a word that makes it a measure (an
 * approximation word or 之 before it, 以上 or 以下 after it); 一半是海水 is no figure.
 */
export const ZH_HALF_CUE_BEFORE = /(?:超过|超過|接近|将近|將近|约|約|近|逾|不到|不足|稍多于|稍多於|多于|多於|之)$/u;
export const ZH_HALF_CUE_AFTER = /^半(?:或?以上|或?以下)/u;
