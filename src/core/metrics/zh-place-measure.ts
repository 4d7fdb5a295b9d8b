// A Chinese figure whose subject names only places (臺北市、新北市、臺南市與高雄市分別為7.04%、4.93%…; 較臺灣地區的6.35%)
// measures what the figure before it in the sentence measures: the GUIDE's subject is the measure, not the place.
import {
  ZH_PLACE_ITEM_EDGES,
  ZH_PLACE_ITEM_JOINER,
  ZH_PLACE_ONLY_ITEM,
  ZH_MEASURE_THEN_RANKED_PLACE,
  ZH_MEASURE_AFTER_PLACE_BRACKET,
  ZH_NOUN_AFTER_PLACE_LIST,
  ZH_PLACE_OPENS_FIGURE_BRACKET,
  ZH_RANK_TAIL,
  ZH_RANKED_LATER,
  ZH_SENTENCE_END_BETWEEN,
  ZH_RANKING_SENTENCE_OPENING,
  ZH_SHARE_AFTER_COUNT_GAP,
  ZH_TOPIC_ITEM_OPENING,
} from '../rules/zh/subjects';

/** The units of rates and values (not counts), whose figures a place holds rather than counts. */
const RATE_UNITS = new Set(['%', '‰', '百分点', '']);

interface PlacedMetric {
  start: number;
  end: number;
  unit: string;
  subject: string | null;
}

/** The subject names places only (two items or one), with no word of a measure. */
export function namesOnlyPlacesZh(subject: string): boolean {
  const items = subject
    .replace(ZH_RANK_TAIL, '')
    .split(ZH_PLACE_ITEM_JOINER)
    .map((item) => item.replace(ZH_PLACE_ITEM_EDGES, ''));
  return items.length > 0 && items.every((item) => ZH_PLACE_ONLY_ITEM.test(item));
}

/** How far before a place-only figure the figure whose measure it takes may stand (a run-on list stays linear). */
const MEASURE_REACH = 300;

/** How far after a place's bracketed figure the noun its list shares is looked for. */
const LIST_NOUN_REACH = 200;
/** How far before a figure the place whose bracket it opens is read (台灣地區（, 廣西壯族自治區（). */
const PLACE_BEFORE_BRACKET_REACH = 16;

/** How far after a figure the rank words of its list are looked for. */
const RANK_REACH = 48;

/** How far back a sentence's opening topic (在…項目上) is looked for. */
const TOPIC_REACH = 120;

/** The topic opening the sentence of a figure at `start` (在工商及服務從業員工人數項目上，), or null. */
function sentenceTopic(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - TOPIC_REACH), start);
  const sentence = window.slice(Math.max(...['。', '！', '？', '\n'].map((end) => window.lastIndexOf(end))) + 1);
  let topic: string | null = null;
  for (const m of sentence.matchAll(ZH_TOPIC_ITEM_OPENING)) topic = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  return topic;
}

/**
 * Gives each place-only subject the topic its sentence opens with, or the measure of the nearest figure before it in
 * its sentence, in the same unit.
 */
export function measurePlacesZh(text: string, metrics: PlacedMetric[]): void {
  // The noun a place's bracketed figure took from its list, for the moves the same sentence gives that place after.
  const listNouns = new Map<string, { noun: string; end: number }>();
  for (let k = 0; k < metrics.length; k++) {
    const metric = metrics[k];
    if (!metric.subject) continue;
    const measureFirst = ZH_MEASURE_THEN_RANKED_PLACE.exec(metric.subject);
    if (measureFirst && ZH_RANKED_LATER.test(text.slice(metric.end, metric.end + RANK_REACH))) {
      metric.subject = measureFirst[1];
      continue;
    }
    if (!namesOnlyPlacesZh(metric.subject)) continue;
    const named = ZH_MEASURE_AFTER_PLACE_BRACKET.exec(text.slice(metric.end, metric.end + 16));
    if (named) {
      metric.subject = named[1];
      continue;
    }
    const inPlaceBracket = ZH_PLACE_OPENS_FIGURE_BRACKET.test(
      text.slice(Math.max(0, metric.start - PLACE_BEFORE_BRACKET_REACH), metric.start),
    );
    const shared = inPlaceBracket
      ? ZH_NOUN_AFTER_PLACE_LIST.exec(text.slice(metric.end, metric.end + LIST_NOUN_REACH))
      : null;
    const sharedNoun = shared ? (shared[1] ?? shared[2]) : null;
    if (sharedNoun && !ZH_PLACE_ONLY_ITEM.test(sharedNoun)) {
      listNouns.set(metric.subject, { noun: sharedNoun, end: metric.end });
      metric.subject = sharedNoun;
      continue;
    }
    // 中國內地（9,788,159人次）…及台灣地區旅客（…）分別上升21.0%…: the place's move measures what its figure counted.
    const listed = listNouns.get(metric.subject);
    if (
      listed &&
      metric.start - listed.end <= LIST_NOUN_REACH &&
      !ZH_SENTENCE_END_BETWEEN.test(text.slice(listed.end, metric.start))
    ) {
      metric.subject = listed.noun;
      continue;
    }
    const topic = sentenceTopic(text, metric.start);
    if (topic) {
      metric.subject = topic;
      continue;
    }
    // Only rates and values: a count's noun may end as a place does (10个绿色工业园区, 2个综合保税区) and be counted;
    // a count the list ranks by place (以新北市178萬5288戶最多) is held by the place.
    const ranked =
      ZH_RANK_TAIL.test(metric.subject) || ZH_RANKED_LATER.test(text.slice(metric.end, metric.end + RANK_REACH));
    if (!RATE_UNITS.has(metric.unit) && !ranked) continue;
    // 女性20405人，占47.7%，城市14459人，占33.8%: the share after the place's own count is that place's part; it keeps
    // the count's subject (the measure of the share before is another part's).
    const count = metrics[k - 1];
    if (count?.subject === metric.subject && ZH_SHARE_AFTER_COUNT_GAP.test(text.slice(count.end, metric.start)))
      continue;
    // 買賣登記共30萬棟。以新北市6萬35棟最多: a sentence that opens with its ranked place reads the sentence before.
    const floor = ZH_RANKING_SENTENCE_OPENING.test(text.slice(sentenceStart(text, metric.start), metric.start))
      ? sentenceStart(text, sentenceStart(text, metric.start) - 1)
      : sentenceStart(text, metric.start);
    for (let j = k - 1; j >= 0 && metric.start - metrics[j].end <= MEASURE_REACH; j--) {
      const earlier = metrics[j];
      if (earlier.end <= floor) break;
      if (earlier.unit !== metric.unit || !earlier.subject || namesOnlyPlacesZh(earlier.subject)) continue;
      metric.subject = earlier.subject;
      break;
    }
  }
}

/**
 * Where the sentence holding `position` starts: after the last sentence end before it, looking back no further than
 * MEASURE_REACH (the farthest a measure is borrowed from; a long text with no sentence end stays linear).
 */
function sentenceStart(text: string, position: number): number {
  // (One past the reach: a figure MEASURE_REACH before still lends its measure.)
  const floor = Math.max(0, position - MEASURE_REACH - 1);
  for (let k = position - 1; k >= floor; k--) if (ZH_SENTENCE_END_BETWEEN.test(text[k])) return k + 1;
  return floor;
}
