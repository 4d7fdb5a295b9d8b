// What a Chinese subject read from the words before its figure may still be or carry that names no measure: a period
// alone or connectives alone (度之, 惟其), a bracketed note (（不含港澳台，下同）), the comparative
// 较 of a basis level, a rank word or a left 淨 after a ranked item, a speaker and the verb of saying; and the topic a
// figure's bare clause (次之，占15.75%; 因…，致上漲8.3%) takes from the clause before.
import {
  ZH_BARE_CLAUSE_SUBJECT,
  ZH_BARE_HEAD_NOUN,
  ZH_BARE_TALLY_BEFORE,
  ZH_TALLIED_CLAUSE,
  ZH_WHEN_ONLY_CLAUSE,
  ZH_NOT_A_FULLER_HEAD,
  zhFullerHeadOpenings,
  ZH_CAUSED_MOVE_TOPIC,
  ZH_RANKED_TOP_TOPIC,
  ZH_MOVED_FROM_TOPIC,
  ZH_COMPARED_LEAD,
  ZH_BASIS_LEVEL_TAIL,
  ZH_BASIS_TIME_ONLY,
  ZH_PASSIVE_TAIL,
  ZH_INCLUDES_LEAD,
  ZH_NO_MEASURE_SUBJECT,
  ZH_NOTE_ASIDE,
  ZH_SHARE_OPENING,
  ZH_TOPIC_BEFORE_SHARE_YEAR,
  ZH_RANKED_SHARE_TOPIC,
  ZH_RANK_OR_NET_TAIL,
  ZH_SHARE_WORDS_TAIL,
  ZH_SPEAKER_ONLY,
  ZH_TOPIC_OPENER,
} from '../rules/zh/subjects';

/** How far into its sentence a topic opening (至於嚴重毒品案件，) is read. */
const TOPIC_OPENER_REACH = 40;

/**
 * The subject without those words: 較平日夜間停留人口數 → 平日夜間停留人口數, 批發及零售業淨(…次之) → 批發及零售業, and a
 * speaker (曾偉雄指) replaced by the topic its sentence opens with (至於嚴重毒品案件，), or null when there is none.
 */
function tidiedZhSubject(subject: string, text: string, sentenceStart: number, figureStart: number): string | null {
  let tidied = subject.replace(ZH_NOTE_ASIDE, '').replace(ZH_COMPARED_LEAD, '');
  // 阳性百分比…高于前一周录得的9.70%: the measure compared; 低於全國平均值的4.7%: the basis the comparison names.
  const basis = ZH_BASIS_LEVEL_TAIL.exec(tidied);
  if (basis)
    tidied = ZH_BASIS_TIME_ONLY.test(basis[1]) || basis[1].length < 2 ? tidied.slice(0, basis.index) : basis[1];
  const included = tidied.replace(ZH_INCLUDES_LEAD, '');
  if (included.length >= 2) tidied = included;
  const active = tidied.replace(ZH_PASSIVE_TAIL, '');
  if (active.length >= 2) tidied = active;
  const untailed = tidied.replace(ZH_RANK_OR_NET_TAIL, '');
  if (untailed.length >= 2) tidied = untailed;
  if (!ZH_SPEAKER_ONLY.test(tidied)) return tidied;
  const opening = text.slice(sentenceStart, Math.min(figureStart, sentenceStart + TOPIC_OPENER_REACH));
  return ZH_TOPIC_OPENER.exec(opening)?.[1] ?? null;
}

/** How far back a bare figure's clause topic is read. */
const CLAUSE_TOPIC_REACH = 100;

/**
 * A figure whose own clause names nothing (食品及非酒精飲料次之,占15.75%; …因油料費調漲,致上漲3.5%; …則微升，由6萬人;
 * …居全国前5位，分别增长10.6%): the item ranked, the topic whose cause led to the move or whose move it starts, what the
 * top of a ranking ranks, from the clause before; the subject as it was otherwise.
 */
