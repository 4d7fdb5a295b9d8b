// The subject of a metric: what is measured, as written. In these reports it is the
// verb phrase or noun phrase before the number (现案破案率达83.06% → 现案破案率;
// 开展专题学习研讨20次 → 开展专题学习研讨), plus, for counts, the noun the measure
// word counts (科学规划163个必巡点 → 科学规划…必巡点).
import type { TaggedWord } from '../text/segmenter';
import { matchChineseUnit } from '../numbers/units';
import { firstTagEndingAfter } from '../text/tag-search';

// Leading words that say when/who/how, not what: trimmed from the front of a subject.
const ZH_LEAD = new RegExp(
  '^(?:' +
    [
      '(?:19|20)\\d\\d年(?:以来|来|全年|度)?',
      '特别是',
      '尤其是',
      '是',
      '(?:比|较|与)(?:19|20)\\d\\d年(?:同期)?的?',
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
      '截至[^，]{0,12}?(?:底|末|日)',
      '比上年末',
      '较上年末',
      '比上年同期',
      '比上年',
      '较上年',
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
      '其中',
      '同时',
      '此外',
      '另外',
      '并且',
      '并',
      '还',
      '又',
      '已',
      '已经',
      '先后',
      '累计',
      '共计',
      '共',
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
      '期间',
    ].join('|') +
    ')',
  'u',
);
// Trailing words between the subject and the number: 达, 为, 高达, 同比下降…
const ZH_TAIL = new RegExp(
  '(?:同比|环比|比上年同期|比上年末|较上年末|比上年|较上年|比去年同期|比去年|较去年|分别|平均|(?<!平)均|再|各|共|上涨了?|下跌了?|回落|增产|减产|多增|少增|累计|总计|合计|仅|约|近|超|超过|达到|高达|达|为|是|有|已|了|' +
    '下降了?|减少了?|降低了?|上升了?|增长了?|增加了?|提高了?|提升了?|降幅|增幅|涨幅|缩短至?|缩短了|降至|增至|至|到|由|从)+$',
  'u',
);
const PUNCT_EDGE = /^[\s，,、：:；;（(”"'’·\-—]+|[\s，,、：:；;（(“"'‘·\-—]+$/gu;

function cleanZh(s: string): string {
  let prev = '';
  let out = s.replace(/\s+/g, '');
  while (out !== prev) {
    prev = out;
    out = out.replace(PUNCT_EDGE, '');
    out = out.replace(ZH_LEAD, '');
    out = out.replace(ZH_TAIL, '');
  }
  // Unbalanced quotes left at either edge after trimming.
  if ((out.match(/“/g) ?? []).length > (out.match(/”/g) ?? []).length) out = out.replace(/“(?!.*”)/u, '');
  if ((out.match(/”/g) ?? []).length > (out.match(/“/g) ?? []).length) out = out.replace(/^([^“]*)”/u, '$1');
  return out;
}

/** POS tags that never start a subject: time, pronoun, adverb, preposition, conjunction, numeral, particle. */
const SKIP_LEAD_TAGS = /^(t|tg|r|rr|rz|d|p|c|m|mq|q|u|uj|ul|uz|ud|ug|y|e|o|f|x)$/;

/** Drops leading function words using POS tags (when the segmenter is available). */
function trimByTags(subject: string, subjectStart: number, tags: TaggedWord[] | null): string {
  if (!tags || !subject) return subject;
  let cut = 0;
  for (let k = firstTagEndingAfter(tags, subjectStart); k < tags.length; k++) {
    const w = tags[k];
    if (w.start !== subjectStart + cut) break; // subject starts inside a word, or a gap: stop
    // jieba tags unknown words x too (警情/x, 现案/x): only punctuation-like x is skippable.
    const skippable = SKIP_LEAD_TAGS.test(w.tag) && !(w.tag === 'x' && /[\u3400-\u9fffA-Za-z0-9]/.test(w.word));
    if (!skippable) break;
    cut = w.end - subjectStart;
    if (cut >= subject.length - 1) break;
  }
  return cut > 0 && cut < subject.length ? subject.slice(cut) : subject;
}

/** The tail of `before` (which starts at `start` in the text) from its last verb on. */
function fromLastVerb(before: string, start: number, tags: TaggedWord[]): string {
  const end = start + before.length;
  let cut = -1;
  for (let k = firstTagEndingAfter(tags, start); k < tags.length && tags[k].start < end; k++) {
    const w = tags[k];
    if (w.start < start || w.end > end) continue;
    if (/^v/.test(w.tag) && w.word.length >= 2) cut = w.start - start;
  }
  return cut > 0 && hasWord(before.slice(cut)) ? before.slice(cut) : before;
}

function hasWord(s: string): boolean {
  return /[\u3400-\u9fff]{2,}/u.test(s);
}

export interface SubjectInput {
  text: string;
  /** Where the subject may start (clause start, or just after the previous metric in the clause). */
  from: number;
  /** The number's start. */
  numberStart: number;
  /** Just past the metric's span (unit and approximation words). */
  spanEnd: number;
  /** Where the clause ends. */
  clauseEnd: number;
  /** Counts may take the counted noun after the measure word as part of the subject. */
  takeNounAfter: boolean;
  lang: 'zh' | 'en';
  tags: TaggedWord[] | null;
  /** Where the sentence (or a bounded window of it) starts: an English subject may stand clauses before. */
  sentenceStart?: number;
}

export function extractSubject(input: SubjectInput): string | null {
  return input.lang === 'zh' ? zhSubject(input) : enSubject(input);
}

function zhSubject({ text, from, numberStart, spanEnd, clauseEnd, takeNounAfter, tags }: SubjectInput): string | null {
  const rawBefore = text.slice(from, numberStart);
  let before = cleanZh(rawBefore);
  if (tags && before) {
    const start = from + rawBefore.replace(/\s+/g, '').indexOf(before);
    // Only trust the tag trimming when the cleaned text is a contiguous slice of the original.
    if (text.slice(start, start + before.length) === before) before = cleanZh(trimByTags(before, start, tags));
  }
  let after = '';
  if (takeNounAfter) {
    let rest = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 24));
    // 5大类48种实战模型: the noun comes after the next figure.
    const next = /^(?:[\d.,]+|[一二两三四五六七八九十百千]+)/u.exec(rest);
    if (next) {
      const unit = matchChineseUnit(rest, next[0].length);
      if (unit) rest = rest.slice(next[0].length + unit.text.length);
    }
    const m = /^([^，。；：！？、,;:!?\n（(]{1,20})/u.exec(rest);
    if (m) {
      let noun = m[1];
      // Stop at a change phrase or a verb that starts a new predicate.
      noun = noun.replace(/(同比|环比|比上年|较上年|比去年|较去年|分别|均|，|以上|以下|左右).*$/u, '');
      noun = noun.replace(/^(的|之|余|多)/u, '');
      const verbLike =
        /^(以|在|于|并|和|与|及|进行|开展|达到|下降|上升|增长|减少|增加|提高|提升|同比|环比|降|增|升|就|即|后|前|内|中|来|左右)/u;
      if (/^[\u3400-\u9fffA-Za-z“"]/.test(noun) && !verbLike.test(noun)) after = cleanZh(noun);
    }
  }
  // 全市63.2%的侵财类“小案”快速侦破: with nothing before, the phrase after 的 is the subject.
  if (!before && !takeNounAfter) {
    const m = /^的([^，。；：！？,;:!?\n]{2,20})/u.exec(text.slice(spanEnd, clauseEnd));
    if (m) after = cleanZh(m[1]);
  }
  if (after && before) {
    // 编制了行政处罚、行政强制措施等8类责任清单: examples before 等 are not the subject.
    if (/等$/u.test(before)) before = '';
    // A long lead-in before a counted noun: keep the last verb phrase (科学规划…建立 → 建立).
    else if (tags && before.length > 6) {
      // Searched within the clause window only: a miss must not scan back to the text's start.
      const found = text.slice(from, numberStart).lastIndexOf(before);
      if (found >= 0) before = fromLastVerb(before, from + found, tags);
    }
  }
  const subject = before && after ? (before.endsWith(after) ? before : `${before}${after}`) : before || after;
  if (!subject || !/[\u3400-\u9fffA-Za-z]/.test(subject)) return null;
  return subject.length > 40 ? subject.slice(subject.length - 40) : subject;
}

const EN_LEAD =
  /^(?:,|\s|in\s+\d{4}|\d{4}|and|but|while|with|which|that|the|a|an|of|in|for|by|to|this|last|year|its|their|our|total|overall|also|some|about|nearly|more|than|over|approximately|around|roughly|almost|just|only|reached|reaching|was|were|is|are|stood|at|had|has|have)+\b/i;
/** Never a subject on its own: a month, a connector, a preposition that starts a time or comparison phrase. */
const EN_NOT_SUBJECT =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*|(?:or|and|but|between|since|from|compared|meaning|while|which|that|this|these|it|there)\b.*)$/i;
/** A list bullet or a field label's punctuation before the subject. */
const EN_BULLET = /^(?:[-*•]\s+|\d{1,2}[.)]\s+)/;
/** The verb that ends an English subject: "The Consumer Prices Index (CPI) grew by…". */
const EN_PREDICATE =
  /\s+(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down|climbed|jumped|stood|was|were|is|are|has|have|had|reached|totalled|totaled|accounted|amounted|remained|edged|added|cut)\b.*$/i;

function cleanEn(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim().replace(EN_BULLET, '');
  s = s.replace(EN_PREDICATE, '').trim();
  s = s.replace(EN_LEAD, '').trim();
  s = s.replace(/[\s,;:(-]+$/, '').trim();
  // A phrase that opens with a figure is another metric's, not a subject.
  if (!s || EN_NOT_SUBJECT.test(s) || !/[A-Za-z]{2}/.test(s) || /^[$£€+−-]?\d[\d,.]*(?:\s|%|$)/.test(s)) return '';
  const words = s.split(/\s+/);
  return words.length > 8 ? words.slice(-8).join(' ') : s;
}

function enSubject({
  text,
  from,
  numberStart,
  spanEnd,
  clauseEnd,
  takeNounAfter,
  sentenceStart,
}: SubjectInput): string | null {
  let before = text.slice(from, numberStart).replace(/\s+/g, ' ').trim();
  // Keep the last phrase: after the last verb-ish connector.
  before = before.replace(
    /^.*\b(?:recorded|reported|handled|made|received|answered|seized|arrested|issued|saw|logged|investigated|served|solved|cleared)\s+/i,
    (m) => m.replace(/^.*\b(?=\w+\s+$)/, ''),
  );
  before = before
    .replace(
      /\b(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down|climbed|jumped|up|down)\b(?:\s+(?:by|to|from|of))?\s*$/i,
      '',
    )
    .replace(
      /\b(?:was|were|is|are|stood at|reached|totalled|totaled|totaling|of|at|to|by|from|about|nearly|more than|over|approximately|around|roughly|almost|some|just|only|an estimated|estimated)\s*$/i,
      '',
    )
    .replace(/\b(?:was|were|is|are|stood at|reached|totalled|totaled|of|at|to|by)\s*$/i, '')
    .trim();
  before = cleanEn(before);
  let after = '';
  if (takeNounAfter) {
    const rest = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 60));
    const m =
      /^\s*(?:of|in|for)?\s*([A-Za-z][A-Za-z' -]{2,40}?)(?=[,.;:()]|\s+(?:in|from|than|compared|year|last|this|during|while|and|which|that|as|to)\b|$)/i.exec(
        rest,
      );
    after = m && !/^(?:year|percent|per cent)/i.test(m[1]) ? cleanEn(m[1]) : '';
  }
  let subject = before || after;
  // "prices, overall, rose by 0.6%": the subject stands in an earlier clause of the sentence.
  if (!subject && sentenceStart !== undefined && from > sentenceStart) {
    // Commas that group thousands (3,812) do not end a clause.
    const clauses = text.slice(sentenceStart, from).split(/(?<!\d),\s*|,(?!\d)\s*|[;:]\s*/);
    for (let k = clauses.length - 1; k >= 0 && !subject; k--) subject = cleanEn(clauses[k]);
  }
  return subject && /[A-Za-z]/.test(subject) ? subject : null;
}
