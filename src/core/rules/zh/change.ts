// Change words of Chinese reports: verbs and nouns of rise and fall, the fillers between
// them and the figure, the change named after a figure, and the bases of comparison.

export const ZH_DOWN = [
  '负增长',
  // Taiwan: 呈負成長10.24% (negative growth).
  '负成长',
  '下降',
  '减少',
  '降低',
  '下滑',
  '回落',
  '缩减',
  '递减',
  // 港產品出口貨量則挫40.4%: a slump in one character (Hong Kong's press).
  '挫',
  '缩短',
  '压降',
  '压减',
  // Taiwan's releases: 減少比率約3成 (the rate of fall, written out); a council's budget cut (小幅刪減1350萬元)
  '减少比率',
  '下降比率',
  '删减',
  // a council's cut (歲出、歲入分別刪除6億元) and spending under budget (較預算數減支725億元)
  '删除',
  '减支',
  // 總發電量相較於2018年削減0.5%
  '削减',
  // sudden falls (急跌, 锐减, 骤降, 暴跌)
  '急跌',
  '锐减',
  '骤降',
  '骤减',
  '暴跌',
  '减',
  '降',
  '降幅',
  '减幅',
  // 污染減量達25%, 減量幅度達11.4% (an air-quality bureau's cut in pollution)
  '减量',
  '减量幅度',
  // 減少幅度為6%: the size of a fall written out
  '减少幅度',
  '下降幅度',
  // 降低幅度超過5個百分點
  '降低幅度',
  '下跌',
  '减少了',
  '下降了',
  '降低了',
  '缩短了',
  '跌',
  '减产',
  '少增',
  '多减',
  '收窄',
  // 經濟實質收縮23.4% (an economy that contracted)
  '收缩',
  '萎缩',
  '减收',
  // 较年初短收5645万: revenue below budget; 节支: spending saved.
  '短收',
  '节支',
  '调减',
  '下调',
  '跌幅',
  '下挫',
  '净减',
  '净减少',
  '回落了',
  '精简',
  '压缩',
  '放缓',
  '减缓',
  '放慢',
  '趋缓',
  '缩小',
  '走低',
  // Taiwan: a forecast or figure revised down (下修0.43个百分点)
  '下修',
  // Taiwan's press: 稅前盈餘較去年同期衰退44% (a fall, not an economic recession)
  '衰退',
  // 北捷衰減約15% (ridership fell), 同比減虧2.69億元 (a loss cut: the loss fell by that much)
  '衰减',
  '减亏',
  // an interest rate cut (降息6码, 减息25个基点)
  '降息',
  '减息',
  // 大减百分之二十三, as 大增
  '大减',
  // 比降: down on the year before, as Fujian's and Guangdong's reports abbreviate 比上年下降
  '比降',
  '比减',
  // a climate bulletin's departure from the normal (降水量比常年同期偏小三分之一, 偏少4成, 偏低0.5℃)
  '偏小',
  '偏少',
  // 偏少幅度为12%, 偏少程度超过20%: the size of the departure, named
  '偏少幅度',
  '偏少程度',
  '偏低',
  // debt repaid is debt reduced (累计减债205亿元, 2年多累计还债78亿元, 偿债达102亿元)
  '减债',
  '还债',
  '偿债',
  '偿还债务',
  // a ranking's place lost (较去年同期后移2位), a price or rate lowered (調低, 調降)
  '后移',
  '后退',
  '调低',
  '调降',
  // a currency's depreciation (日圓貶值1.04%)
  '贬值',
  // 比107学年少28.3万人, 以大专生少4.5万人最多 (至少 and 少于 are approximation words of the span, read before)
  '少',
];
export const ZH_UP = [
  // 完成水利建设投资26.56亿元，比增11%: up on the year before (比上年增长, abbreviated)
  '比增',
  // a climate bulletin's departure from the normal (偏多三成, 偏高0.8℃, 偏大)
  '偏多',
  // 偏多幅度为5.9%~44.5%, 成長幅度高達58%: the size of the rise, named
  '偏多幅度',
  '偏多程度',
  '成长幅度',
  '偏高',
  '偏大',
  '上升',
  // Taiwan: 经济成长3.32%, 上修
  '成长',
  '上修',
  '增长',
  '增加',
  // a loss widened (同比增虧1.2億元), as 减亏 is one cut
  '增亏',
  // 五年平均递增10.4%: a steady rise (递减 its fall).
  '递增',
  '提高',
  '提升',
  '上涨',
  '攀升',
  '增',
  '升',
  '增幅',
  '涨幅',
  '增加幅度',
  '增长幅度',
  '上升幅度',
  '增长率',
  // Taiwan's releases: 泰國(成長比率942%), 成長比率達196.7% (the rate of growth, written out)
  '成长比率',
  '增长比率',
  '增加比率',
  // sudden rises in Hong Kong's and Taiwan's press (較2012年急增兩成, 激增, 暴增)
  '急增',
  '激增',
  '暴增',
  '骤增',
  '剧增',
  '猛增',
  '急升',
  // Taiwan's population statistics: 人口增加率為3.91‰
  '增加率',
  '增速',
  '上升了',
  '增长了',
  '增加了',
  '提高了',
  '提升了',
  '涨',
  '翻',
  // 翌年數量再翻2倍: jieba keeps 再翻 one word
  '再翻',
  '增产',
  '多增',
  '扩大',
  '增收',
  '增支',
  '调增',
  '上调',
  '飙升',
  '升幅',
  '回升',
  // revenue over budget (較預算數超收108億元), spending over it (超支)
  '超收',
  '超支',
  // 投資開支亦隨着經濟恢復而反彈10.8%
  '反弹',
  '大增',
  '净增',
  '净增加',
  '翻番',
  '改善',
  // 综合指数3.94,同比变好12.2%: better (a pollutant's concentration or index falls, ZH_IMPROVEMENT_WORDS)
  '变好',
  // 比預算數9.7億元多徵了80%: more levied than budgeted
  '多征',
  '多征了',
  '加快',
  '提速',
  '上扬',
  '走高',
  '抬升',
  // a ranking's place gained (较去年同期前移9位, 較QS2025前進5名)
  '前移',
  '前进',
  // a price or rate raised (調高收費1.1仙)
  '调高',
  '调升',
  // a currency's appreciation (歐元升值0.52%)
  '升值',
  // an interest rate rise (加息25个基点, 升息1码)
  '加息',
  '升息',
];
// 其中，上涨的有：交通通信3.2%、教育文化娱乐2.6% (a price index's classes that rose): the same list after 的有 and a colon
// (not 增长的有8个行业: without the colon, a count of what moved).
const ZH_KINDS_MOVE = '减少|增加|下降|上升|上涨|下跌|增长';
const ZH_KINDS_LEAD_OPEN = '(?:另)?(?:本期)?(?:发生)?(?:主要)?';
/** What follows the move: a kinds noun and its verb, or 的有 and a colon (`colon` the colon's pattern). */
const zhKindsLeadClose = (colon: string) =>
  `(?:最多|较多|较快)?(?:的?(?:案类|案件类别|类别|类型|项目)(?:依序)?(?:为|是|有|包括)|的(?:有|是|为|包括)${colon})`;
