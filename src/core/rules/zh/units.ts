// Units of Chinese reports as data: percent signs and points, currencies, physical units, durations,
// measure words (量词) and counted nouns, the characters that make a unit part of another word, and
// the unit grammar of rates (万吨/年, 元/人, 微克/立方米). numbers/units.ts builds the lexicon from them.
import type { MetricKind } from '../../types';

export interface UnitEntry {
  unit: string;
  kind: MetricKind;
  scale?: number;
}

export const ZH_PERCENT_UNITS: Record<string, UnitEntry> = {
  '%': { unit: '%', kind: 'percent' },
  '％': { unit: '%', kind: 'percent' },
  '‰': { unit: '‰', kind: 'percent' },
  个百分点: { unit: '百分点', kind: 'points' },
  百分点: { unit: '百分点', kind: 'points' },
  // 較上年同月增加1.26個千分點: a change of a rate in ‰ (Taiwan's population statistics), per-mille points.
  个千分点: { unit: '千分点', kind: 'points' },
  千分点: { unit: '千分点', kind: 'points' },
  // 加息25个基点: basis points (English keeps "basis points" as written; 个 goes as in 个百分点).
  个基点: { unit: '基点', kind: 'points' },
  基点: { unit: '基点', kind: 'points' },
};

export const ZH_MONEY_NAMES = [
  '元',
  '美元',
  '欧元',
  '英镑',
  '日元',
  '日圆',
  '港元',
  '港币',
  '澳元',
  '卢布',
  '韩元',
  '人民币',
  // Taiwan and Macao (新臺幣, 澳門元 fold to these)
  '新台币',
  '台币',
  '澳门元',
  '澳门币',
  // Hong Kong cents (末期股息每股3.50港仙)
  '港仙',
  // and without 港 (每股盈利33.43仙, 派息16.09仙)
  '仙',
];
/**
 * A currency declared for the rest of a text (﹙美元.下同﹚, （单位：美元，下同）): foreign currencies only (新臺幣(下同)
 * amounts stay 元, as the gold writes them). Group 1 the currency.
 */
export const ZH_CURRENCY_DECLARED = /[（(﹙]\s*(?:单位[:：]\s*)?(美元|欧元|日元|英镑)\s*[.．，,、]?\s*下同\s*[)）﹚]/gu;
export const ZH_CURRENCY_CANONICAL: Record<string, string> = { 人民币: '元', 港币: '港元' };
/** 亿元人民币: the yuan's name written after 元 (the text is folded: 人民幣 → 人民币), inside the unit's span. */
export const ZH_YUAN_NAMED_AFTER = /^人民币/u;
/**
 * 港币452亿元, 新台币500元: a currency named before the figure makes the 元 after it that currency's (the text is
 * folded to simplified characters first: 港幣 → 港币).
 */
export const ZH_CURRENCY_BEFORE_UNIT: Record<string, string> = {
  港币: '港元',
  澳门币: '澳门元',
  新台币: '新台币',
  美金: '美元',
};
export const ZH_CURRENCY_BEFORE = new RegExp(
  `(${Object.keys(ZH_CURRENCY_BEFORE_UNIT).join('|')})\\s*(?:约|近|超过|逾)?$`,
  'u',
);

