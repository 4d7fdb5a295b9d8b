// Claim detection: which sentences a fact-checker would want a source for, of what
// type, and how check-worthy they are. Works on the normalised text's units.
import type { ClaimType } from '../types';

export interface ClaimSignals {
  types: ClaimType[];
  score: number;
}

const RANKING =
  /率先|首创|首例|首家|首个|首批|首次|首位|首届|首站|第一(?!议题|时间|书记|责任人|责任|要务|生产力|线|次|批次|阶段|季度|步|期)|前列|前茅|榜首|唯一|最高|最低|最多|最少|最快|名列|位居|位列|排名|排在|居全[国省区市]|领先|冠军|\btop\s+\d+|\bfirst\b|\bhighest\b|\blowest\b|\branked\b|\bleading\b|\bonly\b.{0,80}?\bin the (?:state|country|nation|region)/iu;
const COMPARISON =
  /远低于|低于|高于|远高于|优于|好于|超过全国|超过全省|平均水平|同期水平|最好水平|历史最好|历史新低|历史新高|翻番|翻一番|著称|\bbelow the (?:national|state|regional) average\b|\babove the (?:national|state|regional) average\b|\bcompared with the (?:national|state)\b|\blower than\b|\bhigher than\b|\brecord (?:high|low)\b/iu;
const AWARD =
  /荣获|获评|获得.{0,16}(?:奖|称号|荣誉|表彰|肯定)|被评为|评为|被授予|授予|表彰|嘉奖|记(?:个人)?[一二三]等功|立功|入选|斩获|荣誉称号|列为[^，。；]{0,24}(?:示范|试点|标杆|先进)|(?:给予|得到|受到|获)[^，。；]{0,12}(?:表扬|肯定|批示|认可)|典型发言|经验交流|书面交流|点赞|\bawarded\b|\bwas named\b|\bwere named\b|\brecogni[sz]ed\b|\bhonou?red\b|\breceived .{0,30}award\b|\bwon\b/iu;
/** A named case or operation right after a verb of solving, or a named event held. */
const EVENT = new RegExp(
  [
    '(?:破获|侦破|告破|破了|打掉|捣毁|摧毁|端掉|抓获|查获|缴获|破获了|侦破了)[^，。；]{0,24}?(?:案(?![件情])|团伙|窝点|犯罪集团|犯罪网络)',
    '(?:会|赛|比武|论坛|仪式|活动|调研会|推进会|现场会)[^，。；]{0,12}(?:成功)?(?:举办|召开|举行)',
    '(?:举办|召开|举行|参加)(?:了)?[^，。；]{0,20}[“《][^”》]{2,30}[”》]',
    '\\b(?:arrested|charged|indicted|convicted)\\b.{0,60}\\b(?:in connection with|for)\\b',
    '\\b(?:Operation|operation) [A-Z][a-z]+',
  ].join('|'),
  'u',
);
/** A specific dated incident: 2023年9月21日, 12月6日晚. */
const DATED =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/u;
const ZERO_STAT =
  /全覆盖|清零|零发生|零事故|零死亡|零伤亡|零超期|零溺亡|零流失|零被盗|零炸响|实现“零|实现零|双下降|双提升|双降|双升|全部下降|均实现下降|全部建成|全破|\b100\s*(?:%|percent)/u;
/** Aims, plans and policy statements: not facts to check. */
const AIM =
  /^(?:下一步|今后|未来|\d{4}年[，,]?(?:我们|全市|该局|全市公安机关)?将)|力争|计划于|计划到|预计|目标是|要进一步|要坚持|要持续|锁定[^。；]{0,60}目标|将(?:继续|进一步|持续|全力|着力|坚决|加快|深入|不断|全面|坚持|围绕|聚焦)|^(?:We|The department|The office|The county) will\b|\bwill continue\b|\bplans? to\b|\baims? to\b/iu;
/** People whose quoted words are anecdotes or feelings, not official results. */
const PUBLIC_SPEAKER =
  /居民|群众|市民|村民|阿姨|大爷|大妈|大叔|大姐|老人|店主|商户|司机|学生|家长|游客|牧民|网友|女士|先生|师傅|老乡|小[张李王刘陈赵杨黄周吴]|\bresident\b|\bshop owner\b|\bparent\b|\bstudent\b|\bvisitor\b|\bneighbou?r\b|\bdriver\b/iu;
const OFFICIAL =
  /局长|队长|所长|书记|主任|负责人|民警|政委|处长|科长|支队|大队|教导员|警官|指挥长|部长|市长|县长|区长|\bchief\b|\bofficer\b|\bsheriff\b|\bcommissioner\b|\bdirector\b|\bspokes(?:wo)?man\b|\bofficial\b/iu;
const FEELING =
  /心里|踏实|感动|温暖|开心|放心|安心|满意|感谢|谢谢|太好了|真好|没想到|\bfeel\b|\bfelt\b|\bgrateful\b|\bhappy\b/iu;

export interface ClaimInput {
  text: string;
  metricCount: number;
  /** When the sentence is inside a quotation: the text around it that names the speaker. */
  quotation: { speaker: string } | null;
  lang: 'zh' | 'en';
}

/** Classifies a sentence; null when it is not a claim. */
export function classifyClaim({ text, metricCount, quotation }: ClaimInput): ClaimSignals | null {
  const t = text.replace(/\s+/g, ' ');
  const types: ClaimType[] = [];
  if (metricCount > 0 || ZERO_STAT.test(t)) types.push('statistic');
  if (RANKING.test(t)) types.push('ranking');
  if (COMPARISON.test(t)) types.push('comparison');
  if (AWARD.test(t)) types.push('award');
  if (EVENT.test(t) || (DATED.test(t) && !types.length && /[\u3400-\u9fff]{6,}|[a-z]{3,} [a-z]{3,}/u.test(t)))
    types.push('event');
  if (types.length === 0) return null;

  // A quotation: anecdotes and feelings of the public are not claims; officials' results are.
  if (quotation) {
    const official = OFFICIAL.test(quotation.speaker);
    const personal = /我(?!们|局|市|区|县|省|国)/u.test(t) || /\b(?:I|my|me)\b/.test(t);
    if (!official && (PUBLIC_SPEAKER.test(quotation.speaker) || personal)) return null;
    if (FEELING.test(t) && metricCount === 0) return null;
  }
  if (AIM.test(t) && !/(已|实现了|完成了|破获|抓获|同比)/u.test(t)) return null;

  let score = 0.35;
  score += Math.min(0.3, metricCount * 0.08);
  if (types.includes('ranking')) score += 0.15;
  if (types.includes('comparison')) score += 0.12;
  if (types.includes('award')) score += 0.1;
  if (types.includes('event')) score += 0.08;
  if (/同比|环比|比上年|较上年|year[- ]over[- ]year|compared/iu.test(t)) score += 0.05;
  return { types, score: Math.min(1, Math.round(score * 100) / 100) };
}