/** The lead of a list of kinds that moved, for the subject rule (no group; its colon may be left out, as a list's lead). */
export const ZH_CHANGED_KINDS_LEAD = `${ZH_KINDS_LEAD_OPEN}(?:${ZH_KINDS_MOVE})${zhKindsLeadClose('[：:]?')}`;
/**
 * 本期發生減少案類為詐欺案21件、毒品15件 (Taiwan police figures): the kinds whose count fell or rose, each with the size of
 * its move, in a list after the lead. Group 1: the move. The list runs on to the figure without a clause's end.
 */
export const ZH_CHANGED_KINDS_LIST_LEAD = new RegExp(
  `${ZH_KINDS_LEAD_OPEN}(${ZH_KINDS_MOVE})${zhKindsLeadClose('[：:]')}[^。；;，,（）()]*$`,
  'u',
);
/** 增加幅度依序為英語5.9%: the words that open a list of the move's sizes, and its first item's short name. */
// 人口減少最多為金門縣2.91%: the first place of a ranking by the move (the move's way is every ranked item's).
export const ZH_LIST_ORDER_THEN_ITEM =
  '(?:(?:依序|依次|分别)|(?:最多|最大|最快|幅度最大)(?:的|者)?)(?:为|是)[\\u3400-\\u9fff]{1,6}';
