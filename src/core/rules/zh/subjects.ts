// Subject rules of Chinese reports: what is trimmed from either end of the phrase before a
// figure, which words never make a subject on their own, and the words jieba must keep whole.
// Entries are regular-expression sources (most are plain words).
import { ZH_CHANGED_KINDS_LEAD, ZH_NO_MOVE_CHARS_BEFORE_RISE_FALL, ZH_WHOLE_OR_INDUSTRY } from './change';
import { ZH_INTERVAL_UNIT } from './filters';

/** A year in Chinese numerals (二〇二五年, 二零一四年), Taiwan's and Macao's short ones too (民國一0九年, 一九年). */
const CHINESE_NUMERAL_YEAR = '(?:民国)?[一二〇零○0三四五六七八九]{2,4}年';
/** A basis in such a year (较二零一四年的), and Hong Kong's 与上年同期比较: when a change is counted from. */
const CHINESE_YEAR_BASIS = `(?:比|较|与)${CHINESE_NUMERAL_YEAR}(?:同期)?(?:比较|相比)?的?`;
/** Macao's first quarters or months of the year (首三季, 今年首9个月): when. */
const FIRST_MONTHS_OF_YEAR = '(?:今年|本年)?首[一二三四五六七八九十\\d]{1,2}(?:季|个月)';
/** 含 opening what a count includes (含97个教学点), not the first character of a word (含量, 含税). */
const INCLUDES_OPENER = '(?:其中)?含(?![量税氧金水有义])';
const SAME_PERIOD_COMPARED = '与(?:上年|去年|(?:19|20)\\d\\d年)同期(?:比较|相比)';

/** An age band opening a subject (15-64岁的人口, 65岁及以上的人口): part of the population named. */
export const ZH_AGE_BAND_LEAD = /^\d+(?:\s*[-－~～至到]\s*\d+)?\s*周?[岁歲]/u;
/** When/who/how words at the front of a subject (2025年以来, 全市, 累计, 其中): trimmed. */
/** Verbs that follow a topic and its year (全般刑案110年發生, 暴力犯罪2021年共破获): the topic is no place, it stays. */
const ZH_TOPIC_YEAR_VERB = '(?:发生|發生|完成|实现|實現|共|破获|破獲|受理|立案)';

export const ZH_SUBJECT_LEAD = [
  // 2019年底新北市…: the year's end is when, all of it (not 底 left as the phrase's first word).
  '(?:19|20)\\d\\d年(?:以来|来|全年|度|底|末|初)?',
  // 上半年全县农林牧渔业总产值, 今年前三季度: the part of the year a figure is told for, not what it measures.
  '(?:今年|本年|去年|全年)?(?:[上下]半年|前三季度?|一季度|第[一二三四]季度|首季)(?:的)?(?![度末])(?=[\\u3400-\\u9fff]{2})',
  // 桃园2020年住宅…, 桃園109年常住人口…, 本市103年底人口數: the place and the year open the phrase, not what it measures.
  `[\\u3400-\\u9fff]{1,4}?(?:(?:19|20)\\d\\d|1[0-4]\\d)年(?:底|末|初|度)?(?=[\\u3400-\\u9fff]{2})(?!${ZH_TOPIC_YEAR_VERB})`,
  // 海關於二〇二四年的執法案件: so in Chinese numerals (not a basis: 與二○二一年相比).
  `(?:(?![由比较从与起至到同和及])[\\u3400-\\u9fff]){1,4}?[一二〇零○][〇零○一二三四五六七八九]{3}年(?:底|末|初|度)?(?:的)?(?=[\\u3400-\\u9fff]{2})(?!${ZH_TOPIC_YEAR_VERB})`,
  // 桃園國際機場2025年客運量, 桃園國際機場2026年第一季旅運量: a longer holder's name, the year (a quarter or a financial
  // year after it) and then the measure (not a basis year after 較, a start after 自, a time after 在).
  `(?:(?![自从從由至到较較比与與同在])[\\u3400-\\u9fff]){5,10}?(?:(?:19|20)\\d\\d(?:[-－–/]\\d{2})?|1[0-4]\\d)(?:财政年度|年度|年)(?:底|末|初|第[一二三四1-4]季度?|[上下]半年)?(?=[\\u3400-\\u9fff]{2})(?![起以来至到前后後间間度])(?!${ZH_TOPIC_YEAR_VERB})`,
  // 中華郵政今年6月虧損, 台電截至去年12月底的長短期借款, 香港今年年中人口: who and when open the phrase, not what it measures.
  // Only with a month or a part of the year, or after 截至 (not 訪港旅客去年大幅回升: the measure, then when); not a basis
  // (由上年同期的, 比起去年書展的, 比上年末).
  '(?:(?![由比较从与起于在至到同和及])[\\u3400-\\u9fff]){1,4}?(?:(?:截至|截止)(?:今年|去年|本年|上年|前年)(?:\\d{1,2}月(?:底|末|份)?|年中|年底|年末|年初)?|(?:今年|去年|本年|上年|前年)(?:\\d{1,2}月(?:底|末|份)?|年中|年底|年末|年初))(?:的)?(?=[\\u3400-\\u9fff]{2})',
  // A year in Chinese numerals (二〇二五年, 二零二五年第三季): when, as 2025年.
  `${CHINESE_NUMERAL_YEAR}(?:以来|全年|度)?(?:第[一二三四]季度?|[上下]半年)?`,
  // 2024年第1季, 第1季: a quarter in digits, as 第三季度.
  '(?:(?:19|20)\\d\\d年)?第[1-4]季度?',
  // Taiwan's calendar (112年第2季, 预测113年): when, as 2023年.
  '(?:预测|预估)?1[0-4]\\d年(?:第[1-4一二三四]季度?|[上下]半年|全年|度|底|末|初|\\d{1,2}(?:\\s*(?:至|-|—|–)\\s*\\d{1,2})?月份?)?',
  // what is left of one when the year itself was read as a date: 年第2季.
  '年第[1-4一二三四]季度?',
  // 2005-06年度的經營赤字 when its years were read as a date: 年度的.
  '年度(?:的|之)(?=[\\u3400-\\u9fff]{2})',
  // 2005-06年度的經營開支: a financial year, when.
  '(?:19|20)\\d\\d[-－–/]\\d{2}年度(?:的|之)?(?=[\\u3400-\\u9fff]{2})',
  // 9月工業及服務業…薪資, 6月的平均每日成交額: a month opening the phrase says when, not what.
  '\\d{1,2}月(?:份|底|末|初)?(?:[至\\-—–]\\d{1,2}月(?:份|底|末)?)?(?:的|之)?(?=[\\u3400-\\u9fff]{2})',
  // 1-9月地区生产总值: a range of months written with one 月.
  // (Not before a basis or a move: 1-12月同比上涨0.1% keeps its months, read as when; nor before a verb:
  // 1-12月份实现零售额 keeps them, with the verb.)
  '\\d{1,2}\\s*[-－—–~～至]\\s*\\d{1,2}月(?:份|底|末)?(?:累计)?(?:的|之)?(?![份底末]|[同环]比|比|较|累计|增|减|上|下|实现|完成)(?=[\\u3400-\\u9fff]{2})',
  // Taiwan's school year (110學年大專畢業生): when, as 2021年 (what is left of it when 110 was read as a year).
  '(?:1[0-4]\\d|[89]\\d)?学年(?:度)?',
  // 本學年小一新生5012人, 較113學年新生: this school year, or the one compared with, is when, not what.
  '(?:(?:本|今|上|下)|(?:较|比)(?:1[0-4]\\d|[89]\\d))学年(?:度)?(?:的)?',
  // Taiwan's calendar before 100 (99年底, 97年): when, as 2010年底.
  '[89]\\d年(?:底|末|初|度)?',
  // 較98年底扶老比10.55: the basis's year before the measure it restates, when (not what).
  '(?:较|比)(?:1[0-4]\\d|[89]\\d|(?:19|20)\\d\\d)年(?:底|末|初|度)?(?:的)?(?=[\\u3400-\\u9fff]{2})',
  // A bracketed run-in label (【提要】, 【本报讯】): the page's, not the topic.
  '【[^】]{1,10}】',
  // what is left of a date whose year was read as one (108 年 6 月警察机关…, 年1至6月): its month or months.
  '年\\d{1,2}(?:\\s*(?:至|-|—|–)\\s*\\d{1,2})?月(?:份)?',
  '(?:预测|预估)(?:1[0-4]\\d|(?:19|20)\\d\\d)年',
  // 與上年同季比較之經濟成長率: the basis the rate is counted against, not what it measures.
  '(?:与|和)?(?:上年|去年|前一年)?同(?:季|期|月)(?:相)?(?:比较|相比)(?:之|的)?(?=[\\u3400-\\u9fffA-Z]{2})',
  // 名义增长8.8%，扣除价格因素实际增长6.9%: how the real change is counted, not what changed.
  '扣除(?:价格|物价)因素(?:后)?',
  // …加上國際原物料價格續居高檔，致機械器具批發業年增3.9%: the result a cause leads to opens with 致, no part of it.
  '(?:以致|导致|致使|致)(?=[\u3400-\u9fff]{4})',
  // 行政院主計處預測本年CPI年增率, 本行理事會決議本行重貼現率: the body that forecasts or decides, not what is measured.
  '[\\u3400-\\u9fff]{0,8}?(?:处|行|会|局|部|院|署|府|中心)(?:预测|预估|估计|决议)(?=[\\u3400-\\u9fffA-Z]{2})',
  // 預估未來我國總人口將由…: the forecast's words, not what is measured.
  '(?:预估|预计|预测|预料)(?:未来)?',
  // 與113年度相比更分別減少10.48%: what is left of the basis once its year is read (相比, and an adverb).
  '(?:相比|相较|比较)(?:更|还|亦|也)?(?=分别|减少|增加|下降|上升|增长|成长|降低|提高|$)',
  // 統計114年1-3月份則有51件: the count's source and its period, not what is counted.
  '统计(?=(?:(?:19|20)\\d\\d|1[0-4]\\d|[89]\\d)年)',
  '[一二三四五六七八九十]是',
  // 本期發生減少案類為詐欺案21件: the lead of a list of kinds that moved, not the kind.
  ZH_CHANGED_KINDS_LEAD,
  // 折合降水总量73.5亿m³, 折合径流深279.6毫米: the word of a restatement in another unit, not what is measured.
  '折合(?=[\\u3400-\\u9fff]{2})',
  // A heading's enumerator (一、原住民人口分布; 2.111年度直轄市…): the list's order, not the topic.
  '(?:[一二三四五六七八九十]{1,3}|\\d{1,2})、',
  '\\d{1,2}[.．](?=(?:1[0-4]\\d|(?:19|20)\\d\\d)年|[\\u3400-\\u9fff]{2})',
  // 今年一至七月累計的旅運量: a range of months in Chinese numerals, when.
  '(?:今年|本年|去年)?[一二三四五六七八九十]{1,3}至[一二三四五六七八九十]{1,3}月(?:份)?(?:累计)?(?:的|之)?(?=[\\u3400-\\u9fff]{2})',
  // 主计总处今天发布10月…, 统计局日前公布的: the body that reports the figure and the month, not what it measures.
  // 〔記者廖家寧／台北報導〕: a newspaper's byline, who wrote it.
  '[〔【\\[（(]?(?:本报)?记者[^〕】\\]）)，。]{1,20}(?:报导|报道|电)[〕】\\]）)]?',
  // 厦门网讯（厦门晚报记者 某某 通讯员 某某）: a news dateline with its reporters, where and who, not the topic.
  '[\\u3400-\\u9fff\\d]{0,14}(?:网讯|讯|电)[（(][^（）()]{0,40}?(?:记者|通讯员)[^（）()]{0,40}[）)]',
  // 經濟部統計處今（21日）公布, 主計總處今 (22) 日公布: the day in brackets.
  // 聯發科（2454）於8日公布7月業績: a listed company's stock code in brackets and the day it reported on.
  '[\\u3400-\\u9fff]{2,12}?(?:[（(]\\d{4,6}[）)])?(?:于)?(?:今天|今日|昨天|昨日|日前|近日|\\d{1,2}日|[今昨]?[（(]\\d{1,2}日?[）)]日?)?(?:公布|发布)(?:了|的)?(?:\\d{1,2}月份?|(?:19|20)\\d\\d年(?:\\d{1,2}月份?)?)?',
  // 避險工具雖產生損益3737億元: a concession's holder and its 雖 open the clause; what it yields is the measure (a
  // pronoun is no holder: 她雖已還債 keeps its 雖).
  '[\\u3400-\\u9fff]{2,10}?(?:虽然|虽|尽管)(?=[\\u3400-\\u9fff]{2})',
  // 十年来（较87年底）: a span of years and its bracketed basis open the clause, not the topic.
  '(?:[十百几数]|\\d{1,3})年(?:以)?来',
  '[（(](?:较|較|比)[^（）()]{1,12}[）)]',
  '特别是',
  '尤其是',
  // 扣除留抵退税因素后下降24.74%，按自然口径计算下降32.89%: the basis of the computation, not what is measured.
  '扣除[^，。；,;]{1,20}?(?:因素)?(?:后|以后)',
  '按[^，。；,;]{1,12}?口径(?:计算|计)?',
  // 其次為其他未分類消費品，上升23.4%: the rank's word opens the item, it names nothing.
  '(?:其次|再次|随后|最后)(?:为|是)(?=[\\u3400-\\u9fff]{2})',
  // 同期的每千名僱員傷亡率亦由26.7下降至16.9: the period, said again, opens the clause, not the measure.
  '(?:同期间?|同年|同月|期内)(?:的|之)?(?=[\\u3400-\\u9fff]{2})',
  // 同一時間增加最多的是桃園市: at the same time, when (not what moved).
  '(?:同一时[间期]|与此同时|同时期?)(?:的|之|内)?',
  '是',
  '(?:比|较|与)(?:19|20)\\d\\d年(?:同期)?(?:比较|相比)?的?',
  // The same basis with the year in Chinese numerals (较二零一四年的), and Hong Kong's 与上年同期比较.
  CHINESE_YEAR_BASIS,
  SAME_PERIOD_COMPARED,
  // 受疫情影響110學年度境外生人數: what the measure was affected by, not the measure.
  '受[^，。；、\\d]{1,16}?影响(?:的|之|下)?',
  // 今（107）年1-4月捷運客運量: a year named with Taiwan's calendar in brackets, and its months: when.
  '(?:今|去|本|明)\\s*[（(]\\s*\\d{2,3}\\s*[）)]\\s*年(?:\\d{1,2}(?:\\s*[-－—~～至]\\s*\\d{1,2})?月份?)?',
  // 惟營利事業所得稅減少20億元: the conjunction opens the clause, not the measure.
  // (惟占比降至23.8%: a share named bare stays as written.)
  '(?:惟|但是?|然而)(?=[\\u3400-\\u9fff]{2})(?![占佔])',
  // 較112年5月預測數2.04%: the forecast a figure is compared with.
  '(?:较|比)[^，。；、\\d]{0,4}(?:(?:19|20)?\\d{2,3}年)?(?:\\d{1,2}月)?(?:概估数|预测数|初估数|预估数)',
  // 惟與上年度118.5萬元比較, 與102年2.4人相較: the basis a figure is compared with opens the clause (its figure measures
  // what the sentence does), not what is measured.
  '(?:惟|但|而|且|并)?(?:与|和|同)(?:上年度?|去年度?|上年同期|去年同期|(?:19|20)\\d\\d年|1[0-4]\\d年|[89]\\d年)(?:度|同期)?(?:的|之)?',
  // 亦僅次於臺北市之38.2萬元: the place ranked above and its figure, not what is measured.
  '(?:亦|也)?(?:仅)?次于[\\u3400-\\u9fff]{1,8}?(?:之|的)',
  // 與二○二一年相比（即33 891宗）: the bracket restating the basis's level (即 "that is", not 即时, 即将).
  '[（(]?\\s*即(?![时期将使便])',
  // A conjunction or 继 (after) opening the clause: 而二零一五年第三季的升幅, 继…上升0.7%后.
  '而',
  '继',
  // The period a speed is compared with (比前11个月加快, 较1-11月回落, 比11月当月加快; 由前三季度下降…转为增长): a basis
  // in time, not the topic.
  '(?:比|较|与|由)(?:前|上)?(?:\\d{1,2}(?:-\\d{1,2})?|[一二三四五六七八九十]{1,3})(?:个月|月份?|季度)(?:当月|累计)?',
  '(?:比|较|与)(?:上半年|上月|上季度)[底末]?',
  // Two bases at once (比上年全年和上年同期分别加快): the bases, not the topic.
  '(?:比|较)(?:上年|去年)(?:全年|同期|末)?[和及、](?:上年|去年)?(?:全年|同期|末)',
  // 比起去年书展的57万人次, 较无运动者高出12.4%, 仅次于台北市的4.56册: the figure compared with, or ranked behind, is the
  // basis's; what it measures the figure before names.
  '(?:比起|相比于?|相较于?|对比)[^，。；、“”\\d]{0,10}?的',
  '(?:仅|只)?次于[^，。；、“”\\d]{1,10}?的',
  // 同口径完成3.67亿元 (on a like-for-like basis): how the figure is counted, not what.
  '(?:按|扣除[^，]{0,8}后)?同口径(?:计算|计)?',
  // 由上年同期的2.05:1下降为2.02:1: the basis a movement starts from.
  '(?:由|从)(?:上年|去年)?(?:同期|末|底)?的',
  '今年以来',
  '今年',
  '去年',
  '全年',
  '年内',
  '一年来',
  '近年来',
  '当年',
  '本年度',
  '目前',
  '截至目前',
  // 董事會建議派發末期股息每股4.00港仙: the board's proposal, not what is paid.
  '(?:董事会)?现?建议(?:派发|宣派|派付)',
  // 集團截止2023年12月31日止年度的股東應佔盈利, 本集團截至二零二四年六月三十日止年度錄得之綜合盈利: the accounts' period (and
  // whose accounts), not what is measured.
  '(?:本?集团|本?公司)?(?:截至|截止)[^，。；]{1,20}?止(?:财政)?(?:年度|期间|六个月|三个月|九个月)?(?:录得)?(?:的|之)?',
  '截至[^，]{0,12}?(?:底|末|日)',
  '比上年末',
  '较上年末',
  '比上年同期',
  // The same period or month a year before, the month before (较上年同期增加559件, 较上年同月, 较上月): the basis.
  '(?:较|比)(?:上年|去年)同(?:期|月)',
  '(?:较|比)上月[底末]?',
  // 較上周五（2日）11,126.23點, 較6月時數據降1.9個百分點: the week or the month compared with, not the measure.
  '(?:较|比)上(?:周|週|星期)[一二三四五六日天末]?(?:[（(][^）)]{1,6}[）)])?',
  '(?:较|比)(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:时|底|末)?(?:的)?(?:数据|数字)?(?![\\u3400-\\u9fff]{0,1}[份日])',
  // what is left of it once the month was read as a date (較6月時數據, 8月至10月的數字): the period's figures, not the
  // measure.
  '(?:\\d{1,2}月(?:至|-|—)\\d{1,2}月)?(?:时|底|末)?(?:的)?(?:数据|数字)$',
  // 遠高於8月預測的, 略高於原預測, 較預測, 較上期（2018年9月至11月）, 較疫情前: a forecast, the period before or the time
  // before the pandemic a figure is set against, not what it measures.
  '(?:远|略|稍|明显|均)?(?:高|低)于(?:\\d{1,2}月|原|上次|先前)?(?:预测|预估|预期)(?:值|数)?(?:的)?',
  '(?:较|比)(?:原)?(?:预测|预估)(?:值|数)?',
  '(?:较|比)上期(?:[（(][^）)]{1,20}[）)])?',
  '(?:较|比)疫情(?:前|爆发前)',
  // 较前一年轻微上升2% (Hong Kong): the year before.
  '(?:较|比)前一年',
  // Macao's first quarters or months of the year (首三季同比上升50%, 今年首9个月): when.
  `${FIRST_MONTHS_OF_YEAR}(?!的)`,
  '比上年度?',
  '较上年度?',
  '同比',
  '环比',
  '该局',
  '该市',
  '该县',
  '该区',
  '该所',
  '该队',
  '我局',
  '我市',
  '全局',
  '全市',
  '全区',
  '全县',
  '全省',
  '(?:对)?其中',
  // Hong Kong and Macao's 当中 (among them), as 其中.
  '当中',
  // 至於酒吧的總收益 (as for): a topic marker, not part of the topic.
  '至于',
  '同时',
  '此外',
  '另外',
  // 因此酒驾案件收案占…比率 (therefore): a connector to the sentence before.
  '因此',
  '因而',
  // A conjunction that joins the clause to the one before (以及每年超过30亿元的经济收益).
  '以及',
  '并且',
  '并',
  '还(?!本)',
  '又',
  '已',
  '已经',
  '先后',
  '累计',
  '共计',
  // 共 as an adverb (共破获); not the first character of a word (共济, 共建, 共享, 共同, 共有产权).
  '共(?![济建享同担赢识性治商])',
  // 全市在2023年底共有学校45所, 臺中市政府主計處在100年底動員1,309人: who and when before what was counted.
  // (Only an agent, a place or a body, goes: 整體通脹率在2013年全年 keeps the rate.)
  '(?:[^，。；、\\d]{0,14}?(?:市|县|区|省|州|处|局|署|厅|部|委|政府|中心|公司))?在\\s*(?:(?:19|20)\\d\\d|1[0-4]\\d)年(?:底|末|初|内|度)?(?=[\\u3400-\\u9fff]{2})(?![\\u3400-\\u9fff]{1,4}的)',
  // 重点监测企业在国庆长假期间共实现销售额330万元: who and the holiday when, before what was counted.
  '(?:[^，。；、\\d]{0,14}?(?:市|县|区|省|企业|商场|超市|门店|单位|景区|酒店|公司))?在[\\u3400-\\u9fff]{0,4}?(?:春节|国庆|五一|端午|中秋|元旦|假期|节日|节假日|长假|黄金周)[\\u3400-\\u9fff]{0,2}?期间(?=[\\u3400-\\u9fff]{2})',
  // (底共有学校: the 底 of 2023年底 left when the year was read as a figure's date.)
  '[底末](?=(?:共|累计|已|有)[\\u3400-\\u9fff])',
  // 小学281所（含97个教学点）: what a count includes, opened by 含; not the first character of a word (含量, 含税).
  `${INCLUDES_OPENER}(?=[\\u3400-\\u9fff\\d])`,
  // 全县有小学281所, 全省共有教职工: the verb of having, not what is counted; not the first character of a word (有色金属,
  // 有线电视, 有效发明专利, 有进出口实绩企业).
  // (有延长工时者: "those who have", a noun phrase of its own, keeps it.)
  '有(?![色线效机关限序益利力望偿权形氧害毒证进所些的])(?![\u3400-\u9fff]{1,8}者)(?=[\u3400-\u9fff]{2})',
  // 警方共查捕逃犯137人, 嘉義縣警察局…合計共查獲詐騙集團22件, 迄今已查獲14名犯嫌: the agent, the time and the adverb before
  // a verb of police work name who and when, not what was done.
  '[^，。；、\\d]{1,24}?(?:\\d[^，。；、]{0,20}?)?(?:合计共|合计|累计|共计|共|已)(?=查获|查捕|逮捕|破获|抓获|侦破|查处|查扣|缉获|拦阻|捕获)',
  '总计',
  '合计',
  '一共',
  '成功',
  '有效',
  '全力',
  '积极',
  '持续',
  '依法',
  '分别',
  '均',
  '都',
  '仅',
  '最终',
  '最终实现',
  '实现了',
  '实现',
  '达到',
  '通过[^，]{1,10}?，',
  '以来',
  // A holiday or a season before the subject (今年春節期間到急症室求診的人次): when, not what.
  '(?:春节|国庆|假期|节日|节假日|疫情|暑假|寒假|圣诞|新年|中秋|复活节|农历新年)期间',
  '期间',
  // A date before the subject (6月12日载客…), a plan (计划在屯门西划定…), what a project will provide.
  '\\d{1,2}月\\d{1,2}日',
  // 已於9月23日秋節前夕核發: the day and the occasion it was done on.
  '已?于\\d{1,2}月\\d{1,2}日(?:[\\u3400-\\u9fff]{1,4}?(?:前夕|当天|当日|期间))?',
  '计划在',
  '(?:将)?可?提供',
];