function bareClauseTopic(
  subject: string | null,
  text: string,
  sentenceStart: number,
  figureStart: number,
): string | null {
  if (!ZH_BARE_CLAUSE_SUBJECT.test(subject ?? '') && !ZH_SHARE_WORDS_TAIL.test(subject ?? '')) return subject;
  const before = text.slice(Math.max(sentenceStart, figureStart - CLAUSE_TOPIC_REACH), figureStart);
  const topic =
    ZH_RANKED_SHARE_TOPIC.exec(before)?.[1] ??
    ZH_CAUSED_MOVE_TOPIC.exec(before)?.[1] ??
    ZH_MOVED_FROM_TOPIC.exec(before)?.[1] ??
    measureAfterShortNames(ZH_RANKED_TOP_TOPIC.exec(before)?.[1]);
  return topic ?? subject;
}

/**
 * 北京、广东、江苏、山东、上海软件业务收入: after short names listed with 、 (of one length), the measure the last one is
 * written with; the phrase as it is otherwise.
 */
function measureAfterShortNames(phrase: string | undefined): string | undefined {
  const items = phrase?.split('、') ?? [];
  if (items.length < 2) return phrase;
  const length = [...items[0]].length;
  const last = [...items[items.length - 1]];
  const short = items.slice(0, -1).every((item) => [...item].length === length && length <= SHORT_NAME_MAX);
  return short && last.length >= length + 2 ? last.slice(length).join('') : phrase;
}

/** The longest name in a list of short names (provinces, cities: 北京, 黑龙江). */
const SHORT_NAME_MAX = 3;

/** How far before a share's subject its topic is read. */
const SHARE_TOPIC_REACH = 40;

/**
 * 又社會福利支出於102年度占總預算歲出之比率已達22.96%: a share's subject that opens on 占 takes the topic written before
 * the year it is told for (the project's X占Y之比率), the subject as it was otherwise.
 */
function shareWithTopic(
  subject: string | null,
  text: string,
  sentenceStart: number,
  figureStart: number,
): string | null {
  if (!subject || !ZH_SHARE_OPENING.test(subject)) return subject;
  const at = text.lastIndexOf(subject, figureStart);
  if (at < 0) return subject;
  const topic = ZH_TOPIC_BEFORE_SHARE_YEAR.exec(text.slice(Math.max(sentenceStart, at - SHARE_TOPIC_REACH), at));
  return topic ? `${topic[1]}${subject}` : subject;
}

/**
 * 信息安全产品和服务收入增速小幅提升，收入达393亿元: a bare head noun takes the name a clause of its sentence opens with
 * and ends on it; the subject as it was otherwise.
 */
function fullerHead(subject: string | null, text: string, sentenceStart: number, figureStart: number): string | null {
  if (!subject || !ZH_BARE_HEAD_NOUN.test(subject)) return subject;
  const before = text.slice(sentenceStart, figureStart);
  const named = [...before.matchAll(zhFullerHeadOpenings(subject))]
    .map((m) => m[1])
    .filter((name) => !ZH_NOT_A_FULLER_HEAD.test(name));
  return named.at(-1) ?? subject;
}

/** How far back the clause a bare tally counts is read. */
const TALLIED_CLAUSE_REACH = 40;

/** 以調解方式處理的個案，共237宗: a figure with no subject after a bare tally takes the clause before; null otherwise. */
function talliedClause(text: string, sentenceStart: number, figureStart: number): string | null {
  const before = text.slice(Math.max(sentenceStart, figureStart - TALLIED_CLAUSE_REACH), figureStart);
  if (!ZH_BARE_TALLY_BEFORE.test(before)) return null;
  const clause = ZH_TALLIED_CLAUSE.exec(before)?.[1].trim() ?? null;
  return clause && !ZH_WHEN_ONLY_CLAUSE.test(clause) ? clause : null;
}

/** The subject read for a Chinese figure, tidied (when there is one), then a bare clause's topic (when it names none). */
export function finalZhSubject(
  subject: string | null,
  text: string,
  sentenceStart: number,
  figureStart: number,
): string | null {
  const tidied =
    subject && !ZH_NO_MEASURE_SUBJECT.test(subject)
      ? tidiedZhSubject(subject, text, sentenceStart, figureStart)
      : talliedClause(text, sentenceStart, figureStart);
  const topic = bareClauseTopic(tidied, text, sentenceStart, figureStart);
  return fullerHead(shareWithTopic(topic, text, sentenceStart, figureStart), text, sentenceStart, figureStart);
}