// 增加(遷入)2963人: a short note in brackets between the move and its figure.
export const ZH_FILLER =
  '(?:了|为|达|达到|约|近|超|超过|分别|均|各|逾|近乎|高达|仅|仅有|只|只有|有|更|[（(][\\u3400-\\u9fff]{1,6}[）)])*';
/**
 * 1.3%的轻微增长, 16.5%的增幅, 4.8%升幅: the change named after the figure (not 6.4%的高位回落至: that is a level; without
 * 的 only the nouns of a change, not its verbs: 5453起下降了 and 连续3年下降 say what fell, not by how much).
 */
// 錄得5.1%至14.7%不等的按年升幅, 錄得18.9%按年跌幅: the low end of a range whose change is named after it, and its high end.
export const ZH_CHANGE_AFTER_UP =
  /^(?:[至到~～][\d.]+%)?(?:不等)?(?:的[\u3400-\u9fff]{0,3}?(?:增长|增幅|升幅|涨幅|上升|提升|增速)|(?:按年|按月|按季|同比|环比)?(?:增幅|升幅|涨幅))(?![至到])/u;
export const ZH_CHANGE_AFTER_DOWN =
  /^(?:[至到~～][\d.]+%)?(?:不等)?(?:的[\u3400-\u9fff]{0,3}?(?:下降|降幅|跌幅|减幅|减少|下跌|回落)|(?:按年|按月|按季|同比|环比)?(?:降幅|跌幅|减幅))(?![至到])/u;

export const ZH_BASIS =
  /(同比|环比|与上年同期(?:相比|比较)|与去年同期(?:相比|比较)|较上年同期|比上年同期|较去年同期|比去年同期|比上年末|较上年末|比上月末|比上月|比上年度?|较上年度?|比去年度?|较去年度?|比上一年|较上一年|(?:比|较|与)(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4}|[〇零一九][〇零一二三四五六七八九])年(?:同期)?(?:相比)?|(?:比|较)(?:上月|上年|去年|上季度?|前一年|前年)[底末]|(?:比|较)前一年|(?:比|较)前年(?!同期))/u;

/**
 * 較平日夜間停留人口數261.1萬人，多65.2萬人: 多 right before a figure, after a basis compared with in its sentence (较/比 and
 * a figure), is a gap above it. Not 最多, 许多, 更多 and the like, nor 至多 (a cap).
 */
export const ZH_MORE_AFTER_BASIS =
  /(?:较|比)[^。；;！？]{1,40}?\d[^。；;！？]{0,16}?(?<![最许更很较诸众繁居差大至偏])多了?$/u;
/** 較今年度的2224億多新增了387億: 新增 after a basis in its clause is a rise over that basis (alone it is a flow). */
export const ZH_BASIS_THEN_NEW_ADDITION = /(?:比|较)[^，。；,;]{1,20}?新增了?$/u;

/** 拉动全市规模以上工业1.4个百分点 (上拉 as 拉动): a contribution in points to a named whole (its object between), a change up. */
export const ZH_BOOST_OBJECT_BEFORE = /(?:拉动|上拉|带动)[^，。；,;：:]{1,14}$/u;

/** 拉动经济增长1.2个百分点, 提振作用会达到1.3个百分点: a boost to growth is a change up. */
export const ZH_BOOST_BEFORE = /(?:拉动|上拉|提振|带动|贡献|貢獻)(?:作用|效果)?(?:会|将|可|能)?(?:达到|达|为|了)?$/u;
/** 凍漲四年半 (prices frozen for four and a half years): 冻 before a move word makes it no move. */
export const ZH_FROZEN_BEFORE_MOVE = /(?:冻|凍)$/u;
/** 三次产业对经济增长的拉动分别为：第一产业0.62个百分点，第二产业0.86个百分点: the pulls listed after a colon, each a change up. */
export const ZH_BOOST_LIST_BEFORE = /拉动(?:作用)?(?:分别)?(?:为|是)?[：:][^。；;：:]*$/u;
/** 牧业产值5.78亿元，同比2.8%: a basis with no verb, then the figure (its sign says the move). */
export const ZH_BARE_BASIS_BEFORE = /(?:同比|环比|按年|按月)$/u;