/** Words between the subject and the figure (达, 为, 同比下降…): trimmed from the end. */
/**
 * 由2022年12月至2023年2月的1.3%下跌至2023年1月至3月的1.2%, 由去年的5.1%降至, 由回歸初期5,653人增加至現時17,992人: the
 * gap before the second end of a range, a move to it and the period it ends in; that end measures what the first does.
 */
export const ZH_RANGE_SECOND_END_GAP =
  /^[，,]?(?:亦|也|再|又|进一步|進一步)?(?:下降|下跌|下滑|上升|增加|减少|減少|回落|回升|提高|提升|攀升|上涨|上漲|降低|增长|增長|扩大|擴大|收窄|缩小|縮小|降|升|增|减|減|跌|涨|漲)?(?:至|到)(?:[^，。；、,\d]{0,3}(?:(?:19|20)\d\d|1[0-4]\d|[89]\d)年(?:底|末|初|[上下]半年)?(?:[^，。；、,]{0,14}?[的之])?|[^，。；、,\d]{0,3}(?:(?:19|20)\d\d年)?[^，。；、,]{0,14}?[的之]|(?:现时|现在|目前|今年|去年|近年|近几年|本年|年底|年末)(?:的)?)?$/u;

// ZH_TAIL tries these from every position of a subject: a condition on the characters before a word is written after
// the word (`均(?<![平人].)`, not `(?<![平人])均`), so it runs only where the word is; this list runs a fifth faster so.
export const ZH_SUBJECT_TAIL = [
  // 開支較修訂預算減少了15億港元: the budget or forecast compared with, not what moved.
  '(?:较|較|比)(?<=[\\u3400-\\u9fff]{2}.)(?:修订|修訂|原|原来|原來)?(?:预算|預算|预测|預測|预期|預期|估计|估計)',
  // 財政儲備在二○二五年三月三十一日為…: the date the level stood at, not what it measures.
  '在\\s*(?:(?:19|20)\\d\\d|[〇○零一二][〇○零一二三四五六七八九]{3})年(?:[\\d一二三四五六七八九十]{1,3}月(?:[\\d一二三四五六七八九十]{1,3}[日号號])?)?(?:底|末|初)?',
  // 經濟增長進一步放緩至, 增長加快至, 增長介乎: the pace a growth moved to, or the range it lies in (after 增长 only).
  '(?<=增长|增長)(?:进一步|進一步|持续|持續|继续|繼續)?(?:放缓|放緩|加快|加速|放慢|减慢|減慢|提速)(?:至|到)?',
  '(?:介乎|介于|介於)(?<=(?:增长|增長)..)',
  // 人民幣匯款總額於十月份為…: the month it stood in, not what it measures.
  '(?:于|於)(?<=[\\u3400-\\u9fff]{2}.)(?:(?:19|20)\\d\\d年|[〇○零一二三四五六七八九]{4}年)?(?:[一二三四五六七八九十]{1,3}|\\d{1,2})月(?:份|底|末)?',
  // 「電動機械」（增303億元: the bracket that opens on the item's move (and the item's closing quote), not the item.
  '(?<=[\\u3400-\\u9fff]{2})[」』”]?[（(](?:增|减|減|升|降|跌|涨|漲)?',
  // A share's verb at the end (盗窃案件占30%): the part, without the verb.
  '[占佔]',
  // 住宅共计86.8万宅: the verb of a total, not what is counted (收入合计, 支出总计 name budget lines and stay).
  '共计(?<=[\\u3400-\\u9fff]{2}..)',
  // Macao's first months of the year after the subject (电脑犯罪今年首9个月共同比上升): when.
  FIRST_MONTHS_OF_YEAR,
  // A change verb with its degree adverb (案件比去年同期略升近7%, 微升5.3%): the change, not what changed.
  '(?:略|微|稍|小幅|大幅|轻微)[升降增减涨跌]',
  // Hong Kong's press moves a measure with one character (投注额升 5.0%, 比例也增4.33%, 较上一年度升1.8%): the move and its
  // basis, not what moved.
  '(?:比|较)上一(?:财政)?(?:年度?|季度?|月)[升增降减涨跌]?',
  // 数量再翻2倍: the move to a multiple, not the measure.
  '(?:再|又|还|更)?翻了?',
  // 两项数字都较对上一周升六成 (Hong Kong's 对上, "the last"), 较前一周: the week or period before, and its move.
  '(?:都|均|亦|也)?(?:较|比)(?:对上|前|上)一?(?:周|星期|期|季)[升增降减涨跌]?',
  '(?<=[额量数率值价例入出客])[亦也则又均]?[升增降减涨跌]',
  // 出口增, 出口同比增, 總稅收11月增: a one-character move after what moved or its basis (not 新增, a flow; 倍增).
  // (大增, 骤减, 剧增, 缩减, 比增: the whole verb; 年減 after 則 or 呈: Taiwan's year-on-year move, 汽機車批發業則年減.)
  '(?:大|激|暴|骤|猛|急|剧|锐|缩|调|净|递|(?<![同环])比)[增减]',
  '(?:则|亦|也)?(?:呈)?[年月季][增减]',
  // 港產品出口貨量則挫40.4%, 恒指急挫3%: a slump's verb, not what slumped.
  '(?:则|亦|也)?(?:急|下|大)?挫',
  '(?<=[\\u3400-\\u9fff])(?<![新每倍加追净大激暴骤猛急剧锐缩调递])[亦也则又均]?[增减]',
  // 總稅收11月: the month a figure is told for, after what it measures (not 3个月: a span).
  '(?<=[\\u3400-\\u9fff])(?:\\d{1,2}\\s*[-－~～至]\\s*)?(?<![\\d.])(?:[1-9]|1[0-2])月份?',
  // 服务业增4.6%, 深圳港整体增6.36%: an industry's or a whole's move in one character.
  `(?<=${ZH_WHOLE_OR_INDUSTRY})[亦也则又均]?[增减]`,
  // 人口跌破122萬人, 營收失守6000億元: the floor lost, not what fell; 成長更達69.02%: the move and its adverb.
  '(?:跌破|失守|跌穿|跌落)',
  '(?:成长|增长)更',
  // 衣履升5.1%, 日圓貶值1.04%: the one-character move and a currency's, not what moved (not 上升, 下降, 每升).
  // (上升, 回升, 攀升, 提升, 下降 are two-character verbs read elsewhere.)
  `(?<![上下回攀飙提${ZH_NO_MOVE_CHARS_BEFORE_RISE_FALL}])[升降]`,
  '升值|贬值',
  // 出境旅客中以中國大陸居首: the item ranked first among them, not what is counted.
  '中?以[^，。；、\\d]{1,8}(?:居首|居冠|居次)',
  // 竊盜居次3218件: the rank after the item, not part of it.
  '(?:居首|居冠|居次)(?<=[\\u3400-\\u9fff]{2}..)',
  // 零售業總銷貨數量的臨時估計: the reading's kind (a provisional or revised estimate), not what it measures.
  '的(?:临时|修订)?估计(?:数字)?',
  // 泰國(成長比率942%): the rate of growth named in the bracket, not the country's name.
  '[（(]?(?:成长|增长|增加|减少|下降)比率',
  // 2022年回到25万人次, 去年攀升到57万人次: the verb of the level reached, not what is measured.
  '(?:回|攀升|回升|回落|降|升|跌|涨)(?:到|至)',
  // A record set before the figure (全年旅运再创新高，首度突破8000万): a ranking, not what is measured.
  '(?:再|又|屡|再度)?创(?:历史|营运以来)?新高',
  '同比',
  '环比',
  '比上年同期',
  '比上年末',
  '较上年末',
  '比上年度?',
  '较上年度?',
  '比去年同期',
  // A base year after the subject (死亡人数比2020年分别下降, 较96年同期 in Taiwan's calendar): the basis, not what it measures.
  // (较1999 - 2000年的, 较民国103年, 与2012/2013年比较: a survey's years and Taiwan's 民国 calendar too; 仍较五年前、2019年的)
  '(?:仍|亦|也)?(?:比|较|与)\\s*(?:民国)?(?:(?:19|20)\\d\\d|[89]\\d|1[0-4]\\d|[〇零一九][〇零一二三四五六七八九])(?:\\s*[-/–]\\s*(?:(?:19|20)?\\d\\d))?学?年(?:度|同期|末|底)?(?:比较|相比)?的?',
  '(?:仍|亦|也)?(?:比|较)[一二三四五六七八九十\\d]{1,2}年前(?:、(?:19|20)\\d\\d年)?的?',
  // 營收仍較去年同月的（2,760 億元）: the basis with 的 before its level in brackets, an adverb before it.
  '(?:仍|亦|也|均)?(?:较|比)(?:上年|去年)同(?:期|月)的',

  '比去年度?',
  '较去年度?',
  // The period a range starts from (实施率由2003年底30.21%提升至…, 由92年底): when, not what is measured.
  '(?:由|从)(?:(?:19|20)\\d\\d|1[0-4]\\d|[89]\\d)年(?:底|末|初|[上下]半年)?[的之]?',
  // A basis in time after the subject (存款余额较年初的2.1万亿元): the topic's figure then.
  '(?:较|比)(?<!占.)(?:“[^”]{1,10}”|[^，。；、\\d“”]{1,6}?)(?:年?末|年?初|年?底|同期)的?',
  // The period a change is measured against (增速比一季度提高, 较上（103）年同月亦降, 比前五年分别上升, 降幅比同期收窄):
  // the basis, not what changed.
  '(?:较|較|比)(?<![占对].)(?:上|前|去|同|本|今|一|二|三|四|首|第)[^，。；、“”]{0,8}?(?:年|季度?|月|期|周)(?:同期|同月|度|末|底|初)?',
  // A change the basis leads to, left after the subject (降幅比同期收窄, 较上年同月亦降, 较去年增二人).
  '[升降](?<=[亦也均].)',
  // 比106學年少2.1萬人: a difference's 少 or 多 after its basis.
  '(?<=(?:比|较)[^，。；、]{0,5}?(?:年|期|季度|月)(?:同期|同月|末|底|初|度)?)(?:分别)?[增减升降涨跌少多]',
  // A price's move written with one character (西式早點漲8.34%, 台灣則跌0.4%): the move, not the item.
  '(?:则|亦|也|均)?(?<![上下高暴大回])[涨跌]',
  '收窄',
  // 增速比1至8月份加快0.2个百分点: the speed's basis in months and its move, not what moved (the indicator before it is).
  '(?:增速|增幅|降幅|涨幅)?(?:比|较)\\d{1,2}(?:\\s*[-－—~～至到]\\s*\\d{1,2})?月份?(?:加快|回落|提高|下降|放缓|收窄|扩大|回升|上升)?',
  // 成長率修正為-3.31%: a revision's verb, not what it revised.
  '(?:修正|上修|下修)(?:为|至)?',
  // 與102年2.4人相較，每千活產增加0.4人: the comparison's verb left before the move, not what moved.
  '(?:相较|相比|比较)',
  // 略減3.2萬元或2.69%: the 或 of a restated move, when nothing before it names the measure.
  '或(?<![\\u3400-\\u9fff].)',
  // 本地生產總值按年實質收縮23.4%: an economy's contraction, the move and its basis, not what is measured.
  '(?:按年|按季|同比)?(?:实质|实际|名义)?(?:收缩|萎缩)',
  // 美元指數持平於97.77: the verb of an unchanged level, not what is measured.
  '持平(?:于|在)?',
  // 預測下半年CPI年增率將由上半年之0.99%升至1.93%, 高於上年之0.60%: the period a from-to or a comparison starts at.
  '(?:将)?(?:由|自|从|高于|低于)(?:上年|去年|上半年|本年|前年|上季|上月)(?:同期)?之',
  // 全国夏粮因单产提高增产粮食262万吨: the cause and the verb of the gain, not what gained.
  // (Its object is named, not any character: a tail that may end on any character runs ZH_TAIL on every subject.)
  '因(?<=[\\u3400-\\u9fff]{2}.)[\\u3400-\\u9fff]{2,10}?(?:增产|减产)(?:粮食|[夏秋早]粮)?',
  // 本年第一季呈負成長10.24%: the verb showing the move's sign, not what moved.
  '呈(?:负|正)?',
  // 利率上调0.25个百分点, 由8%下调为7.5%, 重貼現率調升0.125個百分點: the verb of a rate's adjustment, not what is
  // adjusted.
  '(?:调高|调低|上调|下调|调升|调降)(?:为|至|到)?',
  '分别',
  // The physical unit a price is per (成本為每立方米12元), the area of a density (每平方公里1,258人): the figure's
  // unit, not what it measures.
  '(?:每|每一)(?:立方米|立方|平方公里|平方米|公顷|公頃|公斤|千克|公里|千瓦时|千瓦時|吨|噸|斤|升|坪)',
  // 按月及按年分別下降1.1個百分點: the bases of a pair of moves, no part of what moved.
  '按[年月季](?:及|和|与|、)按[年月季]',
  // 死亡率為每十萬人口743.4人, 每千活產2.8人: the denominator of a rate, the figure's unit, not what it measures.
  '(?:为)?(?:每|每一)(?:千|万|十万|百万|百|一百|一千|十)(?:活产|人口|人|名|户|对夫妇)?',
  // 發給慰問金每人20萬元, 末期股息每股4.00港仙: the head or share a payment is counted per, after what is paid.
  '每(?<=[\\u3400-\\u9fff]{2}.)(?:人|户|名|位|家|股)',
  // 利率分別維持年息1.25%: the rate held and its yearly basis, not what is measured.
  '(?:分别)?(?:维持(?:在)?)?年息|(?:分别)?维持(?:在)?年利率',
  // A currency declared for the text (新臺幣(下同)304億元): the unit's note, not what is measured.
  '[（(﹙][^（）()﹙﹚]{0,8}下同[）)﹚]',
  // A currency named before the figure (开支为港币452亿元): the figure's unit, not what it measures.
  '(?:港币|港幣|澳门币|澳門幣|新台币|新臺幣|人民币|美金)',
  // 预算达成率(累计实收数/全年预算数): the formula a rate is defined by, in brackets after its name.
  '[（(][^（）()/]{1,20}/[^（）()/]{1,20}[）)]',
  // A milestone passed (外贸进出口总值首次突破700亿元): the verb, not the thing.
  // 營收首度突破7兆元, 出口已連續第三個月站上600億美元: the first time, or the run of months, too.
  // (After a measure's name only: a clause opening 首度突破 is read on from the clause before.)
  '(?:(?<=[\\u3400-\\u9fff])(?:首度|(?:已|已经)?连续第[一二三四五六七八九十\\d]{1,3}个?(?:月|年|季度?))|首次|历史性|连续|接连)?(?:突破|冲破|跨越|迈上|跃上|站上|冲上)',
  // 产业营收超全市三分之一: more than a share of the whole, the comparison, not the measure.
  '(?:超过?|逾)(?:全[国省市区县州镇]|总[数量额])的?',
  // 整體投訴數字破4萬宗: a measure's 破 alone (not 侦破, the cases solved).
  '破(?<=[数额量值字].)',
  // 春播粮食已过2成, 早稻栽插过7成: progress past a share, the verb, not what progressed.
  '已过|(?<=[插种播收秧])过',
  '平均',
  // 同比实际增长, 同比名义下降: real or nominal is how the change is counted, not what changed.
  '实际',
  '名义',
  // 按年实质上升 (Hong Kong's 同比实际增长): the basis and the measure of a change, not what changed.
  '实质',
  '按[年季月]',
  // 年均增长 (on average a year): 年 with 均 (not the 年 of 青年, 成年).
  '年均(?<![青少成老中]..)',
  '均(?<![平人].)',
  '再',
  '各',
  '共',
  '上涨了?',
  '下跌了?',
  '回落',
  '增产',
  '减产',
  '多增',
  '少增',
  '累计',
  '仅',
  '约',
  '近',
  // 出超, 入超 (a trade surplus, deficit) end on 超 as a noun (not 收入超, 支出超).
  '超(?<!(?:^|[^收支投输流进转])[出入].)',
  '超过',
  // 一般公共预算收入完成520亿元, 民生实事全面完成: the verb of an amount done (and how), not part of what was done.
  '(?:全面|如期|顺利|基本|提前|超额|圆满)?完成',
  // 收入预计完成207亿元: an estimate's word, how the amount is known, not what it is of.
  '预计',
  // 火警合共226宗, 常住人口計有265萬人: a total's verb (Hong Kong's 合共, Taiwan's 計), not what is counted.
  '合共',
  // 总人口将由2024年之…减少至: the future's auxiliary, not part of the subject.
  '将(?<![大中少上主武名老].)',
  '计(?<![统会设估审预核伙生算诡总合累共].)有?',
  '达到',
  '高达',
  // PM10浓度处于70~120μg/m3之间, 介于: the verb of a range, not what is measured.
  '(?:处于|介于)',
  '达',
  '为(?<![行作认成因称视].)',
  // 年平均气温较常年偏高1.1°C: a climate figure's departure from the normal, not what departed.
  '(?:较|比|与)(?:常年|历年|多年平均|多年均)(?:同期)?(?:值)?(?:相比)?(?:偏高|偏低|偏多|偏少|偏大|偏小|偏早|偏晚|多|少|增加|减少)',
  // 刑案計發生7,915件: the verb of what happened, not what happened.
  '(?:计|共)?发生',
  '是',
  // 全县拥有127亿元资产, 尚有127億元債務: a verb of holding, whole (not its 拥 or 尚 left behind).
  '(?:拥|擁|具|持|享|现|現|尚|还|還|仍|另)有',
  '有',
  '已',
  '了',
  '下降了?',
  // 較去年同期衰退44% (Taiwan's press: a fall).
  '衰退了?',
  '减少了?',
  '降低了?',
  '上升了?',
  '增长了?',
  // Taiwan's 成長 (回收量成長十四.三%): growth, not part of what grew.
  '成长了?',
  '增加了?',
  '提高了?',
  '提升了?',
  // 年減幅, 年增幅: Taiwan's yearly rate of change, its 年 too.
  '年?降幅',
  '年?[减減]幅',
  '年?增幅',
  '年?涨幅',
  '升幅',
  '跌幅',

  // Hong Kong and Macao: 录得 (recorded) before a figure or its change, 则 (while) after a contrasted topic.
  '录得',
  '则(?<![原规法准细否].)',
  '年增',
  '缩短至?',
  '缩短了',
  '降至',
  '增至',
  // A level held or reached (粮食总产量稳定在550亿斤, 占比升至48%, 浓度降到32.4微克/立方米): how, not what.
  '稳定在',
  '保持在',
  '控制在',
  '维持在',
  '维持于',
  '(?:跃|攀|飙|回)?升(?:至|到)',
  // 分別恢復至1.16倍: back to a level, how, not what.
  '恢复(?:至|到)',
  // 较全省总体增速高1.87个百分点, 恢复至2019年同期水平的81%: a gap to another area or a share of an earlier level, of the
  // measure named before.
  '(?:较|比)(?:全国|全省|全市|全区|全州|全县|全盟)(?:总体|平均|同期)?(?:增速|增幅|水平|平均水平)?',
  '(?:(?:19|20)\\d\\d年)?同期水平的?',
  // 銷售金額在近2年來增加百億元: the span of the move, not what moved.
  '在?(?:近|过去)?\\d{1,2}年(?:以)?来',
  // 總發電量相較於2018年削減0.5%: the basis year and the cut, not what was cut.
  '(?:相较于?|相比于?)(?:(?:19|20)\\d\\d|1[0-4]\\d)年(?:同期|度)?',
  '削减',
  // 北捷衰減約15%, 同比減虧2.69億元: a fall (of ridership, of a loss), not what fell; 支出約減3億元: about a fall.
  '衰减',
  '[减增]亏',
  '约[增减]',
  '降到',
  // 觀光人數來到107萬人, 已逼近108萬人, 已超越了97萬人 (Taiwan's press): a level reached or neared, how, not what.
  // 價格已凍漲十餘年: a price frozen, how long, not what.
  '(?:已)?冻涨',
  // 公共预算收入较年初短收5645万: the basis and the budget's move, not what moved.
  '(?:较|比)(?:年初(?:预算)?|上年|去年)?(?:增收|减收|增支|减支|短收|超收|节支)',
  '来到',
  '逼近',
  '超越了?',
  // 已逼近105年的108萬人, 超越了104年的97萬人: the year whose figure is neared or passed, not what is measured.
  '(?:逼近|超越了?|接近|超过|高于|低于)(?:(?:19|20)\\d\\d|1[0-4]\\d)年的',
  '至',
  '到',
  // 就業不足率亦由2022年12月至2023年2月的(1.3%): the period the range starts in, not what it measures.
  // Not 由於 (because).
  '(?:亦|也)?(?<![理自经經缘緣])(?:由|从|從)(?![於于])[^，。；、“”,;]{0,24}?的',
  '由',
  '从',
  // 非本地生人數由回歸初期5,653人: the start of the span a range runs over, not what is measured.
  '(?:由|从)(?<![理自经缘].)[^，。；、“”,;\\d]{0,6}?(?:初期|之初)',
  // Adverbs and time phrases between the subject and a change (整体投资在去年进一步飙升, 失业率自年中…, 公司淨值去年已回升至).
  '在去年',
  '(?:去|今)年',
  // 财政储备未来5年可维持在: the time frame of a forecast, not what it measures.
  '(?:未来|今后)\\d{1,2}年',
  '在(?:第[一二三四1-4]季度?|[上下]半年|年内|年底|年初|年中)',
  '进一步',
  '大幅',
  // 詐騙案顯著下跌30.9%: how markedly it moved, not what moved.
  '(?:显著|顯著|明显|明顯)(?<=[\\u3400-\\u9fff]{2}..)',
  '飙升',
  '亦',
  '也',
  '可',
  '自(?:年中|年初|年底|去年(?:年[初中底])?)',
  // An indefinite count before a noun the figure measures (划定一幅约10公顷的土地).
  '[一两][幅个间项宗所座]',
];

