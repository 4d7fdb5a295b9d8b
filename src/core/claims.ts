// Claim detection: which sentences a fact-checker would want a source for, of what
// type, and how check-worthy they are. Works on the normalised text's units.
import type { ClaimType } from './types';

export interface ClaimSignals {
  types: ClaimType[];
  score: number;
}

const RANKING = /率先|首创|首例|首家|首个|首批|首次|首位|首届|第一(?!议题|时间|书记|责任人|责任|要务|生产力|线|次|批次|阶段|季度|步|期)|前列|前茅|榜首|唯一|最高|最低|最多|最少|最好|最快|名列|位居|位列|排名|排在|居全[国省区市]|领先|冠军|top\s+\d+|\bfirst\b|\bhighest\b|\blowest\b|\branked\b|\bleading\b|\bonly\b.*\bin the (?:state|country|nation|region)/iu;
const COMPARISON = /远低于|低于|高于|远高于|优于|好于|超过全国|超过全省|平均水平|同期水平|最好水平|历史最好|历史新低|历史新高|翻番|翻一番|\bbelow the (?:national|state|regional) average\b|\babove the (?:national|state|regional) average\b|\bcompared with the (?:national|state)\b|\blower than\b|\bhigher than\b|\brecord (?:high|low)\b/iu;
const AWARD = /荣获|获评|获得.{0,16}(?:奖|称号|荣誉|表彰)|被评为|评为|被授予|授予|表彰|嘉奖|记(?:个人)?[一二三]等功|立功|入选|斩获|荣誉称号|获.{0,10}(?:表扬|肯定|批示)|受到.{0,16}(?:表扬|表彰|肯定)|点赞|\bawarded\b|\bwas named\b|\bwere named\b|\brecogni[sz]ed\b|\bhonou?red\b|\breceived .{0,30}award\b|\bwon\b/iu;
const EVENT_VERB = /破获|侦破|打掉|捣毁|摧毁|端掉|抓获|查获|缴获|成功处置|成功解救|解救|举办|召开|\barrested\b|\bseized\b|\bdismantled\b|\bsolved\b|\bcharged\b|\bheld\b/iu;
const EVENT_NAMED = /[“"「][^”"」]{1,24}[”"」]|《[^》]{1,30}》|[\u3400-\u9fff]{1,12}案(?![件情])|团伙|窝点|专案|\b[A-Z][a-z]+ (?:case|operation|Operation)\b|\bOperation [A-Z]/u;
const ZERO_STAT = /全覆盖|清零|零发生|零事故|零死亡|零伤亡|零超期|零溺亡|零流失|零被盗|零炸响|实现“零|实现零|双下降|双提升|双降|双升|全部建成|全破|\b100\s*(?:%|percent)/u;
/** Aims, plans and policy statements: not facts to check. */
const AIM = /^(?:下一步|今后|未来|\d{4}年[，,]?(?:我们|全市|该局)?将|我们将|将继续|将进一步|将持续)|力争|计划于|计划到|预计|目标是|要进一步|要坚持|要持续|将(?:继续|进一步|持续|全力|着力|坚决|加快|深入|不断)|^(?:We|The department|The office) will\b|\bwill continue\b|\bplans? to\b|\baims? to\b/iu;
/** Feelings and opinions quoted from the public. */
const PUBLIC_SPEAKER = /(居民|群众|市民|村民|阿姨|大爷|大妈|大叔|大姐|老人|店主|商户|司机|学生|家长|游客|牧民|网友|小张|小李|小王|小刘|小陈|resident|shop owner|parent|student|visitor|neighbo)[^，。]{0,12}(说|表示|感慨|笑着说|高兴地说|激动地说|坦言|告诉记者|said|says)/iu;
const FEELING = /(心里|踏实|感动|温暖|开心|放心|安心|满意|感谢|谢谢|太好了|真好|没想到|feel|felt|grateful|happy)/iu;

export interface ClaimInput {
  text: string;
  metricCount: number;
  /** Text after the sentence (to see who is speaking when the sentence is a quotation). */
  following: string;
  lang: 'zh' | 'en';
}

function isQuotation(text: string): boolean {
  return /^[“"「『]/.test(text.trim());
}

/** Classifies a sentence; null when it is not a claim. */
export function classifyClaim({ text, metricCount, following }: ClaimInput): ClaimSignals | null {
  const t = text.replace(/\s+/g, ' ');
  const types: ClaimType[] = [];
  if (metricCount > 0 || ZERO_STAT.test(t)) types.push('statistic');
  if (RANKING.test(t)) types.push('ranking');
  if (COMPARISON.test(t)) types.push('comparison');
  if (AWARD.test(t)) types.push('award');
  if (EVENT_VERB.test(t) && EVENT_NAMED.test(t)) types.push('event');
  if (types.length === 0) return null;

  // A quotation: public anecdotes and feelings are not claims; officials' results are.
  if (isQuotation(t) || /^[^“”]*”/.test(t)) {
    const speaker = `${t} ${following.slice(0, 60)}`;
    if (PUBLIC_SPEAKER.test(speaker) || (FEELING.test(t) && metricCount === 0)) return null;
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