/**
 * Rates that are themselves the size of a change (通胀率 is the year's change of prices, as
 * 增长率 is in the seed gold; Taiwan's 经济成长率 and 年增率), against the level rates and shares: the nearest one named before
 * a percentage decides.
 */
// 經濟增長進一步放緩至百分之三點一, 投資開支增長加快至4.3%, 實質增長介乎2%至3%: growth whose pace moved to (or lies in)
// the figure names a rate of change too.
export const ZH_RATE_OF_CHANGE =
  /通胀率|通胀|物价涨幅|上涨率|增长率|增加率|成长率|增率|yoy|YoY|saar|增速|涨幅|升幅|增幅|增长(?=(?:进一步|持续|继续|明显|略为|略|有所)?(?:放缓|加快|加速|回落|回升|减慢|放慢|提速)(?:至|到))|增长(?=介乎|介于)/gu;
export const ZH_LEVEL_RATE =
  /(?:失业率|就业率|比重|占比|比例|份额|占|[\u3400-\u9fff](?<!增长|增加|成长|通胀|上涨|增)率)/gu;

/** 远低于, 高于, 比全省的 (6.1%): a figure set against the previous one of the same measure. */
export const ZH_COMPARED_WITH =
  /(?:低于|高于|快于|慢于|超过|相比|对比|较之|(?<![占对无相类])比(?![重例率值价较])[\u3400-\u9fff]{1,10}的$)/u;

/** 至, 到, 为 right before the figure: it may be a level reached. */
export const ZH_LEVEL_MARK_BEFORE = /(至|到|为)$/;

/**
 * 降至, 增至, 缩短至, 跌至, 下降为, 下滑为, 攀升为, 减为 (fell to), 调高为 (raised to): the figure is the level reached, not
 * the size of the change (38 of 38 gold cases).
 */
export const ZH_LEVEL_REACHED_BEFORE =
  /(?:(降|增|升|缩短|减少|提高|提升|下降|上升|增长|减|缩减|滑|跌|涨)(至|到)|(下降|上升|缩小|扩大|回落|减少|提高|提升|缩减|下滑|攀升|回升|下跌|上涨|增加|降低|减|降|增)为|(调高|调低|上调|下调|调升|调降)(为|至|到))$/;

/** 每升7.5元, 5公升 (a litre), 航班起降3850架次 (takeoffs and landings), 升降, 晋升: 升 or 降 after these is no move. */
export const ZH_NO_MOVE_CHARS_BEFORE_RISE_FALL = '每公毫千起升晋';
export const ZH_NO_MOVE_BEFORE_RISE_FALL = new RegExp(`(?:[${ZH_NO_MOVE_CHARS_BEFORE_RISE_FALL}]|/)$`, 'u');

/**
 * 同比增, 分别降, 年增, 季增, 月減 (on the year, quarter or month, as Taiwan writes it), 较110年增 (a basis year, Taiwan's calendar too), 94.0万元，增1.2%
 * (right after the figure it moves, the verb opening its clause), 略升/微升/小幅降 (a degree adverb), 增加182件或增45.50%
 * (the same change restated after 或): the context a single-character change verb needs.
 */
// 较去年同期升12%, 罪案943宗增六成 (a headline: the count, then its move).
// Hong Kong's press: 按月升11.56%, 按年亦升五成, 较上一年度升1.8%; a measure moving (投注额升 5.0%, 比例也增4.33%).
// 收入(包括商業方案服務)減2%: an aside in brackets after the measure; 工資增6%, a wage; 比一九年度的42.43億元減17%: the basis's figure, then its move.
// 約增19.86%: about, then the move (not 节约, 公约, 签约).
// 總稅收11月增8.6%, 2023年增5%: the month or the calendar year the move is told for (not 3年增: a span).
/** An industry (制造业), or a whole (整体, 总体), moved in one character: 服务业增4.6%, 整体增6.36%. */
export const ZH_WHOLE_OR_INDUSTRY = '(?<![就创作专事产])业|整体|总体';
/**
 * 出口增8.6%, 總稅收減2%: a measure named in characters, then its move (not 新增, a flow; 每增, a step; 倍增, a doubling; 宽减, a relief;
 * 约增 as the approximation rule reads it);
 * the next move of a list after a bracketed rate (減4.3萬元(-3.7%)、增4.4萬元); a move opening the bracket after an item
 * (「電動機械、儀器和用具及零件」（增303億元，升16.1%）).
 */