export const ZH_PHYSICAL_UNITS = [
  '千克',
  '公斤',
  '克',
  '毫克',
  '吨',
  '万吨',
  '公吨',
  '公里',
  '千米',
  '米',
  '厘米',
  '毫米',
  '平方公里',
  '平方米',
  '平方千米',
  '立方米',
  '公顷',
  '亩',
  '升',
  '毫升',
  '千瓦',
  '千瓦时',
  // kilowatt-hours written out (用電量為9.85億千瓦小時)
  '千瓦小时',
  '兆瓦',
  '度',
  '瓦',
  '标准煤',
  '微克',
  '纳克',
  '吉瓦',
  '吉瓦时',
  '兆瓦时',
  // heat supplied (年供热量1.7亿吉焦): gigajoules and their kin
  '吉焦',
  '兆焦耳',
  '兆焦',
  '千焦',
  '太焦',
  '万千瓦时',
  '斤',
  // tobacco leaf bought in dan (收购烟叶21.43万担)
  '担',
  '标准箱',
  // compound units of the genre, kept whole (the dev gold's convention): freight and passenger
  // turnover, energy in standard coal, container throughput, farmland in thousands of hectares
  '吨标准煤',
  '吨公里',
  '人公里',
  // the same with the SI symbol and a middle dot (交通运输行业发展统计公报: 旅客周转量35 349.06亿人·km)
  '人·km',
  '人·公里',
  '吨·公里',
  // 國道全線雙向每日平均交通量為104.2百萬車公里
  '车公里',
  '标箱',
  '千公顷',
  '分贝',
  // Taiwan's metric names: 公尺 (metre), 平方公尺, 立方公尺, 公分 (centimetre), 公克 (gram: 查獲毒品總毛重達12,997公克),
  // 公畝 (are)
  '公克',
  '公亩',
  // Taiwan's ping (坪, 3.3 square metres) of floor and land (占地約750坪, 房價每坪64.47萬元)
  '坪',
  '公尺',
  '平方公尺',
  '立方公尺',
  '公分',
  // Taiwan's litre (私酒3万8773公升)
  '公升',
  // Hong Kong's feet (佔地10萬呎的新總部, 面積2000平方呎)
  '平方呎',
  '呎',
  // crude oil in barrels (全球原油生产过剩约三百万桶)
  '桶',
  // temperatures of climate and weather reviews (年平均气温23.3℃, 较常年偏高0.5℃)
  '℃',
  '°C',
  '摄氏度',
];

/**
 * Letter-like symbols written as one character (℃, ℉) are the same unit as the degree sign and the letter (Unicode's
 * compatibility forms: NFKC folds ℃ to °C), as the English side writes them.
 */
export const ZH_PHYSICAL_SYMBOL_FOLD: Readonly<Record<string, string>> = { '℃': '°C', '℉': '°F' };

/** 九年半, 2年半, 三天半: 半 right after a duration's unit adds half of it (not 半年, 半月, 半天 opening a new span). */
export const ZH_HALF_AFTER_DURATION = /^半(?![年月天日周])/u;

export const ZH_DURATION_UNITS = [
  '秒',
  '秒钟',
  '分钟',
  '小时',
  '个小时',
  '天',
  '日',
  '周',
  '个星期',
  '星期',
  '个月',
  // 个季度 only: 一季度 names the first quarter
  '个季度',
  '月',
  '年',
  '个工作日',
  '工作日',
  '周岁',
  '岁',
];

/**
 * Measure words (量词) and counted nouns that act as units in reports. 次/人次/家次 style
 * compounds are listed so the longest match keeps them whole.
 */