/** Punctuation at either edge of a subject. */
export const ZH_SUBJECT_EDGE = /^[\s，,、：:；;（(”"'’·\-—]+|[\s，,、：:；;（(“"'‘·\-—]+$/gu;

/** POS tags that never start a subject: time, pronoun, adverb, preposition, conjunction, numeral, particle. */
export const ZH_SKIP_LEAD_TAGS = /^(t|tg|r|rr|rz|d|p|c|m|mq|q|u|uj|ul|uz|ud|ug|y|e|o|f|x)$/;

/**
 * Where the counted noun after a measure word ends: a change phrase, a list, an approximation (100个以上), a verb of
 * action (7500多家境外企业进行了…投资). 以上 and 以下 written after a word are part of the noun (规模以上工业企业,
 * 地级以上市), not an approximation.
 */
export const ZH_NOUN_AFTER_STOP =
  /(同比|环比|比上年度?|较上年度?|比去年度?|较去年度?|分别|均|进行|，|(?<![\u3400-\u9fff])(?:以上|以下)|左右|将|中(?=有?\d)|完成(?=[^，。；\d]{0,4}\d)|实现(?=[^，。；\d]{2,6}\d)).*$/u;

/**
 * The noun phrase an amount is of, after 的 (涉及600亿元的新政策, 每年超过30亿元的经济收益); not a level or
 * a change word (3.2%的低位, 8.1%的增长).
 */
export const ZH_OF_NOUN_AFTER = /^的([^，。；：！？、,;:!?\n（(\d]{2,12})/u;
/** 臺中市以15%的得票率拿下…: 以 (by means of) right before the figure; who used the means is not what it measures. */
export const ZH_BY_MEANS_OF_END = /以$/u;
/** 75%的重點企業已選擇在港設立…總部: the predicate after the noun a share is of (from 已, 正, 均, 将 …), cut off. */
export const ZH_PREDICATE_AFTER_OF_NOUN =
  /(?<=[\u3400-\u9fff]{2})(?:已经|已經|已|正在|正|均|都|将|將|仍)[\u3400-\u9fff].*$/u;
// (錄得2.5%的溫和增長: a move, its manner before it, in either script.)
export const ZH_NOT_OF_NOUN =
  /^(?:高位|低位|水平|平均|目标|目標|幅度|增幅|降幅|增速|速度|比例|比重|份额|份額|[\u3400-\u9fff]{0,2}(?:增长|增長|下降|上升|下跌|上涨|上漲|回升|回落)|提振|好成绩|好成績|成绩|成績|规模|規模|历史|歷史|新高|新低|基础|基礎|水准|水準|年均)/u;
/** A bracketed aside right after a figure (（不含航空港区）): skipped when reading the counted noun. */
export const ZH_ASIDE_AFTER = /^\s*[（(][^（()）]{1,16}[）)]/u;
/** Not a counted noun: what follows the measure word starts a new predicate (an adverb too: 1194公里全线贯通). */
/** A figure in tenths (4成, 六成). */
export const ZH_TENTHS_SPAN_END = /成$/u;
/** A share's span: a percent sign or tenths (89%, 六成). */
export const ZH_SHARE_SPAN_END = /(?:[%％]|成)$/u;
/** The group a share in tenths is of, written right after it up to a joiner or a predicate (4成救護車及…, 4成救護車已逾齡). */
export const ZH_GROUP_AFTER_TENTHS =
  /^(?!的|以上|以下|左右|多|余|之|至|到|为|是|追|达|主因|由于|因|按|较|比|上升|下降|增|减|升|降|涨|跌)([\u3400-\u9fff]{2,8}?)(?=及|和|与|、|，|,|。|；|已|的|逾|为|是|都|均|皆|仍|需|将|在|有|超|达|\s|$)/u;
/** A move right before the tenths (升近八成, 增长两成): the tenths are its size, not a share of a group. */
export const ZH_MOVE_BEFORE_TENTHS = /(?:升|增|降|减|涨|跌|长|少|多|加|高|低|回落|下滑)(?:了|近|约|逾|超过?|达|至)?$/u;
export const ZH_NOUN_AFTER_VERB_LIKE =
  /^(大关|大關|关口|關口|(?:为|為)(?:限|最|历史|歷史|近|新高|新低|高峰|峰值)|占|或|以|在|于|并|和|(?:与|與)(?![^，。；、,;]{1,16}?(?:有关|相关|无关|有關|相關|無關)的)|及|进行|开展|达到|達到|下降|上升|增长|增長|减少|減少|增加|提高|提升|同比|环比|下跌|下滑|上涨|上漲|回落|回升|跌|涨|漲|[较較](?!大[^幅])|比|降|增|升|[减減](?=[至到少幅为為了])|就(?![业業医醫学學读讀诊診])|即|后|前|内|中|来|左右|全线|全部|全面|基本|顺利|成功)/u;

/**
 * Words jieba cuts where a subject must stay whole (零碳园区 → 零碳/园区 in some contexts; 人均可支配收入
 * → 人均/可/支配/收入 with verbs inside), added to its dictionary as nouns.
 */
export const ZH_SUBJECT_WORDS: Array<[string, string]> = [
  ['破案率', 'n'],
  ['发案率', 'n'],
  ['满意度', 'n'],
  ['安全感', 'n'],
  ['覆盖率', 'n'],
  ['化解率', 'n'],
  ['立案数', 'n'],
  ['破案数', 'n'],
  ['犯罪嫌疑人', 'n'],
  ['电诈', 'n'],
  ['民辅警', 'n'],
  ['警情', 'n'],
  // Kinds of school whose name opens with a span of years (九年一贯制学校: not 九年, a time).
  ['九年一贯制', 'n'],
  ['十二年一贯制', 'n'],
  // Indicators of work reports, communiqués and budgets that jieba cuts into verbs (预算/v 收入/v).
  ['零碳园区', 'n'],
  ['零碳工厂', 'n'],
  ['人均可支配收入', 'n'],
  ['可支配收入', 'n'],
  ['一般公共预算收入', 'n'],
  ['一般公共预算支出', 'n'],
  ['政府性基金预算收入', 'n'],
  ['政府性基金预算支出', 'n'],
  ['国有资本经营预算收入', 'n'],
  ['国有资本经营预算支出', 'n'],
  ['社会消费品零售总额', 'n'],
  ['规模以上工业增加值', 'n'],
  ['固定资产投资', 'n'],
  ['货物进出口总额', 'n'],
  ['居民消费价格', 'n'],
  ['城镇新增就业', 'n'],
  ['城镇调查失业率', 'n'],
  ['研发经费投入强度', 'n'],
  ['新质生产力', 'n'],
  ['专精特新', 'n'],
  ['小升规', 'n'],
  ['瞪羚企业', 'n'],
  ['算力', 'n'],
  // Crime names of police, procuratorate and court reports (故意 is no adverb in 故意杀人).
  ['故意杀人', 'n'],
  ['故意伤害', 'n'],
  ['故意毁坏财物', 'n'],
  ['过失致人死亡', 'n'],
  ['危险驾驶', 'n'],
  ['寻衅滋事', 'n'],
  ['聚众斗殴', 'n'],
  ['组织卖淫', 'n'],
  ['非法吸收公众存款', 'n'],
  ['集资诈骗', 'n'],
  ['电信网络诈骗', 'n'],
  // Hong Kong and Macao's names of the same indicators (本地生產總值 is GDP; 本地 alone reads as a pronoun).
  ['本地生产总值', 'n'],
  ['综合消费物价指数', 'n'],
  ['私人消费开支', 'n'],
  // Education statistics' levels (jieba tags 本科 a pronoun, as 本 is one).
  ['本科', 'n'],
  // Hong Kong's and Macao's visitor kinds (不 would open 不过夜旅客 as an adverb, leaving 旅客).
  ['不过夜旅客', 'n'],
  ['留宿旅客', 'n'],
];

/**
 * A phrase made only of these says how a figure moved or stood, not what it measures (调增, 比年初,
 * 只, 按年, 调整为): such a figure measures what the figure before it in the sentence measures.
 */
/**
 * 基金支出合计18055亿元，比上年增长3236亿元，增长率为21.8%: a rate of change named alone is the rate of what the
 * figure before it in the sentence measures.
 */
/** 较上月增加9千人或0.08%, 减少29件或减4.75%: the same change restated after 或 (the gap after the figure before). */
export const ZH_RESTATED_AFTER_OR = /^\s*或(?:[增减降升]|增加|减少|下降|上升)?\s*$/u;

/**
 * 世界主要国家(地区)最新失业率如次：法国10.5%，加拿大6.8%…: a measure named before a colon, then names each with its
 * figure. The lead (group 1) and the items before the figure (names and figures only, no verb).
 */
export const ZH_LIST_LEAD_COLON = /([^，,。；;：:！？\n\d%％]{2,30}?)(?:如次|如下|分别为|依次为|依序为)?[：:]$/u;
export const ZH_NAMED_ITEMS_BEFORE =
  /^(?:[^，,、。；;：:！？\d\s]{1,5}[\d.,]+[%％‰]?[^，,、。；;：:！？\d]{0,3}[，,、]\s*)*[^，,、。；;：:！？\d\s]{1,5}$/u;
/** The joiner or lead before a list item (及网上投资骗案, 则包括网上购物骗案): no part of the item's name. */
export const ZH_ITEM_JOINER_LEAD = /^\s*(?:及|和|与|以及|则包括|包括|则有|其中)/u;
/** The joiner that opens a list's next item after the item before's bracket ((+40.3%)及网上投资骗案). */
export const ZH_NEXT_ITEM_JOINER = /^\s*(?:及|和|以及)/u;
/** A move or a manner inside an item's clause (…以低于趋势速度增长): a predicate, not a name. */
export const ZH_MOVE_IN_ITEM = /[增减降升涨跌]|一直|以/u;
/** 增长9.3%(全国为9.2%), （全省为8.1%）: a bracket that opens with an area and 为 holds the figure's basis there. */
export const ZH_AREA_BASIS_IN_BRACKET =
  /[（(]\s*(?:全国|全省|全市|全区|全州|全县|全疆|全盟|全港|全澳|全台)(?:平均)?(?:水平)?(?:为|是)?\s*$/u;
/** Words that rank places (以台北市最高, 基隆市次之, 居第4): the places are ranked by a measure named before. */
export const ZH_PLACE_RANKING = /最高|最低|最多|最少|次之|居第|居首|居冠|依序|依次/u;
/** A figure right after an opening bracket: a basis or an aside, not the unit's own figure. */
export const ZH_BRACKET_OPEN_BEFORE = /^[（(]$/u;
/** A comma between digits (1,024): a figure's group separator. */
export const ZH_DIGIT_GROUP_COMMA = /^\d,\d$/u;
/** An item whose move is its own clause is a short name (网上购物骗案); a longer clause is no item. */
export const ZH_MOVE_ITEM_MAX_LENGTH = 16;
/**
 * 香港:營業額下降12.2%, 北京：销售额为4.24亿元: the item before the figure names a measure (…额, …率) or moves (下降): it is
 * the measure itself, and the label before the colon a place or a part, not a lead shared out to names.
 */
export const ZH_ITEM_NAMES_MEASURE =
  /(?:值|额|額|量|率|数|數|价|價|收入|支出|投资|投資|利润|利潤|指数|指數|营收|營收|[升增降减減涨漲跌]|上升|下降|增长|增長|减少|減少|增加|为|為)$/u;
/**
 * 分类别看：, 从行业看：, 调整事项主要：: a breakdown or an opener before the colon, not a measure; nor 上涨的有： (the classes
 * that moved: each item names its own measure).
 */
export const ZH_NOT_LIST_MEASURE = new RegExp(
  `^(?:分|从|按).{1,8}(?:看|分)$|主要$|包括$|其中$|${ZH_CHANGED_KINDS_LEAD}$`,
  'u',
);

// (Taiwan's 成長率 and 年增率 too.)
export const ZH_BARE_RATE_OF_CHANGE = /^(?:增长率|增加率|增长速度|增速|增幅|降幅|涨幅|成长率|年增率)$/u;
/** The clause before such a figure opens with the rate word itself (增长率为; not 自然增长率为, a measure of its own). */
export const ZH_BARE_RATE_CLAUSE =
  /^\s*(?:增长率|增加率|增长速度|增速|增幅|降幅|涨幅|成长率|年增率)(?:为|是|达|达到)?\s*$/u;

/**
 * Words that name nothing measured when they are all a subject is (相應上升1.1%, 累積5萬戶, 其次為3萬人, 短短兩年間衝破):
 * an adverb, a ranking word or a verb of the figure; a daily average's 日均 (日均环比增长3.2%); the plan a completion rate
 * is of (为年计划103%). The figure before, or the clause before, names the measure.
 */
export const ZH_NOT_A_SUBJECT_WORD =
  /^(?:相应|相應|累积|累積|其次|最高|最低|最多|最少|显著|顯著|明显|明顯|短短|余下|餘下|优于|優於|主要|续|續|骤|驟|大幅|小幅|同时|同時|此外|另外|分别|分別|相比|随之|隨之|以|贡献|貢獻|日均?|月均|年均|(?:全?年|年度)?计划|(?:全?年|年度)?計劃)$/u;

/** 其次為其他未分類消費品: a rank's word and 為 before the item it ranks. */
export const ZH_RANKED_ITEM_LEAD = /^\s*(?:其次|再次|随后|隨後|最后|最後)\s*(?:为|為|是)/u;

/** 總收益，以價值計上升12.7%，以數量計則上升12.0%: the terms a move is measured in (after 以), not what moved. */
export const ZH_IN_TERMS_WORD = /^(?:价值|價值|数量|數量|实质|實質|名义|名義)$/u;
export const ZH_IN_TERMS_BEFORE = /以$/u;

export const ZH_PREDICATE_ONLY = [
  '(?:19|20)\\d\\d年',
  // 與去年12月比較，則減少2萬5648人: the basis a move is stated against, set off by its comma, not what moved.
  '与(?:去年|上年|前年|上月)?(?:同期|同月|\\d{1,2}月(?:底|末)?)?(?:比较|相比|相较)[，,]\\s*(?:则|亦|也)?',
  // 而第二季的升幅為3.7%: what is left of a phrase whose period and change word were read off.
  '的',
  // 修正為-3.31%(原為-2.87%), (7月概估數為1.45%), 較5月預測數2.04%下修: the measure's earlier reading or forecast, and a
  // revision's verb, say what the figure was, not what it measures.
  '原(?:来)?(?:为)?',
  '(?:\\d{1,2}月|上次|前次|原)?(?:概估数|预测数|初估数|预估数|初步统计数)(?:为)?',
  '(?:上修|下修)',
  // 旅客中以中國大陸居首: the rank the item holds, not what is counted.
  '(?:居首|居冠|居次)',
  // 網上銷售佔7.3%，臨時估計為24億元, 7月…的修訂估計亦…上升: the reading's kind (a provisional or revised estimate), not
  // what it measures.
  '(?:临时|修订)?估计(?:数字)?(?:为|亦|则)?',
  '修订',
  // 較上一次公佈的約3 500宗還要高出約66%: the comparison's verb, not what is compared.
  '(?:还|亦|也|更)?要?(?:高出|多出|低出|少出|超出)',
  // 至平均每天5,496人次, 平均每日处理380万件: how often, not what is counted.
  '(?:平均)?每(?:天|日|月|周)(?:平均)?(?:处理)?',
  '第[一二三四1-4]季度?',
  // 较第2季的35%: a quarter as the basis, as 较去年同期的; 比第2季的6.33%: the quarter left when the segmenter's tags
  // trimmed 比第 off.
  '(?:较|比)?第?[1-4一二三四]季度?的?',
  // 同樣大跌45%, 暴增: a move with its degree adverb, not what moved.
  '(?:大|暴|急|狂)(?=[增减降升涨跌])',
  // …为17399元；同比增长9.3%: year on year (or month on month) says against what, not what moved.
  '同比|环比',
  // 较常年偏高1.0℃, 比常年同期偏多6.8%: a climate figure's departure from the normal, not what departed; so is a water
  // bulletin's from the long-term mean (比多年均值多8.7%, 与多年平均值相比减少13.7%).
  '(?:较|比|与)(?:常年|历年|多年平均|多年均)(?:同期)?(?:值)?(?:相比)?(?:偏高|偏低|偏多|偏少|偏大|偏小|偏早|偏晚|多|少|增加|减少)?',
  // 5年內減少1萬9694件, 近5年: a span of years says over how long, not what.
  '近?\\d{1,2}年(?:内|来|间|以来)?',
  // 三季度, 前三季度, 两年 (两年平均增长): a quarter or a span of years alone says when, not what.
  '(?:前)?[一二三四]季度',
  '[两三四五]年(?:平均)?',
  '首[一二三1-3]季',
  '[上下]半年',
  '全年',
  '年中',
  '年内',
  '去年',
  '今年',
  '比年初',
  '较年初',
  // A basis in time (较“十三五”末的9323.1亿元, 比上年同期的): the figure of the topic then, not another topic.
  '(?:较|比)(?:“[^”]{1,10}”|[^，。；、\\d“”]{1,6}?)(?:年?末|年?初|年?底|同期)',
  // A basis year (比2019年度的42.43億元, 較113年度2,070公克, 比一九年度的, Macao's and Taiwan's years too): the figure of the
  // topic then.
  '(?:比|较|与)(?:(?:19|20)\\d\\d|1[0-4]\\d|[89]\\d|[〇零○一二九][〇零○一二三四五六七八九])学?年度?(?:同期)?(?:比较|相比)?[的之]?',
  // 較上次調查增加27.2萬頭, 較上次調查的934頭, 和2024年11月同期相比則減少169場, 四年間增加了: the basis or the span, the
  // topic's figure then.
  '(?:较|比)(?:上|前)一?次(?:调查|普查|统计)?[的之]?',
  '同期(?:相比|比较)?(?:则|亦|也)?',
  '(?:较|比)?(?:前一?|上一?|去)年同期的?',
  '间',
  // what is left of 比2019年度的 once its year was read as a date
  '度的?',
  // 較上一年度的25.84億元: the year before, the topic's figure then.
  '(?:较|比)(?:上一?|前一?|去)(?:财政)?(?:年度?|季度?|月)的?',
  '恢复(?:至|到)',
  // 已由2022年超過300日，顯著回落至2024年12月底約190日: a move to a level and the date it was reached by.
  '(?:显著|明显|大幅|逐步|进一步|持续)?(?:回落|回升|下降|上升|下跌|减少|增加|缩短|延长)(?:至|到)',
  '\\d{1,2}月(?:底|末)',
  '[减增]亏',
  // 年均增长4.7% (年 is all that is left of it once 均 and 增长 are trimmed).
  '年均',
  '年',
  // 月跌0.69%, 季增1.2%: what is left of the month's or quarter's move
  '月',
  '季',
  // 为连续15个月负成长, 虽连续六个月低于2%, 创20个月最高: a run or a record of the measure named before
  '连续',
  '负',
  '虽',
  '创',
  '比年末',
  '比上月',
  '比上季',
  '调整为?',
  '调增',
  '调减',
  // 比增11% (比上年增长, abbreviated): how the figure moved, not what
  '比增',
  '比降',
  // 同比变好12.2%, 多征了80%: how the figure moved, not what
  '(?:同比|环比)?变好',
  '多征了?',
  '比减',
  '调升',
  '调降',
  '变为',
  '回升至?',
  '回落至?',
  '跃升到?',
  '跃升至',
  '保持在?',
  '维持在?',
  '稳定在',
  '控制在',
  // 91年度处在高峰达798万吨，期间104年度曾下滑为722万吨，惟106年度再攀升为787万吨: a move or peak of the measure named before.
  '下滑',
  '攀升',
  '滑落',
  '下跌',
  '上涨',
  '处在?高峰达?',
  '曾',
  '惟',
  '期间',
  '(?:[89]\\d|1[0-4]\\d)年度',
  '提高到?',
  '提高至',
  '增加到?',
  '增加至',
  '增长',
  '增加',
  // 开户数642.29万户，新增46.44万户: the flow of what the figure before counts.
  '新增',
  // 總收益，以價值計上升12.7%，以數量計則上升12.0%: in what terms the move is measured, not what moved.
  '以(?:价值|数量|实质|名义|货值|重量|件数|人数)?计(?:算)?(?:则)?',
  // 比上年增收1848万元, 减支37529万元, 较年初短收5645万: a budget's move, of the revenue or spending named before.
  '(?:增收|减收|增支|减支|短收|超收|节支)',
  '上升',
  '下降',
  '减少',
  '扩大到?',
  // How a speed moved against an earlier period (比前11个月加快0.2个百分点): the speed of what the figure before measures.
  '加快',
  '放缓',
  '减缓',
  '收窄',
  '缩小',
  // 由前三季度下降0.8%转为增长0.5%: the turn of what the figure before measures.
  '转为?',
  '按年',
  '按月',
  // 按月及按年分別下降1.1個百分點: the bases of a pair of moves of what the figure before measures.
  '按[年月季](?:及|和|与|、)按[年月季]',
  '年增',
  // 中位数为94.0万元，增1.2%: a single-character verb alone moves what the figure before measures.
  '[增减降升涨跌]',
  // 比上年末高0.9个百分点, 全年累计增加5.44万亿元，同比多增2125亿元: a comparison or a cumulative flow of the same measure.
  '[高低]',
  '累计',
  '多增',
  '少增',
  CHINESE_YEAR_BASIS,
  SAME_PERIOD_COMPARED,
  // 按不变价计算增长5.6%, 按可比口径计算, 按平均汇率计算: the prices or terms a growth is counted in, not what grew.
  '按?(?:不变价|可比价|现价|可比口径|同口径|口径|平均汇率)格?(?:计算|折算)?',
  '可比',
  // 上升幅度為7.92%, 平均每年增長2.4%: the size or pace of a move alone, of the measure named before.
  '(?:上升|下降|增加|减少|增长|成长|降低|提高)幅度',
  '平均每年',
  '回升',
  // 比多年平均值偏少22.5%: the departure from the long-term mean, not what departed.
  '(?:较|比)?(?:多年)?平均值?(?:偏高|偏低|偏多|偏少|偏大|偏小)',
  // 較去年同期仍大減14.6%: still, how the move stands, not what moved.
  '(?:仍然?|依然|依旧)',
  // 修正為1.08％（原統計為1.12％）: the figure before the revision, of the measure revised.
  '原(?:统计|估计|预估|预测|公布|数)?(?:为|是)?',
  // 較今年度的2224億多新增了387億: a basis named by its year alone, of the measure named before.
  '(?:比|较|與|与)(?:今|去|上|本|前|明)年度?(?:同期)?的?',
  '录得',
  '升幅',
  '跌幅',
  '平均',
  '实质',
  '实际',
  '名义',
  // 其中9月份上涨1.0%: a month or quarter alone is when, the figure before gives what.
  '\\d{1,2}月份?',
  '\\d{1,2}[-—–~至]\\d{1,2}月份?',
  '月份',
  '[一二三四]季度',
  // 按月升11.56%, 按年亦升五成, 大减百分之二十三: the move alone, of what the figure before measures.
  '按?[月季周][亦也则]?[升增降减涨跌]',
  '按?年[亦也则][升增降减涨跌]',
  '大[增减]',
  // 首度突破8000万, 迄今已近3年, 整日有十八万人次, 相比2024年21.4万: when, how often or against what, not what is measured.
  '首度',
  '首次',
  '迄今',
  '至今',
  '整日',
  '全日',
  '当日',
  '当天',
  '相',
  '破',
  '若',
  '自',
  '只',
  '仅',
  '略为?',
  '稍',
  '再',
  '也',
  '亦',
  '又',
  '则',
  // 相較於113年196萬，更是成長25倍: an adverb of degree alone, of what the figure before measures.
  '更(?:是|为)?',
  '最新',
  '的',
  '了',
  '在',
  '至',
  '到',
  '为',
  '由',
  '从',
];

/**
 * 全國住宅建造執照宅數：37,545 宅: a label right before a colon and the figure names what the figure measures (the clause
 * the figure opens has nothing before it). Group 1 the label, from a line or clause start.
 */
export const ZH_COLON_LABEL_BEFORE =
  /(?:^|[\n，。；！？,;―—])[ \t]*([\u3400-\u9fff][^\n，。；：:！？,;]{1,24}?)[ \t]*[：:][ \t]*$/u;

/** A clause opener that lists the parts of the figure before (其中，铁路174.73亿吨公里; 其中市本级…). */
export const ZH_PARTS_OPENER = /(?:^|[，,；;：:\s])(?:其中|内含)/gu;

/**
 * What is counted of a topic, named without it (立案131起，破案91起; 招生…，在校生…，毕业生…): a
 * sibling takes the topic of the one before. jieba tags some of them as nouns.
 */
export const ZH_ACTIVITY_WORDS = ['立案', '破案', '发案', '结案', '收入', '支出', '结余', '招生', '在校生', '毕业生'];

/**
 * Heads that name a property of a thing, not a thing (建成养老服务机构1596个、床位23.1万张; 发生事故91起、死亡49人):
 * written alone right after a figure, they are of what that figure measures.
 */
export const ZH_RELATIONAL_HEADS = [
  '床位',
  '总量',
  '总额',
  '总投资',
  '总投资额',
  '投资额',
  '总金额',
  '总面积',
  '总规模',
  '总产值',
  '营业收入',
  '从业人数',
  '从业人员',
  '死亡',
  '受伤',
  '伤亡',
  '经费',
  '成交价',
  '成交额',
  // 新增有进出口实绩企业1357家、总数突破1万家: the running total of what the figure before adds.
  '总数',
  // 城镇新增就业90078人，累计完成数比上年上升21.9%: how much of it was done.
  '完成数',
];
/**
 * Pupils and staff (高中27所，在校生8.18万人; 幼儿园602所，在园幼儿5.52万人): written alone right after a count of schools,
 * they are that count's schools', also after 其中.
 */
export const ZH_PUPIL_HEADS = ['在校生', '在校学生', '毕业生', '毕业学生', '招生', '在园幼儿', '教职工', '专任教师'];
/** A count of institutions (27所, 602个, 35家, 7座): what pupils and staff written after it belong to. */
export const ZH_INSTITUTION_COUNT_END = /[所个家座处]$/u;
/** What may stand between the figure before and such a head: a list mark or a comma, and a 累计 (，累计完成数). */
export const ZH_RELATIONAL_GAP = /^\s*[、，,]\s*(?:累计|共|合计)?$/u;

/** A subject this short may be elliptical: 支出 for 市本级一般公共预算支出, 铁路 for 铁路货物周转量. */
export const ZH_ELLIPTICAL_MAX_LENGTH = 4;

/** Pairs of heads a report states one after the other for the same qualifier (收入…，支出…). */
export const ZH_COUNTERPARTS: Array<[string, string]> = [
  ['收入', '支出'],
  ['进口', '出口'],
  ['存款', '贷款'],
];

/** A part after 其中 this short is a modifier of the whole (铁路, 市本级); a longer one names itself (外国游客). */
export const ZH_PART_MODIFIER_MAX_LENGTH = 3;

/** A comparison, not a sibling activity: 民间投资增长2.1%、高于全国8.5个百分点 keeps 高于全国. */
export const ZH_COMPARISON_START = /^(?:高于|低于|快于|慢于|多于|少于|超过|超出|比|较)/u;
/** Words jieba tags as time words that name a kind of thing before a noun (现代服务业, 当代文学). */
export const ZH_KIND_NOT_TIME = /^(?:现代|当代|近代|古代)$/u;
/** A word of comparison jieba may tag as an adverb (快于/d): kept at the start of what a gap measures. */
export const ZH_COMPARISON_WORD = /^(?:高于|低于|快于|慢于|多于|少于)$/u;

/** The verb of a share, in either script (占, Hong Kong's and Taiwan's 佔). */
export const ZH_SHARE_VERB = /[占佔]/u;
/** 澳門幣在M2所佔的比重: the whole (在M2) and 所 before the share verb are no part of the part that moved. */
export const ZH_SHARE_PART_WHOLE_TAIL = /(?:在[^，。；、]{1,12})?所$/u;
/** A subject that states a share with its part left out (占比, 占全州的): the part is the unit's topic. */
export const ZH_ELIDED_SHARE = /^(?:合计|分别|合計|分別)?(?:占|佔|相当于|相等于|相當於|相等於)/u;
/** The share phrase an earlier subject spells out (乌恰县…占全州GDP的比重): a bare 占比 after it means the same. */
export const ZH_SHARE_PHRASE = /占[^，。；]{1,16}?(?:比重|比例|份额)$/u;
/** A bare 占比: the share word with nothing of what it is a share of. */
export const ZH_BARE_SHARE = /^(?:合计|分别)?占比$/u;
/** Said of a figure, not what it measures: a share, a pull, a comparison, a speed (占…, 拉动…, 高于…, 增速…). */
export const ZH_DERIVED_SUBJECT =
  /占|拉动|上拉|下拉|^影[响響]|高于|低于|快于|慢于|^(?:增速|增幅|降幅|[减減]幅|涨幅|跌幅|升幅|贡献率)|的贡献率$/u;
/** A comparison or a speed of the unit's topic (增速低于全州, 降幅较1-11月扩大, 高于全国): the topic goes before it. */
/**
 * What a part does to the whole, named without the part (拉动…增速, 下拉…, 影响CPI上涨约0.26个百分点, 贡献率): the part is
 * the unit's topic.
 */
/**
 * A sentence's topic before a comma and 继 ("following", "continuing") or 在 (when): 金融及保险业的净产值，继…后，在第三季下跌
 * 10.1%; 金融及保险业的净产值，在第三季…上升3.5%.
 */
export const ZH_TOPIC_BEFORE_FOLLOWING = /^\s*([^，,。；;：:！？\d%％]{2,60}?)[，,]\s*(?:继|在)/u;
// (对)全市投资增长的贡献率: a contribution rate to a named whole, the part unnamed (not 产业贡献率, 工业对…的贡献率).
export const ZH_TOPIC_PULL = /^(?:拉动|上拉|下拉|影[响響]|贡献率$|(?![^对]*对)[\u3400-\u9fff]{2,16}的贡献率$)/u;
/** A topic's speed words and what follows them (降幅较1-11月扩大): not part of what pulls. */
export const ZH_SPEED_WORDS_ON = /(?:增速|增幅|降幅|涨幅).*$/u;
export const ZH_TOPIC_COMPARISON = /^(?:高于|低于|快于|慢于|超过|超出|增速|增幅|降幅|涨幅)/u;
/** The basis figure of a comparison, in brackets after its area: 高于全国（-17.2%）→ 全国 + the topic. */
export const ZH_BASIS_IN_BRACKET = /(?:高于|低于|快于|慢于|超过)([\u3400-\u9fff]{1,6})[（(]\s*$/u;
/** The area that opens a topic (全州房地产开发投资): replaced by the basis's own area. */
export const ZH_TOPIC_AREA = /^全[国省市州县区疆盟旗]/u;
/** The speed word at the end of a topic, not part of what is compared (…增加值增速). */
export const ZH_TOPIC_SPEED_TAIL = /(?:增速|增幅|降幅|涨幅)$/u;

/**
 * Heads of a list of indicators written once after its last item (农业、林业…和辅助性活动产值; 衣着类…其他用品及服务类价格):
 * every item takes it. Longest first.
 */
export const ZH_LIST_HEADS = [
  '商品零售额',
  '零售额',
  '营业收入',
  '总产值',
  '产值',
  '增加值',
  '产量',
  '价格',
  '投资',
  '销售额',
  '销售面积',
  '进出口总额',
  '出口额',
  '进口额',
  '利润总额',
  '利润',
  '收入',
  '支出',
  '余额',
  '人数',
  '面积',
];
/**
 * Separators of a list of subjects shared out over a list of figures (严重暴力犯罪、入室盗窃、扒窃), tried in
 * turn until the items match the figures (及 and 和 may join words inside an item).
 */
/** Items of a list this short are names of the same kind (黄金、白银、精炼铜): the head after the last is theirs. */
export const ZH_SHORT_LIST_ITEM = 3;
export const ZH_LIST_SPLITS = [/[、和及与]/u, /[、和]/u, /、/u];
/** A short bracket of alternatives after a counted noun: 县（市）, 县（市、区）. */
export const ZH_NOUN_ALTERNATIVES = /^[（(][\u3400-\u9fff、]{1,8}[）)]/u;
/**
 * Between a share and a figure after it: a change of the part (，同比下降; after a semicolon too, …的比重为74.7%；增长0.6%),
 * not the share's other end (从14%提升到).
 */
export const ZH_CHANGE_AFTER_SHARE =
  /^[；;]?[^。；]{0,8}?(?:增长|下降|增加|减少|提高|降低|回落|上升)(?!到|至)[^。；到至]{0,2}$/u;

/**
 * An adverb of time before a duration or a count of times (连续6年成为…, 提前两年完成…): the figure measures how long
 * the predicate after it held, so the predicate is the subject (with what is written before the adverb).
 */
export const ZH_DURATION_ADVERB_END = /(?:连续|提前)$/u;
/** 平均约每 before an interval (3.4分钟; Taiwan's 平均約每2.9分鐘, unfolded): how often, not what. */
export const ZH_EVERY_BEFORE = /^(?:平均)?(?:[约約]|大[约約]|近)?每$/u;
/** A span that ends in a unit of time (an interval). */
export const ZH_INTERVAL_SPAN_END = new RegExp(`${ZH_INTERVAL_UNIT}$`, 'u');
/** The predicate after such a duration, to the clause's end, with no figure of its own (连续6年保持100% is the 100%'s). */
export const ZH_PREDICATE_AFTER = /^[^，。；：！？,;:!?\n\d]{2,24}(?=$|[，。；：！？,;:!?\n])/u;
/** 平均約每2.9分鐘1人死亡: what happens once an interval, its count written first (group 0). */
export const ZH_HAPPENING_AFTER =
  /^(?:\d{1,3}[人个個名宗起件次])?[\u3400-\u9fff][^，。；：！？,;:!?\n\d]{0,23}(?=$|[，。；：！？,;:!?\n])/u;
/** A predicate that opens with a letter of a word: a CJK character, a Latin letter or a quote. */
export const ZH_WORD_START = /^[\u3400-\u9fffA-Za-z“"]/u;

/**
 * Where the predicate of a clause without a figure starts (有色金属矿采选业快速增长; 邮政业、…营业收入为负增长; 公司数目创新高; A、B等产品
 * 增势较好; 電腦犯罪大幅上升; 暴力罪案有所增加): what comes before it names what the bare change in the next clause measures (，同比增长23.9%; ，分别增长…).
 */
export const ZH_CLAUSE_PREDICATE =
  /(?:快速|较快|平稳|稳定|持续|大幅|小幅|有所|均|都|也)?(?:增势|涨势|降势|势头|增长|下降|上升(?!趋势)|回落|上涨|下跌|减少|增多|增加(?!值)|(?<![作行认成因称视])为|呈|出现|保持|(?:再|屡)?创(?:历史)?新[高低])/u;
/**
 * 要求地方提高自筹比例，从50%提高到70%: a clause ending on a move verb and its object (the thing moved, two to eight
 * characters; not 增加值, a noun); the figure's clause that moves again names no thing of its own.
 */
export const ZH_MOVED_OBJECT_END =
  /(?:提高|提升|降低|增加|减少|扩大|缩小|压减|压缩|缩短|延长|追加|削减|调增|调减)了?(?![值量额率幅])([\u3400-\u9fff]{2,8})$/u;
/** 从 or 由 right before a figure: the start of a move. */
export const ZH_FROM_BEFORE_FIGURE = /[从由]\s*$/u;
/** The figure's own clause moves (从50%提高到70%, 比上年下降5%). */
export const ZH_MOVE_IN_CLAUSE = /提高|提升|降低|下降|增加|减少|增长|扩大|缩小|上升|回落|压减|缩短|延长/u;
/** 機械產品因半導體設備…訂單增加，年增11.4%: the topic before a reason opened by 因 or 由於 (not 原因, 因素, 因此). */
export const ZH_REASON_OPENER = /(?<![原基病起诱主成内外])(?:则)?(?:因|由于)(?![素此而为])/u;
/** (1) 電子零組件業⏎年增12.88%: a numbered heading line naming an item, the line after it states the item's figures. */
export const ZH_ITEM_HEADING_LINE =
  /^[ \t\u3000]*(?:[（(][ \t]*\d{1,2}[ \t]*[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*([\u3400-\u9fff][^\n，。；,;：:\d]{1,15}?)[ \t\u3000]*\r?$/u;
/** …增长13.3%、连续48个月保持两位数增长, 寫連續8個月正成長: a clause opening on how long a run lasted (adverbs at most before). */
export const ZH_RUN_LEAD_ONLY = /^\s*(?:[已并且也均亦再写]|已经)*连续第?$/u;
/**
 * What the run kept doing when it is the measure's own course (保持两位数增长, 居全国首位, 偏高, 正成长), not a feat of its
 * own (连续10年实现现行命案全破: the seed gold names the feat).
 */
export const ZH_RUN_OF_MEASURE_AFTER =
  /^\s*(?:保持|维持|位居|稳居|居|排名|名列|位列|位于|高于|低于|超过|快于|正|负|两位数|二位数|双位数|增|减|下降|上升|回落|加快|放缓|偏|上涨|下跌|成长|实现正?增长)/u;
/** 在小一新生部分, 就业方面: a topic set off by 部分 or 方面 (group 1), the clause's whole. */
export const ZH_TOPIC_CLAUSE = /^(?:在|于|就|至于|关于)?([\u3400-\u9fff“”]{2,16}?)(?:部分|方面)$/u;
/** 創傷類以急病最多: the item a ranking names after 以 (group 1). */
export const ZH_RANKED_BY_YI = /以([\u3400-\u9fff]{1,12}?)(?:最多|居多|最高|为最多|为主)$/u;
/** A month or a year in a clause (今年8月, 2024年): when, not a figure the clause states. */
// 2009 - 10年度的盈餘: a financial year written as a range of years.
export const ZH_DATE_IN_CLAUSE = /(?:(?:19|20)\d\d年)?\d{1,2}月份?|(?:19|20)\d\d(?:\s*[-－–—/]\s*\d{2})?年度?/gu;
/** The tags of a bare noun phrase's words: nouns, names, distinguishing words, the 的 between, numbers of dates. */
export const ZH_NOUN_PHRASE_TAG = /^(?:n[a-z]*|vn|b|j|uj|an|t|m|x|eng|f|s)$/;
/** A period written in a clause (2021年1月至9月, 由去年10月至今年上半年期间), with its span's words: when, not what. */
const ZH_PERIOD_POINT =
  '(?:(?:(?:19|20)\\d\\d年|去年|今年|上年|本年|同年)?(?:\\d{1,2}月份?|上半年|下半年|[一二三四]季度|前三季度?|首三季)|(?:19|20)\\d\\d年)';
export const ZH_PERIOD_SPAN = new RegExp(
  `(?:由|从|自)?${ZH_PERIOD_POINT}(?:(?:至|到|—|-|～)${ZH_PERIOD_POINT})?(?:期间|以来)?`,
  'gu',
);
/** 暴力罪案比去年同期: a basis of the same period last year closing a topic, no part of what moved. */
export const ZH_BASIS_PERIOD_TAIL = /(?:比|较|与|同)(?:去年|上年)同期$/u;
/** A figure written in the clause (Arabic digits or a Chinese count): that clause states its own metric. */
export const ZH_FIGURE_IN_CLAUSE = /[\d０-９]|[一二两三四五六七八九十][个项家种类]/u;

/**
 * A count of a set written just before (15个工业行业大类中11个行业增长; 35个行业大类中有21个…): the part of the set
 * that the predicate after it holds for, named `<predicate>的<set>` (增长的工业行业大类).
 */
export const ZH_SET_BEFORE = /^([\u3400-\u9fff]{2,12}?)中有?$/u;
/** The measure word of the set's own count, right before the set (15个 | 工业行业大类中). */
export const ZH_SET_COUNT_END = /[个家种类项所座条户]$/u;

/**
 * 旅客以中國大陸、香港及中國台灣旅客為主,分別佔79.6%、14.2%及3.1%: the items a 以…為主 list ranks are what the shares
 * are of (the whole before 以 is not an item): the lead up to 以, and the 為主 after the list before 分別.
 */
export const ZH_PRIMARY_LIST_LEAD = /^[^，。；]*以(?=[^以]{2,}$)/u;
export const ZH_PRIMARY_LIST_TAIL = /^\s*[为為]主\s*[，,]?\s*(?:[^，,。；\d]{0,6})?分[别別]/u;
/** What is left of a gap to another area's figure (较全省总体增速高, 全国高): no measure of its own. */
export const ZH_AREA_GAP_ONLY =
  /^(?:较|比)?(?:全国|全省|全市|全区|全州|全县|全盟)(?:总体|平均|同期)?(?:增速|增幅|水平|平均水平)?的?[高低快慢多少]$/u;

/** A body reporting a figure (主计总处今天公布…, 统计局发布…): what it reports follows the verb. */
export const ZH_REPORTING_VERB = /^(?:公布|发布|公告|发表)$/u;
/** The word after a number that makes it a date or a period (11月份, 2023年, 第3季度). */
export const ZH_DATE_WORD_AFTER = /^(?:月份?|年度?|日|号|季度?)$/u;

/** 城市固体废物量和人均弃置量 (before 分别): two to five measures joined by 和, 及, 与 or 、, and nothing else. */
export const ZH_MEASURE_LIST_CLAUSE =
  /^[\u3400-\u9fff（）()]{2,20}(?:(?:和|及|与|以及|、)[\u3400-\u9fff（）()]{2,20}){1,4}$/u;
/** A clause that opens with 分别 and holds only how its figures moved (分别平均按年上升, 分别较2022年增加): the figures of a list named before. */
export const ZH_RESPECTIVE_OPENER =
  /^\s*(?:(?:与|與|和|跟)\d{2,4}年度?(?:同期)?(?:相比|相较|相較|比较|比較)(?:更|还|還|亦|也)?)?分[别別](?:(?:比|较|較)\d{2,4}年度?)?[^\d，,。；;：:、]{0,10}$/u;
/**
 * 接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%: a list of figures after one or two commas and
 * 分别, with no subject of its own, measures the figures listed in the clause before it, in order; so does one right
 * after a list of items with their figures in brackets (留宿旅客（6,359,311人次）及不過夜旅客（…）分別上升8.3%及31.9%).
 * The clause between may name the base year (，与2016年相比，分别下降13%、12.6%).
 */
export const ZH_RESPECTIVE_AFTER_FIGURES =
  /^(?:[，,](?:[^\d，,。；;：:、]|\d{4}年){0,12}){0,1}[，,][^\d，,。；;：:、]{0,8}分别(?:[^\d，,。；;：:、]|(?<=[较比])\d{2,4}年){0,10}$|^\s*[）)]\s*分别[^\d，,。；;：:、]{0,10}$/u;
/**
 * What may stand between two figures of the clause the list refers back to: an item's words after 、, or after a comma
 * (避免群众损失13.8亿元,返还群众被骗资金2.3亿元,分别同比提升…), or the next item between brackets (）及不过夜旅客（); a
 * note in brackets may close a figure first (接报火灾28.1万起(不含森林…火灾,下同),亡1390人).
 */
export const ZH_FIGURE_LIST_GAP =
  /^(?:\s*[（(][^（()）\d]{0,60}[）)])?[、，,][^\d，,。；;：:、（(]{1,16}$|^\s*[）)]\s*(?:及|和|与|、|，|,)\s*[^\d，,。；;：:、（()）]{1,16}[（(]\s*$/u;

/** A list of items closed by 等 (化学原料和化学制品制造业、通用设备制造业…等四个行业增加值). */
/** 故意杀人、抢劫等重大刑事犯罪: names listed with 、, closed by 等 and the kind they are of (no quotes or brackets). */
export const ZH_KINDS_LIST =
  /^[^、“”"‘’（）()《》，。；]{2,12}(?:、[^、“”"‘’（）()《》，。；]{1,12})+等[\u3400-\u9fff]{2,16}$/u;
export const ZH_LIST_CLOSED_BY_ETC = /、[^、]+等(?:[一二两三四五六七八九十]|\d{1,2})[个类项种]/u;
/** The count after 等 that restates a list's length (等四个行业, 等三类): not part of the shared head. */
export const ZH_LIST_LENGTH = /^(?:[一二两三四五六七八九十]|\d{1,2})[个类项种大]+/u;
/** The share of a set's members that grew or fell (增长面, 下降面), named without the set. */
export const ZH_SET_RATE = /^(?:增长|下降|减产|增产)面$/u;

/** A verb alone that commits funds (投入12亿元实施…, 统筹4416.6亿元支持…): the money is the funds for the purpose after it. */
export const ZH_FUNDING_VERB = /^(?:投入|统筹|安排|下达|拨付|筹集|筹措|整合)$/u;
/** The purpose after the amount, up to the clause's end (支持巩固拓展脱贫攻坚成果和乡村全面振兴). */
export const ZH_FUNDING_PURPOSE = /^(?:支持|实施|用于|推进|保障|推动)[^，。；：！？,;:!?\n]{2,24}/u;

/**
 * Indicators a statistics report writes bare after the first of a series names its qualifier (规模以上工业企业营业收入…，
 * 利税总额…，利润总额…，产销率…): written alone, they take that qualifier.
 */
export const ZH_INDICATOR_HEADS = [
  '营业收入',
  '营业成本',
  '利税总额',
  '利润总额',
  '资产总额',
  '负债总额',
  '产销率',
  '利润率',
  '资产负债率',
];

/** A subject that is a pull on a total's growth with no contributor named (拉动全市规模以上工业增加值增长). */
export const ZH_PULL_START = /^(?:拉动|上拉|下拉|影[响響])/u;
/** No contributor to a pull: another pull, or a base period (由前三季度下降0.8%转为增长…). */
export const ZH_NOT_CONTRIBUTOR = /^(?:拉动|上拉|带动|下拉|影[响響]|由|从|较|比)/u;

/** A span that ends in 元 (money). */
export const ZH_MONEY_SPAN_END = /元$/u;
/** The gap between two figures of one list: 、 or 和 alone. */
export const ZH_LIST_JOINER_GAP = /^\s*[、和]\s*$/u;
/** Every bracketed aside of a phrase (全角 or half-width brackets). */
/**
 * 西式早点（如汉堡、三明治）: examples in brackets after what is measured are no part of it; nor what it leaves out
 * (邮政行业业务收入（不包括邮政储蓄银行直接营业收入）) or a gloss (即…).
 */
export const ZH_EXAMPLES_BRACKET = /[（(](?:如|例如|包括|含|不包括|不包含|即)[^（()）]*[）)]/gu;
export const ZH_BRACKETED_ASIDES = /[（(][^（()）]*[）)]/gu;
/** POS tags of a predicate word: verb, adjective, adverb. */
export const ZH_PREDICATE_TAG = /^(?:v|a|d)$/;
/** A noun's POS tag. */
export const ZH_NOUN_TAG = /^n/;
/** Quotation marks, Chinese and ASCII. */
export const ZH_QUOTE_MARKS = /[“”"]/gu;
/** A phrase of Han characters only. */
export const ZH_HAN_ONLY = /^[\u3400-\u9fff]+$/u;
/** Any clause punctuation, Chinese or ASCII. */
export const ZH_CLAUSE_PUNCTUATION = /[，,。；;：:]/u;
/** Two Han characters in a row: a word, not a single character. */
export const ZH_TWO_HAN = /[\u3400-\u9fff]{2}/u;

/**
 * A breakdown opener (分经济类型看，从三大门类看，分行业来看：): the figures after it are parts of the indicator of the
 * figure before it, and a part may be named without that indicator (股份制企业增长6.9%).
 */
// 按地區別觀察, 按貨品別觀察: Taiwan's releases observe by a breakdown.
export const ZH_BREAKDOWN_OPENER = /(?:分|从|按)[^，。；：,;:\d]{1,8}?(?:来看|看|观察)[，,：:]/gu;
/** A breakdown's figures that take its indicator: a change in per cent or points, or an amount of money. */
export const ZH_BREAKDOWN_FIGURE = /^[+-]?[\d.]+\s*(?:%|％|个百分点|[万亿]*元)/u;
/** A part named alone is short (国有控股企业, 电力、热力…供应业 has a list and is left alone). */
export const ZH_BREAKDOWN_PART_MAX_LENGTH = 14;
/**
 * A part that already names what it measures (…增加值, …投资, …价格, …率, …总额) or a set (…的…): not given another head.
 */
export const ZH_BREAKDOWN_NOT_PART =
  /的|(?:值|额|量|率|数|价|价格|收入|支出|投资|利润|产量|面积|指数|比重|人次|人数|营收|费|金|税|款|资)$/u;
/** How far before the opener the whole's figure may end (its change word and a full stop between). */
export const ZH_BREAKDOWN_WHOLE_GAP = 12;
/**
 * The word after 等 that only names the kind of the items listed (A、B等产品, A、B等行业产量): not shared out to each; the
 * indicator after it is (A产量, B产量).
 */
export const ZH_KIND_HEAD = /^(?:产品|商品|行业|企业|品种|项目|地区|领域|方面)/u;
/**
 * A word jieba tags m (numeral) that holds a numeral or a quantity word (三, 数十, 一批, 各): skipped at a subject's start. One
 * without any (大米/m right before 188.3万吨) is a noun the tagger merged with the figure's tag, and stays.
 */
export const ZH_NUMERAL_IN_WORD = /[\d〇零一二两三四五六七八九十百千万亿几多余数第半双批些每各整]/u;
/** A subject that names only an administrative level (省级, 市级, 市本级): a sibling of the figure before, by level. */
export const ZH_LEVEL_ONLY = /^(?:国家级|省部级|省级|市级|州级|地级|县级|区级|乡镇级|村级|[省市县区]本级)$/u;
/** An earlier subject with a level in it (拥有国家级现代农业产业园区): the head after the level is the sibling's too. */
export const ZH_LEVEL_THEN_HEAD =
  /(?:国家级|省部级|省级|市级|州级|地级|县级|区级|乡镇级|村级|[省市县区]本级)(?:及以上)?(.+)$/u;
/** A light verb before an indicator (完成货运量, 实现营业收入): says the figure was reached, not an activity with an object. */
export const ZH_LIGHT_VERB_LEAD = /^(?:完成|实现)(?=[\u3400-\u9fff]{2})/u;
/** A stock held (有卫生机构, 拥有体育场地): the parts after 其中 (医院, 健身房) are kinds of it, not its modifiers. */
export const ZH_STOCK_VERB_LEAD = /^(?:拥有|共有|有)/u;
/** The same verb written right before the whole's subject, which no longer keeps it (全县共有卫生机构812个). */
export const ZH_STOCK_VERB_BEFORE = /(?:拥有|共有|有)$/u;
/**
 * Locality words (f) that open a subject only to place it (其间, 期间, 以来, 中): trimmed. Other words jieba tags f are names
 * (初中/f, 东部/f 地区) and stay.
 */
export const ZH_LEAD_LOCALITY_WORDS =
  /^(?:[上下中内外前后里间旁]|以上|以下|以内|以外|以来|期间|其间|之间|之中|当中|之前|之后|以前|以后|此前|此后|年内|年末|年底|年初|末|底)$/u;
/** A footnote mark after a term (城镇新增就业[1], 规模以上工业企业[2]): dropped from a subject. */
/** A holder, a verb of result and the measure it achieved (中直经济实现增加值): the holder's measure, without the verb. */
export const ZH_HOLDER_ACHIEVED_MEASURE =
  /^(.*?)(?:实现|完成)(?!的)([\u3400-\u9fff]{0,6}?(?:增加值|总产值|产值|营业收入|营收|利润总额|利润|税收收入|销售收入|销售额|零售额|进出口总额|交易额|成交额)$)/u;
export const ZH_FOOTNOTE_MARK = /\[\d{1,2}\]|［\d{1,2}］/gu;
/** The suffix of a category name (制造业, 衣着类, 大型企业, 第二产业): items ending with the same one are of one kind. */
export const ZH_CATEGORY_SUFFIX = /^[业类品区县市]$/u;
/** A figure in per cent or points (8.5%, 0.3个百分点): a change or a share, not a count that owns a relational head. */
/**
 * A budget or a target named as the subject (完成年初预算数60999万元, 为预算的98.23%, 完成调整预算的100%, 完成全年目标的
 * 113.2%): the budget's own amount, or
 * the share of it met (not 占调整预算100.93%: the share rules name that one with its part).
 */
// 完成收入预期的98.3%, 完成省政府下达考核目标任务的495.69%, 完成年目标任务12500人的98.5%: an expectation, or a task set
// by a higher body, too.
export const ZH_BUDGET_REFERENCE =
  /^(?:完成|为|达到?)?(?:[\u3400-\u9fff]{1,6}下达的?)?(?:年初|调整|全年|年度|年|收入|考核)*(?:预算|目标|计划|预期|任务)(?:数|任务)?的?$/u;
/** The verb that meets a budget (完成年初预算数), not part of the budget's name. */
export const ZH_BUDGET_MET_VERB = /^(?:完成|为|达到?)/u;
export const ZH_PERCENT_END = /(?:%|％|百分点)\s*$/u;
/** The 、 inside one name (电力、热力、燃气及水生产和供应业): read through when a topic is looked for. */
export const ZH_NAME_LIST_MARK = /、/gu;

/**
 * A place of a ranking (人口增加率最高者為連江縣119.14‰，其次為金門縣88.83‰；最低為屏東縣…): the figure measures what is
 * ranked, not the place (H18, H26-6).
 */
export const ZH_RANKED_PLACE_BEFORE = /(?:再?其次|次之|最[高低多少大小])者?[为為][^，。,;；\d]{0,8}$/u;
/** What a ranking ranks: the words before 最高/最低 (group 1; the last match in the sentence is the ranking read). */
export const ZH_RANKED_MEASURE = /([\u3400-\u9fff]{2,10}?)最[高低多少大小]者?[为為]/gu;
/**
 * The opening of a ranked list (扶老比最高前3名分別為平溪區(45.96)、雙溪區(40.03); 最低前3名則為蘆洲區(14.11)): group 1
 * what is ranked, written right before 最高 (or not: then the list before it in the sentence ranks the same measure);
 * 行人死亡最多前五名則是桃園市17人 opens one too.
 */
export const ZH_RANKED_LIST_OPEN =
  /([\u3400-\u9fff]{2,10}?)?最[高低多少大小](?:者|的?前[\d一二三四五六七八九十]{1,2}[名位])?(?:分别|则)?(?:[为為]|是)/gu;
/** Between a ranked list's opening and one of its figures: its places and figures only, no clause break. */
export const ZH_RANKED_LIST_BREAK = /[，,；;。：:]/u;
/**
 * A subject that names only places (臺北市、新北市、臺南市與高雄市; 較臺灣地區的) names where, not what is measured: the
 * joiners of its items, and the basis words around one.
 */
export const ZH_PLACE_ITEM_JOINER = /[、和与與及跟]/u;
/** Trade's directions before a place: exported to, imported from, made in. */
const ZH_PLACE_DIRECTION = '(?:輸往|输往|來自|来自|出口至|產自|产自|運往|运往)';
export const ZH_PLACE_ITEM_EDGES = new RegExp(`^(?:较|較|比|与|與|同|以|${ZH_PLACE_DIRECTION})|(?:的|之)$`, 'gu');
/**
 * 以連江縣3.36人最多, 大安區13.0萬人居前三, 士林區…居次, 桃園市4萬384棟居第3: the words that rank a place in a list, after
 * it or its figure (a rank in digits is no figure: the subject before it ends at 居第).
 */
const ZH_RANK_WORDS =
  '最多|最少|最高|最低|居前[二三四五六七八九十]|居第[二三四五六七八九十]|居第(?:\\s*\\d|$)|居次|次之|排第[二三四五六七八九十]|居首|居冠';
export const ZH_RANK_TAIL = new RegExp(`(?:${ZH_RANK_WORDS})$`, 'u');
/** 惟其中以社會福利支出增加3,537億元最多: the rank words right after a figure. */
export const ZH_RANK_WORDS_AFTER = new RegExp(`^\\s*(?:為|为)?(?:${ZH_RANK_WORDS})`, 'u');
/** …and the item 以 ranks before it, with the move it made (group 1 the item). */
export const ZH_ITEM_RANKED_BY_YI_BEFORE =
  /以([\u3400-\u9fff（）()]{2,16}?)(?:净|淨)?(?:增加|增长|增長|成长|成長|减少|減少|下降|上升|提高|降低|增|减|減)?\s*$/u;
/** 超出數以中山區 (21.1萬人…居前三): the measure a list ranks, then 以 and its first place (group 1 the measure). */
export const ZH_MEASURE_THEN_RANKED_PLACE = /^([^\d]{2,12}?)以[\u3400-\u9fff]{1,6}(?:市|县|縣|区|區|省)$/u;
/** 批發及零售業淨(增加…次之): what is left of 净增加 and a rank word after the figure, no part of the measure. */
export const ZH_RANK_OR_NET_TAIL = new RegExp(`(?:净)?(?:${ZH_RANK_WORDS})?$`, 'u');
/** The rank words later in the figure's list, before the clause ends (中山區21.1萬人、中正區16.0萬人、大安區13.0萬人居前三). */
export const ZH_RANKED_LATER = new RegExp(`^[^。；;，,！？]{0,40}?(?:${ZH_RANK_WORDS})`, 'u');
/**
 * Countries and regions a trade or visitor release lists by name (馬來西亞（升139.4%）、越南（升56.0%）), in both scripts,
 * with the short form a release may add in brackets (中國內地（內地）).
 */
const ZH_COUNTRY_OR_REGION =
  '(?:中[国國](?:内地|內地|大陆|大陸|台[湾灣])?|内地|內地|大陆|大陸|香港|澳[门門]|台[湾灣]|臺[湾灣]|美[国國]|英[国國]|日本|(?:大)?[韩韓](?:民)?[国國]|新加坡|[马馬]来西[亚亞]|越南|泰[国國]|印度(?:尼西[亚亞])?|印尼|菲律[宾賓]|柬埔寨|[缅緬]甸|老[挝撾]|德[国國]|法[国國]|荷[兰蘭]|意大利|瑞士|西班牙|比利[时時]|俄[罗羅]斯|加拿大|墨西哥|巴西|澳洲|澳大利[亚亞]|新西[兰蘭]|[纽紐]西[兰蘭]|南非|沙特(?:阿拉伯)?|阿[联聯]酋|[欧歐][盟洲]|[东東](?:盟|协|協|南[亚亞])|中[东東]|[亚亞]洲|非洲|北美洲?|拉丁美洲)(?:[（(][\u3400-\u9fff]{1,4}[）)])?';
export const ZH_PLACE_ONLY_ITEM = new RegExp(
  `^(?:[\\u3400-\\u9fff]{1,6}(?:市|县|縣|区|區|省|镇|鎮|乡|鄉|州|盟|旗|地区|地區)|全[市县縣区區省国國]|本[市县縣区區省]|${ZH_COUNTRY_OR_REGION}|农村|農村|乡村|鄉村|(?:其他)?(?:区域|區域))$`,
  'u',
);
/**
 * 在工商及服務從業員工人數項目上，100年底臺中市為…, 每戶人口部分，以連江縣…, 超出數以中山區21.1萬人…: the topic a sentence
 * or clause opens with names the measure (group 2, 3 or 4); so does what moved before a list of places that shows it
 * (輸往大部分主要目的地的整體出口貨值錄得升幅，尤其是馬來西亞（升139.4%）…: group 1, after its last 的); so does the set a
 * count opens a distribution with (6起重大火灾中，城市4起，农村2起: group 5).
 */
/** 6起重大火灾中，: the 中 closing the set a count opens a distribution with. */
export const ZH_SET_OPENING_TAIL = /(?<=[\u3400-\u9fff]{2})中$/u;
export const ZH_TOPIC_ITEM_OPENING =
  /(?:[^，,。；;：:\s]{0,20}的)?([^，,。；;：:\s的]{2,12}?)均?(?:录得|錄得)(?:升幅|跌幅|增幅|降幅|增长|增長|下跌|上升)[，,]\s*(?:尤其是|特别是|特別是)|在([^，,。；;：:]{2,24}?)(?:项目|項目|方面|部分)上[，,]|(?:^|[。；;，,\s])(?:至于|至於|关于|關於)?([^，,。；;：:\s]{2,12}?)部分[，,]|(?:^|[。；;，,\s])([^，,。；;：:\s\d]{2,12}?)以(?=[\u3400-\u9fff]{1,6}(?:市|县|縣|区|區|省)[^，,。；;]{0,4}\d)|(?:^|[。；;，,\s])[\d.]+[万萬亿億]?[起个個人家项項件宗所座]([\u3400-\u9fff]{2,8}?)中[，,]/gu;
/** 來自美國（跌10.4%）的進口貨值: the measure named after the bracket that holds a place's figure (group 1). */
export const ZH_MEASURE_AFTER_PLACE_BRACKET =
  /^\s*[）)]的([^，,。；;（()\s]{2,10}?)(?=则|則|亦|也|均|录得|錄得|[，,。；;])/u;
/** A place a visitor or trade release lists with its figure in brackets (來自美國, 台灣地區, 廣西壯族自治區). */
const ZH_LISTED_PLACE = `(?:来自|來自)?(?:[\\u3400-\\u9fff]{1,6}(?:市|县|縣|区|區|省|州|地区|地區|自治区|自治區)|${ZH_COUNTRY_OR_REGION})`;
const ZH_PLACE_FIGURE_BRACKET = '\\s*[（(][^（()）]{1,24}[）)]';
/**
 * 韓國（61,573人次）及香港旅客（696,902人次）, 大韓民國(30,616人次)及泰國 (27,173人次) 旅客亦分別增加: places listed with
 * their figures in brackets share the noun the list's last place is written with, before its bracket (group 2) or
 * after it (group 1), read from the bracket's close after a figure.
 */
export const ZH_NOUN_AFTER_PLACE_LIST = new RegExp(
  `^\\s*[）)](?:\\s*[、，,及和与與]\\s*${ZH_LISTED_PLACE}${ZH_PLACE_FIGURE_BRACKET})*\\s*(?:([\\u3400-\\u9fff]{2,4}?)(?=亦|也|则|則|均|分别|分別|按年|同比|录得|錄得|[，,。；;])|[、及和与與]\\s*${ZH_LISTED_PLACE}的?([\\u3400-\\u9fff]{2,4}?)${ZH_PLACE_FIGURE_BRACKET})`,
  'u',
);
/** The place whose bracket a figure opens (韓國（61,573人次）), read back from the figure's start. */
export const ZH_PLACE_OPENS_FIGURE_BRACKET = new RegExp(`${ZH_LISTED_PLACE}\\s*[（(]\\s*$`, 'u');
/** A sentence's end between a place-only figure and the measure before it. */
export const ZH_SENTENCE_END_BETWEEN = /[。！？!?]/u;
/** 。以新北市6萬35棟最多: a sentence that opens by ranking a place, whose measure the sentence before names. */
export const ZH_RANKING_SENTENCE_OPENING = /^\s*以[\u3400-\u9fff]{1,6}(?:市|县|縣|区|區|省)\s*$/u;
/** 疫情期间投入的财政资源，相当于2019年本地生产总值的12%: a share restated as an equivalent opens its clause. */
export const ZH_EQUIVALENT_SHARE_CLAUSE = /^相当于[^，。；]{0,24}的$/u;
/**
 * 电信诈骗刑事警情在连续5年大幅下降的基础上再降17.09%: a move right after the basis it builds on (在…基础上); group 1
 * is the text before that 在 in its clause, which names the measure.
 */
export const ZH_BASIS_BUILT_ON =
  /([^，,。；;！？\n]*?)在[^，,。；;！？\n]{1,40}的?基础上[，,]?\s*(?:再|又|继续|进一步|仍|还|同比)?[\u3400-\u9fff]{0,3}$/u;
/** How far back the basis phrase and the measure before it are looked for. */
export const ZH_BASIS_BUILT_ON_REACH = 80;
/** The clause before (its words after the last clause break). */
export const ZH_CLAUSE_BREAKS = /[，,。；;！？\n]/u;
/** 与2020年相比，两年平均增长2.5%, 與去年同月比較減少9萬6710人: a unit that opens on the basis its move is set against (no measure named). */
export const ZH_BASIS_CLAUSE_OPENING =
  /^\s*(?:与|和|同|跟)[^，。；,;]{1,16}(?:相比|比较|相较)[，,]?[^，。；,;]{0,12}$/u;
/** How far back the ranked measure is looked for (within the sentence). */
export const ZH_RANKED_MEASURE_REACH = 200;

/**
 * A subject that is only a place (臺東縣, 美國, 輸往香港, 泛珠三角九省, 秦皇岛港, 保华镇): in a list of places with their figures, the place
 * is where, not what is measured (H11-3, H18-8, H52-14). Simplified and traditional forms. Not a kind of area counted
 * (直轄市4個, 地級市291個: the kind is what is counted).
 */
export const ZH_PLACE_ONLY = new RegExp(
  String.raw`^(?![^]*[占的為为在比較较])(?!(?:[直地縣县]級|[直地县]级|直轄|直辖|自治|市轄|市辖|特別行政|特别行政|行政|鄉|乡|鎮|镇)?(?:市|區|区|州|縣|县|省|盟|地區|地区)$)${ZH_PLACE_DIRECTION}?(?:[\u3400-\u9fff]{1,8}(?:(?<![全本外])(?:縣|县|省)|州|盟|國家|国家|地區|地区|[^全本城]市|[^全本城小社园園景]區|[^全本城小社园園景]区)|[\u3400-\u9fff]{0,4}(?:香港|澳門|澳门|內地|内地|臺灣|台灣|台湾|美國|美国|日本|南韓|韓國|韩国|英國|英国|歐洲聯盟|欧洲联盟|歐盟|欧盟|新加坡|泰國|泰国|越南|印尼|印度|菲律賓|菲律宾|馬來西亞|马来西亚|澳洲|加拿大|德國|德国|法國|法国|中港|大陸|大陆|東協|东盟|歐洲|欧洲|東南亞|东南亚|亞洲|亚洲|中東|中东|北美|紐西蘭|新西兰)|[\u3400-\u9fff]{2,6}(?:(?<![出进進离離到入靠抵])港|(?<![城乡鄉村])[镇鎮]|(?<![返下城家回老])[乡鄉]|街道))$`,
  'u',
);
/** A locative right after a figure (之间, 之内, 之外, 之中): where the figure lies, no noun it counts. */
export const ZH_LOCATIVE_AFTER_FIGURE = /^之(?:间|内|外|中|上|下)/u;
/** A group of holders (省属国有企业, 市州及以下国有企业, 规模以上工业企业, 重点监管企业): who, not what is measured. */
const ZH_GROUP = String.raw`[\u3400-\u9fff]{0,10}(?:企业|国企|央企|单位|公司)`;
/** A subject that names only such a group. */
export const ZH_GROUP_ONLY = new RegExp(`^${ZH_GROUP}$`, 'u');
/** The whole's own group before its measure (全省国有企业营业总收入 → 营业总收入). */
export const ZH_GROUP_LEAD = new RegExp(`^${ZH_GROUP}(?=[\\u3400-\\u9fff]{2})`, 'u');
/** A figure that is an amount of money or a rate (6320.9亿元, 16.7%), not a count of the group (410.1万户). */
export const ZH_MEASURE_AMOUNT_END = /(?:元|%|％|百分点)$/u;
/** The word that opens the parts of a whole (其中:省属国有企业…). */
export const ZH_PARTS_WORD = '其中';
/** How far before a group's figure its 其中 may stand (其中:省属国有企业6320.9亿元,同比增长16.7%;市州及以下…). */
export const ZH_GROUP_PART_REACH = 120;
/** (2)地方国有企业: a numbered item mark, then only the group named before its figure. */
export const ZH_NUMBERED_GROUP_ITEM_END = /[（(][1-9一二三四五六七八九十][)）][\u3400-\u9fff]{2,12}$/u;
/** The first item's mark of a numbered list of parts: (1), （一）. */
export const ZH_FIRST_NUMBERED_ITEM_MARK = /[（(][1一][)）]/gu;
/** A full stop that closes an item before the next item's mark (…13.7%。(2)). */
export const ZH_FULL_STOP_BEFORE_ITEM_MARK = /[。；;]\s*(?=[（(][1-9一二三四五六七八九十][)）])/gu;
/** A full stop inside a stretch of text. */
export const ZH_FULL_STOP_IN = /[。！？]/u;
/** A sentence's own full stop at the edge of a stretch (…16.5%。其中). */
export const ZH_SENTENCE_END_AT_EDGE = /[。！？]\s*$/u;
/** The direction of trade written before a place (輸往香港, 來自中國內地), at a subject's start. */
export const ZH_PLACE_DIRECTION_START = new RegExp(`^${ZH_PLACE_DIRECTION}`, 'u');
/** How far before its figure a listed place may stand (臺東縣7萬9千人占16.1%). */
export const ZH_PLACE_ITEM_REACH = 16;
/** A comparative alone before a difference (比全省的6.1%快1.4个百分点): it names nothing measured. */
export const ZH_LONE_COMPARATIVE = /^(?:快|慢|高|低|多|少|高出|低出|多出|快了|慢了|高了|低了|多了|少了)$/u;
/** 其中 (當中) between the measure's figure and a place's: the places that follow are its parts, sentence after sentence. */
export const ZH_PARTS_BETWEEN = /其中|[当當]中/u;
/** Between a listed place and its figure: no list separator (4個直轄市、5個自治區 counts the noun after). */
export const ZH_LIST_SEPARATOR = /[、，,及和與与；;]/u;
/** What a bracketed list of places measures, written after the list: 輸往香港(31.0億元)、美國(1.5億元)…的貨值按年… */
export const ZH_PLACE_LIST_MEASURE_AFTER =
  /^[^。；;\n]{0,80}?[)）]\s*的(?![則则亦也均都並并還还])(?<measure>[\u3400-\u9fff]{1,8}?)(?=按年|按月|同比|分別|分别|增|上升|下跌|下降|減|减|為|为|達|达|[，,、])/u;

/**
 * The next figure inside a counted noun's run (查询及4,870宗投诉, 牧民赶着12.8万头牲畜), with the word joining it: not the
 * noun's; a year is (入选2025年山东省…目录).
 */
// (創造177億元產值及增加4,517個: a verb of moving may stand between the joiner and the next figure.)
export const ZH_NEXT_FIGURE_IN_NOUN =
  /(?:及|和|与|以及|、)?(?:增加|新增|减少|提供|创造|带动)?(?<![\d０-９])(?!(?:19|20)\d\d年)[\d０-９].*$/u;
/** A verb of receiving right before a count (接到, 接获, 收到, 受理, 接报), with its approximation word. */
/** 尚有127亿元债务, 目前有7億資金: an amount held, whose noun follows its unit (not 所有, 没有). */
export const ZH_HELD_AMOUNT_BEFORE = /(?<![所没沒])有(?:约|約|近|逾|超过|超過)?\s*$/u;
/** 有127亿元用于教育: what the amount held is for, not a noun it names. */
export const ZH_HELD_AMOUNT_USE_AFTER = /^(?:用于|用作|用来|作为|投入|进行|将)/u;
/** The end of an amount's span: its currency or a bare scale word (7億). */
export const ZH_AMOUNT_SPAN_END = /(?:元|[万亿萬億][余多餘]?)$/u;
/**
 * 錄得803億港元赤字, 帶來約600億港元投資, 發行約2,400億元等值綠債: a balance, an investment, a loan, bonds or funds named
 * right after the amount are what it measures, as a count's noun is.
 */
// (創造177億元產值: output and sales named after the amount too.)
export const ZH_FINANCE_NOUN_AFTER =
  /^(?![的之])(?:等值)?(?:赤字|盈余|盈餘|投资|投資|贷款|貸款|[\u3400-\u9fff]{0,6}(?:债券|債券)|绿债|綠債|[\u3400-\u9fff]{0,2}基金(?![会會])|拨款|撥款|补贴|補貼|订单|訂單|产值|產值|营业额|營業額|销售额|銷售額|营收|營收)(?![\u3400-\u9fff]{0,2}(?:的|之))/u;
export const ZH_RECEIVED_BEFORE = /(?:接[到获獲]|收到|受理|接[报報])了?(?:约|約|近|逾|超过|超過)?\s*$/u;

/**
 * 勞資爭議發生件數較多之行業，以「批發及零售業」6,044件，占23.6%居首，「製造業」4,789件: a ranking of quoted categories
 * measures what its lead names (the measure, not the category, is the subject: H26-6, H279-8). Group 1 the measure,
 * written before 以 and the first quoted category.
 */
export const ZH_RANKED_MEASURE_LEAD =
  /([\u3400-\u9fff]{2,16}?(?:件數|件数|人數|人数|次數|次数|金額|金额|數量|数量|人次|總額|总额|額|额|量|數|数))(?:以[\u3400-\u9fff]{1,6}?(?:較多|较多|最多|為多|为多|居多)|較多|较多|最多|較高|较高)?(?:之|的)?(?:行業|行业|地區|地区|縣市|县市|類別|类别|項目|项目|部門|部门)?\s*[，,]\s*(?:以\s*)?「/gu;
/** Between a quoted category and its figure: nothing, or its count and 占 before the share (「製造業」4,789件，占18.7%). */
export const ZH_RANKED_ITEM_GAP = /^\s*(?:\d[\d,.]*\s*[\u3400-\u9fff]{1,2}\s*[，,]\s*)?(?:占|佔|增加|減少|减少)?\s*$/u;
/**
 * A ranking list after 以, its items unquoted (以新竹市90.2萬元、新竹縣73.6萬元、台北市73.5萬元較高): the items before the
 * figure (each a name, its figure and unit, a joiner), the measure the lead names before 以, and the word of rank that
 * closes the list. Both scripts: completeSubject reads the text as written.
 */
export const ZH_RANKED_LIST_ITEMS =
  /^\s*(?:[^，,。；;、\d]{1,24}?\s*\d[\d,.]*\s*[\u3400-\u9fff%％]{0,3}\s*(?:[（(][^（）()]{0,12}[）)])?\s*[、及和與与]\s*)*[^，,。；;、\d]{1,24}?\s*$/u;
export const ZH_RANKED_LIST_MEASURE =
  /([\u3400-\u9fff]{2,20}?(?:中位數|中位数|平均數|平均数|件數|件数|人數|人数|次數|次数|金額|金额|數量|数量|人次|總額|总额|薪資|薪资|所得|收入|比率|比例|率|額|额|量|數|数))\s*[，,]?\s*$/u;
export const ZH_RANKED_LIST_CLOSE =
  /較高|较高|最高|最多|居多|較多|较多|為多|为多|為主|为主|居首|居冠|次之|較低|较低|最低|較少|较少|最少/u;
/** 旅客中以…, 各港當中，以…: the set ranked among, before 中 (group 1); 其中 points back to a set named before. */
export const ZH_RANKED_AMONG_LEAD = /([\u3400-\u9fff]{2,12}?)(?:之中|当中|當中|(?<!其)中)\s*[，,]?\s*$/u;
/** 各港, 各縣市: a group of holders, not a measure. */
export const ZH_GROUP_OF_HOLDERS = /^各/u;
/** A measure opening a clause (after its year), as ZH_RANKED_LIST_MEASURE names it: 103年國際商港進出港旅客人數突破百萬. */
export const ZH_RANKED_LIST_MEASURE_AT_CLAUSE_START =
  /(?:^|[，,。；;])\s*(?:(?:19|20)?\d{2,3}年(?:度)?)?([\u3400-\u9fff]{2,20}?(?:中位數|中位数|平均數|平均数|件數|件数|人數|人数|次數|次数|金額|金额|數量|数量|人次|總額|总额|薪資|薪资|所得|收入|比率|比例|率|額|额|量))(?=[^，,。；;]{0,12}[，,][^，,。；;]*$)/u;
/** A time word the lead's measure may open with (105年勞資爭議件數). */
export const ZH_RANKED_MEASURE_TIME_START = /^(?:年度?|月份?)/u;

/**
 * A clause of only the verb of its figure after a comma (觀光人數,來到107萬人; 全市生产总值，达到5000亿元): the clause
 * before names what the figure measures.
 */
export const ZH_LEVEL_VERB_ONLY_CLAUSE =
  /^\s*(?:已|则|則|也|亦|更|再)?(?:来到|來到|达到|達到|达|達|为|為|逼近|超越了?|突破|升至|降至|增至|减至|減至)\s*$/u;
/** What opens no topic: a source or a time the clause before states (根據統計, 截至10月底). */
export const ZH_NOT_TOPIC_LEAD = /^(?:根据|根據|据|據|截至|截止|在|于|於|从|從|自|经|經|通过|通過|按|依)/u;
/**
 * A clause of only a year (or a year's end, or its months) and the verb of its figure: 106年为, 113年降至, 2015年底达,
 * 統計114年1-3月份則有.
 */
export const ZH_YEAR_AND_VERB_ONLY =
  /^\s*(?:统计|統計)?(?:(?:19|20)\d\d|1[0-4]\d|[89]\d|[〇零一二三四五六七八九]{2,4}|今|去)年(?:度)?(?:\d{1,2}(?:\s*[-－—~～至]\s*\d{1,2})?月份?)?(?:底|末|初)?(?:则|則)?(?:为|為|是|达|達|达到|達到|共|有|共有|降至|增至|升至|减至|回落至|下降至|上升至|增加至|减少至|增加到|减少到)\s*$/u;
/** 由2014/15年度103宗增至…, 由2016年的847宗: a clause opening on the first end of a from–to move, only its year before it. */
export const ZH_FROM_YEAR_ONLY = /^\s*(?:由|从|從)(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|去|今|上|前)年度?(?:同期)?的?\s*$/u;
/** 平机会接获性骚扰投诉有上升趋势: who received it and the trend named around the measure (no part of it). */
export const ZH_RECEIVED_LEAD = /^.*(?:接[到获獲]|收到|受理|接[报報])了?/u;
export const ZH_TREND_TAIL =
  /(?:有|呈|呈现|呈現)?(?:持续|持續|继续|繼續|逐年|逐步|进一步|進一步)?(?:上升|下降|增加|减少|減少|增长|增長|缩小|縮小|扩大|擴大)(?:趋势|趨勢|态势|態勢)?$/u;
/** A topic marker after the topic (吸毒人口部分, 吸食地点方面): no part of what is measured. */
export const ZH_TOPIC_MARKER_END = /(?:部分|方面)$/u;

/** The words of a basis, with its own label, right before its level: 较上年同期破案(858起), 比去年同期抓获(779人). */
/**
 * 曾偉雄指, 报告称, 《公报》透露: who says it (a document's title in brackets too), with the verb of saying; no measure
 * (恒指, 股指: an index, not a speaker's 指).
 */
export const ZH_SPEAKER_ONLY =
  /^(?:[《〈“"]?[\u3400-\u9fff]{1,12}?[》〉”"]?(?:指出|表示|透露|强调|強調|称|说)|[\u3400-\u9fff]{2,12}?(?<![恒股港国综日纳道])指)$/u;
/** 至於嚴重毒品案件，…: the topic a sentence opens with (group 1). */
export const ZH_TOPIC_OPENER = /^\s*(?:至于|至於|关于|關於)([^，,。；;]{2,16})[，,]/u;
/** 較上季的3,190宗, 上季的: a basis that names only its period (the measure is the figure's before, in its unit). */
const ZH_PERIOD_BASIS = '(?:上|去|前|同|本|今)?一?(?:年|季|季度|月|周|期|年同期|月同期|季同期|年度)(?:的|之)?';
export const ZH_PERIOD_ONLY_BASIS = new RegExp(`^(?:较|較|比)?${ZH_PERIOD_BASIS}$`, 'u');
/** The same basis right before a figure (較上季的3,190宗). */
export const ZH_PERIOD_BASIS_BEFORE = new RegExp(`(?:较|較|比)${ZH_PERIOD_BASIS}\\s*$`, 'u');
/** 較平日夜間停留人口數261.1萬人: the basis's level measures what follows 较 (not 较大, 较高: an adjective). */
/**
 * A basis level's subject read up to its comparison (阳性百分比为12.02%，高于前一周录得的9.70%): the measure compared, the
 * comparison and its period cut.
 */
export const ZH_BASIS_LEVEL_TAIL =
  /(?<=[\u3400-\u9fff]{2})(?:高于|高於|低于|低於|超过|超過|超越)([^，,。；;\d]{0,10}?)的$/u;
/** What stands between such a comparison and 的 when it names a time (前一周录得), not a basis measure (全國平均值). */
export const ZH_BASIS_TIME_ONLY =
  /^(?:(?:前|上|对上|對上|去|同)?一?(?:周|週|星期|月|季|年|期)?(?:同期)?(?:录得|錄得|记录|記錄)?|上年|去年|上月|同期)$/u;
/**
 * A passive of honour or listing after what is counted (4所学校被评为省级党建示范校, 4名党员教师被省委组织部授予…): what
 * happened to it, not what is counted.
 */
export const ZH_PASSIVE_TAIL =
  /(?<=[\u3400-\u9fff]{2})被(?:[\u3400-\u9fff]{1,10}?)?(?:评为|評為|评选为|評選為|授予|认定为|認定為|命名为|命名為|列为|列為|列入|确定为|確定為|评定为|評定為|表彰为|表彰為|纳入|納入)[^，,。；;]*$/u;
export const ZH_COMPARED_LEAD = /^(?:较|較)(?=[\u3400-\u9fff]{2})(?![大小多少高低快慢好差为為])/u;
// 較平日夜間停留人口數261.1萬人，多65.2萬人: a measure of its own compared with, after 较.
export const ZH_BASIS_LEVEL_BEFORE =
  /(?:(?:较|比|與|与|較)(?:上年|去年|上年度|去年度)(?:同期|末|底|初)?(?!同期|末|底|初)[\u3400-\u9fff]{1,8}|(?:较|較)(?!(?:上|去|前|同|本|今)[年期月季](?:同期|度|末|底|初)?$)[\u3400-\u9fff]{2,16})$/u;
/** Only a verb of moving, or 多/少 after a comma, between a basis's level and the move (858起上升28.9%, 261.1萬人，多). */
export const ZH_MOVE_VERB_ONLY_GAP =
  /^\s*(?:(?:上升|下降|增长|增加|减少|提高|降低|回落|上涨|下跌|增長|減少|下滑)了?|[，,]\s*(?:亦|则|則)?(?:多|少)了?)\s*$/u;
/** A closing bracket before any opening one: the figure before it sits inside the bracket. */
export const ZH_CLOSES_BRACKET = /^[^（(]*[）)]/u;

/**
 * 由2014/15年度103宗增至2018/19年度143宗, 由2016年的847宗减至去年的771宗: what is left before an end of a from–to move
 * when its clause opens with 由 (a year, a verb and a year): it names nothing; the clause before names what moved.
 */
/** 较111年调查下降0.8个百分点: the survey of an earlier year a figure is compared with is left alone; it names nothing. */
export const ZH_SURVEY_ONLY = /^(?:调查|统计|普查)$/u;
export const ZH_RANGE_END_ONLY =
  /^(?:(?:由|从)?(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|去|今|前|上|本)?年度?(?:同期)?的?|(?:增|减|降|升|增加|减少|上升|下降|提高|降低)(?:至|到)(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|去|今|本|上)?年度?(?:同期)?的?)$/u;
/**
 * 私隱專員公署在2023年收到的投訴個案, 消費者委員會去年接獲的整體投訴數字: who received the count and when is no part of
 * what is counted; group 1 is the noun after 的.
 */
export const ZH_RECEIVED_BY_HOLDER = /^[^，。；、的]{2,20}?(?:接[到获獲]|收到|受理|接[报報])的([^，。；、]{2,})$/u;
/** The units a rate is stated in (a count's move after one is no move of the rate). */
export const ZH_RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '百分点', '千分点']);
/** A subject that names a rate (出生率, 执行率). */
export const ZH_RATE_NAME_END = /率$/u;

/**
 * 接报刑事、治安警情, 侦办环境、森林资源类案件: a verb of handling before the first of two-character modifiers that share
 * the last item's head (the verb says what was done, not what is counted).
 */
export const ZH_ITEM_HANDLING_VERB = /^(?:接报|侦办|侦破|破获|查处|受理|办理|查获|抓获|打掉|立案|发生|发案)/u;
/** A modifier of two Han characters, the shape of 刑事 and 治安 in 刑事、治安警情. */
export const ZH_TWO_HAN_MODIFIER = /^[\u3400-\u9fff]{2}$/u;
/** The head of 森林资源类案件 after its category mark: 类案件. */
export const ZH_CATEGORY_HEAD = /[类類型][\u3400-\u9fff]{1,6}$/u;

/**
 * A subject that names only a period or the words around it (度之 of 較112年度之, 疫情前之108年度, 年), only
 * connectives (惟其, 復, 又) or only the plan a share is of (为年计划的10.3%): it names no measure, so the figure before
 * in the sentence lends its.
 */
export const ZH_NO_MEASURE_SUBJECT =
  /^(?:(?:为|為|占|佔|是)?(?:全?年度?|本年|今年)?(?:计划|計劃|预算|預算|目标|目標|任务|任務)(?:的|之)|(?:[\u3400-\u9fff]{1,4}[之的])?(?:\d{2,4}|[〇○零一二三四五六七八九十]{1,4})?(?:年度|年|度|季度|季|月份|月)[之的]?|[惟但而又復复並并且其亦也均皆則则即乃另]{1,3})$/u;
/**
 * A note in brackets inside a subject (全国（不含香港、澳门特别行政区和台湾地区，下同）共报告…): a clause of its own, a
 * 下同 note or a formula (死亡率(死亡人數除以年中人口數), 整體罪案率(以每十萬名人口計算的罪案比率)), no part of the name.
 */
export const ZH_NOTE_ASIDE = /[（(][^（）()]*?(?:[，,；;]|下同|除以|乘以|计算|計算)[^（）()]*?[）)]/gu;
/** A share's subject that opens on 占 (占總預算歲出之比率), the whole it is of (group 0 from 占). */
export const ZH_SHARE_OPENING = /^[占佔]/u;
/** 又社會福利支出於102年度占…: the topic before the year a share is told for (group 1). */
export const ZH_TOPIC_BEFORE_SHARE_YEAR =
  /(?:^|[，,；;。])\s*(?:又|而|另|其中)?([\u3400-\u9fff]{2,12}?)(?:於|于|在)(?:\d{2,4}|[〇○零一二三四五六七八九十]{2,4})年度?\s*$/u;
/** A subject left with no measure in it: nothing, or a word of consequence or of how much (致, 只, 達). */
export const ZH_BARE_CLAUSE_SUBJECT = /^(?:致|致使|以致|只|仅|僅|达|達|占|佔)?$/u;
/** A subject that is only the words of a share ranked (支出中以住宅服務所占比例): the item is read again. */
export const ZH_SHARE_WORDS_TAIL = /(?:所)?(?:占|佔)(?:比例|比重)$/u;
/**
 * 以住宅服務…所占比例最高,達29.16%; 食品及非酒精飲料次之,占15.75%; 教育所占比例最低,只占1.94%: the item a share ranks,
 * named in the clause before the figure's (after the whole it is of: 各項消費性支出中以…). Group 1 the item.
 */
export const ZH_RANKED_SHARE_TOPIC =
  /(?:^|[，,；;。])\s*(?:[^，,；;。\d]{0,24}(?:中|裡|里)(?=以))?(?:以|而|另)?([^，,；;。\d%]{2,30}?)(?:所)?(?:(?:占|佔)(?:比例|比重)?最[高低多少]|再?次之)[，,]\s*(?:只|仅|僅|亦)?(?:占|佔|达|達|为|為)?\s*$/u;
/**
 * 食物類因外食費反映食材成本上升…,致上漲8.3%: the topic of a clause whose cause (因) comes before the move it led to
 * (致). Group 1 the topic.
 */
/**
 * 就業不足人數則微升，由6萬人增至6萬800人: the topic whose move the clause before names, then where it went from (group 1).
 */
export const ZH_MOVED_FROM_TOPIC =
  /(?:^|[，,；;。])\s*(?:另|而)?([\u3400-\u9fff]{2,12}?)(?:則|则|亦|也)?(?:微|略|轻微|輕微|小幅|大幅|明显|明顯|显著|顯著)?(?:上升|下降|下跌|回落|回升|增加|减少|減少|上涨|上漲|升|跌|降|增)[，,]\s*(?:由|从|從)\s*$/u;
/**
 * 北京、广东、江苏、山东、上海软件业务收入居全国前5位，分别增长10.6%、6.5%…: what the top of the ranking ranks, written
 * before it, is what the moves listed after it measure (group 1; 前5位 is no figure of its own).
 */
export const ZH_RANKED_TOP_TOPIC =
  /(?:^|[，,；;。])\s*([^\d，,。；;：:]{2,40}?)(?:居|位居|位列|排名|排在|排)(?:全国|全省|全市|全区|全球)?前[\d一二三四五六七八九十]{1,2}(?:位|名)[，,]\s*(?:分别|分別)[^\d，,。；;]{0,8}$/u;
export const ZH_CAUSED_MOVE_TOPIC =
  /(?:^|[，,；;。])\s*(?:另|而)?([\u3400-\u9fff]{2,12}?)(?:則|则)?(?:因|由於|由于)[^；;。]{1,60}?[，,]\s*(?:致使?|以致)[^，,；;。\d]{0,4}$/u;

/**
 * 家用器具及用品批發業因下游零售通路母親節檔期促銷活動,帶動家電商品出貨成長,年增13.2%: the item that opens a clause
 * group with its cause (因, 受), no figure after it up to the bare move at its end (group 1 the item; not 主因, 原因).
 */
export const ZH_ITEM_BEFORE_CAUSE =
  /(?:^|[，,；;。：:])\s*(?:\d+[.、．])?([^\d，,。；;：:（()]{2,16}?)(?<![主原起基成肇])(?:则|則)?(?:因|受)(?![素此而应應])[^\d。；;]*$/u;
/** A figure's clause that is only its move (，年增13.2%; ，增长5%): it names nothing of its own. */
export const ZH_BARE_MOVE_CLAUSE =
  /[，,]\s*(?:年增|年减|年減|月增|月减|月減|增加|减少|減少|增长|增長|成长|成長|下降|上升|衰退)了?\s*$/u;

/** 麗瑤邨(819個單位): a count in brackets with its own noun right after it, closing the bracket (group 1 the noun). */
export const ZH_BRACKETED_COUNT_NOUN_AFTER = /^([\u3400-\u9fff]{1,4})[）)]/u;
/** 向警方舉報受害事件的受訪者當中，89%認為…: the set a share is of, named before 当中 closing the clause before (group 1). */
export const ZH_SET_BEFORE_AMONG = /([^，,。；;：:、\d（()）]{2,16}?)(?:当中|當中|之中)[，,]\s*(?:有|约|約)?\s*$/u;

/**
 * A bare head noun as a figure's subject (收入达393亿元): the clause before may name it in full at its opening
 * (信息安全产品和服务收入增速小幅提升，收入达393亿元).
 */
export const ZH_BARE_HEAD_NOUN = /^(?:收入|营收|产量|销量|销售额|利润|增加值|产值|营业额|用量)$/u;
/** The longest name a bare head noun's fuller name is read in. */
const ZH_FULLER_HEAD_MAX = 16;
/** A clause opening with a name that ends on `head` (group 1: the name), every such opening of a text. */
export function zhFullerHeadOpenings(head: string): RegExp {
  return new RegExp(`(?:^|[，,；;：:])([\\u3400-\\u9fff]{2,${ZH_FULLER_HEAD_MAX}}?${head})`, 'gu');
}
/** A clause opening that only says when or how much was done is no name of the head (全年完成营业收入). */
export const ZH_NOT_A_FULLER_HEAD = /完成|实现|达到|累计|全年|其中|同比|比上年|[为是]/u;

/** A clause of a tally alone before its figure (以調解方式處理的個案，共237宗): what is tallied is the clause before. */
export const ZH_BARE_TALLY_BEFORE = /[，,]\s*(?:共有?|合共|共计|总共|累计|达|计)\s*$/u;
/** The clause before such a tally: a name with no figure, after a clause break (its connective left out). */
export const ZH_TALLIED_CLAUSE =
  /(?:^|[，,；;。：:\n])\s*(?:以及|及|和|另外|另|而)?([^，,；;。：:\n\d]{2,30})[，,]\s*(?:共有?|合共|共计|总共|累计|达|计)\s*$/u;
/** A clause that only says when (去年全年，共有237宗): no name of what is tallied. */
export const ZH_WHEN_ONLY_CLAUSE =
  /^(?:(?:去|今|上|本|前|当|當|明)年度?|全年|同期|期间|期間|[上下]半年|[一二三四]季度|第[一二三四]季度?|\d{1,4}年度?|\d{1,2}月份?|年底|年末|目前|截至[^，,]*|过去一年|過去一年|(?:今年|本年|年初|去年|上年)以来|[1-9]\d?[-—至]\d{1,2}月)+$/u;

/** 處理當中四千七百七十宗投訴: 当中 (among them) inside or at the end of a subject points back to a set; it names no part of the measure. */
export const ZH_AMONG_INSIDE = /(?<=[\u3400-\u9fff])当中(?=[\u3400-\u9fff]|$)/gu;

/**
 * 上半年年增4.4%: a sentence of only a period and its move, closing a paragraph (Taiwan's releases, one paragraph per
 * item): it measures what the paragraph's first figure measures.
 */
// (分季度看，一季度同比增长6.7%，二季度增长6.7%: a breakdown by period, its opener and 同比 too.)
export const ZH_PERIOD_MOVE_ONLY =
  /^(?:分[\u3400-\u9fff]{1,4}看[，,])?(?:上半年|下半年|全年|前[一二三四五六七八九十\d]{1,2}个?月|1[-—至~]\d{1,2}月|[一二三四]季度|第[一二三四]季|累计)+(?:同比|环比)?(?:年增|年减|增长|下降|成长|衰退|增加|减少)了?$/u;

/**
 * 股東應佔盈利為港幣4.017億元(2022年重列︰港幣5.490億元), 每股6.25港仙(二零二三年:4.75港仙), 100亿元（上年：90亿元）: the gap
 * from a figure to the figure of an earlier period that a bracket after it gives; that figure measures what the first does.
 */
export const ZH_PRIOR_PERIOD_BRACKET_GAP =
  /^\s*[（(]\s*(?:(?:19|20)\d\d\s*|[〇○零一二三四五六七八九]{4}|上|去|前|上一?财政)\s*年度?\s*(?:经?重列|同期)?\s*[:：︰]\s*(?:港币|人民币|新台币|美元)?\s*$/u;

/**
 * 累计投资金额10696.3亿元人民币，折合1617亿美元; 同比增长1.8%（折合155亿美元: the gap before the same amount restated in another
 * currency or unit, which measures what the figure before does.
 */
// (，按年均汇率折算约合20533美元；按年均汇率折算为6908美元: the rate it is restated at may be named first.)
export const ZH_RESTATED_IN_OTHER_UNIT_GAP =
  /^\s*[，,（(；;]\s*(?:按[^，。；,;（()）\d]{1,12}?(?:折算|计算)?)?(?:约|约为)?(?:折合|折算|约合|相当于)(?:约|为|成)?\s*(?:人民币|美元|港币)?\s*$/u;

/** 城市14459人，占33.8%: the gap from a place's count to its share of the whole (the place's part, not another measure). */
export const ZH_SHARE_AFTER_COUNT_GAP = /^\s*[，,]?\s*占(?:比)?(?:为|达)?\s*$/u;

/**
 * 在外籍人士宜居城市調查中獲得96%滿意度, 获得90%的支持率: a rate named right after a percentage (a word ending in 度 or 率, up to the
 * clause's end or a conjunction) is what the percentage measures (group 1).
 */
export const ZH_RATE_NOUN_AFTER_PERCENT = /^的?([\u3400-\u9fff]{1,6}?[度率])(?=[，。；、,;：:\s）)]|$|并|且|及|和)/u;

/**
 * 惟百貨公司、布疋及服飾品零售業因疫情擴散，門市來客數減少，分別年減13.1%、1.7%; 主要是因為行劫及爆竊案有明顯跌幅所致（與二零零六年
 * 比較，分別下跌22.7%和15.1%）: a list of figures after 分别 whose clause names no list takes the items an earlier clause of
 * its sentence lists. The stretch before the figures that ends on 分别 (and a verb), how far back it is read, the
 * clauses it is cut into, the words after which a clause's list starts (the last one), and where the list ends.
 */
export const ZH_RESPECTIVE_BEFORE_FIGURES = /分别[\u3400-\u9fff]{0,4}$/u;
export const ZH_EARLIER_LIST_REACH = 120;
export const ZH_EARLIER_LIST_CLAUSES = /[，,；;：:（()）]/u;
export const ZH_EARLIER_LIST_LEAD = /^.*(?:因为|由于|其中|惟|而|但|另)/u;
// (…航空航天产业保持增长: what the items keep doing is no part of them.)
export const ZH_EARLIER_LIST_END =
  /(?:因|由于|受|的|均|皆|都|有|在|较|比|同比|亦|也|则|呈|出现|录得|保持|继续|持续|实现).*$/u;
/**
 * A clause that names a measure (two characters or more) before its 分别: the figures measure that. A speed or share
 * word alone names none (新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%: the items' own speeds).
 */
export const ZH_NAMED_BEFORE_RESPECTIVE =
  /(?:[\u3400-\u9fff]{2,}(?:增速|增幅|降幅|涨幅|跌幅|占比|比重|同比|环比)|[\u3400-\u9fff]{2,}(?<!增速|增幅|降幅|涨幅|跌幅|占比|比重|同比|环比))分别/u;
/** A digit in a clause between the list and the figures: they share out that figure's subjects instead. */
export const ZH_DIGIT = /\d/u;
/** An item of such a list: two to fourteen characters of words (a bracket of alternatives kept). */
export const ZH_EARLIER_LIST_ITEM = /^[\u3400-\u9fff（）()]{2,14}$/u;

/**
 * Between two figures of a 分别 list whose items move different ways (分别增长5.2%和下降3.1%, 分别较上年减少4.3万元和增加
 * 4.4万元): the joiner and the second item's verb; the list still shares its items out in order.
 */
export const ZH_RESPECTIVE_VERB_JOINER =
  /^\s*[)）]?\s*(?:以及|[和及与、，,])\s*(?:增长|增加|上升|提高|下降|减少|回落|下滑|降低|增|减|降|升)了?\s*$/u;

/** A bracket opened right after a figure of such a list restates it (减少4.3万元(-3.7%)): it takes that item's subject. */
export const ZH_RESTATING_BRACKET_GAP = /^\s*[（(]\s*$/u;

/** 分别 before a clause's figures: the list of ZH_RESPECTIVE_VERB_JOINER. */
export const ZH_RESPECTIVE_WORD = /分别/u;

/** A budget's column words (预算数, 决算数, 执行数): a subject of one alone names no item. */
const ZH_BUDGET_COLUMN = '(?:调整后?预算数|年初预算数|预算数|决算数|执行数|完成数|实际数|预计执行数)';
export const ZH_BUDGET_COLUMN_ONLY = new RegExp(`^${ZH_BUDGET_COLUMN}$`, 'u');
/** The item before a column word (中央国有资本经营收入预算数: group 1 the item). */
export const ZH_BUDGET_COLUMN_END = new RegExp(`^(.+?)${ZH_BUDGET_COLUMN}$`, 'u');

/** 而二○一七年的相關比率為10.0%: the corresponding rate of another year, the measure of the figure before. */
export const ZH_CORRESPONDING_ONLY = /^(?:相关|相应|有关)(?:比率|比例|百分比|比重|数字|数目|数据)$/u;
/** 88宗學校或院舍爆發個案，涉及600人: the people a set of cases involves, counted for those cases. */
export const ZH_INVOLVING_ONLY = /^(?:共)?(?:涉及|涉)$/u;

/**
 * 编制范围为主要包括国资委监管企业98户, 其中包括三甲医院8家: what a whole includes is the part counted, the whole and 包括 cut
 * (a word with 包括 inside stays: 不包括).
 */
export const ZH_INCLUDES_LEAD = new RegExp(
  `^(?:[^，。；、\\d]{0,24}?(?<!不))?(?:主要)?包括(?=[\\u3400-\\u9fff]{2})|^${INCLUDES_OPENER}(?=[\\u3400-\\u9fff]{2})`,
  'u',
);