export const ZH_MEASURE_BEFORE_ADD_CUT =
  /(?:[\u3400-\u9fff](?<![新每倍加追宽约])|(?<=[)）]\s*)、|[」』”\u3400-\u9fff][（(])$/u;
export const ZH_SINGLE_VERB_CONTEXT = new RegExp(
  String.raw`(?:同比|环比|按[年月季周][亦也则]?|(?:比|较)上一(?:财政)?(?:年度?|季度?|月)|(?:额|量|数|率|值|价|比例|指数|收入|支出|客|资|薪|${ZH_WHOLE_OR_INDUSTRY})(?:[（(][^（）()]{1,20}[）)])?[亦也则又均]?|(?:比|较)[^，。；、]{0,12}?\d[\d.,]*(?:[万亿]?元|[万亿]|%)|比上年度?|较上年度?|比去年度?|较去年度?|(?:比|较)(?:上年度?|去年度?|上月|上季|上期)?同期|(?<![\u3400-\u9fff])同期|\d(?:宗|起|件|人次|人|个|家|项)|分别|均|(?<![今明\d一二两三四五六七八九十百几多])年|(?<![\d一二两三四五六七八九十个每本这该])[季月]|(?<![\d.])(?:[1-9]|1[0-2])月份?|(?<!\d)(?:19|20)\d\d年度?|(?:比|较)(?:\d{2,4}|[〇零○一二三四五六七八九]{2,4})年度?(?:同期)?|[\d%‰万亿元][，,]|略|微|稍|小幅|大幅|轻微|明显|显著|(?<![节制公条合签预履违契特邀婚])约|\d\s*[\u3400-\u9fff]{0,2}或)$|^$`,
  'u',
);

/** 至 or 到 anywhere in the object of a change verb: a level. */
export const ZH_LEVEL_MARK = /(至|到)/;

/**
 * 减少跑动6次, 增产粮食50万吨: a change verb, a short object, then the number. 增加值, 减少量: a change word that heads a
 * noun is not a change (第一产业增加值91414亿元).
 */
export const ZH_CHANGE_GAP = /(减少|增加|压减|缩减|(?<!新)增产|减产)((?![值量额率数幅速比])[\u3400-\u9fff]{1,4})$/u;
/**
 * The compared-with thing between a comparison word and its figure: Chinese words, a year, a month
 * or a run of months (比1-9月高), a bracketed figure of its own (高于全国（3.8%）33.3个百分点) or one after 的 (比全省的6.1%快
 * 1.4个百分点) or right after a word (比年目标任务4%低0.63个百分点, 比年目标任务2.8亿元高7.1%); no digits otherwise, no clause break, and no 的/有/是/为 (高于管控值的有7处 starts another phrase).
 */
const ZH_COMPARED_THING =
  '(?:(?![的有是为])[\\u3400-\\u9fffA-Za-z、]|(?:19|20)\\d\\d|\\d{1,2}(?:[-－—~～]\\d{1,2})?月|[（(][^（）()]{0,16}[）)]|(?:的|(?<=[\\u3400-\\u9fff]))\\d+(?:\\.\\d+)?(?:[%‰]|[万亿]{0,2}元))';

/**
 * 增速高于全州11.9个百分点, 低于全国平均水平0.3个百分点, 高出2.5个百分点: the figure is the size of a
 * difference from another figure, in the direction of the word. Group 1 the word, group 2 what is
 * compared with (高于/低于 need one: 低于5.5% alone is a bound, not a difference).
 */
export const ZH_DIFFERENCE_BEFORE = new RegExp(
  `(?<!不)(高于|快于|多于|高出|超出|多出|低于|慢于|少于|低出|(?<=分别)[高低快慢](?=[约近]?$))(${ZH_COMPARED_THING}{0,30})(?:了|约|近|达)?$`,
  'u',
);
// 增幅分别高于全国地方监管企业、省级监管企业、中央企业3.6、3.8、6.2个百分点 (a list of three compared with), 利润总额增幅分别
// 高123.4、121.3、130.5个百分点 (the list named in the clause before).
export const ZH_DIFFERENCE_UP = ['高于', '快于', '多于', '高出', '超出', '多出', '高', '快'];
/** Difference words that can stand without the compared thing (高出2.5个百分点; 分别高, 分别低 after a list named before). */
export const ZH_DIFFERENCE_WITHOUT_OBJECT = ['高出', '超出', '低出', '多出', '高', '低', '快', '慢'];
/** 高于全国5.0%的平均水平: the figure is the compared thing's own level, not the difference. */
export const ZH_LEVEL_OF_COMPARED_AFTER = /^\s*的/u;