export const ZH_MEASURE_WORDS = [
  '起',
  '人',
  '名',
  '个',
  '条',
  '次',
  '件',
  '辆',
  '处',
  '家',
  '项',
  '支',
  '部',
  '台',
  '套',
  '份',
  '期',
  '场',
  '批',
  '类',
  '种',
  '把',
  '头',
  '户',
  '枚',
  '发',
  '笔',
  '路',
  '所',
  '座',
  '间',
  '张',
  // votes cast (无效票29万6155票), stalls of a market (四百摊), persons as Taiwan's veterans' releases count them (71员)
  '票',
  '摊',
  '员',
  '本',
  '篇',
  '册',
  '只',
  // street lamps replaced (汰换12万盏传统路灯); fish fry released (放流鱼苗97万尾); cigarettes seized in packs (229万7,800包)
  '盏',
  '尾',
  // fire hydrants set up (設置39具消防栓箱); calls taken by a dispatch centre (話務量高達37萬5336通)
  '具',
  '通',
  '包',
  '匹',
  '位',
  '艘',
  // Hong Kong's flats (發售229伙, 可提供1,280伙) and stations of a network (全市1,500站, not 一站式)
  '伙',
  '站',
  // chain stores (總店數減至118,952店) and cups sold (單日銷量提升至1,300杯)
  '店',
  '杯',
  '架',
  '列',
  '门',
  '宗',
  // fraud rings broken (破獲詐欺集團166團970人)
  '团',
  '单',
  '例',
  '队',
  '组',
  '块',
  '根',
  '棵',
  '株',
  '箱',
  '袋',
  '瓶',
  '盒',
  '副',
  '双',
  '对',
  '幅',
  '首',
  '段',
  '层',
  '栋',
  '幢',
  '辆次',
  '车次',
  '架次',
  '人次',
  // station-days of an air-quality alert (紅色警示站日數88天次)
  '天次',
  // letters sent (連發兩封警告信), schools (6校低於6成)
  '封',
  '校',
  '家次',
  '场次',
  '户次',
  // 巡查10595家戶 (households a health bureau visited)
  '家户',
  // 提供224單位 (Hong Kong's flats counted as units)
  '单位',
  // 20 縣市, 12鄉鎮市: Taiwan's counties and cities, townships counted together
  '县市',
  '乡镇市',
  // livestock counted across kinds (牛羊猪存栏头数89.03万头只)
  '头只',
  '批次',
  '余人次',
  '万人次',
  '艘次',
  '件次',
  '班次',
  // flights or sailings a day (往返厦门24班), classes of a school (开设12个班)
  '班',
  '航次',
  '轮次',
  '乘次',
  // inspections' items found (違反三十四項次)
  '项次',
  '台套',
  '轮',
  '羽',
  '省区',
  '省份',
  '国',
  '市',
  '县',
  '区',
  '村',
  '乡镇',
  '余人',
  '余起',
  '余件',
  '大类',
  '万人',
  '万户',
  '万件',
  '款',
  '方',
  // Taiwan: reports and corrections counted in cases (調查報告4案, 糾正3案), dwellings in 宅 (住宅數91萬7,553宅)
  '案',
  '宅',
  // hospital beds (设有43床急性病床); 床位 is listed for 张 (500张床位).
  '床',
  // nights a guest stays (住客平均留宿1.4晚, 住宿2晚); not 晚上, 晚会 … (below).
  '晚',
  // a quarter of a percentage point in Taiwan's and Hong Kong's press (降息6码, 升息1码); not 码头 (a wharf).
  '码',
  // index points (股指突破2万点, 上涨300点); not a time of day (下午3点钟) nor a verb after a count (3点评)
  '点',
  // scores: an exam's (頂標13級分, 錄取分數二百八十三分) and an indicator's (景氣對策信號分數38分); not a minute (分钟),
  // a fraction (三分之一) nor another word (分别, 分析)
  '级分',
  '分',
];

export const ZH_MULTIPLE_UNITS = ['倍'];

/**
 * Computing power in Latin letters (11.4万P, 2.3EFLOPS): P(FLOPS) and E(FLOPS) are units only after a
 * scale word or in a clause about 算力, and never inside a longer Latin word (P2P, PE).
 */
export const ZH_COMPUTE_UNITS = ['EFLOPS', 'PFLOPS', 'TFLOPS', 'P', 'E'];
export const ZH_COMPUTE_SCALE_BEFORE = /[万亿]$/u;
export const ZH_COMPUTE_CONTEXT = /算力[^，。；！？,;!?\n]{0,16}$/u;

/** Medal counts (52金34银31铜): a unit only right before another figure, a list mark or the end of a clause. */
export const ZH_MEDAL_UNITS = ['金', '银', '铜'];
const MEDAL_NOT_FOLLOWED = /^(?![\d、，。；）,;)]|$)/u;

