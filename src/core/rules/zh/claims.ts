// Claim cues for Chinese reports (simplified; traditional text is folded before it is read).
import type { ClaimRules } from '../types';

export const ZH_CLAIM_RULES: ClaimRules = {
  // 歷年同期第二低: a rank against the years before is a ranking too; so is one since a year (1961年以来最强, 2009年以来同期
  // 第二高值) and a once-in-a-century event (百年一遇); a place at the top of a ranking (居前3位, 最多前五名).
  // A rank reached (居国内第3位, 跃升至全球第7位) is a ranking as 位居 and 名列 are; so is a first of its kind (全球首座, 全国首列).
  ranking: {
    name: 'zh.ranking',
    pattern:
      /有史以来|(?:居|列|位居|位列|排名?|最[高低多少])前[\d一二三四五六七八九十]{1,2}(?:位|名)|(?:18|19|20)\d\d年以来(?:同期)?(?:最[^，。；、\d]|第[二三四五六七八九十]|首次)|百年一遇|(?:历史|历年)(?:同期)?(?:最[高低好佳多少大]|新[高低]|第[二三四五六七八九十2-9][低高少多])|最(?:好|佳)的?成绩|率先|首创|首例|首家|首个|首批|首次|首位|首届|首站|第一(?!议题|时间|书记|责任人|责任|要务|生产力|动力|资源|线|次|批次|阶段|季度|步|期)|前列|前茅|榜首|唯一|最高|最低(?!工资|生活|养育|保障|标准|限度)|最多|最少|最快|名列|位居|位列|排名|排在|居全[国省区市]|领先|冠军|(?:居|列|升至|跃升至|跃居|进至)[^，。；]{0,6}?第[\d一二三四五六七八九十]{1,3}(?:位|名)|(?:全国|全球|世界|国内|全省|国际|亚洲)首[座列台艘架套条款部项]/u,
  },
  // 达到世界先进水平: a level set against the world's is a comparison; so is a level unchanged on the year (与上年同期持平),
  // and a departure from the same period of other years (灾情较去年同期偏重, 降雨量较常年同期偏多).
  comparison: {
    name: 'zh.comparison',
    pattern:
      /(?:较|比)[^，。；]{0,8}?同期偏[重轻多少高低强弱早晚]|远低于|低于|高于|远高于|优于|好于|超过全国|超过全省|平均水平|同期水平|最好水平|历史最好|历史新低|历史新高|翻番|翻一番|著称|(?:世界|国际|国内)(?:先进|领先)水平|(?:与上年(?:同期)?|同比|与去年(?:同期)?)持平/u,
  },
  // 入围 (shortlisted for a title) is a recognition as 入选 is.
  award: {
    name: 'zh.award',
    pattern:
      /荣获|获评|获得.{0,16}(?:奖|称号|荣誉|表彰|肯定)|获[“"《]?[^，。；]{0,12}?(?:连冠|冠军|金奖|一等奖|大奖)|被评为|评为|被授予|授予|表彰|嘉奖|入围|记(?:个人)?[一二三]等功|立功|入选|斩获|荣誉称号|列为[^，。；]{0,24}(?:示范|试点|标杆|先进)|(?:给予|得到|受到|获)[^，。；]{0,12}(?:表扬|肯定|批示|认可)|典型发言|经验交流|书面交流|点赞/u,
  },
  event: {
    name: 'zh.event',
    pattern: new RegExp(
      [
        '(?:破获|侦破|告破|破了|打掉|捣毁|摧毁|端掉|抓获|查获|缴获|破获了|侦破了)[^，。；]{0,24}?(?:案(?![件情])|团伙|窝点|犯罪集团|犯罪网络)',
        '(?:会|赛|比武|论坛|仪式|活动|调研会|推进会|现场会)[^，。；]{0,12}(?:成功)?(?:举办|召开|举行)',
        '(?:举办|召开|举行|参加)(?:了)?[^，。；]{0,20}[“《][^”》]{2,30}[”》]',
        // A named incident: a dated code (“4·11”森林火灾) or a magnitude (漾濞6.4级地震).
        '[“"]\\d{1,2}[·•.]\\d{1,2}[”"][^，。；]{0,8}?(?:火灾|山火|地震|洪灾|洪涝|事故|灾害|疫情)|\\d(?:\\.\\d)?级(?:强?地震)',
        // A meeting's named outcome: COP15会议收获“昆明宣言”.
        '(?:会议|大会|峰会|论坛|COP\\d+)[^，。；]{0,12}?(?:收获|取得|达成|通过|发表|签署)[^，。；]{0,6}?[“《][^”》]{2,24}[”》]',
      ].join('|'),
      'u',
    ),
  },
  dated: { name: 'zh.dated', pattern: /(?:\d{4}年)?\d{1,2}月\d{1,2}日/u },
  zeroStatistic: {
    name: 'zh.zero-statistic',
    // …价格同比“六涨两降”, “四升四降”: how many of a set rose and fell is a statistic; so is none in a period (全年未发生重大事故)
    // and none new (另確診個案中無新增死亡).
    pattern:
      /[一二两三四五六七八九十\d](?:涨|升|增)[一二两三四五六七八九十\d](?:降|跌|减)|(?:全年|上半年|下半年|连续[^，。；]{1,4}|[，,])未发生[^，。；]{0,16}(?:事故|案件|事件|灾害|疫情|火灾)|全覆盖|清零|零发生|零事故|零死亡|零伤亡|零超期|零溺亡|零流失|零被盗|零炸响|实现“零|实现零|双下降|双提升|双降|双升|全部下降|均实现下降|全部建成|全破|(?:中|内)?(?:无|没有)新增(?:死亡|病例|确诊|感染|个案|本土)/u,
  },
  /** Aims, plans, targets and forecasts: not facts to check, even with figures. */
  plan: {
    name: 'zh.plan',
    pattern: new RegExp(
      [
        '^(?:下一步|今后|未来|\\d{4}年[，,]?(?:我们|全市|该局|全市公安机关)?将)',
        '力争|计划(?:于|到|在|将|年内|明年)|(?<![按照原超占度])计划(?:建设|新建|建成|实施|开展|新增|改造)|预计|(?<![比较与])预测|预估|推估(?!产制|產製)|(?<!(?:出乎|出人|超出|超乎|不出)[^，,。；;]{0,8})预料(?!之外|之中)|有望|可望|(?<![评低高])估(?=\\d{4}年|明年|今年|全年|本年)|(?<!人均|平均|较|比|低于|高于|好于|优于|超出?|符合|不及|不如|未达|未如|逊于|(?:低于|高于|好于|优于|超出?|符合|不及|不如|未达|未如|逊于)(?:年初|市场|外界|市场的|外界的))预期(?!寿命|目标|指数)|目标是|拟(?:于|在|将|对|向)',
        '要进一步|要坚持|要持续|锁定[^。；]{0,60}目标',
        // (收入比預測增加了53億港元, 開支需要較預期低: a result set against the forecast, not a forecast; 推估產製之…資料: data a
        // method produced.)
        // 政府的目標,是在…減至2,000億元; 維持未來10年每年平均興建約20 000個公屋單位的目標: a target set or kept.
        '目标[，,]是|(?:维持|定下|订下|设定|制定|提出|确定|订定|设下)[^。；;]{0,50}的目标[。；;]?\\s*$',
        // 屆時…合計1年可處理約76萬公噸: what a plant will do once built; 依法處最高6000元罰鍰: a penalty the rules set.
        '^届时|依法(?:处以?|裁处|开罚)(?:最高|最低|新台币|台币)?[\\d一二三四五六七八九十]',
        // 最快明年初推出: the earliest a thing will come; 每位長者發放2500元: a payment the rules set per head; 將優先發送.
        '最快(?:明年|下月|下半年|年底|年初)|每(?:位|人|名|户)(?:长者|民众|市民|人瑞|学生)?(?:发放|补助|可领|可获)|将(?:优先|分批|择期)',
        '将(?:会|可|于|在|由|为|成为|首|新建|新增|建设|投入|实施|预留|拨款|推出|完成|继续|进一步|持续|全力|着力|坚决|加快|深入|不断|全面|坚持|围绕|聚焦|提供|推出|建成|启用|达到|安排|削减|减少|增加|提高|降低)',
        '(?:我们?|政府|本港|香港)会(?!议|同|上|员|见|谈|商)',
        // Not the 会 of a body or an event (基金会是否, 协会有, 博览会于, 机会是, 立法会于, 委员会于).
        '(?<![金协学工商社议委都大年峰晚事览动展盛总机法员])会(?:达到|是|有|提供|推出|继续|进一步|于|为|介绍|申请|加强|增加|减少)',
      ].join('|'),
      'u',
    ),
  },
  /** Words of something done: a plan cue beside them does not make the sentence an aim. */
  // 已预留…将于今年推出, 已经批出13宗…预计: a past action reported beside a forecast makes the sentence a claim; so does a
  // level already passed (实际收容人数已逾6万1600人…希望…) and a change against last year's same period (not one a target
  // sets: 力争…同比分别增长10%). A work report's
  // estimate of the year just ended (地区生产总值预计完成230.6亿元，增长4%; 预计，全市地区生产总值增长2%) reports
  // that year's result (H23-12, H85-8, H94-8, H100-4), unless a coming year is named or it reads as a target (增长5%左右).
  // An estimate set against what was actually reached (预估罰鍰收入約2億6,337萬元，實際統計共2億0,255萬元，達成率約76.9%;
  // 累計實際工程進度較預計進度落後有25項) reports the result; so does a level up to a date passed (截至10月底止，觀光人數…來到
  // 107萬7633人，已逼近…可望創下新高).
  done: {
    name: 'zh.done',
    pattern:
      /(?<!(?:预计|力争|争取|确保|计划|目标|将|到)[^，,。；;]{0,8})截至[^，,。；;]{1,12}?(?:底止|末止|为止|止|底|末)[，,]?[^。；;将]{0,24}?(?:来到|达到?|突破|累计|共)[^，,。；;将]{0,6}?(?:\d|[一二三四五六七八九十两百千]+[万亿]?人)|已经?(?:向[\u3400-\u9fff]{1,8})?(?:完成|实现|建成|达到|预留|批出|批准|提交|签署|拨出|投入|开通|落成|动工)|自[〇○零一二三四五六七八九十\d]{2,4}年度?起|已(?:在|于)[^，,。；;]{0,12}(?:停止|暂停|终止|启用|开放|实施|开始)|实现了|完成了|破获|抓获|(?<!(?:力争|争取|确保|计划|目标)[^，,。；;]{0,30})同比|(?<!(?:明年|下半年|未来|将|到20\d\d年?)[^，,。；;]{0,8})(?:实际(?:统计|达成|完成|工程进度|进度)|达成率|执行率)|比上年|已(?:逾|超过?|达到?)\s*[\d一二三四五六七八九十两]|(?:与|较)(?:去年|上年)同期相[较比]|(?<!(?:明年|今年|下半年|未来|将|到20\d\d年?|至20\d\d年?)[^，,。；;]{0,8})预计(?:全年)?(?:完成|实现|达到|增长|下降)(?![^。；;]{0,30}(?:明年|未来|到20\d\d|左右))|^预计[，,](?![^。]*(?:明年|今年|未来|到20\d\d))/u,
  },
  /** The review of the year just ended in a work report: its heading. */
  reviewHeading: {
    name: 'zh.review-heading',
    pattern:
      /工作回顾|回顾$|(?:主要)?(?:工作|发展)?(?:成就|成绩)|(?:^|、)\d{4}年(?:主要)?工作(?:和|及|与|$)|工作总结|执行情况/u,
  },
  /** 预计 in a review: the estimate of the year's result that the statistics will confirm (H475-1; Guangdong's gold). */
  reviewEstimate: { name: 'zh.review-estimate', pattern: /预计|预估/u },
  reviewYearLead: {
    name: 'zh.review-year-lead',
    // (在回顾河北省2024年工作时表示,2024年预计全省生产总值增长5.2%: a review named in the sentence.)
    pattern: /(?:过去的?一年|这一年|一年来|去年|上年|回顾)[^。；;]{0,40}?(?:预计|预估)/u,
  },
  reviewForecast: {
    name: 'zh.review-forecast',
    pattern:
      // (较好完成全年经济社会发展目标任务: a target met is a result.)
      /明年|今后|未来|下一步|力争|计划|(?<!(?:完成|实现|达到|超额完成)[^，,。；;]{0,12})目标|有望|可望|拟|(?<![实收])将(?!近)|到20\d\d年|至20\d\d年|20\d\d年(?:前|底前)/u,
  },
  /** A question, also a part of a member's question closed by a semicolon (有何其他的因素…；). */
  question: {
    name: 'zh.question',
    pattern: /[？?]\s*[」”"』）)]*\s*$|^[^。]*(?:为何|為何|是否|有何|为什么|為什麼)[^。]*[；;]\s*$/u,
  },
  /** Headings of a section of targets or a draft budget: its sentences are plans. */
  planHeading: {
    name: 'zh.plan-heading',
    // 计划 as the section's plan (2024年工作计划, 国民经济和社会发展计划, 下一步计划), not a scheme's name (香港年金計劃有9410宗認購意向登記).
    pattern:
      /预算草案|预算安排|预算编制|预期目标|主要目标|目标任务|工作安排|工作任务|总体要求|展望|(?:工作|发展|行动|实施|建设|投资|生产|财政|预算|采购)计划|计划(?:安排|要点)|(?:年|年度|下一步|明年|来年|今后|未来)计划/u,
  },
  publicSpeaker: {
    name: 'zh.public-speaker',
    pattern:
      /居民|群众|市民|村民|阿姨|大爷|大妈|大叔|大姐|老人|店主|商户|司机|学生|家长|游客|牧民|网友|女士|先生|师傅|老乡|小[张李王刘陈赵杨黄周吴]/u,
  },
  official: {
    name: 'zh.official',
    pattern:
      /局长|队长|所长|书记|主任|负责人|民警|政委|处长|科长|支队|大队|教导员|警官|指挥长|部长|市长|县长|区长|司长|署长|政府|文件中/u,
  },
  feeling: { name: 'zh.feeling', pattern: /心里|踏实|感动|温暖|开心|放心|安心|满意|感谢|谢谢|太好了|真好|没想到/u },
  personal: { name: 'zh.personal', pattern: /我(?!们|局|市|区|县|省|国)/u },
  basis: { name: 'zh.basis', pattern: /同比|环比|比上年|较上年|较去年|比去年/u },
  outlookAfterResult: /[，,；;][^，,；;。]{0,8}$/u,
  // How a figure is made, not a finding: a rate's formula (用各行政区刑案发生数除以…人口数,再乘以10万), the threshold
  // that defines what is counted (是以任一站日平均浓度≧54微克…就列为红害日的标准, 沿用较严格的标准). Not 係指: a definition
  // often carries the finding (係指受訪民眾…有14.4%的民眾表示不滿意).
  // 市公安局召开新闻发布会，向人民报告过去一年取得的成果; 召开新闻发布会并通报…工作情况: the occasion of the results, not one of
  // them (H678, H688). Not a conference that is itself the event reported (举办…论坛, 召开…大会).
  briefing: {
    name: 'zh.briefing',
    // 县十八届人大五次会议开幕, 人民代表大会第六次会议在咸阳大剧院隆重开幕: the session's opening, as the briefing; so is
    // the release of the report alone (交通运输部发布了《2019年交通运输行业发展统计公报》。, 人民银行10日发布2022年
    // 金融统计数据报告。) and the day it marks (6月5日是世界环境日, 今年6月5日是第44个世界环境日).
    pattern:
      /(?:召开|举行|举办)[^，。；]{0,12}?(?:新闻发布会|新闻通气会|发布会|记者会)|(?:新闻发布会|新闻通气会|发布会|记者会)[^，。；]{0,12}?(?:举行|召开)[。；]?$|(?:会议|大会)[^，。；]{0,16}?(?:隆重)?(?:开幕|闭幕)|(?:发布|公布|印发)了?(?:《[^》]{2,40}》|(?:19|20)\d\d年度?[^，。；《》\d]{2,24}(?:报告|公报|通报))[。！]?\s*$|\d{1,2}月\d{1,2}日(?:是|为)(?:第\d{1,3}个)?[^，。；\d]{1,12}日/u,
  },
  // 监测起止时间为2012年11月1日0时至2013年10月31日24时, 普查标准时点为2020年11月1日零时: a survey's reference time, not a
  // finding (refused when nothing but its dates and hours is a figure).
  surveyWindow: {
    name: 'zh.survey-window',
    pattern: /(?:起止时间|标准时点|统计时点|调查时点|普查时点|监测时间|调查时间|调查期间)(?:为|是|从|自)/u,
  },
  timeFrame: /(?:19|20)\d\d年|\d{1,2}月|\d{1,2}[日号]|\d{1,2}时|[零〇一二三四五六七八九十]{1,3}时/gu,
  // 流動居民指在統計時點之前的6個月內,在港逗留最少1個月但少於3個月…: a category defined by the period and the threshold
  // that count a person in it, not a finding.
  methodology: {
    name: 'zh.methodology',
    pattern:
      /除以[^。；;]{1,60}?乘以|(?:是以|系以)[^。；;]{2,80}?(?:为|作为|列为)[^。；;]{0,12}?(?:标准|基准|依据|门槛)|沿用[^。；;]{0,12}?标准|统计口径|计算方式为|计算公式为|^[\u3400-\u9fff]{2,8}(?:是指|指|包括)在[^。；;]{0,40}?(?:之前|之后|期间|以内|内)[^。；;]{0,40}?(?:最少|至少|少于|不少于|以上|以下)/u,
  },
};