/**
 * 增速比上年高1.2个百分点, 较全国、全省分别高3.1、2.4个百分点, 比上年少3个: 比 or 较 + what is compared
 * with + a bare comparative (not 比重, 比例, 占比, 对比, 比较: those compare nothing), with 足足 or 整整 (a full) after it.
 */
export const ZH_BI_COMPARATIVE_BEFORE = new RegExp(
  `(?:(?<![占对无相类])比(?![重例率值价较])|(?<![比相])较(?![大小高低好多少快慢为]))${ZH_COMPARED_THING}{1,16}?(高出|低出|高|快|多|低|慢|少)了?(?:足足|整整|将近|近|约)?$`,
  'u',
);
export const ZH_BI_COMPARATIVE_UP = ['高出', '高', '快', '多'];

/**
 * 下拉固定资产投资增长11.0个百分点, 拖累经济增长0.5个百分点, 拉低CPI涨幅0.2个百分点: a drag on
 * growth is a change down, whatever growth word sits before the figure (not 在…拖累下: a cause).
 */
export const ZH_DRAG_BEFORE = new RegExp(
  `(?:下拉|拖累|拉低|拉下)(?:(?![下中])${ZH_COMPARED_THING}{0,20}?(?:的)?(?:增长|增速|增幅|涨幅|上涨))?(?:了|约|近|达|为)?$`,
  'u',
);

/** 分别增长5.2、6.1和7.3%: the bare figures listed before the last one, which take its unit and change word. */
export const ZH_BARE_LIST_TAIL = /(?:\d+(?:\.\d+)?[万亿]?[、和及与])+$/u;

/**
 * 农房风貌提升26.4万户, 老旧小区改造提升120个: 提升 right before a count of things (households, sites, buildings) says how
 * many were upgraded, a level; 提升 before a percentage, points or an amount is a change.
 */
export const ZH_UPGRADE_BEFORE = /(?:提升|改造提升|整治提升)了?$/u;
export const ZH_UPGRADED_OBJECT_UNITS = new Set([
  '户',
  '个',
  '处',
  '座',
  '所',
  '家',
  '栋',
  '幢',
  '套',
  '间',
  '条',
  '村',
]);

/** Only an opening bracket between a change and the next figure (减6.2万人(1.5%)): the figure restates the change. */
export const ZH_BRACKET_OPEN_GAP = /^\s*[（(]\s*$/u;
/** The bracket closing right after that figure. */
export const ZH_BRACKET_CLOSE_AFTER = /^\s*[）)]/u;

/** 改善 of a pollutant: its concentration fell (二氧化硫12微克/立方米,同比改善7.7%; 全市综合指数为4.03,同比改善3.1%). */
export const ZH_IMPROVEMENT_WORDS: ReadonlySet<string> = new Set(['改善', '改善了', '变好']);
export const ZH_POLLUTION_MEASURED =
  /[微毫]克\/(?:立方米|m3|m³)|二氧化硫|二氧化氮|一氧化碳|臭氧|颗粒物|PM2\.5|PM10|综合指数|浓度/u;
/** A clause that is only the improvement and its basis (同比改善7.7%): what improved is named in the clause before. */
export const ZH_BARE_IMPROVEMENT_CLAUSE = /^(?:同比|环比|比上年|较上年|较去年)?(?:改善了?|变好)$/u;

/**
 * 較107年增加7631元,約達1.95%: the move restated as a rate after a comma, with no verb of its own (約達, 即, or none):
 * the rate moves as the amount before it did.
 */
export const ZH_RESTATED_AS_RATE_GAP = /^\s*[，,]\s*(?:约|約)?(?:达|達|为|為|即)?\s*$/u;

/** 最少1個月, 至少3人: 少 after 最 or 至 says "at least" (a floor), not a fall. */
export const ZH_AT_LEAST_BEFORE_LESS = /[最至]$/u;