/**
 * A measure word with bracketed alternatives and 次 (万辆（艘、架、列）次): one compound unit, 辆次.
 * Without 次 after the bracket (155.4万套（间）) the unit is the measure word alone.
 */
export const ZH_ALTERNATIVES_THEN_CI = /^（[\u3400-\u9fff](?:、[\u3400-\u9fff]){0,5}）次/u;

/**
 * 20年来首次, 35年来最低, 近10年来首降, 19年來新高: the window of a record (GUIDE: a record's span of years is checked as a
 * metric), not a time frame of a running total (三年来共破案…).
 */
export const ZH_RECORD_WINDOW_AFTER = /^\s?年(?:以)?[来來](?:的)?(?=首|最|新高|新低|第一|頭一|头一|罕见|罕見)/u;

// Units that must not be followed by these characters (they make a name or another word).
export const ZH_UNIT_BLOCKED_BEFORE: Record<string, RegExp> = {
  年: /^(代|级|度|前|后|来|底|初|末|内(?!容))/u,
  // 由$4,500升至$5,000: 升 is the rise, not litres, before 至/到 or the size of a rise.
  升: /^(至|到|幅|了|为|逾|破|近|约|達|达)/u,
  月: /^(份|底|初|末|中)/u,
  日: /^(起|前|后|报|常|益|夜)/u,
  周: /^(年|边|末|期)/u,
  发: /^(展|布|生|现|放|挥|出|起|案|动|力|明|达)/u,
  门: /^(户|店|诊|槛|前|口)/u,
  // 所以 (so) and 所在, but 30所以上 is 30 所 with 以上 (以上升, 以上述 are 所以 again).
  所: /^(有|在|以(?!上(?![升涨调述])|下(?![降调])|内)|属|长|得)/u,
  位: /^(于|居|列|置)/u,
  // 零點七萬人次之 (ranks second): 次之 follows the figure's 人, it is no 人次.
  人次: /^之/u,
  户次: /^之/u,
  家次: /^之/u,
  度: /^(过|假)/u,
  场: /^(所|景|地|馆)/u,
  处: /^(理|置|罚|分|于|长)/u,
  队: /^(伍|员|长)/u,
  组: /^(织|建|成|长)/u,
  单: /^(位|独|一|元)/u,
  本: /^(地|市|区|县|次|届|年|部|着|领|质)/u,
  部: /^(门|署|分|长|队|委)/u,
  名: /^(称|单|义|额|牌)/u,
  具: /^(有|备|体|名|结|文)/u,
  通: /^(过|知|讯|信|车|行|道|用|常|关|畅|缉|俗|航|勤|婚|路|商|货|告|报(?!案|警)|胀|风|融|联|透|顺|讲|传|电|识|称|译|则)/u,
  家: /^(庭|属|长|乡|园|人|门)/u,
  期: /^(间|限|待|望)/u,
  批: /^(准|评|示)/u,
  路: /^(段|线|口|面|上)/u,
  间: /^(接|隔|断)/u,
  层: /^(级|面|次)/u,
  头: /^(部|脑)/u,
  天: /^(然|津|下|空|网)/u,
  条: /^(件|例|款)/u,
  类: /^(似|别)/u,
  区: /^(域|别)/u,
  市: /^(场|民|委|政|级)/u,
  国: /^(家|际|内|外|务)/u,
  次: /^(要|日|年|级|序)/u,
  台: /^(湾|阶|风)/u,
  起: /^(来|到|步|诉|草|点)/u,
  个: /^(体|别|性|案|人(?!次))/u,
  件: /^(事)/u,
  方: /^(面|式|法|案|向|针|位|便|言|阵|舱|志|正|能|略|可|才|同|圆)/u,
  款: /^(项|式|待|额)/u,
  斤: /^(斤)/u,
  点: /^(钟|半|整|多钟|评|名|赞|亮|燃|击|缀|滴|位|明|出)/u,
  // 三分之一, 分钟, 分别, 分析, 分局, 分行, 分公司, 分类 … : 分 opening another word.
  // 校区, 校园, 校长, 校友 …: 校 opening another word.
  校: /^(区|园|长|友|方|内|外|级|际|训|庆|车|服|医|对|准|验|正|舍|址|史|歌|徽|规|风|领|企|地|务)/u,
  分: /^(之|钟|别|析|局|行|公|配|布|类|期|批|段|区|项|享|解|工|散|红|流|拆|管|担|摊|会|队|店|支|子|母|数|值|厂|院|校|部|所|中|级|秒|化|歧|属|裂|离|岔|开|拣|发|包|片|册|组|号|站|钱|米|贝|辨|量|为|到|给|成|外|头|手|清|明|身|寸|晓|厘|毫|娩|泌|列|销|账|帐|税|保)/u,
  床: /^(单|铺|上|下|边|头)/u,
  码: /^(头|字|号|表|率|数)/u,
  晚: /^(上|会|饭|宴|间|报|餐|霞|年|期|辈|安|场)/u,
  轮: /^(胎|船|换|流|椅|廓|机|值|岗|训|回)/u,
  羽: /^(毛|绒|球)/u,
  金: MEDAL_NOT_FOLLOWED,
  银: MEDAL_NOT_FOLLOWED,
  铜: MEDAL_NOT_FOLLOWED,
};

