// Spec cases for Chinese claims with no figure (a named incident, a meeting's named outcome) and
// a comparison with expectation, which is not a forecast.
import type { SpecCase } from './types';

export const ZH_CLAIMS: SpecCase[] = [
  // a question asks, even with figures (a member's question, H52-1); 可望 and 估 with a year are forecasts
  { in: '過去3年，該等隊伍進行監察及提出檢控的次數分別為何？', m: [], claim: false },
  { in: '明年可望降至2%以下。', m: ['2%以下 = 2 % ~under'], claim: false },
  { in: '央行估2025年成長率為3.08%。', m: ['3.08% = 3.08 % up'], claim: false },
  {
    in: '国庆假期接待游客1200万人次，实现旅游收入98亿元，均远超预期。',
    m: ['1200万人次 = 12000000 人次', '98亿元 = 9800000000 元'],
    claim: true,
  },
  { in: 'COP15会议收获“昆明宣言”等重大成果。', m: [], claim: true },
  { in: '科学有效处置漾濞6.4级地震、江川“4·11”森林火灾等灾害。', m: [], claim: true },
  { in: '有效应对各类自然灾害，及时转移受灾群众。', m: [], claim: false },
  { in: '论坛期间各方深入交流，凝聚广泛共识。', m: [], claim: false },
  { in: '预计全年地区生产总值增长5%左右。', m: ['5%左右 = 5 % ~about up'], claim: false },
  // a rank reached (居国内第3位, 跃升至第7位) is a ranking; a rank as a target is a plan
  { in: '全省集成电路封测规模居国内第三位。', m: [], claim: true },
  { in: '港口发展指数从全球第十一位跃升至第七位。', m: [], claim: true },
  { in: '力争港口发展指数进至全球第五位。', m: [], claim: false },
  { in: '第三位讲话的是市长。', m: [], claim: false },
  // how many of a set rose and fell (“六涨两降”) is a statistic
  { in: '八大类商品和服务价格同比“五涨三降”。', m: [], claim: true },
  { in: '坚持稳中求进工作总基调。', m: [], claim: false },
  // a first of its kind (全国首列, 全球首座), a level set against the world's, a shortlisting are claims
  { in: '全国首列氢能观光列车成功投运。', m: [], claim: true },
  { in: '稀土冶炼技术达到国际先进水平。', m: [], claim: true },
  { in: '高新区入围国家创新型产业集群试点。', m: [], claim: true },
  { in: '首座城市的交通秩序持续好转。', m: [], claim: false },
  // none in a period (全年未发生…事故) is a zero statistic; a level unchanged on the year (与上年同期持平) a comparison
  { in: '全年未发生较大及以上生产安全事故。', m: [], claim: true },
  { in: '全市居民消费价格与上年同期持平。', m: [], claim: true },
  { in: '确保不发生重大安全事故。', m: [], claim: false },
  // Taiwan's forecast words (推估, 預估, 有望) make an estimate, not a claim
  { in: '根據最新推估，總人口至2030年將開始少於2,300萬人。', m: ['少於2,300萬人 = 23000000 人 ~under'], claim: false },
  { in: '今年預估出口可望增長3.5%。', m: ['3.5% = 3.5 % up'], claim: false },
  // a level already passed beside a hope or a plan is still a claim
  {
    in: '矯正機關核定容額為6萬0552人，但實際收容人數已逾6萬1600人，希望能有效壓抑詐欺犯罪。',
    m: ['6萬0552人 = 60552 人', '逾6萬1600人 = 61600 人 ~over'],
    claim: true,
  },
  // how a figure is made: a rate's formula, the threshold that defines what is counted
  {
    in: '主計處官員解釋,用各行政區刑案發生數除以各行政區戶籍登記人口數,再乘以10萬。',
    m: ['10萬 = 100000 '],
    claim: false,
  },
  { in: '市府也沿用較嚴格的標準,即任一測站小時平均值大於71微克。', m: ['71微克 = 71 微克'], claim: false },
  { in: '全市以高标准建成12个公园，同比增长5%。', m: ['12个 = 12 个', '5% = 5 % up'], claim: true },
  // an estimate set against what was actually reached reports the result
  {
    in: '預估罰鍰收入約2億6,337萬元，6日實際統計共2億0,255萬元，達成率約76.9％。',
    m: ['約2億6,337萬元 = 263370000 元 ~about', '2億0,255萬元 = 202550000 元', '約76.9％ = 76.9 % ~about'],
    claim: true,
  },
  { in: '預計明年實際完成將達5億元。', m: ['5億元 = 500000000 元'], claim: false },
  // what a plant will do once built; a penalty the rules set
  {
    in: '屆時全市3座焚化爐合計1年可處理約76萬公噸垃圾。',
    m: ['3座 = 3 座', '1年 = 1 年', '約76萬公噸 = 760000 公噸 ~about'],
    claim: false,
  },
  { in: '違法處理廢棄物者，將依法處最高6000元罰鍰。', m: ['6000元 = 6000 元 ~under'], claim: false },
  { in: '去年依法處罰案件共320件，較前年增加12%。', m: ['320件 = 320 件', '12% = 12 % up'], claim: true },
  // a payment the rules set per head, the earliest a thing will come, what will be sent first: no results
  { in: '未滿99歲者，每位長者發放2500元。', m: ['2500元 = 2500 元'], claim: false },
  { in: '該協會與電訊公司洽談1年多，最快明年初可推出。', m: ['1年 = 1 年'], claim: false },
  { in: '首批2,600份營養安心包，將優先發送給獨居長者。', m: ['2,600份 = 2600 份'], claim: false },
  { in: '去年每位長者平均領取2500元，共發放9億元。', m: ['2500元 = 2500 元', '9億元 = 900000000 元'], claim: true },
  // 屆時 opens a plan only at the sentence's start: a current fact before it keeps the claim
  {
    in: '全國矯正機關目前超收1000多人，看守所即將完工啟用，屆時可增加近500床。',
    m: ['1000多人 = 1000 人 ~over up', '近500床 = 500 床 ~about up'],
    claim: true,
  },
  // a thing in effect since a past year, or stopped on a past date, is reported beside what may come
  {
    in: '重陽敬老禮金自一○八年起逐年提高，一一四年長輩每人可領1500元。',
    m: ['1500元 = 1500 元'],
    claim: true,
  },
  {
    in: '上櫃公司首季財報就有狀況，已在5月20日停止買賣至今，最快明年1月2日終止上櫃。',
    m: [],
    claim: true,
  },
  // a scheme named 計劃 under a headline is no plan section; an outcome set against what was expected is no plan
  {
    in: '香港年金計劃有認購意向登記\n\n香港年金公司今日公布,首批次香港年金計劃共接獲9410宗認購意向登記。',
    m: ['9410宗 = 9410 宗'],
    claim: true,
  },
  {
    in: '惟受降雨量不如預期影響,慣常水力發電量54.3億度,年減17.2%。',
    m: ['54.3億度 = 5430000000 度', '17.2% = 17.2 % down'],
    claim: true,
  },
  { in: '二、2024年工作计划\n\n全年计划完成投资50亿元。', m: ['50亿元 = 5000000000 元'], claim: false },
  {
    in: '关于新乡市2024年国民经济和社会发展计划的通知\n\n2024年全市计划新增就业5万人。',
    m: ['5万人 = 50000 人'],
    claim: false,
  },
  // a title that sums up a year before it plans the next opens no plan section
  {
    in: '天门市民政局2024年工作总结及2025年工作计划\n\n全年临时救助2188人次,支出485.14万元。',
    m: ['2188人次 = 2188 人次', '485.14万元 = 4851400 元'],
    claim: true,
  },
  { in: '计划建设社区嵌入式养老服务机构9个、农村幸福院82个。', m: ['9个 = 9 个', '82个 = 82 个'], claim: false },
  { in: '全年按计划建设社区养老服务机构9个。', m: ['9个 = 9 个'], claim: true },
  // the government's paper quoted is no member of the public speaking
  {
    in: '據政府提供的文件中提到。「在2006/07學年,修讀該課程的學生有5465人,其中2568人為本地學生。」似乎政府覺得這與學生取向有關。',
    m: ['5465人 = 5465 人', '2568人 = 2568 人'],
    claim: true,
  },
  { in: '政府文件中提到的计划尚未公布。', m: [], claim: false },
  {
    in: '全市1082个市重大重点项目完成投资占年度计划投资109.7%，超时序进度9.7个百分点。',
    m: ['1082个 = 1082 个', '109.7% = 109.7 %', '9.7个百分点 = 9.7 百分点'],
    claim: true,
  },
  {
    in: '15个其他教育民生项目主体完工,计划投资6143.61万元。',
    m: ['15个 = 15 个', '6143.61万元 = 61436100 元'],
    claim: true,
  },
  // the review of the year just ended: its estimates (预计) are the year's results; a coming year's are forecasts
  {
    in: '一、2024年工作回顾\n预计全市地区生产总值增长4%左右，固定资产投资增长10%左右。',
    m: ['4%左右 = 4 % ~about up', '10%左右 = 10 % ~about up'],
    claim: true,
  },
  { in: '一、2024年工作回顾\n预计明年地区生产总值增长5%。', m: ['5% = 5 % up'], claim: false },
  { in: '二、2025年工作安排\n预计全市地区生产总值增长5%左右。', m: ['5%左右 = 5 % ~about up'], claim: false },
  { in: '这一年，经济稳中有进，预计全年地区生产总值增长5.5%。', m: ['5.5% = 5.5 % up'], claim: true },
  { in: '预计全市地区生产总值增长5%左右。', m: ['5%左右 = 5 % ~about up'], claim: false },
  // a target set or kept (目标，是…; 维持…的目标) is no result; a target met is one
  { in: '政府的目標,是在2008-09年度把政府經營開支減至2,000億元。', m: ['2,000億元 = 200000000000 元'], claim: false },
  { in: '長策亦維持未來10年每年平均興建約20 000個公屋單位的目標。', m: ['約20 000個 = 20000 個 ~about'], claim: false },
  { in: '全年提前完成年度目标，新增就业1.2万人。', m: ['1.2万人 = 12000 人'], claim: true },
  // a forecast (預料) and a cut the next year will make (將削減) are no results
  { in: '報考其他車種的路試，預料今年較去年增加13.9%。', m: ['13.9% = 13.9 % up'], claim: false },
  { in: '在下一財政年度，消防處將削減2.5%營運開支。', m: ['2.5% = 2.5 % down'], claim: false },
  { in: '去年消防處削減2.5%營運開支。', m: ['2.5% = 2.5 % down'], claim: true },
  // the 会 of a body (基金会是否) is no future
  {
    in: '資助款項由2012年的8.55億澳門元上升至2018年的22.22億澳門元，而資助款項是否運用得宜需視乎基金會是否有完善的審批制度。',
    m: ['8.55億澳門元 = 855000000 澳門元', '22.22億澳門元 = 2222000000 澳門元'],
    claim: true,
  },
  { in: '政府會提供50億元支援中小企。', m: ['50億元 = 5000000000 元'], claim: false },
  // none new (無新增死亡) is a statistic
  { in: '另確診個案中無新增死亡。', m: [], claim: true },
  { in: '本港沒有新增旅遊景點。', m: [], claim: false },
  // a result set against the year's early expectation (好于年初预期) is a result, not a plan
  {
    in: '据统计，上半年全省地区生产总值增长9.2%，高于全国平均水平、好于年初预期。',
    m: ['9.2% = 9.2 % up'],
    claim: true,
  },
  { in: '预计今年全市地区生产总值增长5%，好于年初预期。', m: ['5% = 5 % up'], claim: false },
  // the best in a place's history is a ranking
  { in: '這是雲林有史以來最好的成績。', m: [], claim: true },
  { in: '最好的办法是加强宣传。', m: [], claim: false },
  // a change against last year that a target sets is the target's (力争…同比): no claim; a reported one still is
  {
    in: '2019年，我省将力争省属监管企业资产总额、营业收入同比分别增长10%。',
    m: ['10% = 10 % up'],
    claim: false,
  },
  { in: '全年营业收入同比增长10%，力争明年再上台阶。', m: ['10% = 10 % up'], claim: true },
  // a rank against the years before (歷年同期第二低) is a ranking claim
  { in: '今年一至八月道路交通事故整體死亡人數為歷年同期第二低。', m: [], claim: true },
  { in: '本市將持續推動道路安全。', m: [], claim: false },
  // the briefing at which results are given is no claim; a conference that is the event reported still is
  { in: '1月7日，市公安局召开新闻发布会，向人民报告过去一年取得的成果。', m: [], claim: false },
  { in: '昨日，市公安局举行新闻发布会并通报2025年全市公安机关打防管控各项工作情况。', m: [], claim: false },
  { in: '第三届数字经济论坛在我市成功举办。', m: [], claim: true },
  // a level up to a date passed is a result beside a forecast; one still to be reached is not
  {
    in: '截至10月底止，观光人数突破百万人，来到107万7633人，可望创下新高。',
    m: ['百万人 = 1000000 人 ~over', '107万7633人 = 1077633 人'],
    claim: true,
  },
  { in: '预计截至年底，全市累计将完成改造100个。', m: ['100个 = 100 个'], claim: false },
  // the opening of a people's congress session is no claim (as the briefing is); a session's figures are
  { in: '2月4日上午，咸阳市第九届人民代表大会第六次会议在咸阳大剧院隆重开幕。', m: [], claim: false },
  { in: '县十八届人大五次会议开幕。', m: [], claim: false },
  { in: '会议开幕以来，代表共提出建议120件。', m: ['120件 = 120 件'], claim: true },
  // a result set against the forecast or the expectation is a result, not a forecast
  {
    in: '其中收入比預測增加了53億港元，主要由於印花稅的收入比預期高。',
    m: ['53億港元 = 5300000000 港元 up'],
    claim: true,
  },
  {
    in: '開支較修訂預算減少了15億港元，主要由於開支需要較預期低。',
    m: ['15億港元 = 1500000000 港元 down'],
    claim: true,
  },
  { in: '預測明年收入增加53億港元。', m: ['53億港元 = 5300000000 港元 up'], claim: false },
  // data a method produced (推估產製) report a result; an estimate of what will come does not
  {
    in: '依內政部推估產製之資料，112年11月臺北市平日日間活動人口數計326.3萬人。',
    m: ['326.3萬人 = 3263000 人'],
    claim: true,
  },
  { in: '推估明年臺北市人口數將達326.3萬人。', m: ['326.3萬人 = 3263000 人'], claim: false },
  // the release of a report alone and the day a date marks are no claims; a release's findings are
  { in: '2020年5月12日，交通运输部发布了《2019年交通运输行业发展统计公报》。', m: [], claim: false },
  { in: '今年6月5日是第44个世界环境日。', m: [], claim: false },
  { in: '6月5日，我市发布《2022年生态环境状况公报》显示，全市空气优良率95.3%。', m: ['95.3% = 95.3 %'], claim: true },
  // a result set against its basis, then an outlook in a clause of its own: the sentence states the result
  {
    in: '今年上半年中科的營業額是2116億元，較去年同期大幅成長52.35%，預估全年度營收額將上看4000億元。',
    m: ['2116億元 = 211600000000 元', '52.35% = 52.35 % up', '4000億元 = 400000000000 元'],
    claim: true,
  },
  // must not: the outlook first, or a result with no basis before it
  {
    in: '预估全年营收额将达4000亿元，较去年增长10%。',
    m: ['4000亿元 = 400000000000 元', '10% = 10 % up'],
    claim: false,
  },
  // the release of a year's report alone is no claim; what the report shows is
  { in: '人民银行10日发布2022年金融统计数据报告。', m: [], claim: false },
  { in: '国家统计局发布2023年国民经济统计公报显示，GDP增长5.2%。', m: ['5.2% = 5.2 % up'], claim: true },
  // a slogan's 第一 is no ranking
  { in: '科学技术是第一生产力，创新是引领发展的第一动力，人才是第一资源。', m: [], claim: false },
  // a departure from the same period of other years, a rank since a year, none of a kind in the period: claims; a
  // briefing held (its name first), a category defined by its thresholds, a result set against the market's
  // expectation (a result, not a forecast)
  { in: '总体看,灾情较去年同期偏重。', m: [], claim: true },
  { in: '夏季我国中东部出现1961年以来最强高温过程。', m: [], claim: true },
  { in: '六是森林草原火灾形势总体平稳,未发生重大以上森林火灾。', m: [], claim: true },
  { in: '应急管理部7月例行新闻发布会21日在北京举行。', m: [], claim: false },
  { in: '处长今日(二月十二日)举行新闻发布会,回顾过往一年的工作。', m: [], claim: false },
  {
    in: '流動居民指在統計時點之前的6個月內,在港逗留最少1個月但少於3個月的香港永久居民。',
    m: ['6個月內 = 6 個月 ~under', '1個月 = 1 個月 ~over', '少於3個月 = 3 個月 ~under'],
    claim: false,
  },
  {
    in: '第三季本地生產總值按年實質增長3.8%，高於市場預期增長3%。',
    m: ['3.8% = 3.8 % up', '3% = 3 % up'],
    claim: true,
  },
  // 2005年以来 with no rank after it is a period: the count makes the claim, not a ranking
  { in: '2005年以来,全市新建公园3个。', m: ['3个 = 3 个'], claim: true },
  // the top of a ranking is a ranking claim, with no figure of its own
  { in: '报告发病数居前3位的病种依次为肺结核、梅毒、乙肝。', m: [], claim: true },
  // a council (立法會, 委員會) that met or passed a bill on a date: an event, not a body that will do something
  { in: '立法會於2019年5月16日通過《2019年撥款條例草案》。', m: [], claim: true },
  { in: '委員會於2019年4月8日至12日期間連續舉行特別會議。', m: [], claim: true },
  // a body that will act is still a plan
  { in: '政府会于明年推出新措施。', m: [], claim: false },
  // a survey's reference time is no finding; a count found beside it is
  { in: '监测起止时间为2012年11月1日0时至2013年10月31日24时。', m: [], claim: false },
  { in: '普查标准时点为2020年11月1日零时。', m: [], claim: false },
  { in: '调查时间为2020年，共调查1000户家庭。', m: ['1000户 = 1000 户'], claim: true },
  // an estimate in a review named by the sentence is a result; must not match: one beside next year's outlook
  { in: '王正谱在回顾河北省2024年工作时表示,2024年预计全省生产总值增长5.2%。', m: ['5.2% = 5.2 % up'], claim: true },
  { in: '回顾过去，展望明年，预计全省生产总值增长5%左右。', m: ['5%左右 = 5 % ~about up'], claim: false },
  // a target met closes the review's estimates: still a result
  {
    in: '王正谱在回顾2024年工作时表示,2024年预计全省生产总值增长5.2%,较好完成全年经济社会发展目标任务。',
    m: ['5.2% = 5.2 % up'],
    claim: true,
  },
  // an expectations index is a measured figure, not an expectation
  {
    in: '8月份,制造业采购经理指数为49.1%,企业生产经营活动预期指数为52.0%。',
    m: ['49.1% = 49.1 %', '52.0% = 52 %'],
    claim: true,
  },
];
