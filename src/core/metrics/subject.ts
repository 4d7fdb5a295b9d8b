// The subject of a metric: what is measured, as written. In these reports it is the
// verb phrase or noun phrase before the number (现案破案率达83.06% → 现案破案率;
// 开展专题学习研讨20次 → 开展专题学习研讨), plus, for counts, the noun the measure
// word counts (科学规划163个必巡点 → 科学规划…必巡点).
import type { TaggedWord } from '../text/segmenter';
import { matchChineseUnit } from '../numbers/units';
import { firstTagEndingAfter } from '../text/tag-search';
import { alternation } from '../rules/subject-types';
import {
  ZH_NOUN_AFTER_STOP,
  ZH_NOUN_AFTER_VERB_LIKE,
  ZH_SKIP_LEAD_TAGS,
  ZH_SUBJECT_EDGE,
  ZH_SUBJECT_LEAD,
  ZH_SUBJECT_TAIL,
} from '../rules/zh/subjects';
import {
  EN_BULLET,
  EN_CHANGE_BEFORE,
  EN_CLAUSE_SPLIT,
  EN_LINK_BEFORE,
  EN_LINK_BEFORE_AGAIN,
  EN_NOT_NOUN_AFTER,
  EN_NOT_SUBJECT,
  EN_NOUN_AFTER,
  EN_PREDICATE,
  EN_RECORDING_VERB,
  EN_SUBJECT_LEAD,
} from '../rules/en/subjects';

const ZH_LEAD = new RegExp(`^${alternation(ZH_SUBJECT_LEAD)}`, 'u');
const ZH_TAIL = new RegExp(`${alternation(ZH_SUBJECT_TAIL)}+$`, 'u');

function cleanZh(s: string): string {
  let prev = '';
  let out = s.replace(/\s+/g, '');
  while (out !== prev) {
    prev = out;
    out = out.replace(ZH_SUBJECT_EDGE, '');
    out = out.replace(ZH_LEAD, '');
    out = out.replace(ZH_TAIL, '');
  }
  // Unbalanced quotes left at either edge after trimming.
  if ((out.match(/“/g) ?? []).length > (out.match(/”/g) ?? []).length) out = out.replace(/“(?!.*”)/u, '');
  if ((out.match(/”/g) ?? []).length > (out.match(/“/g) ?? []).length) out = out.replace(/^([^“]*)”/u, '$1');
  return out;
}

/** Drops leading function words using POS tags (when the segmenter is available). */
function trimByTags(subject: string, subjectStart: number, tags: TaggedWord[] | null): string {
  if (!tags || !subject) return subject;
  let cut = 0;
  for (let k = firstTagEndingAfter(tags, subjectStart); k < tags.length; k++) {
    const w = tags[k];
    if (w.start !== subjectStart + cut) break; // subject starts inside a word, or a gap: stop
    // jieba tags unknown words x too (警情/x, 现案/x): only punctuation-like x is skippable.
    const skippable = ZH_SKIP_LEAD_TAGS.test(w.tag) && !(w.tag === 'x' && /[\u3400-\u9fffA-Za-z0-9]/.test(w.word));
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
      noun = noun.replace(ZH_NOUN_AFTER_STOP, '');
      noun = noun.replace(/^(的|之|余|多)/u, '');
      if (/^[\u3400-\u9fffA-Za-z“"]/.test(noun) && !ZH_NOUN_AFTER_VERB_LIKE.test(noun)) after = cleanZh(noun);
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

function cleanEn(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim().replace(EN_BULLET, '');
  s = s.replace(EN_PREDICATE, '').trim();
  s = s.replace(EN_SUBJECT_LEAD, '').trim();
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
  before = before.replace(EN_RECORDING_VERB, (m) => m.replace(/^.*\b(?=\w+\s+$)/, ''));
  before = before.replace(EN_CHANGE_BEFORE, '').replace(EN_LINK_BEFORE, '').replace(EN_LINK_BEFORE_AGAIN, '').trim();
  before = cleanEn(before);
  let after = '';
  if (takeNounAfter) {
    const rest = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 60));
    const m = EN_NOUN_AFTER.exec(rest);
    after = m && !EN_NOT_NOUN_AFTER.test(m[1]) ? cleanEn(m[1]) : '';
  }
  let subject = before || after;
  // "prices, overall, rose by 0.6%": the subject stands in an earlier clause of the sentence.
  if (!subject && sentenceStart !== undefined && from > sentenceStart) {
    // Commas that group thousands (3,812) do not end a clause.
    const clauses = text.slice(sentenceStart, from).split(EN_CLAUSE_SPLIT);
    for (let k = clauses.length - 1; k >= 0 && !subject; k--) subject = cleanEn(clauses[k]);
  }
  return subject && /[A-Za-z]/.test(subject) ? subject : null;
}