/** What a rate unit may be per: 万吨/年, 元/人, 微克/立方米, 分/千瓦时, 元每吨. */
export const ZH_RATE_DENOMINATORS = [
  '千瓦时',
  '千瓦小时',
  '立方米',
  // Taiwan's cubic metre (細懸浮微粒濃度12.6微克/立方公尺)
  '立方公尺',
  '平方公尺',
  '平方米',
  // a density (人口密度549人/平方公里), a water yield (产水模数84.85万立方米/平方千米)
  '平方公里',
  '平方千米',
  '千米',
  '公顷',
  // a rate per 10,000 or 100,000 people (火災發生率為0.60次/萬人, 发病率为3.2例/十万人)
  '十万人',
  '万人',
  '千人',
  '百万人',
  // water used per 10,000 yuan of output (万元GDP用水量39.8立方米/万元)
  '万元',
  '亿元',
  '公里',
  '小时',
  '公斤',
  '千克',
  '年',
  '月',
  '日',
  '天',
  '人',
  '户',
  '吨',
  '亩',
  '辆',
  '次',
  '件',
  '元',
  '升',
  '米',
];

/** Numerators seen only in rates (分/千瓦时: fen per kWh). */
export const ZH_RATE_ONLY_NUMERATORS: Record<string, UnitEntry> = { 分: { unit: '分', kind: 'money' } };

/** A rate after a Latin unit symbol (万元GDP用水量53.9m3/万元): `/` and a Chinese denominator. */
export const ZH_LATIN_RATE_AFTER = /^\/(?:万元|亿元|元|人|年|日|天|平方千米|平方公里)/u;

/** The figure a computing-power unit follows, with its scale word (11.4万 of 11.4万P). */
export const ZH_COMPUTE_FIGURE_END = /[\d.,]+[万亿]?$/u;

/**
 * 總診療人次84.7億, 出入境人次約530萬: a count of occasions named before the figure, with no measure word after it, is
 * counted in that word (group 1).
 */
export const ZH_OCCASION_WORD_BEFORE =
  /(人次|架次|艘次|[辆輛]次|[车車]次|班次|航次)(?:[为為]|[达達]到?|[约約]|近|超过?|逾|共|合[计計]|突?破)?$/u;

/**
 * 每立方米12元, 每公斤20元左右, 每立方米7.8至8.4元, 每坪64.47萬元, 每度電36.7仙, 每公升13.20元, 每度電價皆調漲0.1元: a physical unit
 * the price is per, written before the figure (and a range's low end), or before a few words of the price and its move; the unit is the rate as written (元/立方米, H52-3). Not 每人/每户: 每人GDP names a measure. A
 * density per area (每平方公里1,258人: 人/平方公里, as H86 and H116 write it); not 每年/每月 (每年超過30億元 is 元 in
 * the dev gold, though H116 wrote an allowance 每月1500元 as 元/月).
 */
export const ZH_DENOMINATOR_BEFORE =
  /每\s*(立方米|立方|平方公里|平方米|公顷|公頃|公斤|千克|公里|千瓦时|千瓦時|千瓦小时|千瓦小時|吨|噸|斤|公升|升|度|坪)(?:电|電)?(?:[^\d\s，,。；;、：:每（(）)]{0,6}?(?:调|調|上|下|增|减|減|降|涨|漲|升|加|收|售|价|價|费|費|为|為|仅|僅|约|約|达|達))?\s*(?:约|約|为|為|达|達|仅|僅|只|在)?\s*(?:\d[\d,.]*\s*(?:至|到|-|–|~)\s*)?$/u;

/**
 * A physical unit's Latin symbol after a figure in Chinese text (降水量610.8mm, 水资源总量57840亿m3, 浓度35μg/m3, 590 MHz
 * 頻寬, 平均下載速率95.42Mbps; a transport bulletin's 6 063.46万m, 462.24亿t, 194 044.56亿t·km and 路网密度145.5 km/万km2): kept as
 * written.
 */
export const ZH_LATIN_UNIT_SYMBOL =
  /^\s?(?:μg\/m3|μg\/m³|mg\/L|km\/[万百]km2|km\/[万百]km²|t·km|kW·h|mm|cm|km2|km²|km|m3|m³|m2|m²|kg|kWh|MWh|GWh|kW|MW|GW|ha|MHz|GHz|ppm|ppb|[GMK]bps|kbps|m|t)(?![A-Za-z0-9·])/u;

/** People counted with no measure word after a scale word (12萬考生, 3万游客), whatever the segmenter tags them. */
export const ZH_PEOPLE_NOUNS = new Set([
  '考生',
  '学生',
  '新生',
  '毕业生',
  '市民',
  '居民',
  '村民',
  '农民',
  '网民',
  '游客',
  '旅客',
  '乘客',
  '观众',
  '员工',
  '职工',
  '会员',
  '学员',
  '党员',
  '患者',
  '病人',
  '用户',
  '农户',
  '商户',
  '住户',
  '群众',
  '选民',
  '儿童',
  '老人',
]);

/** 733萬(7,333,200)人: the restatement in brackets after a figure, before the unit both share. */
export const ZH_RESTATEMENT_BRACKET_AFTER = /^[（(]\s*\d[\d,，.\s]*[万亿]?\s*[）)]/u;
/** The restatement's own closing bracket, and the figure and opening bracket before it. */
export const ZH_CLOSE_BRACKET = /^\s*[）)]/u;
export const ZH_FIGURE_THEN_OPEN_BRACKET = /[\d〇零一二三四五六七八九十百千][万亿]?\s*[（(]\s*$/u;

/** 10时30分, 下午3点15分: the hour of a clock time before its minutes. */
export const ZH_CLOCK_HOUR_BEFORE = /[\d〇零一二两三四五六七八九十]\s*[时点]\s*$/u;
/** 10点30分: minutes after the hour make 点 a clock time. */
export const ZH_CLOCK_MINUTES_AFTER = /^\s*[\d〇零一二三四五六七八九十]+\s*分/u;

/** Denominators a count is per (每平方公里1,258人: a density); a count per month or year is a frequency, not read. */
export const ZH_COUNT_DENOMINATORS = /^(?:平方公里|平方米|公顷|公頃)$/u;
