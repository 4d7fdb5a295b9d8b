// The subject of a metric: what is measured, as written. In these reports it is the
// verb phrase or noun phrase before the number (现案破案率达83.06% → 现案破案率;
// 开展专题学习研讨20次 → 开展专题学习研讨), plus, for counts, the noun the measure
// word counts (科学规划163个必巡点 → 科学规划…必巡点).
import { namesOnlyPlacesZh } from './zh-place-measure';
import { namesOnlyPlaces } from './place-measure';
import { EN_CHANGE_NOUN_IN_OF } from '../rules/en/change';
import { EN_BRACKETED_COUNT_NOTE_AFTER, EN_PHYSICAL } from '../rules/en/units';
import type { TaggedWord } from '../text/segmenter';
import { matchChineseUnit } from '../numbers/units';
import { firstTagEndingAfter } from '../text/tag-search';
import { patternLastChars } from '../text/pattern-last-chars';
import { alternation } from '../rules/subject-types';
import { clauseSubject, labelAbove, ownCountedNoun, withListLabel } from './subject-en';
import { attributivePhrase, phraseWords } from './attributive';
import { EN_COORDINATOR_LEAD, EN_FIGURE_FOLLOWER, EN_LEADING_ARTICLE, EN_PERIOD_ONLY } from '../rules/en/clause';
import {
  EN_ELLIPTICAL_LIST_OBJECT,
  EN_PART_PARTICIPLE_AFTER,
  EN_PARTS_BRACKET_NEXT_BEFORE,
  EN_PARTS_BRACKET_OPEN_BEFORE,
} from '../rules/en/unitless';
import { isEllipticalListItem } from './elliptical-list';
import {
  ZH_ASIDE_AFTER,
  ZH_COMPARISON_START,
  ZH_COMPARISON_WORD,
  ZH_KIND_NOT_TIME,
  ZH_COUNTERPARTS,
  ZH_ELLIPTICAL_MAX_LENGTH,
  ZH_NOUN_AFTER_STOP,
  ZH_NOUN_AFTER_VERB_LIKE,
  ZH_TENTHS_SPAN_END,
  ZH_GROUP_AFTER_TENTHS,
  ZH_MOVE_BEFORE_TENTHS,
  ZH_ACTIVITY_WORDS,
  ZH_PART_MODIFIER_MAX_LENGTH,
  ZH_PARTS_OPENER,
  ZH_PREDICATE_ONLY,
  ZH_TOPIC_BEFORE_FOLLOWING,
  ZH_BARE_RATE_OF_CHANGE,
  ZH_BARE_RATE_CLAUSE,
  ZH_KINDS_LIST,
  ZH_RESTATED_AFTER_OR,
  ZH_PLACE_ONLY,
  ZH_RANKED_MEASURE_LEAD,
  ZH_RANKED_LIST_ITEMS,
  ZH_RANKED_LIST_MEASURE,
  ZH_RANKED_AMONG_LEAD,
  ZH_GROUP_OF_HOLDERS,
  ZH_RANKED_LIST_MEASURE_AT_CLAUSE_START,
  ZH_RANKED_LIST_CLOSE,
  ZH_RANKED_ITEM_GAP,
  ZH_RANKED_MEASURE_TIME_START,
  ZH_PARTS_BETWEEN,
  ZH_GROUP_ONLY,
  ZH_LOCATIVE_AFTER_FIGURE,
  ZH_GROUP_LEAD,
  ZH_GROUP_PART_REACH,
  ZH_PARTS_WORD,
  ZH_MEASURE_AMOUNT_END,
  ZH_FULL_STOP_IN,
  ZH_SENTENCE_END_AT_EDGE,
  ZH_LONE_COMPARATIVE,
  ZH_PLACE_DIRECTION_START,
  ZH_PLACE_ITEM_REACH,
  ZH_PLACE_LIST_MEASURE_AFTER,
  ZH_LIST_SEPARATOR,
  ZH_LIST_LEAD_COLON,
  ZH_ITEM_NAMES_MEASURE,
  ZH_ITEM_JOINER_LEAD,
  ZH_MOVE_ITEM_MAX_LENGTH,
  ZH_DIGIT_GROUP_COMMA,
  ZH_NEXT_ITEM_JOINER,
  ZH_MOVE_IN_ITEM,
  ZH_BRACKET_OPEN_BEFORE,
  ZH_AREA_BASIS_IN_BRACKET,
  ZH_PLACE_RANKING,
  ZH_NAMED_ITEMS_BEFORE,
  ZH_NOT_LIST_MEASURE,
  ZH_SKIP_LEAD_TAGS,
  ZH_SUBJECT_EDGE,
  ZH_SUBJECT_LEAD,
  ZH_AMONG_INSIDE,
  ZH_PERIOD_MOVE_ONLY,
  ZH_AGE_BAND_LEAD,
  ZH_SUBJECT_TAIL,
  ZH_COLON_LABEL_BEFORE,
  ZH_NEXT_FIGURE_IN_NOUN,
  ZH_RECEIVED_BEFORE,
  ZH_RANGE_END_ONLY,
  ZH_EVERY_BEFORE,
  ZH_HAPPENING_AFTER,
  ZH_INTERVAL_SPAN_END,
  ZH_SURVEY_ONLY,
  ZH_NUMBERED_GROUP_ITEM_END,
  ZH_FIRST_NUMBERED_ITEM_MARK,
  ZH_FULL_STOP_BEFORE_ITEM_MARK,
  ZH_RECEIVED_BY_HOLDER,
  ZH_FROM_YEAR_ONLY,
  ZH_RECEIVED_LEAD,
  ZH_TREND_TAIL,
  ZH_MOVED_OBJECT_END,
  ZH_FROM_BEFORE_FIGURE,
  ZH_REASON_OPENER,
  ZH_TOPIC_CLAUSE,
  ZH_ITEM_HEADING_LINE,
  ZH_RANKED_BY_YI,
  ZH_RANK_WORDS_AFTER,
  ZH_ITEM_RANKED_BY_YI_BEFORE,
  ZH_RUN_LEAD_ONLY,
  ZH_RUN_OF_MEASURE_AFTER,
  ZH_MOVE_IN_CLAUSE,
  ZH_HELD_AMOUNT_BEFORE,
  ZH_HELD_AMOUNT_USE_AFTER,
  ZH_AMOUNT_SPAN_END,
  ZH_FINANCE_NOUN_AFTER,
  ZH_PREDICATE_AFTER_OF_NOUN,
  ZH_OF_NOUN_AFTER,
  ZH_BY_MEANS_OF_END,
  ZH_NOT_OF_NOUN,
  ZH_ELIDED_SHARE,
  ZH_SHARE_VERB,
  ZH_SHARE_PART_WHOLE_TAIL,
  ZH_SHARE_PHRASE,
  ZH_BARE_SHARE,
  ZH_DERIVED_SUBJECT,
  ZH_PULL_START,
  ZH_MONEY_SPAN_END,
  ZH_LIST_JOINER_GAP,
  ZH_BRACKETED_ASIDES,
  ZH_PREDICATE_TAG,
  ZH_NOUN_TAG,
  ZH_QUOTE_MARKS,
  ZH_HAN_ONLY,
  ZH_CLAUSE_PUNCTUATION,
  ZH_TWO_HAN,
  ZH_NOT_CONTRIBUTOR,
  ZH_TOPIC_COMPARISON,
  ZH_BASIS_IN_BRACKET,
  ZH_TOPIC_AREA,
  ZH_TOPIC_SPEED_TAIL,
  ZH_LIST_HEADS,
  ZH_ITEM_HANDLING_VERB,
  ZH_TWO_HAN_MODIFIER,
  ZH_CATEGORY_HEAD,
  ZH_LIST_SPLITS,
  ZH_RESPECTIVE_BEFORE_FIGURES,
  ZH_EARLIER_LIST_REACH,
  ZH_EARLIER_LIST_CLAUSES,
  ZH_EARLIER_LIST_LEAD,
  ZH_EARLIER_LIST_END,
  ZH_EARLIER_LIST_ITEM,
  ZH_DIGIT,
  ZH_NAMED_BEFORE_RESPECTIVE,
  ZH_NOUN_ALTERNATIVES,
  ZH_CHANGE_AFTER_SHARE,
  ZH_DURATION_ADVERB_END,
  ZH_PREDICATE_AFTER,
  ZH_WORD_START,
  ZH_CLAUSE_PREDICATE,
  ZH_PRIMARY_LIST_LEAD,
  ZH_PRIMARY_LIST_TAIL,
  ZH_PERIOD_SPAN,
  ZH_BASIS_PERIOD_TAIL,
  ZH_FIGURE_IN_CLAUSE,
  ZH_SET_BEFORE,
  ZH_SET_COUNT_END,
  ZH_RESPECTIVE_AFTER_FIGURES,
  ZH_RESTATING_BRACKET_GAP,
  ZH_ITEM_BEFORE_CAUSE,
  ZH_BARE_MOVE_CLAUSE,
  ZH_SET_OPENING_TAIL,
  ZH_NOTE_ASIDE,
  ZH_BRACKETED_COUNT_NOUN_AFTER,
  ZH_SET_BEFORE_AMONG,
  ZH_SHARE_SPAN_END,
  ZH_RATE_NOUN_AFTER_PERCENT,
  ZH_RESPECTIVE_OPENER,
  ZH_MEASURE_LIST_CLAUSE,
  ZH_REPORTING_VERB,
  ZH_AREA_GAP_ONLY,
  ZH_DATE_WORD_AFTER,
  ZH_FIGURE_LIST_GAP,
  ZH_RELATIONAL_HEADS,
  ZH_RELATIONAL_GAP,
  ZH_LIST_CLOSED_BY_ETC,
  ZH_LIST_LENGTH,
  ZH_SET_RATE,
  ZH_FUNDING_VERB,
  ZH_FUNDING_PURPOSE,
  ZH_TOPIC_PULL,
  ZH_SPEED_WORDS_ON,
  ZH_SHORT_LIST_ITEM,
  ZH_INDICATOR_HEADS,
  ZH_BREAKDOWN_OPENER,
  ZH_BREAKDOWN_FIGURE,
  ZH_BREAKDOWN_PART_MAX_LENGTH,
  ZH_BREAKDOWN_NOT_PART,
  ZH_BREAKDOWN_WHOLE_GAP,
  ZH_KIND_HEAD,
  ZH_NUMERAL_IN_WORD,
  ZH_LEVEL_ONLY,
  ZH_LEVEL_THEN_HEAD,
  ZH_LIGHT_VERB_LEAD,
  ZH_STOCK_VERB_BEFORE,
  ZH_STOCK_VERB_LEAD,
  ZH_PUPIL_HEADS,
  ZH_INSTITUTION_COUNT_END,
  ZH_LEAD_LOCALITY_WORDS,
  ZH_FOOTNOTE_MARK,
  ZH_RANKED_PLACE_BEFORE,
  ZH_RANKED_MEASURE,
  ZH_RANKED_MEASURE_REACH,
  ZH_RANKED_LIST_OPEN,
  ZH_EQUIVALENT_SHARE_CLAUSE,
  ZH_CLAUSE_BREAKS,
  ZH_RANKED_LIST_BREAK,
  ZH_HOLDER_ACHIEVED_MEASURE,
  ZH_CATEGORY_SUFFIX,
  ZH_PERCENT_END,
  ZH_BUDGET_REFERENCE,
  ZH_EXAMPLES_BRACKET,
  ZH_BUDGET_MET_VERB,
  ZH_NAME_LIST_MARK,
  ZH_YEAR_AND_VERB_ONLY,
  ZH_NOT_A_SUBJECT_WORD,
  ZH_RANKED_ITEM_LEAD,
  ZH_DATE_IN_CLAUSE,
  ZH_NOUN_PHRASE_TAG,
  ZH_IN_TERMS_WORD,
  ZH_IN_TERMS_BEFORE,
  ZH_LEVEL_VERB_ONLY_CLAUSE,
  ZH_NOT_TOPIC_LEAD,
  ZH_TOPIC_MARKER_END,
  ZH_BASIS_BUILT_ON,
  ZH_BASIS_BUILT_ON_REACH,
} from '../rules/zh/subjects';
import {
  EN_BULLET,
  EN_LIST_SEPARATOR_LEAD,
  EN_COUNTING_WORD,
  EN_CHANGE_HOLDER,
  EN_CHANGE_NOUN,
  EN_CHANGE_NOUN_IN,
  EN_COMPARED_AFTER,
  EN_LATIN_LETTER,
  EN_PERCENT_SPAN_END,
  EN_PLACE_AFTER,
  EN_ESTIMATE_ADJECTIVE,
  EN_MONEY_IN,
  EN_OBJECT_VERB_BEFORE,
  EN_SUBJECT_DANGLING_TAIL,
  EN_STATING_VERB_BEFORE_FIGURE,
  EN_NOT_A_SUBJECT_WORD,
  EN_VERB_FORM_BEFORE,
  EN_NOT_OBJECT_VERB_FORMS,
  EN_CHANGE_ONLY,
  EN_YEAR_OPENING,
  EN_GROWTH_WORD,
  EN_PAYMENT_OF_BEFORE,
  EN_EVALUATIVE_LEAD,
  EN_RESULT_MEASURE_OF_BEFORE,
  EN_LONE_EVALUATIVE_ADJECTIVE,
  EN_INSERTED_PARTICIPLE,
  EN_RESTATING_LEAD,
  EN_PASSIVE_ALLOCATION_AFTER,
  EN_ADD_VERB_BEFORE,
  EN_ADDED_TO_AFTER,
  EN_MONEY_IN_AFTER,
  EN_PARALLEL_ITEM_GAP,
  EN_FORECAST_ONLY,
  EN_GROWTH_OF_BEFORE,
  EN_GROWTH_TO_BE_BEFORE,
  EN_GROWTH_VERB_BEFORE,
  EN_LABEL_LEAD,
  EN_SPEAKER_LABEL,
  EN_CLAUSE_LABEL,
  EN_LEVEL_BRACKET_OPEN,
  EN_GLUED_SCALE_LETTER,
  EN_NOT_LABEL,
  EN_PARTITIVE_LABEL,
  EN_SENTENCE_BREAK_BETWEEN,
  EN_RESTATING_CLAUSE_SUBJECT,
  EN_FOLLOWED_LEAD,
  EN_CORRESPONDS_LEAD,
  EN_PARTITIVE_QUANTITY_ONLY,
  EN_SET_OF_SHARE_AFTER,
  EN_FRONTED_SET_OF_SHARE,
  EN_FRONTED_PLACE_ONLY,
  EN_OF_NOUN_AFTER_AMOUNT,
  EN_PLACE_SHARE_VERB_BEFORE,
  EN_PLACE_SHARE_OF_AFTER,
  EN_FUNDING_VERB_BEFORE,
  EN_FUNDED_PURPOSE_AFTER,
  EN_COMPARED_PERIOD_ONLY_SUBJECT,
  EN_NO_NOUN_FIGURE_SPAN,
  EN_COMPARED_WITH_BEFORE,
  EN_VERB_ONLY_SUBJECT,
  EN_BARE_COUNT_SPAN,
  EN_NAMED_LIST_LEAD,
  EN_PLURAL_HEAD,
  EN_PRONOUN,
  EN_PRONOUN_OPENER,
  EN_SHARE_OF_AFTER,
  EN_SHARE_OF_LEAD,
  EN_TIME_PHRASE,
  EN_REPORTING_CLAUSE,
  EN_TIME_TAIL,
  EN_SOURCE_TAIL,
  EN_SOURCE_ASIDE,
  EN_DASH_ASIDE,
  EN_DATELINE,
  EN_CHANGE_BEFORE,
  EN_NOUN_COMPLEMENT_START,
  EN_SPEAKER_CLAUSE,
  EN_REPORTING_VERB_BEFORE,
  EN_BALANCE_NAMED_BEFORE,
  EN_OBJECT_OF_BEFORE,
  EN_CHANGE_OF_BEFORE,
  EN_MODIFIER_OF_CHANGE_BEFORE,
  EN_IN_PHRASE_AFTER,
  EN_LEVEL_HELD_BEFORE,
  EN_CLAUSE_SPLIT,
  EN_LINK_BEFORE,
  EN_LINK_BEFORE_AGAIN,
  EN_NOT_NOUN_AFTER,
  EN_NOT_SUBJECT,
  EN_BASIS_ONLY,
  EN_MOVES_RECORDED_FOR,
  EN_MOVED_IN_LIST_LEAD,
  EN_PERIOD_ITEM,
  EN_BRACKETED_PERCENT,
  EN_ITEM_BY_END,
  EN_ITEM_SEPARATOR_LEAD,
  EN_BRACKETED_ITEM,
  EN_OPEN_BRACKET_BEFORE_FIGURE,
  EN_LOWER_CASE_ITEM,
  EN_BASIS_RATE_OF_BEFORE,
  EN_EARLIER_PACE_BEFORE,
  EN_PACE_ONLY,
  EN_MONTH_BEFORE_NOUN,
  EN_NOUN_AFTER,
  EN_PREDICATE,
  EN_RECORDING_VERB,
  EN_SUBJECT_LEAD,
  EN_BRACKET,
  EN_MOVE_ONLY_BEFORE,
  EN_RULE_LINE_BEFORE,
  EN_COUNTED_LIST_AFTER,
  EN_COUNTED_LIST_REACH,
  EN_BRACKETED_FIGURE_BEFORE,
  EN_BREAKDOWN_ITEM_BRACKET,
  EN_BREAKDOWN_LEAD,
  EN_BREAKDOWN_LEAD_TAIL,
  EN_BREAKDOWN_NAMES,
  EN_BREAKDOWN_REACH,
  EN_BREAKDOWN_VERB,
  EN_GLOSS_MIN_WORDS,
  EN_COMPARED_LEAD,
  EN_PER_RATE,
  EN_RATE_AUXILIARY,
  EN_WORTH_APPOSED_BEFORE,
  EN_APPOSITION_ENDS_AFTER,
  EN_THROUGH_LAST_FIGURE,
  EN_OBJECT_SEEN_MOVING_BEFORE,
  EN_MONEY_IN_NOUN_AFTER,
  EN_MONEY_OBJECT_VERB_BEFORE,
  EN_RATIO_SPAN_END,
  EN_EXISTENTIAL,
  EN_DEMONSTRATIVE_PHRASE,
  EN_RESPECTIVELY,
  EN_LIST_SPLIT,
  EN_LIST_PREDICATE,
  EN_NOT_OF_HEAD,
  EN_NP_BOUNDARY,
  EN_CHANGE_NAMED_BEFORE,
  EN_AGENT_SETTING_MEASURE,
  EN_CHANGE_IN_LEAD,
  EN_RELATIVE_OPENER,
  EN_BARE_RELATIVE_ANTECEDENT,
  EN_SHOWING_CHANGE_END,
  EN_CONNECTIVE_ONLY,
  EN_RATE_NAMED_BEFORE,
  EN_RELATIVE_HEAD_CUT,
  EN_COUNTED_OF,
  EN_COUNTED_PARTICIPLE,
  EN_PERCENT_WORD,
  EN_LONE_PARTICIPLE,
  EN_WORD_AFTER_FIGURE,
  EN_LIST_COMMA,
  EN_ENDPOINT_BEFORE,
  EN_SCALE_LEAD,
  EN_PART_OF_PREVIOUS,
  EN_PART_OF_WHICH_BEFORE,
  EN_COPULA_NOUN_AFTER,
  EN_BARE_SHARE_SPAN,
  EN_RESTATING_BRACKET_LEAD,
  EN_SHARE_OBJECT_VERB_BEFORE,
  EN_SHARE_OF_OWN_WHOLE_AFTER,
  EN_LIST_JOINER_END,
  EN_DATE_ONLY_SUBJECT,
  EN_THE_FIGURE_SUBJECT,
  EN_BALANCE_ONLY,
  EN_HOLDER_RECORDED_MOVE_BEFORE,
  EN_MOVE_NOUN_END,
  EN_SOURCE_HOLDER,
  EN_FROM_PLACES_TAIL,
  EN_COMPARED_TAIL_SUBJECT,
  EN_RATE_BASE_SUBJECT,
  EN_BALANCE_HOLDER_BEFORE,
  EN_COMPARED_BALANCE_BEFORE,
  EN_SUPERLATIVE_PLACE_BEFORE,
  EN_RUNNING_TOTAL_ONLY,
  EN_SHARE_OF_WERE,
  EN_OBJECT_OF_NOUN_BEFORE,
  EN_NOT_A_PART,
  EN_PARTICIPLE_AFTER_WERE,
  EN_BRACKETED_FIGURES,
  EN_COPULA_SPLIT,
  EN_NOT_COMPLEMENT,
  EN_CAUSE_LEAD,
  EN_PART_OF_LEAD,
  EN_SENTENCE_END,
  EN_RUN_IN_HEADING,
  EN_FLOW_VERB,
  EN_CASELOAD_VERB,
  EN_CASELOAD_NOUN_BEFORE,
  EN_CASELOAD_PARTICIPLE,
  EN_OF_LEAD,
  EN_MEASURED_OF_LEAD,
  EN_SPELLED_SHARE_BRACKET_BEFORE,
  EN_SHARE_OF_AFTER_BRACKET,
  EN_SHARE_NOUN_AFTER_BRACKET,
  EN_SPELLED_SHARE_SPAN_END,
  EN_RESTATEMENT_BRACKET_AHEAD,
  EN_DANGLING_FUNCTION_WORDS,
  EN_EQUIVALENT_BEFORE,
  EN_RECIPIENT_AFTER,
  EN_TOTAL_BROUGHT_BEFORE,
  EN_VALUE_OF_PREVIOUS,
  EN_DESCRIPTION_AFTER,
  EN_MODAL_LEVEL_VERB_TAIL,
  EN_DASH_APPOSITIVE,
  EN_DASH_DESCRIPTION_AFTER,
  EN_FIGURE_OPENS_ITEM,
  EN_QUALIFIED_MEASURE_HEAD,
  EN_MANNER_MODIFIER,
  EN_DESCRIPTION_TIME_TAIL,
  EN_EQUIVALENT_IN_BRACKET_GAP,
  EN_MONEY_SPAN_START,
  EN_NAMES_LIST,
  EN_NAMED_ITEM_GAP,
  EN_RESTATING_PARTICIPLE,
  EN_RECORD_LEVEL_BEFORE,
  EN_SHARE_OF_RESPONDENTS,
  EN_OPINION_VERB_AFTER,
  EN_ENDS_WITH_NAME,
  EN_VERB_BREAKDOWN_LEAD,
  EN_INSIDE_OPEN_BRACKET,
  EN_NOT_COUNTED_NOUN_WORD,
  EN_FLOW_PERIOD,
  EN_FIGURE_RUN,
  EN_OF_BEFORE_FIGURE,
  EN_SCALE_WORD_ONLY,
  EN_FRAGMENT,
  EN_LONE_VERB_OR_PERIOD,
  EN_LONE_SENTENCE_ADVERB,
  EN_ING_NOUNS,
  EN_NP_AFTER_FIGURE,
  EN_NOT_OBJECT_BEFORE,
  EN_SHARE_VERB_BEFORE,
  EN_SHARE_WHOLE_AFTER,
  EN_TAIL_ONLY,
  EN_SHARE_TAIL,
  EN_OPEN_BRACKET_TAIL,
  EN_FUNDER_BEFORE,
  EN_POINTING_BACK,
  EN_MONEY_SPAN,
  EN_TAIL_AT_END,
  EN_TRAILING_ADVERB,
  EN_HELD_STATE_TAIL,
  EN_FIGURE_IN_PHRASE,
  EN_VERB_OBJECT_BY,
  EN_INFINITIVE_OBJECT_TO,
  EN_BRACKETED_FIGURE_GROUP,
  EN_LIST_ITEM_LEAD,
  EN_LIST_HEAD,
  EN_SUBORDINATE_SPLIT,
  EN_GENERIC_HOLDER,
  EN_HOLDER_AUXILIARY,
  EN_BARE_RELATIONAL,
  EN_COMPARATIVE_ONLY,
  EN_COMPARED_COMPLEMENT,
  EN_DIGIT,
  EN_WITH_MODIFIER,
  EN_RUN_IN_LINE_BEFORE,
  EN_DIFFERENCE_SPAN,
  EN_RESTATED_DIFFERENCE_GAP,
  EN_VOCATIVE_OPENING,
  EN_RECORD_LEVEL_ONLY,
  EN_BRACKET_CLOSES_AFTER,
  EN_HEAD_WITH,
  EN_EXAMPLE_LEAD,
  EN_ADVERBIAL_INSERTION,
  EN_FRONTED_ADVERBIAL,
  EN_RESTATED_IN_BRACKETS,
  EN_OF_WHOLE_LEAD,
  EN_PERCENT_MORE_NOUN_AFTER,
  EN_QUANTITY_LEAD_BEFORE,
  EN_QUANTITY_LEAD_END,
  EN_FRONTED_PHRASE_ONLY,
  EN_JOINED_QUANTITY_LEAD,
  EN_MORE_BEFORE_NOUN,
  EN_BARE_FIGURE_SPAN,
  EN_RANGE_TO,
  EN_PREPOSITION_END,
  EN_MOVE_VERB,
  EN_SUBORDINATOR_CUT,
  EN_PARTICIPLE_LEAD,
  EN_VERB_AFTER_FIGURE,
  EN_FIGURE_CLAUSE_BEFORE_AND,
  EN_OPENING_QUOTE,
  EN_QUOTED_NAME,
  EN_LINE_BREAK,
  EN_CHANGE_IN_BEFORE_BRACKET,
  EN_VERB_BEFORE_OBJECT,
  EN_VERB_BEFORE_BRACKET,
  EN_FIGURE_BEFORE_BRACKET,
  EN_LIST_INTRO,
  EN_CLAUSE_BEFORE_AND,
  EN_VERB_ONLY,
  EN_WHERE_OPENER,
  EN_MONEY_NOUN,
  EN_MONEY_SOURCE_AFTER,
  EN_PLACE_CUT,
  EN_HOLDER_VERB,
  EN_REPORTING_THAT,
  EN_PART_OF_THIS_AFTER,
  EN_CHANGE_IN_PHRASE_END,
  EN_RESTATED_RATE_BEFORE,
  EN_GROWTH_RATE_HOLDER_BEFORE,
  EN_TUNE_OF_BEFORE,
  EN_PRIOR_YEAR_LABEL_BEFORE,
  EN_WITH_EXPECTED_NOUN_BEFORE,
  EN_PRONOUN_COPULA_LEAD,
  EN_DIFFERENCE_AFTER,
  EN_FINDING_VERB_BEFORE,
  EN_RESTATED_SHARE_BETWEEN,
  EN_OF_WHOLE_OPENS,
  EN_WITH_PROJECTED_BEFORE,
  EN_GONE_TOWARD_AFTER,
  EN_GOING_VERB_ONLY,
  EN_NOUN_WORTH_BEFORE,
  EN_NOT_WORTH_NOUN_WORD,
  EN_WORTH_NOUN_MAX_WORDS,
} from '../rules/en/subjects';

const ZH_LEAD = new RegExp(`^${alternation(ZH_SUBJECT_LEAD)}`, 'u');
const ZH_TAIL = new RegExp(`${alternation(ZH_SUBJECT_TAIL)}+$`, 'u');
// ZH_TAIL is tried from every position of the subject; a subject whose last character ends no tail
// word (most do) skips it. Null (the set cannot be read) always runs it.
const ZH_TAIL_LAST_CHARS = patternLastChars(alternation(ZH_SUBJECT_TAIL));
const ZH_PREDICATE_ONLY_RE = new RegExp(`^${alternation(ZH_PREDICATE_ONLY)}+$`, 'u');

function cleanZh(s: string): string {
  let prev = '';
  // 城镇新增就业[1]: a footnote mark is no part of what is measured.
  let out = s.replace(/\s+/g, '').replace(ZH_FOOTNOTE_MARK, '').replace(ZH_EXAMPLES_BRACKET, '');
  while (out !== prev) {
    prev = out;
    out = out.replace(ZH_SUBJECT_EDGE, '');
    out = out.replace(ZH_LEAD, '');
    if (ZH_TAIL_LAST_CHARS === null || ZH_TAIL_LAST_CHARS.has(out[out.length - 1])) out = out.replace(ZH_TAIL, '');
  }
  // Unbalanced quotes left at either edge after trimming.
  if ((out.match(/“/g) ?? []).length > (out.match(/”/g) ?? []).length) out = out.replace(/“(?!.*”)/u, '');
  if ((out.match(/”/g) ?? []).length > (out.match(/“/g) ?? []).length) out = out.replace(/^([^“]*)”/u, '$1');
  // The tail of a bracket opened before the subject's start (不含航空港区）参加…): dropped.
  out = out.replace(/^[^（(]*[）)]/u, '');
  out = out.replace(ZH_AMONG_INSIDE, '');
  const achieved = ZH_HOLDER_ACHIEVED_MEASURE.exec(out);
  if (achieved) out = achieved[1] + achieved[2];
  return out;
}

/** Drops leading function words using POS tags (when the segmenter is available). */
function trimByTags(subject: string, subjectStart: number, tags: TaggedWord[] | null): string {
  if (!tags || !subject) return subject;
  // 15-64岁的人口: the age band is part of the population named, not a figure to skip.
  if (ZH_AGE_BAND_LEAD.test(subject)) return subject;
  let cut = 0;
  for (let k = firstTagEndingAfter(tags, subjectStart); k < tags.length; k++) {
    const w = tags[k];
    if (w.start !== subjectStart + cut) break; // subject starts inside a word, or a gap: stop
    // jieba tags unknown words x too (警情/x, 现案/x): only punctuation-like x is skippable.
    // And m only for a word with a numeral in it: jieba tags a noun right before a figure m (大米/m 188.3/m); f only
    // for a word that places in time or space (以来, 期间), not a name it tags f (初中/f, 东部/f 地区).
    const skippable =
      ZH_SKIP_LEAD_TAGS.test(w.tag) &&
      !(w.tag === 'x' && /[\u3400-\u9fffA-Za-z0-9]/.test(w.word)) &&
      !(w.tag === 'm' && !ZH_NUMERAL_IN_WORD.test(w.word)) &&
      !(w.tag === 'f' && !ZH_LEAD_LOCALITY_WORDS.test(w.word)) &&
      // 快于/d 全市规模以上工业: jieba tags some comparison words adverbs; a comparison opens what the gap measures.
      !ZH_COMPARISON_WORD.test(w.word) &&
      // 现代/t 服务业: jieba files 现代 ("modern") as a time word; before a noun it names a kind.
      !ZH_KIND_NOT_TIME.test(w.word);
    if (!skippable) break;
    cut = w.end - subjectStart;
    if (cut >= subject.length - 1) break;
  }
  return cut > 0 && cut < subject.length ? subject.slice(cut) : subject;
}

/** The last words of `words` that can name a thing (from the right, up to a verb, a preposition or an article). */
function nounBeforeWorth(words: string): string {
  const kept: string[] = [];
  for (const word of words.trim().split(' ').reverse()) {
    if (EN_NOT_WORTH_NOUN_WORD.test(word) || kept.length === EN_WORTH_NOUN_MAX_WORDS) break;
    kept.unshift(word);
  }
  return kept.length ? cleanEn(kept.join(' ')) : '';
}

/** The noun phrase `phrase` (at `start` in the text) up to its first verb (two characters or more) after a word. */
function ofNounBeforeVerb(phrase: string, start: number, tags: TaggedWord[] | null): string {
  if (!tags) return phrase;
  const end = start + phrase.length;
  for (let k = firstTagEndingAfter(tags, start); k < tags.length && tags[k].start < end; k++) {
    const w = tags[k];
    if (w.start >= start + 2 && /^v(?!n)/.test(w.tag) && w.word.length >= 2) return phrase.slice(0, w.start - start);
  }
  return phrase;
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
  /** A physical quantity (tonnes, bvm, board feet): its "of" phrase names what is measured. */
  measure?: boolean;
}

/**
 * "There was a continuing small decline in the proportion of detainees being removed on leaving detention to 55%": the
 * phrase a named change is in, whole, up to the "to" or "from" of its figure (participles and all), or null.
 */
function changedInPhrase(text: string, clauseStart: number, numberStart: number): string | null {
  const clause = text.slice(clauseStart, numberStart).replace(/\s+/g, ' ');
  const lead = EN_CHANGE_IN_LEAD.exec(clause);
  if (!lead) return null;
  const phrase = clause.slice(lead[0].length);
  const end = EN_CHANGE_IN_PHRASE_END.exec(phrase);
  return end && !EN_FIGURE_IN_PHRASE.test(phrase) ? cleanEn(phrase.slice(0, end.index)) || null : null;
}

export function extractSubject(input: SubjectInput): string | null {
  if (input.lang === 'zh') return zhSubject(input);
  const { text, numberStart, spanEnd, clauseEnd } = input;
  let { from, sentenceStart } = input;
  // "Madam, Growth in 2023 at 4.3 percent …": a speech's vocative opens the sentence, not its subject.
  const vocative =
    sentenceStart !== undefined ? EN_VOCATIVE_OPENING.exec(text.slice(sentenceStart, numberStart)) : null;
  if (vocative) {
    sentenceStart = sentenceStart! + vocative[0].length;
    from = Math.max(from, sentenceStart);
    input = { ...input, from, sentenceStart };
  }
  // "Annual inflation at August 2019, as reported by the Institute, was 4.1 per cent": the source aside is blanked (the
  // offsets kept), so the phrase before it is the clause the figure's subject is read from.
  const asideFrom = sentenceStart ?? from;
  const beforeFigure = text.slice(asideFrom, numberStart);
  // "WASHINGTON – (RealEstateRama) — Sales of new single-family houses …": a release's dateline is blanked too.
  const spaces = (m: string) => ' '.repeat(m.length);
  // "A decrease in the unemployment rate of total Saudis to (12.3%)": GASTAT brackets every level; read as if unbracketed.
  const blanked = beforeFigure
    .replace(EN_DATELINE, spaces)
    .replace(EN_SOURCE_ASIDE, spaces)
    .replace(EN_LEVEL_BRACKET_OPEN, spaces);
  if (blanked !== beforeFigure)
    return extractSubject({ ...input, text: text.slice(0, asideFrom) + blanked + text.slice(numberStart) });
  // An aside between paired dashes is cut out (not blanked: the look-back windows before the figure would reach only
  // the blank), the offsets after it moved back by its length.
  const asides = [...beforeFigure.matchAll(EN_DASH_ASIDE)];
  if (asides.length) {
    const unaside = beforeFigure.replace(EN_DASH_ASIDE, ' ');
    const shift = beforeFigure.length - unaside.length;
    // A window start inside an aside moves to where the aside was; one after it moves back by what was cut before.
    const moved = (at: number) =>
      asides.reduce((p, m) => {
        const a = asideFrom + m.index;
        const cut = m[0].length - 1;
        return at >= a + m[0].length ? p - cut : at > a ? p - (at - a) : p;
      }, at);
    return extractSubject({
      ...input,
      text: text.slice(0, asideFrom) + unaside + text.slice(numberStart),
      from: moved(from),
      numberStart: numberStart - shift,
      spanEnd: spanEnd - shift,
      clauseEnd: clauseEnd - shift,
    });
  }
  // "Destatis also reports that this was an increase of 23,000": what is reported is read after the reporting clause.
  const reported = lastReportingClauseEnd(text, sentenceStart ?? from, numberStart);
  if (reported !== null) {
    from = Math.max(from, reported);
    sentenceStart = reported;
    input = { ...input, from, sentenceStart };
  }
  const item = bracketedMoveItem(text, sentenceStart ?? from, numberStart);
  if (item) return item;
  const percentage = percentageOf(text, from, numberStart, spanEnd, clauseEnd);
  if (percentage) return percentage;
  // "about one-third (36%) of the 2.8 million people on Universal Credit": a spelled share restated in brackets
  // measures its whole, whatever the clause opens with.
  const spelledShare = spelledShareOf(text, numberStart, spanEnd);
  if (spelledShare) return spelledShare;
  const changedIn = changedInPhrase(text, sentenceStart ?? from, numberStart);
  if (changedIn) return changedIn;
  const rateHolder = EN_GROWTH_RATE_HOLDER_BEFORE.exec(text.slice(sentenceStart ?? from, numberStart));
  if (rateHolder) return rateHolder[1];
  // "This represents a rate of 438 offenders per 100,000": the rate the pronoun restates.
  const restatedRate = EN_RESTATED_RATE_BEFORE.exec(text.slice(Math.max(from, numberStart - 80), numberStart));
  if (restatedRate) return restatedRate[1].trim();
  // "bringing in local revenue to a tune of UGX 16,425.41 billion": what the idiom's amount is of.
  const priorYearLabel = EN_PRIOR_YEAR_LABEL_BEFORE.exec(text.slice(Math.max(from, numberStart - 60), numberStart));
  if (priorYearLabel) return priorYearLabel[1];
  const tuneOf = EN_TUNE_OF_BEFORE.exec(text.slice(Math.max(from, numberStart - 80), numberStart));
  if (tuneOf) return tuneOf[1].trim();
  // "… with growth expected to continue, reaching 5.9%": the noun the with-phrase expects to move.
  const expectedNoun = EN_WITH_EXPECTED_NOUN_BEFORE.exec(
    text.slice(Math.max(sentenceStart ?? from, numberStart - 120), numberStart),
  );
  if (expectedNoun) return expectedNoun[1].trim();
  const modified = attributivePhrase(text, numberStart, spanEnd, clauseEnd);
  if (modified) return withListLabel(text, numberStart, modified);
  // "we produced nearly 200 million board feet of timber", "Motorways carried 68.7 bvm of traffic": the timber, the
  // traffic (not a figure "equivalent to 7,260 million metric tons of carbon dioxide", which measures something else).
  const measured = input.measure ? measuredOf(text, from, numberStart, spanEnd) : '';
  if (measured) return measured;
  const read = clauseSubject(
    { text, windowStart: sentenceStart ?? from, numberStart, spanEnd, clauseEnd, reportedFrom: reported },
    enSubject(input),
  );
  const subject = (input.takeNounAfter && ownCountedNoun(text, numberStart, spanEnd, read)) || read;
  // "# Preliminary General Fund agency cash …": a Markdown heading or bullet mark is no part of the phrase.
  // A heading or a navigation line the text layer ran into the sentence stays out of it.
  const unmarked = subject?.replace(EN_BULLET, '').replace(EN_RUN_IN_LINE_BEFORE, '') ?? labelAbove(text, numberStart);
  return withListLabel(text, numberStart, withoutStatingVerb(text, numberStart, withoutDanglingTail(unmarked)));
}

/** The words of the whole a share is of, read after the span ("… of the funds disbursed for TARP"), or null. */
function shareWholeAfter(text: string, spanEnd: number, clauseEnd: number): string[] | null {
  const whole = EN_OF_WHOLE_LEAD.exec(text.slice(spanEnd, clauseEnd));
  return whole ? phraseWords(text.slice(spanEnd + whole[0].length, Math.min(clauseEnd, spanEnd + 200))) : null;
}

/**
 * What a percentage measures when the words around it say so, or null: after a quantity's lead the share's whole ("an
 * average of 9% of victims of serious violent crime"), a percentage more or fewer of a noun that noun ("The airlines
 * carried 10.9% more passengers").
 */
function percentageOf(
  text: string,
  from: number,
  numberStart: number,
  spanEnd: number,
  clauseEnd: number,
): string | null {
  if (!EN_PERCENT_SPAN_END.test(text.slice(numberStart, spanEnd))) return null;
  const lead = text.slice(Math.max(from, numberStart - 30), numberStart);
  // "…95 percent of passengers and 98 percent of cargo": the next share of a list, with its own whole.
  const nextShare = EN_LIST_JOINER_END.test(lead) && EN_SHARE_OF_OWN_WHOLE_AFTER.test(text.slice(spanEnd, clauseEnd));
  const objectOfVerb = EN_SHARE_OBJECT_VERB_BEFORE.test(lead);
  // (a finding's verb before the share reports it: the share's whole is what it measures)
  const found = EN_FINDING_VERB_BEFORE.test(lead);
  let wholeWords =
    EN_QUANTITY_LEAD_BEFORE.test(lead) || objectOfVerb || nextShare || found
      ? shareWholeAfter(text, spanEnd, clauseEnd)
      : null;
  // "dedicating 40 percent of its lending to small countries": where the verb sends the share is not the whole's.
  const sentTo = wholeWords && objectOfVerb ? wholeWords.indexOf('to') : -1;
  if (sentTo > 0) wholeWords = wholeWords!.slice(0, sentTo);
  if (wholeWords) return cleanEn(wholeWords.join(' '));
  const more = EN_PERCENT_MORE_NOUN_AFTER.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 80)));
  return more ? cleanEn(more[1]) : null;
}

/**
 * "Increases were recorded for sugar, sweets, and desserts (4.5%); vegetables (0.9%)": the item a bracketed figure
 * follows in a list of moves, or null.
 */
/** Where a list's sentence (or its clause after a semicolon) ends, after its figure. */
const SENTENCE_OR_CLAUSE_STOP = /[.;](?:\s|$)/;

function bracketedMoveItem(
  text: string,
  sentenceStart: number,
  numberStart: number,
  verbListOnly = false,
): string | null {
  const before = text.slice(sentenceStart, numberStart);
  if (!EN_OPEN_BRACKET_BEFORE_FIGURE.test(before)) return null;
  let leadEnd = -1;
  for (const m of before.matchAll(EN_MOVES_RECORDED_FOR)) leadEnd = m.index + m[0].length;
  // "inflation increased in Onions (77.72%), Pulse Moong (48.58%), …": a verb's list, of two bracketed items at least.
  let verbLead = false;
  if (leadEnd < 0) {
    for (const m of before.matchAll(EN_MOVED_IN_LIST_LEAD)) leadEnd = m.index + m[0].length;
    const rest = text.slice(numberStart, numberStart + 120);
    const listed = `${before.slice(leadEnd)}${rest.slice(0, rest.search(SENTENCE_OR_CLAUSE_STOP) >>> 0)}`;
    verbLead = leadEnd >= 0 && (listed.match(EN_BRACKETED_PERCENT) ?? []).length >= 2;
    if (!verbLead) return null;
  }
  if (leadEnd < 0 || (verbListOnly && !verbLead)) return null;
  const region = before.slice(leadEnd, before.lastIndexOf('('));
  const item = region
    .slice(region.lastIndexOf(')') + 1)
    .replace(EN_ITEM_SEPARATOR_LEAD, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(EN_ITEM_BY_END, '');
  if (verbLead && EN_PERIOD_ITEM.test(item)) return null;
  return EN_BRACKETED_ITEM.test(item) ? item : null;
}

/**
 * "* 25,436⏎The number of cases handled during the year.", "• 895 – new schools": what the description after the figure
 * names, or null.
 */
function describedAfter(text: string, numberStart: number, spanEnd: number): string | null {
  const after = text.slice(spanEnd, spanEnd + 200);
  const m =
    EN_DESCRIPTION_AFTER.exec(after) ??
    (EN_FIGURE_OPENS_ITEM.test(text.slice(Math.max(0, numberStart - 8), numberStart))
      ? EN_DASH_DESCRIPTION_AFTER.exec(after)
      : null);
  return m ? m[1].replace(EN_DESCRIPTION_TIME_TAIL, '').replace(/\s+/g, ' ').trim() : null;
}

/** "one-quarter (23,3%) of households were …": what a share written in words, its figure in brackets, is of. */
function spelledShareOf(text: string, numberStart: number, spanEnd: number): string | null {
  // The spelled share itself ("about one-third (36%) of …"), read from its bracket on, as its restatement is.
  const restated = EN_SPELLED_SHARE_SPAN_END.test(text.slice(numberStart, spanEnd))
    ? EN_RESTATEMENT_BRACKET_AHEAD.exec(text.slice(spanEnd, spanEnd + 16))
    : null;
  if (!restated && !EN_SPELLED_SHARE_BRACKET_BEFORE.test(text.slice(Math.max(0, numberStart - 30), numberStart)))
    return null;
  const restEnd = spanEnd + (restated?.[0].length ?? 0);
  const rest = text.slice(restEnd, restEnd + 90);
  const of = EN_SHARE_OF_AFTER_BRACKET.exec(rest) ?? EN_SHARE_NOUN_AFTER_BRACKET.exec(rest);
  return of ? cleanEn(of[1]) || null : null;
}

/** What a physical quantity measures, named in the "of" phrase after it, or an empty string. */
function measuredOf(text: string, from: number, numberStart: number, spanEnd: number): string {
  if (EN_EQUIVALENT_BEFORE.test(text.slice(Math.max(from, numberStart - 40), numberStart))) return '';
  // "the seizure of 14.6 kilograms of fentanyl": the caseload reading names it (fentanyl seized).
  if (EN_CASELOAD_NOUN_BEFORE.test(text.slice(Math.max(from, numberStart - 60), numberStart))) return '';
  const of = EN_COUNTED_OF.exec(text.slice(spanEnd, spanEnd + 80));
  return of && EN_MEASURED_OF_LEAD.test(of[1]) ? cleanEn(of[1].replace(EN_OF_LEAD, '')) : '';
}

/** "The unemployment rate marked 3.0 percent": the verb stating the figure is cut from the subject before it. */
function withoutStatingVerb(text: string, numberStart: number, subject: string | null): string | null {
  if (!subject) return subject;
  const windowStart = Math.max(0, numberStart - 40);
  const verb = EN_STATING_VERB_BEFORE_FIGURE.exec(text.slice(windowStart, numberStart));
  if (!verb) return subject;
  const tail = ` ${verb[1].toLowerCase()}`;
  if (!subject.toLowerCase().endsWith(tail)) return subject;
  const head = subject.slice(0, -tail.length).trimEnd();
  // Only the phrase written right before the verb ("police recorded 3.7 million offences" → offences recorded stays).
  // Only the stretch the subject can span (white space collapsed in it may have been longer), not the text up to here.
  const verbStart = windowStart + verb.index;
  const written = text
    .slice(Math.max(0, verbStart - 2 * head.length - STATING_VERB_SLACK), verbStart)
    .replace(/\s+/g, ' ')
    .trimEnd()
    .toLowerCase();
  return written.endsWith(head.toLowerCase()) ? head : subject;
}

/** Where the last reporting clause ("… reports that ") before a figure ends in its window, or null. */
function lastReportingClauseEnd(text: string, windowStart: number, numberStart: number): number | null {
  let end: number | null = null;
  for (const m of text.slice(windowStart, numberStart).matchAll(EN_REPORTING_THAT))
    end = windowStart + m.index + m[0].length;
  return end;
}

/** "award recipients include", "projects in energy communities—": a phrase cut before its clause ended loses the cut. */
function withoutDanglingTail(subject: string | null): string | null {
  if (!subject) return subject;
  // "is now projected at", "rose by 4.0 per cent in June, against 6.4 per cent": an adverb or a preposition alone names
  // nothing (the figure before in the sentence lends its subject).
  if (EN_NOT_A_SUBJECT_WORD.test(subject.trim())) return null;
  const trimmed = subject.replace(EN_SUBJECT_DANGLING_TAIL, '').trim();
  return trimmed || subject;
}

/**
 * 雙溪區(40.03) in 扶老比最高前3名分別為平溪區(45.96)、雙溪區(40.03): a figure of a ranked list measures what is ranked,
 * named before the list's 最高 or before an earlier list of the sentence (…；最低前3名則為蘆洲區(14.11)). `sentence` ends
 * at the figure.
 */
function zhRankedListMeasure(sentence: string): string | null {
  let measure: string | null = null;
  let open: RegExpMatchArray | null = null;
  for (const m of sentence.matchAll(ZH_RANKED_LIST_OPEN)) {
    if (m[1]) measure = m[1];
    open = m;
  }
  if (!open || !measure || ZH_RANKED_LIST_BREAK.test(sentence.slice(open.index! + open[0].length))) return null;
  return cleanZh(measure) || null;
}

/** The words of the clause that ends right before `from` (its comma), cleaned; empty when none or a figure's. */
function clauseBefore(text: string, from: number): string {
  let end = from;
  while (end > 0 && /[\s，,]/u.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 40 && !ZH_CLAUSE_BREAKS.test(text[start - 1])) start--;
  // A clause with a figure of its own is that figure's (全年财政收入500亿元，相当于…): none here.
  return start < end && !/\d/u.test(text.slice(start, end)) ? cleanZh(text.slice(start, end)) : '';
}

/**
 * 电信诈骗刑事警情在连续5年大幅下降的基础上再降17.09%: the measure named before the basis the move builds on, or null
 * (none named, or a figure of its own there).
 */
function basisBuiltOnMeasure(text: string, numberStart: number): string | null {
  const window = text.slice(Math.max(0, numberStart - ZH_BASIS_BUILT_ON_REACH), numberStart);
  // The basis phrase ends near the figure: only then is the whole window read (its measure before 在).
  if (!window.slice(-12).includes('基础上')) return null;
  const built = ZH_BASIS_BUILT_ON.exec(window);
  if (!built || /\d/u.test(built[1])) return null;
  return cleanZh(built[1]) || null;
}

/** 其次為金門縣88.83‰ after 人口增加率最高者為連江縣…: the measure the ranking ranks, or null. */
function rankedMeasure(text: string, from: number, numberStart: number): string | null {
  const floor = Math.max(0, numberStart - ZH_RANKED_MEASURE_REACH);
  const window = text.slice(floor, numberStart);
  const sentence = window.slice(window.lastIndexOf('。') + 1);
  const listed = zhRankedListMeasure(sentence);
  if (listed) return listed;
  if (!ZH_RANKED_PLACE_BEFORE.test(text.slice(from, numberStart))) return null;
  let measure: string | null = null;
  for (const m of sentence.matchAll(ZH_RANKED_MEASURE)) measure = m[1];
  return measure ? cleanZh(measure) || null : null;
}

function zhSubject(input: SubjectInput): string | null {
  const { text, from, numberStart, spanEnd, clauseEnd, tags } = input;
  // 比常年值(多年平均值,下同)偏少4.9%: a note in brackets inside the clause is blanked (the offsets kept), so the basis
  // and the move around it read as one.
  const clause = text.slice(from, numberStart);
  const note = clause.search(ZH_NOTE_ASIDE);
  if (note >= 0) {
    const blanked = clause.replace(ZH_NOTE_ASIDE, (aside) => ' '.repeat(aside.length));
    return zhSubject({ ...input, text: text.slice(0, from) + blanked + text.slice(numberStart) });
  }
  // 麗瑤邨(819個單位): a count in brackets that names its own noun counts that noun.
  const bracketed = ZH_BRACKET_OPEN_BEFORE.test(text.slice(numberStart - 1, numberStart))
    ? ZH_BRACKETED_COUNT_NOUN_AFTER.exec(text.slice(spanEnd, spanEnd + 6))
    : null;
  if (bracketed && hasWord(bracketed[1])) return bracketed[1];
  // 受訪者當中，89%認為: the set the share is of.
  const among = ZH_SHARE_SPAN_END.test(text.slice(numberStart, spanEnd))
    ? ZH_SET_BEFORE_AMONG.exec(text.slice(Math.max(0, numberStart - 24), numberStart))
    : null;
  if (among && hasWord(among[1])) return cleanZh(among[1]) || among[1];
  const ranked = rankedMeasure(text, from, numberStart);
  if (ranked) return ranked;
  const rawBefore = text.slice(from, numberStart);
  // 其中以社會福利支出增加3,537億元最多: the item the ranking names measures the figure.
  const rankedItem = ZH_RANK_WORDS_AFTER.test(text.slice(spanEnd, spanEnd + 6))
    ? ZH_ITEM_RANKED_BY_YI_BEFORE.exec(rawBefore)
    : null;
  // (A place ranked is no measure: the place rules give it the measure its list ranks.)
  if (rankedItem && !namesOnlyPlacesZh(rankedItem[1])) return cleanZh(rankedItem[1]) || rankedItem[1];
  const equivalent = ZH_EQUIVALENT_SHARE_CLAUSE.test(rawBefore.trim()) ? clauseBefore(text, from) : '';
  if (equivalent) return equivalent;
  const builtOn = basisBuiltOnMeasure(text, numberStart);
  if (builtOn) return builtOn;
  // 尚有127亿元债务: an amount held names its noun after the unit, as a count does; so does one a balance, an
  // investment or bonds follow (錄得803億港元赤字).
  const amount = ZH_AMOUNT_SPAN_END.test(text.slice(numberStart, spanEnd));
  const financeNamed = amount && ZH_FINANCE_NOUN_AFTER.test(text.slice(spanEnd, spanEnd + 12));
  const takeNounAfter =
    input.takeNounAfter ||
    (amount &&
      ZH_HELD_AMOUNT_BEFORE.test(rawBefore) &&
      !ZH_HELD_AMOUNT_USE_AFTER.test(text.slice(spanEnd, spanEnd + 4))) ||
    financeNamed;
  let before = cleanZh(rawBefore);
  // 全國住宅建造執照宅數：37,545 宅: nothing before the figure in its clause, a label before the colon names it.
  if (!before) {
    const label = ZH_COLON_LABEL_BEFORE.exec(text.slice(Math.max(0, numberStart - 40), numberStart));
    if (label) before = cleanZh(label[1]);
  }
  if (tags && before) {
    const start = from + rawBefore.replace(/\s+/g, '').indexOf(before);
    // Only trust the tag trimming when the cleaned text is a contiguous slice of the original.
    if (text.slice(start, start + before.length) === before) before = cleanZh(trimByTags(before, start, tags));
  }
  let after = '';
  if (takeNounAfter) {
    // 0.9万人（不含航空港区）享受…: an aside in brackets right after the figure is skipped.
    let rest = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 40));
    const aside = ZH_ASIDE_AFTER.exec(rest);
    if (aside && /^[\u3400-\u9fff]{2}/u.test(rest.slice(aside[0].length))) {
      rest = rest.slice(aside[0].length);
      // 740萬(7,401,500)人比較: the unit written after a restatement in brackets is the figure's, not a noun.
      const unitAfterAside = matchChineseUnit(rest, 0);
      if (unitAfterAside && unitAfterAside.kind === 'count') rest = rest.slice(unitAfterAside.text.length);
    }
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
      // 处于70~120μg/m3之间: a locative after the figure (之间, 之内) ends the phrase; it names no noun.
      if (ZH_LOCATIVE_AFTER_FIGURE.test(noun)) noun = '';
      noun = noun.replace(/^(的|之|余|多)/u, '');
      // 6起重大火灾中，城市4起: the set a distribution opens with; 中 is no part of its noun.
      // (the clause ends with it: the rest is cut at the clause's end)
      const closesClause = rest.length === m[1].length || ZH_CLAUSE_PUNCTUATION.test(rest[m[1].length]);
      if (m[1].endsWith(noun) && closesClause) noun = noun.replace(ZH_SET_OPENING_TAIL, '');
      // 10,130宗查詢及4,870宗投訴: the noun ends before the next figure and the word that joins it.
      noun = noun.replace(ZH_NEXT_FIGURE_IN_NOUN, '');
      // 4个县（市）: a bracket of alternatives belongs to the noun.
      const alternatives = noun === m[1] ? ZH_NOUN_ALTERNATIVES.exec(rest.slice(m[1].length)) : null;
      if (alternatives) noun += alternatives[0];
      if (/^[\u3400-\u9fffA-Za-z“"]/.test(noun) && !ZH_NOUN_AFTER_VERB_LIKE.test(noun)) after = cleanZh(noun);
    }
  }
  // 宜縣消防局4成救護車及6成心臟刺激甦醒器已逾齡: a share in tenths written before its group measures that group.
  if (
    !takeNounAfter &&
    ZH_TENTHS_SPAN_END.test(text.slice(numberStart, spanEnd)) &&
    !ZH_MOVE_BEFORE_TENTHS.test(text.slice(Math.max(0, numberStart - 4), numberStart))
  ) {
    const group = ZH_GROUP_AFTER_TENTHS.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 12)));
    const measured = group && !ZH_NOUN_AFTER_VERB_LIKE.test(group[1]) ? cleanZh(group[1]) : '';
    if (measured) return measured;
  }
  // 獲得96%滿意度: the rate named right after a percentage (or tenths).
  const rateAfter = ZH_SHARE_SPAN_END.test(text.slice(numberStart, spanEnd))
    ? ZH_RATE_NOUN_AFTER_PERCENT.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 12)))
    : null;
  if (rateAfter) return cleanZh(rateAfter[1]);
  // 全市63.2%的侵财类“小案”快速侦破: with nothing before, the phrase after 的 is the subject.
  if (!before && !takeNounAfter) {
    const m = /^的([^，。；：！？,;:!?\n]{2,20})/u.exec(text.slice(spanEnd, clauseEnd));
    // 維持於1.6%的水平: a level's word after 的 names nothing.
    if (m && !ZH_NOT_OF_NOUN.test(m[1])) after = cleanZh(m[1].replace(ZH_PREDICATE_AFTER_OF_NOUN, ''));
  } else if (!takeNounAfter) {
    // 涉及600亿元的新政策: the amount is of the noun phrase after 的.
    const raw = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 16));
    const m = ZH_OF_NOUN_AFTER.exec(raw.replace(/\s+/g, ''));
    if (m && !ZH_NOT_OF_NOUN.test(m[1]) && !ZH_NOUN_AFTER_VERB_LIKE.test(m[1])) {
      // 臺中市以15%的得票率拿下…: what 以 brings (the rate) is the measure, who used it is not; the noun stops before the
      // verb after it (offsets hold when no space was folded).
      const byMeans = ZH_BY_MEANS_OF_END.test(before) && !/\s/u.test(raw.slice(0, m[0].length));
      const noun = byMeans ? ofNounBeforeVerb(m[1], spanEnd + 1, tags) : m[1];
      after = cleanZh(noun.replace(ZH_PREDICATE_AFTER_OF_NOUN, ''));
      if (after && byMeans) before = '';
    }
  }
  if (after && before) {
    // 编制了行政处罚、行政强制措施等8类责任清单: examples before 等 are not the subject.
    if (/等$/u.test(before)) before = '';
    // A long lead-in before a counted noun: keep the last verb phrase (科学规划…建立 → 建立); the lead-in of funds stays
    // whole (国家创业投资引导基金在大湾区设立超500亿元区域基金: who set them up).
    else if (tags && before.length > 6 && !financeNamed) {
      // Searched within the clause window only: a miss must not scan back to the text's start.
      const found = text.slice(from, numberStart).lastIndexOf(before);
      if (found >= 0) before = fromLastVerb(before, from + found, tags);
    }
  }
  // 15个工业行业大类中11个行业增长: the part of the set the predicate holds for (增长的工业行业大类).
  const part = takeNounAfter ? partOfSet(text, from, numberStart, spanEnd, clauseEnd) : null;
  if (part) return part;
  // 连续6年成为全国唯一…, 提前两年完成…: the figure measures how long the predicate after it held.
  // 平均约每3.4分钟出生一个婴儿: how often something happens measures that happening, named after the interval.
  if (!after && ZH_EVERY_BEFORE.test(before) && ZH_INTERVAL_SPAN_END.test(text.slice(numberStart, spanEnd))) {
    const happening = ZH_HAPPENING_AFTER.exec(text.slice(spanEnd, clauseEnd))?.[0] ?? '';
    if (hasWord(happening)) return cleanZh(happening);
  }
  if (!after && ZH_DURATION_ADVERB_END.test(before)) {
    const predicate = ZH_PREDICATE_AFTER.exec(text.slice(spanEnd, clauseEnd))?.[0] ?? '';
    if (ZH_WORD_START.test(predicate) && hasWord(predicate)) after = cleanZh(predicate);
    // 粮食总产量连续9年稳定在1300亿斤以上: the predicate holds a figure of its own; the adverb is no part of the subject.
    else if (hasWord(before.replace(ZH_DURATION_ADVERB_END, ''))) before = before.replace(ZH_DURATION_ADVERB_END, '');
  }
  // 统筹4416.6亿元支持巩固…: money a funding verb commits is the funds, named by what they are for.
  if (!after && ZH_FUNDING_VERB.test(before) && ZH_MONEY_SPAN_END.test(text.slice(numberStart, spanEnd))) {
    const purpose = ZH_FUNDING_PURPOSE.exec(text.slice(spanEnd, clauseEnd))?.[0] ?? '';
    if (purpose) return cleanZh(`${before}资金${purpose}`).slice(0, 40);
  }
  // 共接獲4,228宗投訴個案, 累計收到約6,100份申請: what was received is the count's subject, not who received it.
  if (after && ZH_RECEIVED_BEFORE.test(rawBefore)) return after;
  const subject = before && after ? (before.endsWith(after) ? before : `${before}${after}`) : before || after;
  if (!subject || !/[\u3400-\u9fffA-Za-z]/.test(subject)) return null;
  if (ZH_RANGE_END_ONLY.test(subject) || ZH_SURVEY_ONLY.test(subject)) return null;
  const received = ZH_RECEIVED_BY_HOLDER.exec(subject);
  if (received && hasWord(received[1])) return received[1];
  // A list closed by 等 (…、…等四个行业增加值) is shared out item by item later: kept whole up to a longer bound.
  const max = ZH_LIST_CLOSED_BY_ETC.test(subject) ? 80 : 40;
  return subject.length > max ? subject.slice(subject.length - max) : subject;
}

/**
 * The figure-free item right before the comma that opens the figure's clause, when that clause is only the figure's
 * move (网上购物骗案，增1,164宗; …、网上求职骗案，增1,024宗), or null.
 */
function itemBeforeMoveClause(
  unitStart: number,
  earlier: readonly EarlierMetric[],
  ctx: CompletionContext,
): string | null {
  const { text, numberStart } = ctx;
  const comma = lastIndexOfAny(text, '，,', numberStart - 1, unitStart);
  if (comma < unitStart || !ZH_PREDICATE_ONLY_RE.test(text.slice(comma + 1, numberStart).replace(/\s+/gu, '')))
    return null;
  let separator = lastIndexOfAny(text, '，,、；;：:', comma - 1, unitStart);
  // 增1,024宗(+40.3%)及…: a comma inside a grouped figure separates no items.
  while (separator > unitStart && ZH_DIGIT_GROUP_COMMA.test(text.slice(separator - 1, separator + 2)))
    separator = lastIndexOfAny(text, '，,、；;：:', separator - 1, unitStart);
  const itemStart = separator + 1;
  // …增1,024宗(+40.3%)及网上投资骗案: the item starts after the bracket closing the item before.
  const from = Math.max(unitStart, itemStart);
  const slice = text.slice(from, comma);
  // 查获非法私菸二三四·九五万包，较去年同期的…: a clause with a figure of its own is no item.
  const lastFigureEnd = Math.max(from, ...earlier.filter((m) => m.end > from && m.end <= comma).map((m) => m.end));
  if (lastFigureEnd > from && !/^\s*[）)]/u.test(text.slice(lastFigureEnd, comma))) return null;
  const afterBracket = slice.slice(Math.max(slice.lastIndexOf('）'), slice.lastIndexOf(')')) + 1);
  // After an item with a figure of its own, only a list's joiner opens the next (not 与上一期相若, a comparison).
  if (afterBracket !== slice && !ZH_NEXT_ITEM_JOINER.test(afterBracket)) return null;
  // 整体经济一直以低于趋势速度增长，全年只增长1.4%: a clause that moves itself is no item's name.
  // Nor one a figure stands in (我们从2013年开始).
  if (ZH_MOVE_IN_ITEM.test(afterBracket) || ZH_FIGURE_IN_CLAUSE.test(afterBracket)) return null;
  // 实现由负转正，由上半年下降0.3%, 位居全国前列，连续4年: a predicate before the comma, no item.
  const named = afterBracket.replace(ZH_ITEM_JOINER_LEAD, '').trim();
  if (!named || startsWithVerb(named, { ...ctx, numberStart: comma }) || endsWithVerb(named, comma, ctx)) return null;
  const item = cleanZh(named);
  return !ZH_FIGURE_IN_CLAUSE.test(item) && hasWord(item) && item.length <= ZH_MOVE_ITEM_MAX_LENGTH ? item : null;
}

/** 15个工业行业大类中11个行业增长 → 增长的工业行业大类; 35个行业大类中有21个增加值实现正增长 → 增加值实现正增长的行业大类. */
function partOfSet(text: string, from: number, numberStart: number, spanEnd: number, clauseEnd: number): string | null {
  const set = ZH_SET_COUNT_END.test(text.slice(Math.max(0, from - 1), from))
    ? ZH_SET_BEFORE.exec(text.slice(from, numberStart).trim())
    : null;
  if (!set) return null;
  const rest = ZH_PREDICATE_AFTER.exec(text.slice(spanEnd, clauseEnd))?.[0] ?? '';
  // The counted noun repeats a word of the set (11个行业): only the predicate after it is new.
  let k = Math.min(rest.length, set[1].length);
  while (k >= 2 && !set[1].includes(rest.slice(0, k))) k--;
  const predicate = (k >= 2 ? rest.slice(k) : rest).trim();
  return hasWord(predicate) ? `${predicate}的${set[1]}` : null;
}

/** Drops the glosses in brackets ("rate (the amount prices change over a year)"); keeps short names ("(CPI)"). */
function dropGlosses(s: string): string {
  return s.replace(EN_BRACKET, (m) => (m.trim().split(/\s+/).length >= EN_GLOSS_MIN_WORDS ? '' : m));
}

/** A phrase-rule subject longer than this many words is cut to its last ones. */
const EN_PHRASE_MAX_WORDS = 10;
/** A phrase after the figure, head first ("a 37% increase in the number of new complaints received about …"). */
const EN_HEAD_FIRST_MAX_WORDS = 16;
/** Characters of white space beyond the subject's own length read back before a stating verb. */
const STATING_VERB_SLACK = 40;

/**
 * The noun phrase in `raw`, cleaned; a phrase over EN_PHRASE_MAX_WORDS keeps its last words (those next to a figure
 * after it), or up to EN_HEAD_FIRST_MAX_WORDS first ones when it follows the figure (`headFirst`: its head first).
 */
/** The growth named before the figure, unless a noun phrase of its own holds it ("the export earnings witnessed …"). */
function namedGrowthOr(cleaned: string, growthNamed: string | null): string {
  if (!growthNamed) return cleaned;
  return !cleaned || EN_SPEAKER_CLAUSE.test(cleaned) || cleaned.toLowerCase().endsWith(growthNamed.toLowerCase())
    ? growthNamed
    : cleaned;
}

function cleanEn(raw: string, headFirst = false): string {
  // A plain-text header ruled off from the text ("Statisticians ------ At yearend 2006 …"): only what follows the rule.
  let s = dropGlosses(
    raw
      .replace(EN_RULE_LINE_BEFORE, '')
      .replace(EN_RUN_IN_LINE_BEFORE, '')
      .replace(/\s+/g, ' ')
      .replace(EN_DASH_APPOSITIVE, ' ')
      .trim(),
  )
    .replace(EN_OPEN_BRACKET_TAIL, '')
    .replace(EN_BULLET, '')
    .replace(EN_OPENING_QUOTE, '');
  s = s.replace(EN_CLAUSE_BEFORE_AND, '').replace(EN_PREDICATE, '').trim().replace(EN_RUN_IN_HEADING, '');
  // The tail of a bracket opened before the phrase ("a year) between June…"), and a reporting clause
  // ("figures show that the deficit…"): dropped.
  s = s.replace(/^[^(]*\)\s*/, '').replace(EN_REPORTING_CLAUSE, '');
  s = s.replace(EN_PARTICIPLE_LEAD, '').replace(EN_SUBJECT_LEAD, '').replace(EN_LIST_INTRO, '').trim();
  s = s
    .replace(EN_SOURCE_TAIL, '')
    .replace(EN_TIME_TAIL, '')
    .replace(/[\s,;:(-]+$/, '')
    .replace(EN_QUOTED_NAME, '$1')
    .replace(EN_LIST_SEPARATOR_LEAD, '')
    .trim();
  s = s
    .replace(EN_ESTIMATE_ADJECTIVE, '')
    .replace(EN_TRAILING_ADVERB, '')
    .replace(EN_HELD_STATE_TAIL, '')
    .replace(EN_MODAL_LEVEL_VERB_TAIL, '');
  // "July exports were $186.3 billion": the month dates the noun it opens; the noun is the subject.
  const monthLed = EN_MONTH_BEFORE_NOUN.exec(s);
  if (monthLed && !EN_PERIOD_ONLY.test(monthLed[1])) s = monthLed[1];
  // A pronoun or a time phrase is no subject: the figure before, or an earlier clause, gives it.
  if (EN_PRONOUN.test(s) || EN_POINTING_BACK.test(s) || EN_TIME_PHRASE.test(s) || EN_CHANGE_ONLY.test(s)) return '';
  // A phrase that opens with a figure is another metric's, not a subject.
  // The 2016-17 deficit: a year opening the phrase dates what it names (no other figure's).
  if (
    !s ||
    EN_NOT_SUBJECT.test(s) ||
    EN_BASIS_ONLY.test(s) ||
    !/[A-Za-z]{2}/.test(s) ||
    (/^[$£€+−-]?\d[\d,.]*(?:\s|%|$)/.test(s) && !EN_YEAR_OPENING.test(s))
  )
    return '';
  // A scale word or a verb fragment ("will build a") says nothing of what is measured.
  if (EN_SCALE_WORD_ONLY.test(s) || EN_FRAGMENT.test(s)) return '';
  if (EN_LONE_VERB_OR_PERIOD.test(s) && !EN_ING_NOUNS.has(s)) return '';
  if (EN_LONE_SENTENCE_ADVERB.test(s) || EN_LONE_EVALUATIVE_ADJECTIVE.test(s)) return '';
  const words = s.split(/\s+/);
  const max = headFirst ? EN_HEAD_FIRST_MAX_WORDS : EN_PHRASE_MAX_WORDS;
  if (words.length <= max) return s;
  return headFirst
    ? words.slice(0, max).join(' ').replace(EN_DANGLING_FUNCTION_WORDS, '')
    : words.slice(-max).join(' ');
}

/** How far before an English figure the phrases read back for it reach (a run-on sentence must not be read whole). */
const APPOSED_REACH = 200;

function enSubject({
  text,
  from,
  numberStart,
  spanEnd,
  clauseEnd,
  takeNounAfter,
  sentenceStart,
}: SubjectInput): string | null {
  // "Economic growth, calculated on a financial year basis, surged by 8.0%": the noun phrase before the inserted phrase.
  const inserted = EN_INSERTED_PARTICIPLE.exec(text.slice(sentenceStart ?? from, numberStart).replace(/\s+/g, ' '));
  const insertedHead = inserted && !EN_FIGURE_IN_PHRASE.test(inserted[1]) ? cleanEn(inserted[1]) : '';
  if (insertedHead) return insertedHead;
  const payment = EN_MONEY_SPAN.test(text.slice(numberStart, spanEnd))
    ? EN_PAYMENT_OF_BEFORE.exec(text.slice(Math.max(from, numberStart - 60), numberStart).replace(/\s+/g, ' '))
    : null;
  if (payment) return cleanEn(payment[1]) || payment[1];
  // "holding deposits worth Rs 2,00,958 crore", "goods worth $5 million": what the amount is the worth of (in any
  // currency).
  const worthOf = EN_NOUN_WORTH_BEFORE.exec(
    text.slice(Math.max(from, numberStart - 60), numberStart).replace(/\s+/g, ' '),
  );
  const valuedNoun = worthOf ? nounBeforeWorth(worthOf[1]) : '';
  if (valuedNoun) return valuedNoun;
  // "…bicycles and other cycles, worth a total of €471 million,", "Production of Wheat, estimated at 99.12 million
  // tonnes,": an amount apposed after a comma values (or estimates) what comes before (not "totaling over $20,000 in
  // paid sick leave": the amount names its own noun; nor a share, "amounting to 28% of").
  const worth =
    EN_APPOSITION_ENDS_AFTER.test(text.slice(spanEnd, spanEnd + 2)) &&
    !EN_PERCENT_SPAN_END.test(text.slice(numberStart, spanEnd))
      ? EN_WORTH_APPOSED_BEFORE.exec(
          text.slice(Math.max(sentenceStart ?? from, numberStart - APPOSED_REACH), numberStart).replace(/\s+/g, ' '),
        )
      : null;
  // "exported 1.3 million bicycles and other cycles, worth …": the goods counted before are what the amount values.
  const goods = worth?.[1].replace(EN_THROUGH_LAST_FIGURE, '') ?? '';
  const valued = goods && !EN_FIGURE_IN_PHRASE.test(goods) ? cleanEn(goods) : '';
  if (valued) return valued;
  const seen = EN_OBJECT_SEEN_MOVING_BEFORE.exec(
    text.slice(Math.max(from, numberStart - APPOSED_REACH), numberStart).replace(/\s+/g, ' '),
  );
  const seenMoving = seen ? cleanEn(seen[1] ?? seen[2]) : '';
  if (seenMoving) return seenMoving;
  const resultMeasure = EN_RESULT_MEASURE_OF_BEFORE.exec(text.slice(from, numberStart).replace(/\s+/g, ' '))?.[1];
  if (resultMeasure && !EN_CHANGE_ONLY.test(resultMeasure) && !EN_RESTATING_LEAD.test(resultMeasure)) {
    const named = cleanEn(resultMeasure.replace(EN_EVALUATIVE_LEAD, ''));
    if (named) return named;
  }
  // The clause before the figure, its white space folded (read again below as written, before the cuts).
  const clause = text.slice(from, numberStart).replace(/\s+/g, ' ').trim();
  let before = clause;
  // Keep the last phrase: after the last verb-ish connector.
  before = before.replace(EN_RECORDING_VERB, (m) => m.replace(/^.*\b(?=\w+\s+$)/, ''));
  before = before.replace(EN_AGENT_SETTING_MEASURE, '');
  before = before.replace(EN_CHANGE_IN_LEAD, '');
  // "Phone service has improved while call volume is up 13%": the subordinate clause holds the figure's subject.
  before = before
    .replace(EN_SUBORDINATOR_CUT, '')
    .replace(EN_CHANGE_NAMED_BEFORE, '')
    .replace(EN_CHANGE_BEFORE, '')
    .replace(EN_LEVEL_HELD_BEFORE, '')
    .replace(EN_LINK_BEFORE, '')
    .replace(EN_LINK_BEFORE_AGAIN, '')
    .trim();
  // "there were an estimated 7.3 million incidents": the counted noun is the subject, nothing before it.
  // "0.7 million worked at the local level and (0.5 million …)": a finished clause with its own figure names nothing.
  // "In Tanzania Mainland, growth was 4.9 percent": growth alone before its verb is the measure (a growth rate), not a
  // change that borrows another figure's subject.
  const growthMeasured = EN_GROWTH_VERB_BEFORE.test(clause) ? EN_GROWTH_WORD : null;
  // "we achieved an impressive growth rate of 4.6 per cent": with no noun phrase before it, the growth named is the
  // measure ("the export earnings witnessed a growth of 2.54 percent" keeps the earnings).
  // ("This represents a growth of 419,900" points back to the figure before instead).
  const growthNamed =
    EN_PRONOUN_OPENER.test(clause) || EN_RESTATING_LEAD.test(clause)
      ? null
      : (EN_GROWTH_OF_BEFORE.exec(clause)?.[1] ?? (EN_GROWTH_TO_BE_BEFORE.test(clause) ? EN_GROWTH_WORD : null));
  before =
    EN_EXISTENTIAL.test(before) ||
    EN_DEMONSTRATIVE_PHRASE.test(before) ||
    EN_PART_OF_PREVIOUS.test(before) ||
    EN_FIGURE_CLAUSE_BEFORE_AND.test(text.slice(from, numberStart))
      ? ''
      : (growthMeasured ?? namedGrowthOr(cleanEn(before), growthNamed));
  // "Under the programme a total of 4,641 new housing units": "a total" says how much, and a fronted phrase before it
  // (opened by a preposition) says where or under what; the counted noun after the figure names what.
  // "… availed employment and a total of 289.24 crore person-days": so does a clause joined by "and".
  if (
    EN_QUANTITY_LEAD_END.test(before) &&
    (EN_FRONTED_PHRASE_ONLY.test(clause) || EN_JOINED_QUANTITY_LEAD.test(before))
  )
    before = '';
  // "I am setting aside $2 billion for housing": the speaker names nothing the figure measures.
  if (EN_SPEAKER_CLAUSE.test(before)) before = '';
  if (EN_REPORTING_VERB_BEFORE.test(text.slice(from, numberStart))) before = '';
  // "The federal government ran a budget deficit of roughly $750 billion": the balance named before the figure.
  const balance = EN_BALANCE_NAMED_BEFORE.exec(text.slice(Math.max(from, numberStart - 80), numberStart));
  if (balance) before = cleanEn(balance[1]) || before;
  // "with net cash and investments now projected to reach $409.5 million": what the forecast figure measures.
  const projected = balance
    ? null
    : EN_WITH_PROJECTED_BEFORE.exec(text.slice(Math.max(from, numberStart - 100), numberStart));
  if (projected) before = cleanEn(projected[1]) || before;
  // "…food services and drinking places, where employment rose by 50,000": employment in those places.
  if (
    before &&
    sentenceStart !== undefined &&
    from > sentenceStart &&
    EN_WHERE_OPENER.test(text.slice(from, numberStart))
  ) {
    const place =
      text
        .slice(sentenceStart, from)
        .split(EN_CLAUSE_SPLIT)
        .filter((c) => c.trim())
        .at(-1) ?? '';
    const antecedent = EN_FIGURE_IN_PHRASE.test(place) ? '' : cleanEn(place.replace(EN_PLACE_CUT, ''));
    before = before.replace(EN_WHERE_OPENER, '');
    if (antecedent) before = `${before} in ${antecedent}`;
  }
  let after = '';
  if (takeNounAfter) {
    // "40,627 (average daily number) prisoners": the noun after a counting note in brackets.
    const note = EN_BRACKETED_COUNT_NOTE_AFTER.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 40)));
    const nounAt = spanEnd + (note?.[0].length ?? 0);
    const rest = text.slice(nounAt, Math.min(clauseEnd, nounAt + 60));
    const m = EN_NOUN_AFTER.exec(rest);
    after = m && !EN_NOT_NOUN_AFTER.test(m[1]) ? cleanEn(m[1]) : '';
  }
  const changed = changeNounSubject(text, from, numberStart, spanEnd, clauseEnd);
  // The counted noun: after the span, or its last words ("300,000 new jobs").
  const counted = takeNounAfter ? countedPhrase(text, numberStart, spanEnd, clauseEnd) || after : '';
  // "leading to the arrest of 23 people", "the seizure of 14.6 kilograms of fentanyl": the people arrested, the
  // fentanyl seized.
  const caseload = EN_CASELOAD_NOUN_BEFORE.exec(text.slice(Math.max(from, numberStart - 60), numberStart));
  const handled = caseload ? counted || cleanEn(countedOf(text, spanEnd)) : '';
  const recipients = counted ? EN_RECIPIENT_AFTER.exec(text.slice(spanEnd, spanEnd + 200)) : null;
  // "Today's announcement brings the total disbursed so far to more than 156 million payments".
  const verbReach = text.slice(Math.max(from, numberStart - 80), numberStart);
  const total = EN_TOTAL_BROUGHT_BEFORE.exec(verbReach);
  // "We received income of $210m": what was received.
  const earned = cleanEn(EN_OBJECT_OF_BEFORE.exec(verbReach)?.[1] ?? '');
  const object = total
    ? total[1]
    : earned
      ? earned
      : handled
        ? `${handled} ${EN_CASELOAD_PARTICIPLE[caseload![1].toLowerCase()]}`
        : // "More than 3 million payments … went to SSI beneficiaries": the payments to them.
          recipients
          ? `${counted} to ${recipients[1].trim()}`
          : objectOfVerb(text, from, numberStart, spanEnd, clauseEnd, counted);
  const windowStart = sentenceStart ?? from;
  const rawBefore = text.slice(from, numberStart);
  // "The Department of Energy is making $450 million available": the money is the organisation's funding.
  const funder = EN_MONEY_SPAN.test(text.slice(numberStart, spanEnd)) ? EN_FUNDER_BEFORE.exec(rawBefore) : null;
  // "aims to cut average response times by another 10 percent": the verb's object is what changes.
  const changedObject =
    EN_VERB_OBJECT_BY.exec(rawBefore.replace(/\s+/g, ' ')) ??
    EN_INFINITIVE_OBJECT_TO.exec(rawBefore.slice(-APPOSED_REACH).replace(/\s+/g, ' '));
  let cutObject = changedObject ? cleanEn(changedObject[1]) : '';
  // "…due to the expiration of the Credit, which decreased outlays by $103 billion": the cause in brackets.
  if (cutObject && sentenceStart !== undefined && from > sentenceStart && EN_RELATIVE_OPENER.test(rawBefore)) {
    const cause =
      text
        .slice(sentenceStart, from)
        .split(EN_CLAUSE_SPLIT)
        .filter((c) => c.trim())
        .at(-1) ?? '';
    const antecedent = EN_FIGURE_IN_PHRASE.test(cause) ? '' : cleanEn(cause.replace(EN_RELATIVE_HEAD_CUT, ''));
    if (antecedent) cutObject = `${cutObject} (${antecedent})`;
  }
  const funding = funder && cleanEn(funder[1]) ? `${cleanEn(funder[1])} funding` : '';
  // "The department met 29 of its 36 performance measures": the share is of the noun after its whole.
  const ratioWhole = EN_RATIO_SPAN_END.test(text.slice(numberStart, spanEnd))
    ? nounPhraseAfter(text, spanEnd, clauseEnd) || null
    : null;
  // A change named after the figure whose holder is a pronoun ("This represents a 14% decrease"): none here.
  let subject =
    ratioWhole ??
    describedAfter(text, numberStart, spanEnd) ??
    spelledShareOf(text, numberStart, spanEnd) ??
    perRate(text, numberStart, spanEnd) ??
    respectively(text, windowStart, numberStart, spanEnd) ??
    EN_SHARE_OF_RESPONDENTS.exec(text.slice(spanEnd, spanEnd + 100))?.[1].trim() ??
    shareOfWere(text, numberStart, spanEnd) ??
    bracketed(text, numberStart) ??
    (EN_MONEY_SPAN.test(text.slice(numberStart, spanEnd))
      ? ((EN_PASSIVE_ALLOCATION_AFTER.exec(text.slice(spanEnd, spanEnd + 140)) ??
          (EN_ADD_VERB_BEFORE.test(text.slice(Math.max(from, numberStart - 40), numberStart))
            ? EN_ADDED_TO_AFTER.exec(text.slice(spanEnd, spanEnd + 80))
            : null) ??
          (!EN_OBJECT_VERB_BEFORE.test(rawBefore)
            ? EN_MONEY_IN_AFTER.exec(text.slice(spanEnd, spanEnd + 100))
            : null) ??
          // (a verb the object rules know reads its object there, with its holder: "received $47.3 million in awards")
          (EN_MONEY_OBJECT_VERB_BEFORE.test(rawBefore.slice(-APPOSED_REACH).replace(/\s+/g, ' ')) &&
          !EN_OBJECT_VERB_BEFORE.test(rawBefore) &&
          !EN_NOT_OBJECT_VERB_FORMS.has(EN_VERB_FORM_BEFORE.exec(rawBefore)?.[1].toLowerCase() ?? '')
            ? EN_MONEY_IN_NOUN_AFTER.exec(text.slice(spanEnd, spanEnd + 100))
            : null))?.[1].replace(/\s+/g, ' ') ?? null)
      : null) ??
    (changed === null
      ? ''
      : changed ||
        object ||
        cutObject ||
        funding ||
        (counted ? '' : headBeforeOf(text, windowStart, numberStart, spanEnd)) ||
        // "allocated tax credits to approximately 50 projects located in …": the counted object of a preposition.
        (counted && EN_PREPOSITION_END.test(rawBefore) && !EN_MOVE_VERB.test(rawBefore) && !EN_RANGE_TO.test(rawBefore)
          ? counted
          : '') ||
        before ||
        (EN_ENDPOINT_BEFORE.test(text.slice(from, numberStart)) && EN_MOVE_VERB.test(text.slice(from, numberStart))
          ? ''
          : counted) ||
        after ||
        // Only when the figure is an object ("will build a $500m plant"), not a level or a change ("fell by 1%").
        // "3.7 percent of GDP": what follows "of" is the whole the share is of, not what is measured.
        // "6.5% in Wales": where a percentage holds, not what it measures.
        (EN_NOT_OBJECT_BEFORE.test(rawBefore) ||
        EN_SHARE_OF_AFTER.test(text.slice(spanEnd, spanEnd + 40)) ||
        (EN_PERCENT_SPAN_END.test(text.slice(numberStart, spanEnd)) &&
          EN_PLACE_AFTER.test(text.slice(spanEnd, spanEnd + 40)))
          ? ''
          : nounPhraseAfter(text, spanEnd, clauseEnd)));
  // "…violence without injury, which showed an increase of 8%": the noun the relative clause is about.
  if (
    !subject &&
    sentenceStart !== undefined &&
    from > sentenceStart &&
    EN_RELATIVE_OPENER.test(text.slice(from, numberStart))
  ) {
    const previous = text
      .slice(sentenceStart, from)
      .split(EN_CLAUSE_SPLIT)
      .filter((c) => c.trim());
    const antecedent = previous.at(-1) ?? '';
    // "…is estimated at 3288.52 LMT, which is higher by 211.00 LMT", "428,000 new homes were sold in 2013, which is 16.4
    // percent above": a clause holding its own figure; "which" is that figure's, whose subject the rules below read.
    if (antecedent && !EN_FIGURE_IN_PHRASE.test(antecedent))
      subject = cleanEn(antecedent.replace(EN_RELATIVE_HEAD_CUT, ''));
  }
  // "…attributed to food inflation which went up to 13.7 percent": the noun before a relative clause with no comma.
  if (!subject) {
    const antecedent = EN_BARE_RELATIVE_ANTECEDENT.exec(text.slice(windowStart, numberStart));
    if (antecedent) subject = cleanEn(antecedent[1]);
  }
  // "prices, overall, rose by 0.6%": the subject stands in an earlier clause of the sentence.
  if (!subject && sentenceStart !== undefined && from > sentenceStart) {
    // Commas that group thousands (3,812) do not end a clause.
    // A window that starts inside a word: the word's tail is none.
    const windowText = text
      .slice(sentenceStart, from)
      .replace(/^[A-Za-z]+(?=\W)/, (w) => (/[A-Za-z]/.test(text[sentenceStart - 1] ?? '') ? '' : w));
    const clauses = (windowText.split(EN_SENTENCE_END).at(-1) ?? '').split(EN_CLAUSE_SPLIT);
    for (let k = clauses.length - 1; k >= 0 && !subject; k--) {
      // "Of this number, 55% were…": the figure before gives the subject (completeEnglishSubject).
      if (EN_PART_OF_PREVIOUS.test(clauses[k])) break;
      // A clause that states a figure: its subject is the noun phrase before its verb ("X accounted for 84%,
      // and fell by 1%"), if it has one; otherwise its words are that figure's, no subject of this one.
      const figure = EN_FIGURE_IN_PHRASE.exec(clauses[k]);
      if (figure) {
        const head = clauses[k].slice(0, figure.index);
        subject = EN_PREDICATE.test(head) ? cleanEn(head) : '';
        break;
      }
      // "the RPIJ rate has been, on average, 0.5 percentage points lower": an insertion names nothing; read on.
      if (EN_ADVERBIAL_INSERTION.test(clauses[k])) continue;
      // "Giving effect to today's offering, more than 90 percent …": a fronted adverbial clause names nothing.
      if (EN_FRONTED_ADVERBIAL.test(clauses[k])) break;
      subject = EN_NOT_LABEL.test(clauses[k].trim()) ? '' : cleanEn(clauses[k]);
    }
  }
  const basis =
    EN_COMPARED_AFTER.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 100))) ??
    (sentenceStart !== undefined ? EN_COMPARED_LEAD.exec(text.slice(sentenceStart, from)) : null);
  // A footnote mark glued to the basis's last word (previous year7) is not part of it.
  const compared = basis ? ` compared with ${basis[1].trim().replace(/(?<=[a-z])\d{1,2}$/, '')}` : '';
  // "…; $320 billion higher than the prior year's deficit": the figure before gives the subject.
  if ((!subject || !/[A-Za-z]/.test(subject)) && compared) return compared.trim();
  const whole = EN_SHARE_VERB_BEFORE.test(rawBefore)
    ? EN_SHARE_WHOLE_AFTER.exec(text.slice(spanEnd, spanEnd + 80))
    : null;
  const share = whole ? `as a share of ${`${whole[1] ?? ''}${whole[2]}`.trim()}` : '';
  // "These individuals accounted for 18.9 percent of all unemployed persons": the figure before names the part (so
  // when what was read is the whole itself, read after the figure: "These countries account for 94 per cent of all
  // under-five deaths").
  if ((!subject || !/[A-Za-z]/.test(subject) || (share && share.endsWith(` of ${subject}`))) && share) return share;
  if (!subject || !EN_LATIN_LETTER.test(subject)) {
    // "will grow from 3.7 percent of GDP": only the whole is written here; the clause's subject completes it.
    const shareOf = EN_SHARE_OF_AFTER.exec(text.slice(spanEnd, spanEnd + 40));
    return shareOf ? `as a share of ${shareOf[1]}` : null;
  }
  subject = share ? `${subject} ${share}` : withShareOf(subject, text, spanEnd, sentenceStart ?? from);
  // "Clothing & footwear: prices, overall, rose by 0.6%": the label says whose prices.
  // A window cut inside a word ("…Hold Ti|mes Through …:") has no label at its start.
  const windowInWord = sentenceStart !== undefined && EN_LATIN_LETTER.test(text[sentenceStart - 1] ?? '');
  const label =
    sentenceStart !== undefined && !windowInWord ? EN_LABEL_LEAD.exec(text.slice(sentenceStart, from)) : null;
  if (
    label &&
    !EN_NOT_LABEL.test(label[1]) &&
    !EN_PARTITIVE_LABEL.test(label[1]) &&
    !EN_SPEAKER_LABEL.test(label[1].trim()) &&
    !EN_CLAUSE_LABEL.test(label[1]) &&
    !subject.includes(label[1])
  )
    subject = `${label[1]}: ${subject}`;
  // "$31 billion lower than the baseline estimate": the subject as written; the basis is the change's, not added.
  return subject;
}

/** "will build a $500m titanium melt plant", "$480 million in American Rescue Plan funds": the phrase after. */
function nounPhraseAfter(text: string, figureEnd: number, clauseEnd: number): string {
  // "more than 90 percent ($380 billion) of the funds": the bracket restates the figure; the phrase follows it.
  const spanEnd = figureEnd + (EN_RESTATED_IN_BRACKETS.exec(text.slice(figureEnd, clauseEnd))?.[0].length ?? 0);
  const after = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 80));
  // "0.7 million worked at the local government level": the figure is the verb's subject; no phrase after.
  if (EN_VERB_AFTER_FIGURE.test(after)) return '';
  const m = EN_NP_AFTER_FIGURE.exec(after);
  const phrase = m && !EN_LONE_PARTICIPLE.test(m[1].trim()) ? cleanEn(m[1]) : '';
  // "4.0 percent of households with a Black, non-Hispanic householder, 7.5 percent …": the population with its modifier.
  const modifier = phrase ? EN_WITH_MODIFIER.exec(text.slice(spanEnd + m!.index + m![0].length, spanEnd + 200)) : null;
  if (modifier) return `${phrase} ${modifier[1].replace(/\s+/g, ' ').trim()}`;
  // "more than 90 percent of the funds disbursed for TARP": the whole of a share is read with its complements.
  const words = phrase ? shareWholeAfter(text, spanEnd, clauseEnd) : null;
  // Longer when it has complements; shorter when the phrase rule ran into the clause's verb ("loans went").
  const read = words?.join(' ') ?? '';
  if (read && (read.startsWith(phrase) || phrase.startsWith(`${read} `))) return read;
  // "$1.5 billion in funding from the Bipartisan Infrastructure Law": money with its source or purpose.
  const rest = m ? text.slice(spanEnd + m.index + m[0].length, Math.min(clauseEnd, spanEnd + 160)) : '';
  const source = phrase && EN_MONEY_NOUN.test(phrase) ? EN_MONEY_SOURCE_AFTER.exec(rest.replace(/\s+/g, ' ')) : null;
  return source ? `${phrase} ${source[1].trim()}` : phrase;
}

/** The noun counted in the span: "11 offences" → offences. */
function spanNoun(text: string, numberStart: number, spanEnd: number): string {
  return /[A-Za-z][A-Za-z-]*$/.exec(text.slice(numberStart, spanEnd))?.[0] ?? '';
}

/**
 * The noun counted in the span with what it is of, written after it: "333,672 reports of fraud to the NFIB",
 * "810,000 crimes were experienced by children aged 10 to 15", "398,662 offences recorded".
 */
function countedPhrase(text: string, numberStart: number, spanEnd: number, clauseEnd: number): string {
  // "nearly 5m offences": a scale letter glued to the digits is no word of the noun.
  const span = text.slice(numberStart, spanEnd).replace(EN_GLUED_SCALE_LETTER, '$1 ');
  const noun = cleanEn(/[A-Za-z][A-Za-z -]*$/.exec(span)?.[0] ?? '').replace(EN_SCALE_LEAD, '');
  // A percentage counts nothing: "the 6.2 per cent recorded during …" names no counted thing; livestock counted by the
  // head ("Beef cows, at 31.7 million head") are named before the figure.
  if (!noun || EN_PERCENT_WORD.test(noun) || EN_COUNTING_WORD.test(noun)) return '';
  // "30,453 new houses, apartments, townhouses, and flats": the counted nouns listed after the first are counted too.
  const listed = EN_COUNTED_LIST_AFTER.exec(text.slice(spanEnd, spanEnd + EN_COUNTED_LIST_REACH));
  if (listed) return `${noun}${listed[0]}`;
  const rest = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 80));
  const of = EN_COUNTED_OF.exec(rest) ?? EN_COUNTED_PARTICIPLE.exec(rest);
  return of ? cleanEn(`${noun} ${of[1]}`) || noun : noun;
}

/** The "of" phrase after a measured span, without its preposition: "(14.6 kilograms) of fentanyl" → fentanyl. */
function countedOf(text: string, spanEnd: number): string {
  return EN_COUNTED_OF.exec(text.slice(spanEnd, spanEnd + 80))?.[1].replace(EN_OF_LEAD, '') ?? '';
}

/** "The remaining 6% of recorded crimes were fraud offences" → fraud offences share of recorded crimes. */
function shareOfWere(text: string, numberStart: number, spanEnd: number): string | null {
  // "a current account deficit of 2.4% of GDP is projected": the share is the object of a noun before it, and what
  // follows the verb describes that noun, not a part.
  if (EN_OBJECT_OF_NOUN_BEFORE.test(text.slice(Math.max(0, numberStart - 40), numberStart))) return null;
  const m = EN_SHARE_OF_WERE.exec(text.slice(spanEnd, spanEnd + 100));
  if (!m) return null;
  // "86.1 per cent of patients were seen within four hours": what they were is said of the whole, no part of it.
  if (EN_PARTICIPLE_AFTER_WERE.test(m[2])) return m[1].trim();
  return !EN_NOT_A_PART.test(m[2]) ? `${m[2].trim()} share of ${m[1].trim()}` : null;
}

/**
 * "…crimes were thefts of personal property (332,000; 40%)", "contracts ($3.8 billion)": a figure in brackets
 * measures the noun phrase before the bracket: the part named after a linking verb, else the phrase before it.
 */
function bracketed(text: string, numberStart: number): string | null {
  // Read past the sentence window: "(332,000; 40%)" is a unit of its own after the semicolon.
  const before = text.slice(Math.max(0, numberStart - 200), numberStart);
  const m = EN_BRACKETED_FIGURES.exec(before);
  if (!m) return null;
  // A list item's line starts its own sentence ("practice.\n- There was …"); a hard wrap does not.
  const line = before.slice(0, m.index).split(EN_LINE_BREAK).at(-1) ?? '';
  const sentence = line.split(EN_SENTENCE_END).at(-1) ?? '';
  // "rates for adult men (3.4 percent), adult women (3.1 percent), teenagers (": the items of a list, each
  // after the bracket before it; the first item's head ("unemployment rates for") is every item's.
  const items = sentence.split(EN_BRACKETED_FIGURE_GROUP);
  if (items.length > 1) {
    const item = (items[items.length - 1].split(EN_SUBORDINATE_SPLIT).at(-1) ?? '')
      .replace(EN_LIST_ITEM_LEAD, '')
      .replace(EN_FIGURE_BEFORE_BRACKET, '')
      .replace(EN_VERB_BEFORE_BRACKET, '');
    if (item && !EN_COPULA_SPLIT.test(` ${item}`)) {
      const first = items[0].split(EN_CLAUSE_SPLIT).at(-1) ?? '';
      const head = EN_LIST_INTRO.test(first.trim()) || EN_DIGIT.test(first) ? null : EN_LIST_HEAD.exec(first.trim());
      const own = head && item.toLowerCase().startsWith(`${head[2].toLowerCase()} `);
      const whole = head ? (own ? `${head[1]} ${item}` : `${head[1]} ${head[2]} ${item}`) : item;
      return cleanEn(whole) || cleanEn(item) || null;
    }
  }
  const clauses = sentence.split(EN_CLAUSE_SPLIT);
  // "a state government payroll of $30.9 billion (up 7.9 percent)": the phrase that the figure before measures.
  // "…outlays for activities such as operation and maintenance contracts ($3.8 billion)": the example is measured.
  const phrase = (items.length > 1 ? items[items.length - 1] : clauses[clauses.length - 1])
    .replace(EN_FIGURE_BEFORE_BRACKET, '')
    .replace(EN_VERB_BEFORE_BRACKET, '')
    .replace(EN_EXAMPLE_LEAD, '');
  const [subjectPart, ...rest] = phrase.split(EN_COPULA_SPLIT);
  const complement = rest.join(' ').trim().replace(EN_CAUSE_LEAD, '');
  // "This was £9.3 billion lower than 2012/13 (£115.1 billion)": the basis's level, of what the figure before measures.
  if (EN_COMPARED_COMPLEMENT.test(complement)) return null;
  // "There was also a large increase in the volume of fraud recorded (17% …)": what increased.
  const changed = EN_CHANGE_IN_BEFORE_BRACKET.exec(complement);
  if (changed) return cleanEn(complement.slice(changed[0].length)) || null;
  const subject = complement && !EN_NOT_COMPLEMENT.test(complement) ? cleanEn(complement) : cleanEn(subjectPart);
  // "This is thought to have particularly impacted the police recorded figures for X (up 6%)": the verb's object.
  return subject || cleanEn((rest.length ? complement : subjectPart).replace(EN_VERB_BEFORE_OBJECT, '')) || null;
}

/** A rate: "approximately 11 offences recorded per 1,000 population" → offences recorded per 1,000 population. */
function perRate(text: string, numberStart: number, spanEnd: number): string | null {
  // "The 2008 fatality rate was just 5.7 deaths per 100,000": the rate the sentence names is the subject.
  if (EN_RATE_NAMED_BEFORE.test(text.slice(Math.max(0, numberStart - 80), numberStart))) return null;
  const noun = spanNoun(text, numberStart, spanEnd);
  const m = noun ? EN_PER_RATE.exec(text.slice(spanEnd, spanEnd + 80)) : null;
  return m ? `${noun}${m[1].replace(EN_RATE_AUXILIARY, '').replace(/\s+/g, ' ')} per ${m[2]}` : null;
}

/**
 * "Levels of robbery, theft from the person, and criminal damage and arson all decreased (down 11%, 10% and 4%
 * respectively)": the figure takes the item of the list in its own place. Null when the counts differ.
 */
function respectively(text: string, windowStart: number, numberStart: number, spanEnd: number): string | null {
  if (!EN_RESPECTIVELY.test(text.slice(spanEnd, spanEnd + 60))) return null;
  const before = text.slice(windowStart, numberStart);
  // The figures listed before this one, back to the word that opens the list of figures.
  const run = EN_FIGURE_RUN.exec(before);
  const runStart = run ? run.index : before.length;
  const index = run ? (run[0].match(/\d[\d,.]*/g) ?? []).length : 0;
  const figures =
    index +
    1 +
    (
      text
        .slice(spanEnd, spanEnd + 60)
        .split(/respectively/i)[0]
        .match(/\d[\d,.]*/g) ?? []
    ).length;
  // The list of subjects ends where its predicate starts: "all decreased (down".
  const head = before.slice(0, runStart).replace(EN_LIST_PREDICATE, '');
  // Split before cleaning: cleaning keeps only a phrase's last words.
  const items = head.split(EN_LIST_SPLIT).filter((item) => item.trim());
  // "robbery, theft from the person, and criminal damage and arson": the commas alone give the items.
  const byComma = head.split(EN_LIST_COMMA).filter((item) => item.trim());
  // One figure shares nothing out: a list has two items at least.
  if (figures < 2) return null;
  const list = items.length === figures ? items : byComma.length === figures ? byComma : null;
  return list ? cleanEn(list[index]) || null : null;
}

/**
 * "higher withheld payments of individual income tax liability of $8.0 billion" → the noun phrase right before
 * "of" and the figure; empty when there is none or it only says how much ("a total of").
 */
function headBeforeOf(text: string, from: number, numberStart: number, spanEnd: number): string {
  // "the trend of below 2.0% inflation": a noun after the figure says what it is of.
  if (EN_WORD_AFTER_FIGURE.test(text.slice(spanEnd, spanEnd + 20))) return '';
  const before = text.slice(Math.max(from, numberStart - 120), numberStart);
  const m = EN_OF_BEFORE_FIGURE.exec(before);
  if (!m) return '';
  const words = before.slice(0, m.index).split(/\s+/);
  let k = words.length;
  let innerOf = 0;
  while (k > 0) {
    const w = words[k - 1].replace(/,$/, '');
    if (!/^[A-Za-z][A-Za-z-]*$/.test(w)) break;
    // "…15% Level of Service, exceeding its goal of 85%": a participle after a comma opens a clause of its own.
    if (w !== words[k - 1] && EN_PARTICIPLE_LEAD.test(words.slice(k).join(' '))) break;
    // One "of" inside the phrase ("collections of various fees"); a second one opens another ("effect of").
    if (w.toLowerCase() === 'of' && innerOf++ === 0 && k < words.length) {
      k--;
      continue;
    }
    if (EN_NP_BOUNDARY.test(w)) break;
    // "639 million tonnes and income of": the scale and unit words of a figure before end the phrase, as the figure does.
    if (EN_FIGURE_FOLLOWER.has(w.toLowerCase()) || EN_PHYSICAL.test(w) || EN_MONEY_SPAN.test(w)) break;
    k--;
  }
  let phrase = words
    .slice(k)
    .join(' ')
    .replace(/^of\s+/i, '')
    .replace(EN_COORDINATOR_LEAD, '');
  phrase = cleanEn(phrase);
  const head =
    phrase
      .split(/\s+of\s+/i)[0]
      .split(/\s+/)
      .at(-1) ?? '';
  if (!phrase) return '';
  if (!EN_NOT_OF_HEAD.test(head)) return phrase;
  const record = EN_RECORD_LEVEL_BEFORE.exec(before);
  if (record) return cleanEn(record[1]);
  const phraseWords = phrase.split(/\s+/);
  const qualifier = phraseWords.length >= 2 ? phraseWords[phraseWords.length - 2] : '';
  return EN_QUALIFIED_MEASURE_HEAD.test(head) && qualifier && !EN_MANNER_MODIFIER.test(qualifier) ? phrase : '';
}

/**
 * A change named after the figure: "a 24% decrease in household theft" → household theft; "violence
 * saw a 20% fall" → violence. Empty when the figure is not followed by a change noun.
 */
function changeNounSubject(
  text: string,
  from: number,
  numberStart: number,
  spanEnd: number,
  clauseEnd: number,
): string | null {
  const after = text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 160));
  // "there was an annual increase of 23.7% in the number of new houses": named before, what changed after.
  const namedBefore = EN_CHANGE_OF_BEFORE.test(text.slice(Math.max(from, numberStart - 60), numberStart))
    ? EN_IN_PHRASE_AFTER.exec(after)
    : null;
  const changed = namedBefore ?? EN_CHANGE_NOUN_IN.exec(after);
  if (changed) {
    const noun = cleanEn(changed[1], true);
    if (noun) return noun;
  }
  // "includes a property tax increase of $226 per year": nothing changed after, the change noun's modifier names it.
  const modifier = EN_MODIFIER_OF_CHANGE_BEFORE.exec(text.slice(Math.max(from, numberStart - 60), numberStart));
  if (modifier) {
    const noun = cleanEn(modifier[1].trim(), true);
    if (noun) return noun;
  }
  if (!EN_CHANGE_NOUN.test(after)) return '';
  const holder = EN_CHANGE_HOLDER.exec(text.slice(from, numberStart).replace(/\s+/g, ' '));
  if (!holder) return '';
  return cleanEn(holder[1]) || null;
}

/** "jobs in the region" + created → "jobs created in the region": the participle follows the counted noun. */
function withVerbAfterHead(thing: string, verb: string): string {
  const complement = EN_NOUN_COMPLEMENT_START.exec(thing);
  return complement
    ? `${thing.slice(0, complement.index)} ${verb}${thing.slice(complement.index)}`
    : `${thing} ${verb}`;
}

/** The figure is a verb's object: "added 300,000 new jobs" → new jobs; "proposed $2.5 trillion in savings" → savings. */
function objectOfVerb(
  text: string,
  from: number,
  numberStart: number,
  spanEnd: number,
  clauseEnd: number,
  countedNoun: string,
): string {
  const before = text.slice(from, numberStart).replace(/\s+/g, ' ');
  const verb = EN_OBJECT_VERB_BEFORE.exec(before);
  // "has reopened 54 Taxpayer Assistance Centers", "started disbursing 127 million payments": a verb the list does not
  // know, told by its form, takes the counted noun as its object (not a level: "reached 1.6 million people").
  if (!verb) {
    const other = countedNoun ? EN_VERB_FORM_BEFORE.exec(before) : null;
    return other && !EN_NOT_OBJECT_VERB_FORMS.has(other[1].toLowerCase()) ? countedNoun : '';
  }
  const m = countedNoun ? null : EN_MONEY_IN.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 90)));
  let thing = countedNoun || (m ? cleanEn(m[1]) : '') || countedAfterBareFigure(text, numberStart, spanEnd, clauseEnd);
  // "Volunteers contributed at least 96,000 hours": a measure's own noun, named with the verb.
  if (!thing && EN_CASELOAD_VERB.test(verb[1])) {
    const noun = spanNoun(text, numberStart, spanEnd);
    if (!EN_NOT_COUNTED_NOUN_WORD.test(noun)) thing = noun;
  }
  if (!thing) return '';
  // "added nearly 14 million jobs since President Biden took office": a flow, named with its verb and its period.
  if (EN_CASELOAD_VERB.test(verb[1])) return withVerbAfterHead(thing, verb[1].toLowerCase());
  if (EN_FLOW_VERB.test(verb[1])) {
    const period = EN_FLOW_PERIOD.exec(text.slice(spanEnd, Math.min(clauseEnd, spanEnd + 120)));
    thing = `${withVerbAfterHead(thing, verb[1])}${period ? ` ${period[1].trim()}` : ''}`;
  }
  // "Leisure and hospitality added 72,000 jobs": whose jobs, unless the holder is the economy at large.
  if (!EN_HOLDER_VERB.test(verb[1])) return thing;
  const holder = cleanEn(before.slice(0, verb.index).replace(EN_HOLDER_AUXILIARY, ''));
  return holder && !EN_GENERIC_HOLDER.test(holder) && holder.split(' ').length <= 6 ? `${thing} (${holder})` : thing;
}

/**
 * The noun a bare figure counts, written after it: "included more than 1 million “plus-up” payments",
 * "disburse 25 million more Economic Impact Payments". Empty after money, a percentage or a counted noun.
 */
function countedAfterBareFigure(text: string, numberStart: number, spanEnd: number, clauseEnd: number): string {
  if (!EN_BARE_FIGURE_SPAN.test(text.slice(numberStart, spanEnd))) return '';
  if (EN_MONEY_SPAN.test(text.slice(numberStart, spanEnd))) return '';
  const more = EN_MORE_BEFORE_NOUN.exec(text.slice(spanEnd, clauseEnd));
  const start = spanEnd + (more ? more[0].length : 0);
  const words = phraseWords(text.slice(start, Math.min(clauseEnd, start + 120)));
  return words ? words.join(' ') : '';
}

/** "16.5 percent of GDP", "As a share of GDP, outlays…": the share belongs to what is measured. */
function withShareOf(subject: string, text: string, spanEnd: number, sentenceStart: number): string {
  const after = EN_SHARE_OF_AFTER.exec(text.slice(spanEnd, spanEnd + 40));
  if (after) return `${subject} as a share of ${after[1]}`;
  const lead = EN_SHARE_OF_LEAD.exec(text.slice(sentenceStart, sentenceStart + 60));
  return lead ? `${subject} as a ${lead[1].toLowerCase()} of ${lead[2].trim()}` : subject;
}

/** An earlier metric of the text, as `completeSubject` reads it. */
export interface EarlierMetric {
  start: number;
  end: number;
  subject: string | null;
  /** The figure's value, where the caller keeps it (the metrics found so far do). */
  value?: number;
  /** A figure in English words ("four hours"): read to claim its sentence, never reported (a pronoun skips it). */
  inWords?: true;
}

export interface CompletionContext {
  text: string;
  numberStart: number;
  /** The metrics before this one, in text order. */
  earlier: readonly EarlierMetric[];
  /** POS tags of the sentence holding a position, or null. */
  tagsAt: (pos: number) => TaggedWord[] | null;
  /** Where the figure's span ends (its unit and approximation words included). */
  spanEnd?: number;
}

/** How far back a subject may borrow from an earlier figure: one paragraph, at most this many characters. */
const ELLIPSIS_REACH = 300;

/**
 * Completes a Chinese subject the text leaves elliptical, from the figures before it in the same
 * paragraph: a phrase that only says how the figure moved (调增, 比年初) is no subject (the figure
 * measures what the one before measures); a short subject takes the words it shares with an
 * earlier one — the parts after 其中 take the whole's subject (其中，铁路 → 铁路货物周转量), a
 * repeated head takes the earlier qualifier (收入总计 after 一般公共预算收入), and a sibling of an
 * activity takes its topic (破案 after “盗抢骗”案件立案).
 */
/**
 * 輸往香港(31.0億元)、美國(1.5億元)…的貨值, 以花蓮縣8萬9,666人…最多，臺東縣7萬8,869人…: a figure read with only the place
 * listed before it measures what the list measures (the place is where, not what): the measure written after the
 * bracketed list, else what the figure before it in the sentence measures, when that is no place.
 */
function placeItemMeasure(
  subject: string,
  { text, numberStart }: CompletionContext,
  before: readonly EarlierMetric[],
  sentenceStart: number,
): string | null {
  if (!ZH_PLACE_ONLY.test(subject)) return null;
  const reach = text.slice(Math.max(sentenceStart, numberStart - ZH_PLACE_ITEM_REACH), numberStart);
  const place = reach.lastIndexOf(subject.replace(ZH_PLACE_DIRECTION_START, ''));
  if (place < 0 || ZH_LIST_SEPARATOR.test(reach.slice(place))) return null;
  const after = ZH_PLACE_LIST_MEASURE_AFTER.exec(text.slice(numberStart, numberStart + 100));
  if (after?.groups) return after.groups.measure;
  // 集装箱吞吐量…完成63.4万标箱。其中，秦皇岛港完成10.8万标箱。黄骅港完成13.3万标箱: the parts after 其中 measure the whole's measure.
  const prior =
    before.find((m) => m.start >= sentenceStart && m.subject) ??
    before.find(
      (m) => m.subject && !ZH_PLACE_ONLY.test(m.subject) && ZH_PARTS_BETWEEN.test(text.slice(m.end, numberStart)),
    );
  // 按地區別觀察，東協年增15.4%，歐洲年增7.1%: the figure before is a sibling item of the breakdown, no measure.
  if (prior?.subject && !ZH_PLACE_ONLY.test(prior.subject) && !isBreakdownItem(text, prior, sentenceStart))
    return prior.subject;
  // 各縣市中,以台北市(37.0%)最高,基隆市(32.4%)次之: places ranked by the measure of the paragraph's figure before.
  const ranked = ZH_PLACE_RANKING.test(text.slice(sentenceStart, Math.min(text.length, numberStart + 40)));
  const measure = ranked && !prior ? before.find((m) => m.start < sentenceStart && m.subject)?.subject : null;
  return measure && !ZH_PLACE_ONLY.test(measure) && hasWord(measure) ? measure : null;
}

/**
 * 全省国有企业营业总收入18075.2亿元。其中:省属国有企业6320.9亿元…;市州及以下国有企业11,754.3亿元: a group of holders
 * listed after 其中 is who holds the part, not what it measures (GUIDE: a group named before a figure is not the subject):
 * the whole's measure, without the whole's own group.
 */
function groupPartMeasure(
  subject: string,
  { text, numberStart, spanEnd }: CompletionContext,
  before: readonly EarlierMetric[],
): string | null {
  if (!ZH_GROUP_ONLY.test(subject) || spanEnd === undefined) return null;
  // 其中企业410.1万户，增长7.7%: a count of the group counts the group itself, and so does the rate of that count.
  const counted = (start: number, end: number) => !ZH_MEASURE_AMOUNT_END.test(text.slice(start, end));
  if (counted(numberStart, spanEnd)) return null;
  const rate = ZH_PERCENT_END.test(text.slice(numberStart, spanEnd));
  if (rate && before[0]?.subject === subject && counted(before[0].start, before[0].end)) return null;
  const reach = text.slice(Math.max(0, numberStart - ZH_GROUP_PART_REACH), numberStart);
  // 国有企业营业总收入419976亿元…。(1)中央企业250442.2亿元…。(2)地方国有企业…: numbered items open the parts too, the
  // group right after its mark (whatever 其中 came before it).
  const numbered = ZH_NUMBERED_GROUP_ITEM_END.test(reach);
  let opener = numbered ? -1 : reach.lastIndexOf(ZH_PARTS_WORD);
  if (numbered) {
    const first = [...reach.matchAll(ZH_FIRST_NUMBERED_ITEM_MARK)].at(-1)?.index ?? -1;
    if (first >= 0 && !ZH_FULL_STOP_IN.test(reach.slice(first).replace(ZH_FULL_STOP_BEFORE_ITEM_MARK, '')))
      opener = first;
    if (opener < 0) return null;
  } else if (opener < 0 || ZH_FULL_STOP_IN.test(reach.slice(opener))) return null;
  const openerAt = numberStart - reach.length + opener;
  // Numbered parts measure the whole the group's own figure names (国有企业营业总成本…, not a 其中 item after it).
  const whole = before.find(
    (m) =>
      m.end <= openerAt && m.subject && !ZH_GROUP_ONLY.test(m.subject) && (!numbered || ZH_GROUP_LEAD.test(m.subject)),
  );
  if (!whole?.subject || ZH_FULL_STOP_IN.test(text.slice(whole.end, openerAt).replace(ZH_SENTENCE_END_AT_EDGE, '')))
    return null;
  const measure = whole.subject.replace(ZH_GROUP_LEAD, '');
  return hasWord(measure) ? measure : null;
}

/** 以「批發及零售業」6,044件，占23.6%居首，「製造業」4,789件: a quoted category's figure measures what the ranking's lead names. */
function rankedCategoryMeasure(text: string, numberStart: number, sentenceStart: number): string | null {
  const prefix = text.slice(sentenceStart, numberStart);
  const close = prefix.lastIndexOf('」');
  if (close < 0 || !ZH_RANKED_ITEM_GAP.test(prefix.slice(close + 1))) return null;
  const open = prefix.lastIndexOf('「', close);
  if (open < 0) return null;
  let measure: string | null = null;
  for (const m of prefix.matchAll(ZH_RANKED_MEASURE_LEAD)) if (m.index + m[0].length - 1 <= open) measure = m[1];
  return measure ? measure.replace(ZH_RANKED_MEASURE_TIME_START, '') : null;
}

/**
 * 總薪資中位數以金融及保險業110.6萬元、電力及燃氣供應業109.1萬元較高: the items of a ranking after 以, unquoted, each with
 * its figure, measure what the lead names before 以 (as rankedCategoryMeasure for quoted items), when the list closes
 * on a word of rank.
 */
function rankedListMeasure(text: string, numberStart: number, sentenceStart: number): string | null {
  const prefix = text.slice(Math.max(sentenceStart, numberStart - RANKED_LIST_REACH), numberStart);
  const yi = prefix.lastIndexOf('以');
  if (yi < 0 || !ZH_RANKED_LIST_ITEMS.test(prefix.slice(yi + 1))) return null;
  const lead = ZH_RANKED_LIST_MEASURE.exec(prefix.slice(0, yi)) ?? rankedAmongLead(prefix.slice(0, yi));
  if (!lead) return null;
  const rest = text.slice(numberStart, numberStart + RANKED_LIST_REACH);
  const unitEnd = rest.search(ZH_UNIT_END);
  if (!ZH_RANKED_LIST_CLOSE.test(unitEnd < 0 ? rest : rest.slice(0, unitEnd))) return null;
  return lead[1].replace(ZH_RANKED_MEASURE_TIME_START, '');
}

/**
 * 旅客中以中國大陸399萬人次居首: the set the items are ranked among (before 中) is what their figures count; 國際商港進出港旅客
 * 人數突破百萬,各港當中,以基隆港57.8萬人次居冠: among a group of holders (各港), the measure that opened the sentence's
 * clause before.
 */
function rankedAmongLead(lead: string): RegExpExecArray | null {
  const among = ZH_RANKED_AMONG_LEAD.exec(lead);
  if (!among) return null;
  if (!ZH_GROUP_OF_HOLDERS.test(among[1])) return among;
  return ZH_RANKED_LIST_MEASURE_AT_CLAUSE_START.exec(lead.slice(0, among.index));
}

/** The subject of the paragraph's nearest earlier figure, when it names a thing (no move or time alone). */
function paragraphMeasureBefore(before: readonly EarlierMetric[]): string | null {
  const named = before[0]?.subject;
  return named && hasWord(named) && !ZH_PREDICATE_ONLY_RE.test(named) ? named : null;
}

/** How far before and after a figure a ranking list after 以 is read. */
const RANKED_LIST_REACH = 200;
const ZH_UNIT_END = /[。；;]/u;
/** How long a plain phrase is at most; a topic of its unit may be longer. */
const PLAIN_PHRASE_MAX = 20;
const TOPIC_MAX = 32;
/** The rest of a figure's clause, up to its comma or stop. */
// (A comma between digits groups thousands: 1,442億.)
const ZH_CLAUSE_REST = /^(?:[^，,；;。！？\n]|(?<=\d),(?=\d))*/u;
/** How far the rest of a figure's clause is read. */
const CLAUSE_REST_REACH = 40;

/** The subject of the nearest earlier figure of the sentence that names a thing (a share's part: what stands before 占). */
function pullContributor(before: readonly EarlierMetric[], sentenceStart: number, text: string): string | null {
  for (const [k, m] of before.entries()) {
    if (m.start < sentenceStart) break;
    const share = m.subject?.search(ZH_SHARE_VERB) ?? -1;
    const named = share >= 0 ? m.subject!.slice(0, share) : m.subject;
    // A figure of a list (A、B分别增长…，拉动…): the pull is the list's together, no one item's.
    if (named && hasWord(named) && !ZH_DERIVED_SUBJECT.test(named) && !ZH_NOT_CONTRIBUTOR.test(named))
      return isListed(before, k, text) ? null : named;
  }
  return null;
}

/** Is before[k] (nearest first) written right after the figure before it with 、 or 和 (one of a list)? */
function isListed(before: readonly EarlierMetric[], k: number, text: string): boolean {
  return k >= 0 && k + 1 < before.length && ZH_LIST_JOINER_GAP.test(text.slice(before[k + 1].end, before[k].start));
}

export function completeSubject(subject: string | null, ctx: CompletionContext): string | null {
  const { text, numberStart } = ctx;
  const paragraphStart = Math.max(lastIndexWithin(text, '\n', numberStart - 1) + 1, numberStart - ELLIPSIS_REACH);
  const sentenceStart = Math.max(paragraphStart, lastIndexOfAny(text, '。！？!?', numberStart - 1, paragraphStart) + 1);
  // Nearest first.
  const before = earlierWithin(ctx.earlier, paragraphStart, numberStart);
  const unitStart = Math.max(sentenceStart, lastIndexOfAny(text, '；;', numberStart - 1, sentenceStart) + 1);
  const topic = unitTopic(before, unitStart, text);

  // 要求地方提高自籌比例從50%至70%不等: the object the verb moves from the figure on is what is measured.
  const movedFrom =
    subject && ZH_FROM_BEFORE_FIGURE.test(text.slice(Math.max(0, numberStart - 2), numberStart))
      ? ZH_MOVED_OBJECT_END.exec(subject)
      : null;
  if (movedFrom && movedFrom.index >= 2 && hasWord(movedFrom[1])) return movedFrom[1];
  // 創傷類以急病最多，計4.4萬人次: the item ranked is what the figure counts.
  const rankedByYi = subject ? ZH_RANKED_BY_YI.exec(subject) : null;
  if (rankedByYi && hasWord(rankedByYi[1])) return rankedByYi[1];
  // (1) 電子零組件業⏎年增12.88%: a paragraph opening on its figure's move, under a heading naming the item.
  if (!subject && !before.some((m) => m.start >= paragraphStart)) {
    const heading = itemHeadingBefore(text, paragraphStart);
    if (heading) return heading;
  }
  // 较全省总体增速高1.87个百分点, 比全国高1.3个百分点: a gap to another area's figure measures what the figure before it in
  // the sentence measured.
  if (subject && ZH_AREA_GAP_ONLY.test(subject) && before.some((m) => m.start >= sentenceStart)) return null;
  // 同比增长9.3%(全国为9.2%): an area's figure in brackets after one is that figure's basis, of the same measure.
  const areaBasis = ZH_AREA_BASIS_IN_BRACKET.test(text.slice(Math.max(sentenceStart, numberStart - 12), numberStart));
  const measured = areaBasis ? before.find((m) => m.start >= sentenceStart && m.subject) : undefined;
  if (measured?.subject && !ZH_AREA_BASIS_IN_BRACKET.test(text.slice(Math.max(0, measured.start - 12), measured.start)))
    return measured.subject;
  const budget = budgetMet(subject, ctx, before, sentenceStart);
  if (budget) return budget;
  // 进出口贸易、批发及零售业的净产值，继第二季实质下跌3.7%后，在第三季下跌10.1%: the topic before 继 is what the
  // clause's figures measure (it has no figure of its own to lend them).
  const following = subject ? null : ZH_TOPIC_BEFORE_FOLLOWING.exec(text.slice(sentenceStart, numberStart));
  if (following && hasWord(following[1])) return following[1].trim();
  // 家用器具及用品批發業因下游…促銷活動,帶動家電商品出貨成長,年增13.2%: a bare move closing a clause group that opens with
  // an item and its cause measures that item.
  const causedItem = ZH_BARE_MOVE_CLAUSE.test(text.slice(unitStart, numberStart))
    ? ZH_ITEM_BEFORE_CAUSE.exec(text.slice(unitStart, numberStart))
    : null;
  if (causedItem && hasWord(causedItem[1])) return causedItem[1].trim();
  // 增幅高于全国（-17.2%）: the basis measures the topic in the area named before the bracket.
  const basis = ZH_BASIS_IN_BRACKET.exec(text.slice(Math.max(0, numberStart - 12), numberStart));
  if (basis && topic) return `${basis[1]}${topic.replace(ZH_TOPIC_AREA, '').replace(ZH_TOPIC_SPEED_TAIL, '')}`;
  // 高于全国（4.1%）8.4个百分点: the gap after the bracket is the topic's comparison.
  const gapAfter = before[0] && /^\s*[）)]\s*$/u.test(text.slice(before[0].end, numberStart));
  const gapBasis = gapAfter
    ? ZH_BASIS_IN_BRACKET.exec(text.slice(Math.max(0, before[0].start - 12), before[0].start))
    : null;
  if (gapBasis && topic && !subject)
    return `${topic.replace(ZH_TOPIC_SPEED_TAIL, '')}${gapBasis[0].replace(/[（(]\s*$/u, '')}`;
  // 第一产业完成投资占全社会固定资产投资的3.9%，同比下降18.5%: the change is the part's, not the share's.
  // …的比重为74.7%；增长0.6%: the share may close the unit before (a semicolon then the part's change).
  // 最新失业率如次：法国10.5%，加拿大6.8%: each name's figure measures what the lead names (H11-3: not the place).
  const listLead = subject ? namedListLead(text, sentenceStart, numberStart) : null;
  if (listLead) return listLead;
  const placeMeasure = subject ? placeItemMeasure(subject, ctx, before, sentenceStart) : null;
  if (placeMeasure) return placeMeasure;
  const groupMeasure = subject ? groupPartMeasure(subject, ctx, before) : null;
  if (groupMeasure) return groupMeasure;
  const rankedMeasure =
    rankedCategoryMeasure(text, numberStart, sentenceStart) ?? rankedListMeasure(text, numberStart, sentenceStart);
  if (rankedMeasure) return rankedMeasure;
  // 增加9千人或0.08%: the change restated in per cent measures what the figure before it measures.
  if (before[0]?.subject && ZH_RESTATED_AFTER_OR.test(text.slice(before[0].end, numberStart))) return before[0].subject;
  const nearest = before.find((m) => m.start >= sentenceStart);
  // The nearest figure before in the sentence that names what it measures.
  const priorInSentence = before.find((m) => m.start >= sentenceStart && m.subject);
  // 制造业投资增长13.3%、连续48个月保持两位数增长: the run is of what the figure before in the sentence measures.
  const clauseOpen = Math.max(sentenceStart, lastIndexOfAny(text, '，,；;、', numberStart - 1, sentenceStart) + 1);
  if (
    priorInSentence?.subject &&
    ZH_RUN_LEAD_ONLY.test(text.slice(clauseOpen, numberStart)) &&
    ctx.spanEnd !== undefined &&
    ZH_RUN_OF_MEASURE_AFTER.test(text.slice(ctx.spanEnd, ctx.spanEnd + 8))
  )
    return priorInSentence.subject;
  // 同比增长7.5%，比全省的6.1%快1.4个百分点: a comparative alone measures what the figure before measures.
  if (subject && ZH_LONE_COMPARATIVE.test(subject) && priorInSentence?.subject) return priorInSentence.subject;
  const sharePart =
    nearest?.subject &&
    ZH_SHARE_VERB.test(nearest.subject) &&
    ZH_CHANGE_AFTER_SHARE.test(text.slice(nearest.end, numberStart))
      ? nearest.subject.slice(0, nearest.subject.search(ZH_SHARE_VERB)).replace(ZH_SHARE_PART_WHOLE_TAIL, '')
      : '';
  if ((!subject || ZH_PREDICATE_ONLY_RE.test(subject)) && hasWord(sharePart) && !ZH_DERIVED_SUBJECT.test(sharePart))
    return sharePart;
  // 阿图什市地区生产总值…，占比39.9%: the share of the topic, as the earlier share spells it out (門診共566,916人次，
  // 佔全院門診總人次數之27.71%: the whole may name the topic again).
  // (A long topic holding a list names parts: 粮油食品类、饮料类…商品零售额 lends no share its name.)
  // (用于教育、社会保障和就业、卫生健康等方面的民生领域支出 closes its examples with 等 and names the whole.)
  const listedParts = !!topic && topic.includes('、') && !topic.includes('等') && topic.length > PLAIN_PHRASE_MAX;
  const elidedShare =
    !!subject && !!topic && !listedParts && ZH_ELIDED_SHARE.test(subject) && !subject.startsWith(topic);
  if (subject && topic && (elidedShare || !subject.includes(topic))) {
    if (ZH_ELIDED_SHARE.test(subject) && !listedParts) {
      const spelled = ZH_BARE_SHARE.test(subject) ? earlierSharePhrase(before) : null;
      return `${topic}${spelled ?? subject.replace(/的$/u, '')}`;
    }
    // 增速低于全州11.1个百分点: the topic's speed compared.
    if (ZH_TOPIC_COMPARISON.test(subject)) return `${topic.replace(ZH_TOPIC_SPEED_TAIL, '')}${subject}`;
    // 制造业增长11.5%…，拉动规模以上工业增加值增速4.3个百分点，贡献率为33.0%: the topic's pull and contribution.
    // Not when the topic's figure is one of a list (A、B分别增长…，拉动…): the pull is the list's together.
    const at = before.findIndex((m) => m.subject === topic);
    if (ZH_TOPIC_PULL.test(subject) && hasWord(topic) && !isListed(before, at, text))
      return `${pullingPart(topic, subject)}${subject}`;
  }
  // 煤炭开采和洗选业增加值占…的比重为25.3%；…增长0.5%，拉动全市规模以上工业增加值增长0.2个百分点: the pull is the
  // contribution of what the sentence measured before it.
  if (subject && ZH_PULL_START.test(subject)) {
    const contributor = pullContributor(before, sentenceStart, text);
    if (contributor) return `${pullingPart(contributor, subject)}${subject}`;
  }
  // 夏粮播种面积145.99千公顷，增长0.05%: a bare change with no figure before it in the sentence; 其中，A业快速增长，
  // 同比增长23.9%: the clause right before, with no figure, names what changed.
  if (!subject) {
    if (ZH_PERIOD_MOVE_ONLY.test(text.slice(unitStart, numberStart).replace(/\s+/gu, ''))) {
      const lineStart = text.lastIndexOf('\n', numberStart - 1) + 1;
      const paragraphHead = earlierWithin(ctx.earlier, lineStart, numberStart).at(-1);
      if (paragraphHead?.subject) return paragraphHead.subject;
    }
    const named = figurelessClauseTopic(unitStart, ctx);
    if (named) return named;
    if (before.some((m) => m.start >= unitStart)) return null;
    // 贷款余额43.48万亿元，…；全年累计增加5.44万亿元: a unit that says only when and how its figure moved continues the
    // measure of the unit before it in the sentence.
    // (Not a basis in brackets before it: 略高于全国平均水平(16367元);同比增长9.3% continues the unit's own measure.)
    const continued = before.find(
      (m) =>
        m.start >= sentenceStart &&
        m.subject &&
        !ZH_BRACKET_OPEN_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)),
    );
    if (continued && ZH_PREDICATE_ONLY_RE.test(text.slice(unitStart, numberStart).replace(/\s+/gu, '')))
      return continued.subject;
    // 2012年首3季的薪金和工资，分别平均上升6.7%和5.9%: the clause before 分别 is the list the figures share out.
    const clauseStart = lastIndexOfAny(text, '，,；;：:', numberStart - 1);
    // 各级毒品施用初犯人口部分，106年为1万4017人: a clause of only a year and its verb measures the clause before's topic.
    // 觀光人數,來到107萬人: so does a clause of only the figure's verb.
    const verbOnly = ZH_LEVEL_VERB_ONLY_CLAUSE.test(text.slice(clauseStart + 1, numberStart));
    // 性骚扰投诉有上升趋势，由2014/15年度103宗增至…: so does a clause opening on a move's first end and its year.
    const fromYear = ZH_FROM_YEAR_ONLY.test(text.slice(clauseStart + 1, numberStart));
    if (
      clauseStart > unitStart &&
      (verbOnly || fromYear || ZH_YEAR_AND_VERB_ONLY.test(text.slice(clauseStart + 1, numberStart)))
    ) {
      const topicStart = Math.max(unitStart, lastIndexOfAny(text, '，,；;：:', clauseStart - 1) + 1);
      const clause = text.slice(topicStart, clauseStart);
      let topic = cleanZh(clause).replace(ZH_TOPIC_MARKER_END, '');
      if (fromYear) topic = cleanZh(topic.replace(ZH_RECEIVED_LEAD, '').replace(ZH_TREND_TAIL, ''));
      const named = !verbOnly || !ZH_NOT_TOPIC_LEAD.test(topic);
      if (!ZH_FIGURE_IN_CLAUSE.test(clause) && hasWord(topic) && topic.length <= 20 && named) return topic;
    }
    const respective = clauseStart > unitStart && ZH_RESPECTIVE_OPENER.test(text.slice(clauseStart + 1, numberStart));
    return previousClauseTopic(unitStart, ctx, !respective, respective);
  }
  // The figure before in the sentence gives the subject (null inherits it); without one, the clause
  // before names it (整体经济一直以低于趋势速度增长，全年只增长1.4%).
  if (
    ZH_BARE_RATE_OF_CHANGE.test(subject) &&
    ZH_BARE_RATE_CLAUSE.test(text.slice(clauseOpening(text, numberStart), numberStart))
  ) {
    if (priorInSentence) return priorInSentence.subject;
  }
  const inTermsAt = ZH_IN_TERMS_WORD.test(subject) ? lastIndexWithin(text, subject, numberStart) : -1;
  const notASubject =
    ZH_NOT_A_SUBJECT_WORD.test(subject) ||
    (inTermsAt > 0 && ZH_IN_TERMS_BEFORE.test(text.slice(inTermsAt - 1, inTermsAt)));
  if (notASubject || ZH_PREDICATE_ONLY_RE.test(subject) || isFunctionWordsOnly(subject, ctx)) {
    // 網上購物騙案，增1,164宗(+13.8%)、網上求職騙案，增1,024宗: a clause of only the move names no topic; the figure-free
    // item before its comma does.
    const item = notASubject ? null : itemBeforeMoveClause(unitStart, before, ctx);
    if (item) return item;
    if (before.some((m) => m.start >= sentenceStart)) return null;
    const topicBefore = previousClauseTopic(sentenceStart, ctx);
    if (topicBefore) return topicBefore;
    // 因此酒驾案件收案占全部刑案比率亦呈逐年下降，自2019年13.7%降至…: the figure-free clause before names what moved.
    const named = figurelessClauseTopic(unitStart, ctx);
    if (named) return named;
    // 一般废弃物产生量约在700万吨间起伏。91年度处在高峰达798万吨: a figure in its sentence's first clause, with nothing
    // before it, measures what the paragraph's figure before it measured.
    const firstClause = lastIndexOfAny(text, '，,；;：:', numberStart - 1) < sentenceStart;
    return (firstClause ? paragraphMeasureBefore(before) : null) ?? (notASubject ? null : subject);
  }
  // 分经济类型看，股份制企业增长6.9%: a part named without its indicator takes the head of the breakdown's whole.
  const head = breakdownHead(subject, ctx, sentenceStart, before);
  if (head) return `${subject}${head}`;
  if ([...subject].length > ZH_ELLIPTICAL_MAX_LENGTH || !/^[\u3400-\u9fff]+$/u.test(subject)) return subject;

  const partsAt = lastPartsOpener(text, sentenceStart, numberStart);
  // 普通中学140所，其中，高中27所，在校生8.18万人: pupils after a count of schools are those schools' (高中在校生).
  const schools = ZH_PUPIL_HEADS.includes(subject) ? schoolsCounted(subject, before, sentenceStart, ctx) : null;
  if (schools && !ZH_PUPIL_HEADS.includes(schools)) return `${schools}${subject}`;
  // 其中，城镇失业人员再就业22765人，累计完成数上升8.0%: a relational head right after a count is that count's, 其中 or not
  // (after a change in per cent it may be the whole's, 注册资金…增长8.5%，从业人员…).
  const countOwner =
    ZH_RELATIONAL_HEADS.includes(subject) &&
    before[0] &&
    !ZH_PERCENT_END.test(text.slice(before[0].start, before[0].end))
      ? ownerOfRelationalHead(subject, before[0], sentenceStart, ctx)
      : null;
  if (countOwner) return `${countOwner}${subject}`;
  if (partsAt >= 0) {
    const whole = before.find((m) => m.end <= partsAt);
    // 完成货运量2.35亿吨。其中，铁路0.20亿吨: a light verb (完成, 实现) before the whole's indicator is no activity.
    const head = whole?.subject?.replace(ZH_LIGHT_VERB_LEAD, '');
    // A part that names its own head (进口 of 进出口总值, 税收收入 of 一般公共预算收入) is whole already;
    // the parts of an activity (查处交通违法行为…，其中酒驾醉驾…) are kinds of its object, not modifiers.
    // Nor is a part that names an indicator of its own (发电量 after 其中新能源汽车), nor a member of a set defined by a
    // predicate (钢材 of 产量同比增长的产品).
    const modifierOnly =
      whole &&
      head &&
      !ZH_STOCK_VERB_LEAD.test(head) &&
      !heldStockBefore(text, whole) &&
      !head.includes('的') &&
      !ZH_BREAKDOWN_NOT_PART.test(subject) &&
      [...subject].length <= ZH_PART_MODIFIER_MAX_LENGTH &&
      isPlainPhrase(head) &&
      ![...subject].some((c) => head.includes(c)) &&
      !startsWithVerb(subject, ctx) &&
      !startsWithVerb(head, { ...ctx, numberStart: whole.start });
    return modifierOnly ? `${subject}${head}` : subject;
  }
  // 国家级现代农业产业园区1个，省级93个: a sibling named by its level alone takes the head after the earlier level.
  const levelled =
    ZH_LEVEL_ONLY.test(subject) && before[0] && before[0].start >= sentenceStart ? before[0].subject : null;
  const levelHead = levelled ? ZH_LEVEL_THEN_HEAD.exec(levelled.replace(ZH_BRACKETED_ASIDES, '')) : null;
  if (levelHead && hasWord(levelHead[1]) && !levelHead[1].startsWith(subject)) return `${subject}${levelHead[1]}`;
  for (const m of before.slice(0, 4)) {
    const earlier = m.subject!;
    if (earlier.length <= subject.length || !isPlainPhrase(earlier)) continue;
    // The earlier subject ends with the word this one starts with: 一般公共预算收入 → 收入总计.
    for (let k = subject.length - 1; k >= 2; k--) {
      if (earlier.length - k >= 2 && earlier.endsWith(subject.slice(0, k)))
        return `${earlier.slice(0, earlier.length - k)}${subject}`;
    }
  }
  // 支出 after …一般公共预算收入总计: a counterpart takes the qualifier of the earlier one.
  for (const m of before.slice(0, 4)) {
    const earlier = m.subject!;
    for (const [one, other] of ZH_COUNTERPARTS) {
      const [mine, theirs] = subject.startsWith(one)
        ? [one, other]
        : subject.startsWith(other)
          ? [other, one]
          : ['', ''];
      const at = mine ? earlier.indexOf(theirs) : -1;
      if (at >= 2 && isPlainPhrase(earlier)) return `${earlier.slice(0, at)}${subject}`;
    }
  }
  // 获得亚洲冠军4个，全国冠军23个: a sibling with the same head takes the verb before the earlier one.
  for (const sibling of before) {
    if (sibling.start < sentenceStart) break;
    const earlier = sibling.subject!;
    const verb = earlier.length - subject.length;
    if (
      verb >= 2 &&
      earlier.slice(-2) === subject.slice(-2) &&
      endsWithVerb(earlier.slice(0, verb), sibling.start, ctx)
    )
      return `${earlier.slice(0, verb)}${subject}`;
  }
  // 15个工业行业大类中11个行业增长，增长面73.3%: the rate of the set is of the noun the count before counts.
  const counted = ZH_SET_RATE.test(subject) ? countedNounAfter(before[0], sentenceStart, ctx) : null;
  if (counted) return `${counted}${subject}`;
  const owner = ZH_RELATIONAL_HEADS.includes(subject)
    ? ownerOfRelationalHead(subject, before[0], sentenceStart, ctx)
    : null;
  if (owner) return `${owner}${subject}`;
  // 规模以上工业企业营业收入增长4.3%，利税总额下降0.5%: a bare indicator after one written with its qualifier.
  const qualified = ZH_INDICATOR_HEADS.includes(subject) ? qualifierOfSibling(subject, before, sentenceStart) : null;
  if (qualified) return `${qualified}${subject}`;
  if (ZH_COMPARISON_START.test(subject)) return subject;
  if (!startsWithVerb(subject, ctx) && !ZH_ACTIVITY_WORDS.includes(subject)) return subject;
  for (const sibling of before) {
    if (sibling.start < sentenceStart) break;
    const topic = sibling.subject !== subject ? topicBeforeActivity(sibling, ctx) : null;
    // An aside in brackets (中等职业技术教育（不含技工学校）招生) stays with the figure it was written for.
    const bare = topic?.replace(ZH_BRACKETED_ASIDES, '');
    // 对故意杀人、抢劫等重大刑事犯罪批捕…，起诉…: a list of kinds closed by 等 and its head is one topic too.
    if (bare) return isPlainPhrase(bare) || isKindsList(bare) ? `${bare}${subject}` : subject;
  }
  return subject;
}

/**
 * 一般公共预算收入24627万元，完成年初预算数60999万元的40.4%，为预算的98.23%: the budget's amount is the budget's
 * (年初预算数), and the share of it met measures what met it, the figure before (一般公共预算收入).
 */
function budgetMet(
  subject: string | null,
  ctx: CompletionContext,
  before: readonly EarlierMetric[],
  sentenceStart: number,
): string | null {
  const { text, numberStart, spanEnd } = ctx;
  const percent = spanEnd !== undefined && ZH_PERCENT_END.test(text.slice(numberStart, spanEnd));
  if (subject && ZH_BUDGET_REFERENCE.test(subject) && !percent)
    return subject.replace(ZH_BUDGET_MET_VERB, '').replace(/的$/u, '');
  const ofBudget =
    (subject && ZH_BUDGET_REFERENCE.test(subject)) ||
    ((!subject || subject === '的') &&
      !!before[0]?.subject &&
      ZH_BUDGET_REFERENCE.test(before[0].subject) &&
      text.slice(before[0].end, numberStart).trim() === '的');
  if (!percent || !ofBudget) return null;
  // The nearest figure before in the sentence that is not the budget's own: what met it.
  const met = before.find((m) => m.start >= sentenceStart && m.subject && !ZH_BUDGET_REFERENCE.test(m.subject));
  return met?.subject ?? null;
}

/**
 * 全市规模以上工业增加值增长7.0%。分经济类型看，股份制企业增长6.9%: after a breakdown opener (分…看, 从…看), a part
 * named alone (股份制企业, 制造业) measures the indicator of the breakdown: the head (增加值, 利润总额) of a sibling after the
 * opener that writes it, else of the whole, the figure right before the opener. Only for a change or an amount.
 */
function breakdownHead(
  subject: string,
  ctx: CompletionContext,
  sentenceStart: number,
  before: readonly EarlierMetric[],
): string | null {
  const { text, numberStart } = ctx;
  if (!ZH_BREAKDOWN_FIGURE.test(text.slice(numberStart, numberStart + 16))) return null;
  if (!ZH_HAN_ONLY.test(subject) || [...subject].length > ZH_BREAKDOWN_PART_MAX_LENGTH) return null;
  if (ZH_BREAKDOWN_NOT_PART.test(subject) || ZH_DERIVED_SUBJECT.test(subject)) return null;
  let openerEnd = -1;
  for (const m of text.slice(sentenceStart, numberStart).matchAll(ZH_BREAKDOWN_OPENER))
    openerEnd = sentenceStart + m.index + m[0].length;
  if (openerEnd < 0 || startsWithVerb(subject, ctx)) return null;
  const headOf = (written: string | null) =>
    written ? (ZH_LIST_HEADS.find((h) => written.endsWith(h) && written.length > h.length) ?? null) : null;
  const sibling = before.find((m) => m.start >= openerEnd && headOf(m.subject));
  if (sibling) return headOf(sibling.subject);
  // The whole may close the paragraph before (…增长7.9%。⏎分三大门类看，…): looked up in all earlier figures.
  const whole = earlierWithin(ctx.earlier, openerEnd - ELLIPSIS_REACH, openerEnd)[0];
  return whole && whole.end >= openerEnd - ZH_BREAKDOWN_WHOLE_GAP ? headOf(whole.subject) : null;
}

/**
 * 建成养老服务机构1596个、床位23.1万张: the thing the figure right before (in the sentence, across 、 or a comma)
 * measures, without the verb that brought it (建成, 发生), and without asides in brackets; or null.
 */
function ownerOfRelationalHead(
  head: string,
  previous: EarlierMetric | undefined,
  sentenceStart: number,
  ctx: CompletionContext,
  adjacent = true,
): string | null {
  const { text, numberStart, tagsAt } = ctx;
  if (!previous || previous.start < sentenceStart) return null;
  const at = lastIndexWithin(text, head, numberStart);
  if (at < previous.end || (adjacent && !ZH_RELATIONAL_GAP.test(text.slice(previous.end, at)))) return null;
  const written = previous.subject!;
  // The verb that brought the thing (建成, 发生, 新登记, 有) is the flow's, not the thing's.
  const ownerAt = lastIndexWithin(text, written, previous.start);
  const tags = ownerAt >= 0 ? tagsAt(ownerAt) : null;
  let cut = 0;
  // A leading run of adverbs, adjectives and verbs (新登记, the 有 of 共有) up to its last verb.
  for (let k = tags ? firstTagEndingAfter(tags, ownerAt) : 0, end = 0; tags && k < tags.length; k++) {
    const w = tags[k];
    if (w.end >= ownerAt + written.length || !ZH_PREDICATE_TAG.test(w.tag)) break;
    end = w.end - ownerAt;
    if (w.tag === 'v') cut = end;
  }
  // 死亡83人，受伤562人: a sibling head already completed gives its owner, not itself.
  const sibling = ZH_RELATIONAL_HEADS.find((h) => written.endsWith(h) && written.length > h.length);
  const owner = written
    .slice(cut, sibling ? written.length - sibling.length : written.length)
    .replace(ZH_BRACKETED_ASIDES, '');
  if (!hasWord(owner) || owner.includes(head) || !isPlainPhrase(owner)) return null;
  return owner;
}

/**
 * 普通高校7所，招生3.0万人，下降1.0%；在校学生9.3万人: the schools the nearest count of institutions in the sentence
 * counts, when only figures of their pupils stand between it and this one; or null.
 */
function schoolsCounted(
  head: string,
  before: readonly EarlierMetric[],
  sentenceStart: number,
  ctx: CompletionContext,
): string | null {
  for (const [k, m] of before.entries()) {
    if (m.start < sentenceStart) return null;
    if (ZH_INSTITUTION_COUNT_END.test(ctx.text.slice(m.start, m.end).trim()))
      return ownerOfRelationalHead(head, m, sentenceStart, ctx, k === 0);
    if (!ZH_PUPIL_HEADS.some((h) => m.subject!.endsWith(h))) return null;
  }
  return null;
}

/** Is the whole's subject written right after a verb of holding (全县共有卫生机构812个)? A stock, whose parts are kinds. */
function heldStockBefore(text: string, whole: EarlierMetric): boolean {
  const at = whole.subject ? text.lastIndexOf(whole.subject, whole.start) : -1;
  return at > 0 && ZH_STOCK_VERB_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** The qualifier of the nearest figure of the sentence whose subject is qualifier + another indicator head, or null. */
function qualifierOfSibling(head: string, before: readonly EarlierMetric[], sentenceStart: number): string | null {
  for (const m of before) {
    if (m.start < sentenceStart) return null;
    const written = m.subject!;
    const other = ZH_INDICATOR_HEADS.find((h) => h !== head && written.endsWith(h) && written.length - h.length >= 2);
    if (other) {
      const qualifier = written.slice(0, written.length - other.length);
      return isPlainPhrase(qualifier) && hasWord(qualifier) && !ZH_INDICATOR_HEADS.some((h) => qualifier.endsWith(h))
        ? qualifier
        : null;
    }
    if (written !== head) return null;
  }
  return null;
}

/** The noun word right after the figure before in the sentence (11个行业增长 → 行业), or null. */
function countedNounAfter(
  previous: EarlierMetric | undefined,
  sentenceStart: number,
  { tagsAt }: CompletionContext,
): string | null {
  if (!previous || previous.start < sentenceStart) return null;
  const tags = tagsAt(previous.end);
  const word = tags?.[firstTagEndingAfter(tags, previous.end)];
  return word && word.start === previous.end && ZH_NOUN_TAG.test(word.tag) && word.word.length >= 2 ? word.word : null;
}

/**
 * The part that pulls, from the topic: its speed words dropped (工业投资降幅较…扩大 → 工业投资), and the whole the
 * pull names dropped too (乌恰县规模以上工业增加值 before 拉动规模以上工业增加值增速 → 乌恰县).
 */
function pullingPart(topic: string, pull: string): string {
  const part = topic.replace(ZH_SPEED_WORDS_ON, '');
  // Five characters at least: a shorter match may start inside a word (制造|业增加值).
  for (let k = part.length - 2; k >= 5; k--) if (pull.includes(part.slice(part.length - k))) return part.slice(0, -k);
  return part;
}

/** The subject of the unit's nearest figure that names a thing (not a share, a pull or a comparison), or null. */
function unitTopic(before: readonly EarlierMetric[], unitStart: number, text: string): string | null {
  for (const m of before) {
    if (m.start < unitStart) break;
    // A basis in brackets (高于全国（4.1%）) measures another area: not the topic.
    const isBasis = ZH_BASIS_IN_BRACKET.test(text.slice(Math.max(0, m.start - 12), m.start));
    // 农业（种植业）产值: an aside in brackets does not keep the phrase from being the topic; the aside stays with it.
    // 电力、热力、燃气及水生产和供应业增加值: a name with 、 inside, not shared out as a list, is one topic too.
    const bare = m.subject!.replace(ZH_BRACKETED_ASIDES, '').replace(ZH_NAME_LIST_MARK, '');
    // 限额以上批零单位通过互联网实现的商品零售额: a topic may be a long name.
    if (!isBasis && hasWord(bare) && isPlainPhrase(bare, TOPIC_MAX) && !ZH_DERIVED_SUBJECT.test(m.subject!))
      return m.subject;
  }
  return null;
}

/** 占全州GDP的比重, from the nearest earlier subject of the paragraph that spells a share out. */
function earlierSharePhrase(before: readonly EarlierMetric[]): string | null {
  for (const m of before) {
    const share = ZH_SHARE_PHRASE.exec(m.subject!);
    if (share) return share[0];
  }
  return null;
}

/** A phrase without a list, a quote or a bracket in it: safe to lend its words to another subject. */
/** 故意杀人、抢劫等重大刑事犯罪: items, 等 and the kind they are of (bounded like a subject). */
function isKindsList(s: string): boolean {
  return s.length <= 40 && ZH_KINDS_LIST.test(s);
}

function isPlainPhrase(s: string, maxLength = PLAIN_PHRASE_MAX): boolean {
  return s.length <= maxLength && !/[、“”"‘’（）()《》]/u.test(s);
}

/** The measure a colon-led list of names and figures is of, when the figure is one of its items, or null. */
function namedListLead(text: string, sentenceStart: number, numberStart: number): string | null {
  const colon = lastIndexOfAny(text, '：:', numberStart - 1, sentenceStart);
  const items = text.slice(colon + 1, numberStart);
  if (colon < sentenceStart || !ZH_NAMED_ITEMS_BEFORE.test(items)) return null;
  if (ZH_ITEM_NAMES_MEASURE.test(items.replace(/\s+/gu, ''))) return null;
  const lead = ZH_LIST_LEAD_COLON.exec(text.slice(sentenceStart, colon + 1));
  const measure = lead ? cleanZh(lead[1]) : '';
  return hasWord(measure) && !ZH_NOT_LIST_MEASURE.test(measure) ? measure : null;
}

/** Where the clause holding `pos` opens: after the nearest comma, semicolon or colon before it. */
function clauseOpening(text: string, pos: number): number {
  return lastIndexOfAny(text, '，,；;：:。', pos - 1) + 1;
}

/**
 * The noun phrase that opens the clause before the figure's: the whole clause when it has no verb
 * (2012年首3季的薪金和工资，分别…), else its words up to the first that is not a noun (整体经济一直…).
 */

function previousClauseTopic(
  sentenceStart: number,
  { text, numberStart, tagsAt }: CompletionContext,
  onlyBeforeAFigure = false,
  sharedOutAfter = false,
): string | null {
  const clauseStart = lastIndexOfAny(text, '，,；;：:', numberStart - 1);
  if (clauseStart <= sentenceStart) return null;
  const start = Math.max(sentenceStart, lastIndexOfAny(text, '，,；;：:', clauseStart - 1) + 1);
  const sentenceTags = tagsAt(clauseStart);
  const tags = sentenceTags ? tagsWithin(sentenceTags, start, clauseStart).filter((w) => w.word.trim()) : null;
  if (!tags?.length) return null;
  const nounLike = (tag: string) => /^(?:n|nz|ns|nt|nr|vn|j|b|an)$/.test(tag);
  // 城市固体废物量和人均弃置量，分别增加14.8%和14.1%: a figureless list of measures before 分别 is what the figures share
  // out, whole, even where a word inside an item is a verb (弃置量).
  if (sharedOutAfter) {
    const clause = cleanZh(text.slice(start, clauseStart));
    if (
      ZH_MEASURE_LIST_CLAUSE.test(clause) &&
      !ZH_FIGURE_IN_CLAUSE.test(clause) &&
      /^n/.test(tags[tags.length - 1].tag)
    )
      return clause;
  }
  // 主计总处今天公布11月份趸售物价指数(WPI)，月跌0.69%: what a body reports is named after its verb and the period.
  const reporting = tags.findIndex((w) => ZH_REPORTING_VERB.test(w.word));
  if (reporting >= 0) {
    let k = reporting + 1;
    while (k < tags.length && (tags[k].tag === 't' || isDateWord(tags, k) || isDateWord(tags, k - 1))) k++;
    const reported = cleanZh(
      tags
        .slice(k)
        .map((w) => w.word)
        .join(''),
    );
    if (!ZH_FIGURE_IN_CLAUSE.test(reported) && hasWord(reported) && reported.length <= 20) return reported;
  }
  // A clause that states a figure: its subject is what comes before the figure (夏粮播种面积145.99千公顷).
  const figure = tags.findIndex((w, k) => /\d/.test(w.word) && !isDateWord(tags, k));
  if (onlyBeforeAFigure && figure <= 0) return null;
  let words = figure > 0 ? tags.slice(0, figure) : tags;
  if (figure <= 0 && tags.some((w) => /^v/.test(w.tag) && w.tag !== 'vn')) {
    const end = tags.findIndex((w) => !nounLike(w.tag));
    words = tags.slice(0, end < 0 ? tags.length : end);
  }
  const topic = cleanZh(words.map((w) => w.word).join(''));
  return topic.length >= 2 && topic.length <= 20 ? topic : null;
}

/** Is tags[k] the number of a date or period (11 before 月份, 2023 before 年)? */
function isDateWord(tags: readonly TaggedWord[], k: number): boolean {
  return k >= 0 && k + 1 < tags.length && /\d/.test(tags[k].word) && ZH_DATE_WORD_AFTER.test(tags[k + 1].word);
}

/**
 * The clause right before the figure's, when it states no figure and opens with the noun phrase of a change
 * (有色金属矿采选业快速增长; 邮政业、…、水利管理业营业收入为负增长): that noun phrase, or null.
 */
function figurelessClauseTopic(unitStart: number, ctx: CompletionContext): string | null {
  const { text, numberStart, earlier } = ctx;
  const clauseStart = lastIndexOfAny(text, '，,；;：:', numberStart - 1);
  if (clauseStart <= unitStart) return null;
  const start = Math.max(unitStart, lastIndexOfAny(text, '，,；;：:', clauseStart - 1) + 1);
  const clause = text.slice(start, clauseStart);
  // 目前破获各类刑事案件3.5万起、同比上升20.9%: a figure before in the figure's own clause is what it moves with.
  if (hasFigureWithin(earlier, start, clauseStart) || hasFigureWithin(earlier, clauseStart, numberStart)) return null;
  // 躉售物價指數則因國際油價…較104年為低之影響，較104年下跌2.97%: what moved stands before the reason, whatever the
  // reason holds.
  const reason = ZH_REASON_OPENER.exec(clause);
  if (reason && reason.index >= 2 && !ZH_FIGURE_IN_CLAUSE.test(clause.slice(0, reason.index))) {
    const topic = cleanZh(clause.slice(0, reason.index));
    if (hasWord(topic) && topic.length <= 40) return topic;
  }
  // 在小一新生部分，本學年共5012人: a topic set off by 部分 or 方面 names what the next clause counts.
  const marked = ZH_TOPIC_CLAUSE.exec(clause.trim());
  if (marked && !ZH_FIGURE_IN_CLAUSE.test(marked[1])) {
    const topic = cleanZh(marked[1]);
    if (hasWord(topic)) return topic;
  }
  // 今年8月零售業總銷貨數量的臨時估計，較去年同月上升11%: the month says when; the clause is a noun phrase all the same.
  if (ZH_FIGURE_IN_CLAUSE.test(clause.replace(ZH_DATE_IN_CLAUSE, ''))) return null;
  if (ZH_FIGURE_IN_CLAUSE.test(clause)) return nounPhraseClause(clause, start, ctx) ?? datedChangeTopic(clause);
  const movedObject = movedObjectBefore(clause, clauseStart, ctx);
  if (movedObject) return movedObject;
  // 其次為其他未分類消費品，上升23.4%: after a rank's word and 為, the item named is what moved.
  const ranked = ZH_RANKED_ITEM_LEAD.exec(clause);
  if (ranked) {
    const item = cleanZh(clause.slice(ranked[0].length));
    return hasWord(item) && item.length <= 40 ? item : null;
  }
  const predicate = ZH_CLAUSE_PREDICATE.exec(clause);
  if (!predicate) return nounPhraseClause(clause, start, ctx);
  if (predicate.index < 2) return null;
  const topic = cleanZh(clause.slice(0, predicate.index));
  return hasWord(topic) && topic.length <= 40 ? topic : null;
}

/**
 * 電腦犯罪由去年10月至今年上半年期間大幅上升, 2021年1月至9月暴力罪案比去年同期有所增加: a clause whose only figures are its
 * period's, then a change: what moved, without the period and the basis (null when more is left than a noun phrase).
 */
function datedChangeTopic(clause: string): string | null {
  const predicate = ZH_CLAUSE_PREDICATE.exec(clause);
  if (!predicate || predicate.index < 2) return null;
  const topic = cleanZh(clause.slice(0, predicate.index).replace(ZH_PERIOD_SPAN, '').replace(ZH_BASIS_PERIOD_TAIL, ''));
  return hasWord(topic) && !ZH_FIGURE_IN_CLAUSE.test(topic) && topic.length <= 20 ? topic : null;
}

/**
 * 零售業總銷貨數量，較去年同月上升11%: a clause that is only a noun phrase (no verb, preposition or adverb; a noun last),
 * before the clause of the move, names what moved.
 */
/** 要求地方提高自筹比例，从50%提高到70%: the object the clause before moved, when the figure's clause moves it again. */
function movedObjectBefore(
  clause: string,
  clauseStart: number,
  { text, numberStart }: CompletionContext,
): string | null {
  const moved = ZH_MOVED_OBJECT_END.exec(clause);
  if (!moved) return null;
  const figureClause =
    text.slice(clauseStart + 1, numberStart) +
    (ZH_CLAUSE_REST.exec(text.slice(numberStart, numberStart + CLAUSE_REST_REACH))?.[0] ?? '');
  if (!ZH_MOVE_IN_CLAUSE.test(figureClause)) return null;
  const object = cleanZh(moved[1]);
  // 行业增加值高速增长: an object that moves itself is a clause of its own.
  return hasWord(object) && !ZH_MOVE_IN_CLAUSE.test(object) ? object : null;
}

/** Is the figure's subject an item named right after a breakdown's opener (分地区看，东协…; 按地區別觀察，東協…)? */
function isBreakdownItem(text: string, figure: EarlierMetric, sentenceStart: number): boolean {
  const lead = text.slice(sentenceStart, figure.start);
  let openerEnd = -1;
  for (const m of lead.matchAll(ZH_BREAKDOWN_OPENER)) openerEnd = m.index + m[0].length;
  return openerEnd >= 0 && lead.slice(openerEnd).trimStart().startsWith(figure.subject!);
}

/** The item a numbered heading line right before the paragraph names, or null. */
function itemHeadingBefore(text: string, paragraphStart: number): string | null {
  if (paragraphStart < 2 || text[paragraphStart - 1] !== '\n') return null;
  const lineStart = lastIndexWithin(text, '\n', paragraphStart - 2) + 1;
  const heading = ZH_ITEM_HEADING_LINE.exec(text.slice(lineStart, paragraphStart - 1));
  if (!heading) return null;
  const item = cleanZh(heading[1]);
  return hasWord(item) ? item : null;
}

function nounPhraseClause(clause: string, start: number, { tagsAt }: CompletionContext): string | null {
  const cleaned = cleanZh(clause);
  // 10月份，…: a clause of only when names nothing.
  if (!hasWord(cleaned.replace(ZH_DATE_IN_CLAUSE, '')) || cleaned.length > 24) return null;
  const tags = tagsAt(start);
  const words = tags ? tagsWithin(tags, start, start + clause.length).filter((w) => w.word.trim()) : [];
  const at = clause.indexOf(cleaned);
  const inPhrase = at < 0 ? [] : words.filter((w) => w.start >= start + at && w.end <= start + at + cleaned.length);
  if (!inPhrase.length || !/^n/.test(inPhrase[inPhrase.length - 1].tag)) return null;
  return inPhrase.every((w) => ZH_NOUN_PHRASE_TAG.test(w.tag)) ? cleaned : null;
}

/** Does `phrase`, written before `position`, end with a verb (运动员共获得)? */
function endsWithVerb(phrase: string, position: number, { text, tagsAt }: CompletionContext): boolean {
  const at = lastIndexWithin(text, phrase, position);
  if (at < 0 || position - at > ELLIPSIS_REACH) return false;
  const tags = tagsAt(at);
  const last = tags?.[firstTagEndingAfter(tags, at + phrase.length - 1)];
  return !!last && last.end === at + phrase.length && last.tag === 'v';
}

function startsWithVerb(subject: string, { text, numberStart, tagsAt }: CompletionContext): boolean {
  const at = lastIndexWithin(text, subject, numberStart);
  if (at < 0 || numberStart - at > ELLIPSIS_REACH) return false;
  const tags = tagsAt(at);
  const first = tags?.[firstTagEndingAfter(tags, at)];
  return !!first && first.start === at && /^v/.test(first.tag);
}

/** “盗抢骗”案件立案 → “盗抢骗”案件: an earlier subject up to its final verb, when it ends in one. */
function topicBeforeActivity(earlier: EarlierMetric, { text, tagsAt }: CompletionContext): string | null {
  const subject = earlier.subject!;
  const found = locateWithQuotes(text, subject, earlier.start);
  if (!found) return null;
  const { at, end } = found;
  const tags = tagsAt(at);
  if (!tags) return null;
  const last = tagsWithin(tags, at, end).at(-1);
  if (last?.end !== end) return null;
  if (!last || !(/^v/.test(last.tag) || ZH_ACTIVITY_WORDS.includes(last.word)) || last.start - at < 2) return null;
  // “盗抢骗”案件立案: the quotes cleaning dropped from the subject are dropped from the topic too.
  const topic = text.slice(at, last.start);
  return end - at === subject.length ? topic : topic.replace(ZH_QUOTE_MARKS, '');
}

/**
 * Where `subject` is written before `before` (within ELLIPSIS_REACH): as is, or with the quotes cleaning dropped
 * (盗抢骗案件立案 for “盗抢骗”案件立案).
 */
function locateWithQuotes(text: string, subject: string, before: number): { at: number; end: number } | null {
  const at = lastIndexWithin(text, subject, before);
  if (at >= 0 && before - at <= ELLIPSIS_REACH) return { at, end: at + subject.length };
  if (!ZH_HAN_ONLY.test(subject)) return null;
  const floor = Math.max(0, before - ELLIPSIS_REACH);
  const loose = new RegExp([...subject].join('[“”"]?'), 'gu');
  let found: { at: number; end: number } | null = null;
  for (const m of text.slice(floor, before).matchAll(loose))
    found = { at: floor + m.index, end: floor + m.index + m[0].length };
  return found;
}

/** Tags of function words and time words: a subject made only of them says nothing of what is measured. */
const FUNCTION_TAGS = /^(?:d|p|c|u|uj|ul|uz|ud|ug|y|e|o|f|t|tg|r|rr|rz|m|mq|q|zg)$/;

function isFunctionWordsOnly(subject: string, { text, numberStart, tagsAt }: CompletionContext): boolean {
  const at = lastIndexWithin(text, subject, numberStart);
  if (at < 0 || numberStart - at > ELLIPSIS_REACH) return false;
  const tags = tagsAt(at);
  if (!tags) return false;
  const end = at + subject.length;
  const words = tagsWithin(tags, at, end);
  const covered = words.reduce((n, w) => n + w.end - w.start, 0);
  // 大米/m before 188.3万吨: a word tagged m with no numeral in it is a noun, not a function word; nor is a name jieba
  // tags f (初中/f 12所) that places nothing.
  return (
    covered === subject.length &&
    words.every(
      (w) =>
        FUNCTION_TAGS.test(w.tag) &&
        (w.tag !== 'm' || ZH_NUMERAL_IN_WORD.test(w.word)) &&
        (w.tag !== 'f' || ZH_LEAD_LOCALITY_WORDS.test(w.word)),
    )
  );
}

/** Where 其中 (or 包括…) opens a clause of this sentence before `end`, or -1. */
function lastPartsOpener(text: string, sentenceStart: number, end: number): number {
  const clause = text.slice(sentenceStart, end);
  let found = -1;
  for (const m of clause.matchAll(ZH_PARTS_OPENER)) found = sentenceStart + m.index + m[0].length;
  return found;
}

/** The characters `lastIndexOfAny` looks for, as a table by char code (one per set of characters, built once). */
const CHAR_TABLES = new Map<string, Uint8Array>();

function charTable(chars: string): Uint8Array {
  let table = CHAR_TABLES.get(chars);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
    CHAR_TABLES.set(chars, table);
  }
  return table;
}

/**
 * The last position at or before `from` of any of `chars`, looking back no further than ELLIPSIS_REACH nor
 * past `stop` (a caller's bound below which any match is the same to it), or -1. Char codes against a table:
 * this runs for every figure, and text[i] of a CJK character builds a new one-character string.
 */
function lastIndexOfAny(text: string, chars: string, from: number, stop = 0): number {
  const table = charTable(chars);
  const floor = Math.max(0, stop, from - ELLIPSIS_REACH);
  for (let i = from; i >= floor; i--) if (table[text.charCodeAt(i)] === 1) return i;
  return -1;
}
/** text.lastIndexOf(needle, from), looking back no further than ELLIPSIS_REACH: linear in the text's length overall. */
function lastIndexWithin(text: string, needle: string, from: number): number {
  const floor = Math.max(0, from - ELLIPSIS_REACH);
  const at = text.slice(floor, from + needle.length).lastIndexOf(needle);
  return at < 0 ? -1 : floor + at;
}

/** The metrics with a subject in [floor, numberStart), nearest first, walked back from the end (bounded). */
/** The subject of the nearest figure before this one, within the ellipsis reach. */
function subjectJustBefore(ctx: CompletionContext): string | null {
  // A pronoun points back at a reported figure, not at one in words ("within four hours") the report leaves out.
  return (
    earlierWithin(ctx.earlier, Math.max(0, ctx.numberStart - ELLIPSIS_REACH), ctx.numberStart).find((m) => !m.inWords)
      ?.subject ?? null
  );
}

/** Does an earlier metric start in [start, end)? Earlier metrics are in text order: scanned back from the last. */
function hasFigureWithin(earlier: readonly EarlierMetric[], start: number, end: number): boolean {
  for (let k = earlier.length - 1; k >= 0 && earlier[k].start >= start; k--) if (earlier[k].start < end) return true;
  return false;
}

export function earlierWithin(earlier: readonly EarlierMetric[], floor: number, numberStart: number): EarlierMetric[] {
  const out: EarlierMetric[] = [];
  for (let k = earlier.length - 1; k >= 0 && earlier[k].start >= floor; k--) {
    if (earlier[k].end <= numberStart && earlier[k].subject) out.push(earlier[k]);
  }
  return out;
}

/** The POS tags lying inside [start, end), found by binary search. */
function tagsWithin(tags: readonly TaggedWord[], start: number, end: number): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let k = firstTagEndingAfter(tags, start); k < tags.length && tags[k].start < end; k++) {
    if (tags[k].start >= start && tags[k].end <= end) out.push(tags[k]);
  }
  return out;
}

/**
 * 严重暴力犯罪、入室盗窃、扒窃同比分别下降40.4%、33.4%、53.3%: when a list of figures follows a
 * list of subjects of the same length, each figure gets its own subject. Coordinated modifiers
 * share the head written once: 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入 and
 * 农村居民人均可支配收入; 电信网络诈骗案件受理数、案损数 → …案件受理数, …案件案损数; a list closed by
 * 等 shares the head after it (粮油食品类、日用品类等基本生活类商品零售额).
 */
export function shareOutSubjects(
  group: Array<{ subject: string | null; unit?: string; start?: number; end?: number }>,
  text = '',
): void {
  if (group.length < 2) return;
  // 对故意杀人、抢劫等重大刑事犯罪批捕17件21人: figures glued together in different units measure one thing twice, not
  // the items in turn (214对、69家 do).
  const measuredTwice = group.some(
    (m, i) => i > 0 && m.unit !== group[i - 1].unit && text.slice(group[i - 1].end, m.start).trim() === '',
  );
  if (measuredTwice) return;
  const subject = group[0].subject;
  // 電子產品與資訊通信產品接單成長明顯，9月分別達277.3億及234.3億美元: figures whose own clause names nothing take the
  // items an earlier clause lists.
  if (!subject && group.every((m) => !m.subject)) {
    const earlier = itemsListedEarlier(text, group[0].start, group.length);
    if (earlier)
      group.forEach((m, i) => {
        m.subject = earlier[i];
      });
    return;
  }
  if (!subject || !group.every((m) => m.subject === subject)) return;
  // 旅客以中國大陸、香港及中國台灣旅客為主,分別佔…: the list after 以 holds the items.
  const subjectAt = text.lastIndexOf(subject, group[0].start);
  const primary =
    subjectAt >= 0 && ZH_PRIMARY_LIST_TAIL.test(text.slice(subjectAt + subject.length, group[0].start))
      ? subject.replace(ZH_PRIMARY_LIST_LEAD, '')
      : subject;
  // 及 and 和 may join words inside an item (生活用品及服务类): fewer split points until the counts agree.
  const items = splitInto(primary, group.length);
  if (!items) {
    const earlier = itemsListedEarlier(text, group[0].start, group.length);
    if (earlier)
      group.forEach((m, i) => {
        m.subject = earlier[i];
      });
    return;
  }
  const shared = namedHead(items) ?? sharedHead(items) ?? sharedQualifier(items) ?? modifiersOfOneHead(items) ?? items;
  group.forEach((m, i) => {
    m.subject = shared[i];
  });
}

/**
 * 累计接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%: a list that inherited the subject of the
 * figure before it, opened by 分别 right after the clause of figures, takes their subjects in order, when the
 * counts agree and that clause lists nothing else.
 */
export function shareOutEarlierFigures<T extends EarlierMetric>(text: string, earlier: readonly T[], whole: T[]): void {
  // 分别较上年减少4.3万元(-3.7%)和增加4.4万元(16.4%): the bracketed restatements are no items (takeRestatedSubjects).
  const restating = restatingFigures(text, whole);
  const group = whole.filter((m) => !restating.has(m));
  const n = group.length;
  // From the end: the group was just added, and a scan from the start made a long report's analysis quadratic.
  const first = n ? earlier.lastIndexOf(group[0]) : -1;
  if (n < 2 || first < n) return;
  const listed = earlier.slice(first - n, first);
  const last = listed[n - 1];
  // The list inherited the last figure's subject, or that subject with the share's whole (直接财产损失占总数).
  if (!group.every((m) => m.subject === group[0].subject && !!last.subject && m.subject?.startsWith(last.subject)))
    return;
  if (!ZH_RESPECTIVE_AFTER_FIGURES.test(text.slice(last.end, group[0].start))) return;
  for (let k = 1; k < n; k++) if (!ZH_FIGURE_LIST_GAP.test(text.slice(listed[k - 1].end, listed[k].start))) return;
  // The clause of figures starts with the first of them: no other figure before it in that clause.
  const before = first > n ? earlier[first - n - 1] : null;
  if (before && !ZH_CLAUSE_PUNCTUATION.test(text.slice(before.end, listed[0].start))) return;
  const subjects = listed.map((m) => m.subject);
  if (subjects.some((s) => !s) || new Set(subjects).size !== n) return;
  group.forEach((m, i) => {
    m.subject = subjects[i];
  });
}

/** The figures of a list that only restate the figure before in brackets (分别上升5.7% (+8宗)及83.3% (+25宗)). */
export function restatingFigures<T extends { start?: number; end?: number }>(
  text: string,
  group: readonly T[],
): Set<T> {
  const out = new Set<T>();
  group.forEach((m, i) => {
    if (i > 0 && ZH_RESTATING_BRACKET_GAP.test(text.slice(group[i - 1].end, m.start))) out.add(m);
  });
  return out;
}

/** Each restating figure measures what the figure it restates does, once the list's items are shared out. */
export function takeRestatedSubjects<T extends { subject: string | null }>(
  group: readonly T[],
  restating: Set<T>,
): void {
  group.forEach((m, i) => {
    if (i > 0 && restating.has(m)) m.subject = group[i - 1].subject;
  });
}

/** 化学原料…制造业、通用设备制造业、农副食品加工业、非金属矿物制品业等四个: a count after 等 that equals the items before it. */
export function restatesListLength(text: string, clauseStart: number, countStart: number, count: number): boolean {
  if (text[countStart - 1] !== '等' || count < 2) return false;
  const items = text.slice(clauseStart, countStart - 1).split('、');
  return items.length === count && items.every((item) => ZH_TWO_HAN.test(item));
}

/** The last item ends with an indicator head the others leave out (…辅助性活动产值): each item takes it. */
function namedHead(items: string[]): string[] | null {
  const last = items[items.length - 1];
  const others = items.slice(0, -1);
  // Parallel category names (农业、林业、畜牧业; 衣着类、居住类): not a qualifier shared out (城镇和农村居民…), nor 等.
  // Short names (黄金、白银、精炼铜、镍产量) are parallel too, whatever they end with.
  const parallel =
    others.length >= 2 &&
    (others.every((item) => item.slice(-1) === others[0].slice(-1)) ||
      others.every((item) => [...item].length <= ZH_SHORT_LIST_ITEM));
  const head = ZH_LIST_HEADS.find((h) => last.endsWith(h) && last.length > h.length);
  // 高技术产业和装备制造业增加值: every item ends with the category suffix of the last item's name (业), so they are
  // names of one kind whatever their number.
  const suffix = head ? last.slice(-head.length - 1, -head.length) : '';
  const sameKind = ZH_CATEGORY_SUFFIX.test(suffix) && others.every((item) => item.endsWith(suffix));
  if (!(parallel || sameKind) || !head || last.includes('等') || others.some((item) => item.endsWith(head)))
    return null;
  return [...items.slice(0, -1).map((item) => `${item}${head}`), last];
}

/** A list split into exactly `n` items (及 and 和 may join words inside an item: fewer split points until they agree). */
function splitInto(list: string, n: number): string[] | null {
  return ZH_LIST_SPLITS.map((split) => list.split(split).filter(Boolean)).find((items) => items.length === n) ?? null;
}

/**
 * The `n` items an earlier clause of the sentence lists, for figures after 分别 at `start` whose own clause lists none
 * (惟百貨公司、布疋及服飾品零售業因疫情擴散，門市來客數減少，分別年減13.1%、1.7%); the nearest such clause, or null.
 */
function itemsListedEarlier(text: string, start: number | undefined, n: number): string[] | null {
  if (start === undefined || !text) return null;
  let window = text.slice(Math.max(0, start - ZH_EARLIER_LIST_REACH), start);
  if (!ZH_RESPECTIVE_BEFORE_FIGURES.test(window)) return null;
  window = window.slice(lastIndexOfAny(window, '。！？!?\n', window.length - 1) + 1);
  const clauses = window.split(ZH_EARLIER_LIST_CLAUSES);
  // The last clause holds 分别 itself. When it names what the figures measure (…产业链发展较快，规上工业增加值分别增长
  // 30.7%、16.9%), the figures measure that, whatever the clause before lists.
  if (ZH_NAMED_BEFORE_RESPECTIVE.test(clauses[clauses.length - 1])) return null;
  for (let k = clauses.length - 2; k >= 0; k--) {
    // A figure between (接报火灾28.1万起…，亡1390人，…分别下降13%、12.6%): 分别 shares out those figures' subjects.
    if (ZH_DIGIT.test(clauses[k])) return null;
    const listed = clauses[k].replace(ZH_EARLIER_LIST_LEAD, '').replace(ZH_EARLIER_LIST_END, '');
    const items = splitInto(listed, n);
    if (items && items.every((item) => ZH_EARLIER_LIST_ITEM.test(item))) return items.map(cleanZh);
  }
  return null;
}

/** The last item carries the head the others leave out: after 等, or the part longer than the others. */
function sharedHead(items: string[]): string[] | null {
  const last = items[items.length - 1];
  const others = items.slice(0, -1);
  const etc = last.indexOf('等');
  if (etc > 0 && etc < last.length - 2) {
    // 等四个行业增加值: the count restates the list's length; the head is what follows it.
    const head = last.slice(etc + 1).replace(ZH_LIST_LENGTH, '');
    // 虚拟现实设备、平板电脑等产品; A、B等行业产量: the word that only names the items' kind adds nothing to each.
    const shared = head.replace(ZH_KIND_HEAD, '');
    return [...others, last.slice(0, etc)].map((item) => `${item}${shared}`);
  }
  // 纺织业、黑色金属冶炼和压延加工业: parallel names (one category suffix) share no head.
  if (others.every((item) => item.slice(-1) === last.slice(-1))) return null;
  // 集團之收入及豁除…收益淨額之基礎淨溢利: items that name their measure in full (收入, 利润) share no head either.
  if (others.every((item) => ZH_LIST_HEADS.some((head) => item.endsWith(head)))) return null;
  const longest = Math.max(...others.map((s) => s.length));
  if (last.length < 2 * longest || last.length - longest < 3) return null;
  // 先进制造业、高技术制造业增加值…: the head starts after the last item's own 制造业.
  // 電子產品、資訊通信產品接單額: or after its last two characters (產品) when the last three are not in it.
  let tail = others[0].slice(-Math.min(3, others[0].length));
  let own = tail.length >= 2 ? last.indexOf(tail) : -1;
  if (own < 0 && tail.length === 3) {
    tail = tail.slice(1);
    own = last.lastIndexOf(tail);
  }
  const head =
    own >= 0 && own + tail.length < last.length - 1
      ? last.slice(own + tail.length)
      : last.slice(outsideBracket(last, longest));
  // 家用电器和音像器材类: a cut before a conjunction is inside the last item, not its head.
  if (/^[和及与]/u.test(head)) return null;
  return [...others.map((item) => `${item}${head}`), last];
}

/** A cut at `at` in `item` moved past the bracket it falls in (縣（市）自籌財源: after 縣（市）, not inside it). */
function outsideBracket(item: string, at: number): number {
  const open = Math.max(item.lastIndexOf('（', at - 1), item.lastIndexOf('(', at - 1));
  const close = Math.max(item.lastIndexOf('）', at - 1), item.lastIndexOf(')', at - 1));
  if (open < 0 || open < close) return at;
  const end = item.slice(at).search(/[）)]/u);
  return end < 0 ? at : at + end + 1;
}

/**
 * 刑事、治安警情 (接报 before it), 环境、森林资源类案件: two-character modifiers, the last one's head written once after it
 * (after its category mark when there is one): each modifier takes that head.
 */
function modifiersOfOneHead(items: string[]): string[] | null {
  const last = items[items.length - 1];
  const others = items.slice(0, -1).map((item, i) => (i === 0 ? item.replace(ZH_ITEM_HANDLING_VERB, '') : item));
  if (!others.every((item) => ZH_TWO_HAN_MODIFIER.test(item)) || [...last].length < 4) return null;
  const category = ZH_CATEGORY_HEAD.exec(last);
  const head = category && category.index >= 2 ? category[0] : last.slice(2);
  return [...others.map((item) => `${item}${head}`), last];
}

/** The first item carries the qualifier the others leave out; their heads agree (受理数、案损数). */
function sharedQualifier(items: string[]): string[] | null {
  const [first, ...others] = items;
  // 2012年首3季的薪金和工资: the qualifier ends at 的, and the heads may differ.
  const of = first.lastIndexOf('的');
  if (of >= 2 && of < first.length - 1 && others.every((s) => !s.includes('的')))
    return [first, ...others.map((item) => `${first.slice(0, of + 1)}${item}`)];
  const longest = Math.max(...others.map((s) => s.length));
  if (first.length < 2 * longest || first.length - longest < 2) return null;
  if (!others.every((s) => s.slice(-1) === first.slice(-1))) return null;
  const qualifier = first.slice(0, first.length - others[0].length);
  return [first, ...others.map((item) => `${item.startsWith(qualifier) ? '' : qualifier}${item}`)];
}

/**
 * "…19 million deaths, or 36% of the global total": a share after ", or" restates the figure before it; it measures the
 * same (not a ratio to the same measure written after "of": "wealth was $307,900, or about 80 percent of the median
 * household wealth for …"; a share of GDP reads "… as a share of GDP"). The subject before, or null.
 */
function restatedShare(ctx: CompletionContext, beforeEnd: number, subjectBefore: string): string | null {
  const { text, numberStart, spanEnd } = ctx;
  if (
    spanEnd === undefined ||
    !EN_PERCENT_SPAN_END.test(text.slice(numberStart, spanEnd)) ||
    !EN_RESTATED_SHARE_BETWEEN.test(text.slice(beforeEnd, numberStart)) ||
    EN_SHARE_OF_AFTER.test(text.slice(spanEnd, spanEnd + 40))
  )
    return null;
  const of = EN_OF_WHOLE_OPENS.exec(text.slice(spanEnd, spanEnd + 4));
  if (!of) return null;
  const whole = text.slice(spanEnd + of[0].length, spanEnd + of[0].length + subjectBefore.length + 4);
  return whole.replace(EN_LEADING_ARTICLE, '').toLowerCase().startsWith(subjectBefore.toLowerCase())
    ? null
    : subjectBefore;
}

/**
 * "This represents a 14% decrease", "This rose from 174 to 282 offences": a figure whose clause opens
 * with a pronoun measures what the figure before it in the paragraph measures.
 */
export function completeEnglishSubject(
  subject: string | null,
  ctx: CompletionContext & { from: number },
): string | null {
  const { text, numberStart, from } = ctx;
  const item = ellipticalListObject(ctx);
  if (item) return item;
  const restatedByPronoun = pronounRestatedMeasure(ctx) ?? followedMeasure(ctx);
  if (restatedByPronoun) return restatedByPronoun;
  const namedAfter = namedAfterFigure(subject, ctx);
  if (namedAfter) return namedAfter;
  // "About $2.1 billion of this difference stems from …": the part measures what the figure before did.
  if (!subject && ctx.spanEnd !== undefined && EN_PART_OF_THIS_AFTER.test(text.slice(ctx.spanEnd, ctx.spanEnd + 24)))
    return subjectJustBefore(ctx) ?? subject;
  // "Almost $4 billion has gone toward state health insurance claims": what the money went toward.
  const toward =
    (!subject || EN_GOING_VERB_ONLY.test(subject)) && ctx.spanEnd !== undefined
      ? EN_GONE_TOWARD_AFTER.exec(text.slice(ctx.spanEnd, ctx.spanEnd + 90))
      : null;
  if (toward) return toward[1].replace(EN_LEADING_ARTICLE, '');
  // "inflation increased in Onions (77.72%), Pulse Moong (48.58%)": items of a verb's list that are no places are their
  // own subjects, capitalised or not (places give way to the measure below; so do the divisions of "Decreases were
  // recorded in Professional, Scientific and Technical Activities (-5.3%)").
  const movedItem = bracketedMoveItem(text, breakdownSentenceStart(text, numberStart), numberStart, true);
  if (movedItem && subject === movedItem && !namesOnlyPlaces(movedItem)) return movedItem;
  const breakdown = breakdownMeasure(ctx) ?? verbBreakdownMeasure(ctx) ?? namedItemMeasure(ctx, subject);
  if (breakdown) return breakdown;
  const justBefore = earlierWithin(ctx.earlier, Math.max(0, numberStart - ELLIPSIS_REACH), numberStart)[0];
  const sentenceSubjectBefore =
    justBefore?.subject && !EN_SENTENCE_BREAK_BETWEEN.test(text.slice(justBefore.end, numberStart))
      ? justBefore.subject
      : null;
  const restated =
    justBefore && sentenceSubjectBefore ? restatedShare(ctx, justBefore.end, sentenceSubjectBefore) : null;
  if (restated) return restated;
  // "Of which 181 were affordable homes": the noun after the copula is what the bare count counts.
  // "4% (57 trains) were passenger trains", "The remaining 62% were single cars": so is a bare share's (after its bracket).
  const bareSpan = ctx.spanEnd !== undefined ? text.slice(numberStart, ctx.spanEnd) : '';
  const afterSpan = ctx.spanEnd !== undefined ? text.slice(ctx.spanEnd, ctx.spanEnd + 110) : '';
  const copulaNoun = subject
    ? null
    : EN_BARE_COUNT_SPAN.test(bareSpan)
      ? EN_COPULA_NOUN_AFTER.exec(afterSpan.slice(0, 80))
      : EN_BARE_SHARE_SPAN.test(bareSpan)
        ? EN_COPULA_NOUN_AFTER.exec(afterSpan.replace(EN_RESTATING_BRACKET_LEAD, ''))
        : null;
  if (copulaNoun) return copulaNoun[1];
  // "The Food Group marked the major price increase of 2.7%": the holder of a move it recorded.
  if (subject && EN_MOVE_NOUN_END.test(subject.trim())) {
    const holder = EN_HOLDER_RECORDED_MOVE_BEFORE.exec(text.slice(Math.max(0, numberStart - 160), numberStart));
    const held = holder ? cleanEn(holder[1]) : '';
    if (held && !EN_PRONOUN.test(held) && !EN_SOURCE_HOLDER.test(held)) return held;
  }
  // "there was a contraction in the arrivals from the United Kingdom and the Caribbean of 3.1 per cent": what moved.
  const movedInOf = EN_CHANGE_NOUN_IN_OF.exec(text.slice(Math.max(0, numberStart - 120), numberStart));
  if (movedInOf) {
    const moved = cleanEn(movedInOf[2].replace(EN_FROM_PLACES_TAIL, ''));
    if (moved) return moved;
  }
  // "449 laboratory detections (410 influenza A and 39 influenza B)": the parts of a count in its bracket measure what
  // the count measures.
  const partsOpen =
    ctx.spanEnd !== undefined && EN_BARE_COUNT_SPAN.test(text.slice(numberStart, ctx.spanEnd))
      ? (EN_PARTS_BRACKET_OPEN_BEFORE.exec(text.slice(Math.max(0, numberStart - 120), numberStart)) ??
        EN_PARTS_BRACKET_NEXT_BEFORE.exec(text.slice(Math.max(0, numberStart - 120), numberStart)))
      : null;
  const whole = partsOpen
    ? earlierWithin(ctx.earlier, Math.max(0, numberStart - 120), numberStart).find(
        (m) => m.value === Number(partsOpen[1].replace(/,/g, '')),
      )
    : undefined;
  if (whole?.subject) return whole.subject;
  // "The current account registered a deficit of Rs 1.27 billion …, compared to a deficit of Rs 1.05 billion": a
  // balance an account recorded measures the account; the balance set against it, the same account.
  if (subject && EN_BALANCE_ONLY.test(subject.trim())) {
    const holder = EN_BALANCE_HOLDER_BEFORE.exec(text.slice(Math.max(0, numberStart - 200), numberStart));
    if (holder) return holder[1].replace(/\s+/g, ' ');
    if (
      sentenceSubjectBefore &&
      EN_COMPARED_BALANCE_BEFORE.test(text.slice(Math.max(0, numberStart - 60), numberStart))
    )
      return sentenceSubjectBefore;
  }
  if (
    sentenceSubjectBefore &&
    ctx.spanEnd !== undefined &&
    EN_BARE_COUNT_SPAN.test(text.slice(numberStart, ctx.spanEnd)) &&
    EN_PART_OF_WHICH_BEFORE.test(text.slice(Math.max(0, numberStart - 24), numberStart))
  )
    return sentenceSubjectBefore;
  // "…was $2.40 billion, reflecting growth of 1.9% compared to $2.36 billion", "rise by 2.5% to hit £2.7 billion": a
  // clause that restates the figure before (or sets it against its basis) names no other measure.
  // (Only when the subject read for it is no noun phrase: "died" before "compared to 431".)
  const basisFigure =
    (!subject || EN_VERB_ONLY_SUBJECT.test(subject) || EN_COMPARED_TAIL_SUBJECT.test(subject)) &&
    ctx.spanEnd !== undefined &&
    EN_NO_NOUN_FIGURE_SPAN.test(text.slice(numberStart, ctx.spanEnd)) &&
    EN_COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, numberStart - 24), numberStart));
  if (sentenceSubjectBefore && ((subject && EN_RESTATING_CLAUSE_SUBJECT.test(subject)) || basisFigure))
    return sentenceSubjectBefore;
  if (sentenceSubjectBefore && subject && EN_COMPARED_PERIOD_ONLY_SUBJECT.test(subject.trim()))
    return sentenceSubjectBefore;
  if (sentenceSubjectBefore && subject && EN_RATE_BASE_SUBJECT.test(subject.trim())) return sentenceSubjectBefore;
  // "…, down from a 18.4 percent annual rate in the previous quarter": the earlier pace of the figure before's measure.
  if (
    sentenceSubjectBefore &&
    subject &&
    EN_PACE_ONLY.test(subject.trim()) &&
    EN_EARLIER_PACE_BEFORE.test(text.slice(Math.max(0, numberStart - 24), numberStart))
  )
    return sentenceSubjectBefore;
  // "This is 3.1 percent above the revised August rate of 575,000": the basis measures what the figure before measures.
  if (sentenceSubjectBefore && EN_BASIS_RATE_OF_BEFORE.test(text.slice(Math.max(0, numberStart - 90), numberStart)))
    return sentenceSubjectBefore;
  // "- An increase of $551 million for …" after "Expenditures are proposed to increase by …": the list's moves measure
  // what the figure before measures.
  if (EN_MOVE_ONLY_BEFORE.test(text.slice(from, numberStart))) return subjectJustBefore(ctx) ?? subject;
  // "…grew by 5.8 percent in the third quarter of 2022; 4.8 percent in the second quarter": a later item of the list.
  if (!subject && justBefore?.subject && EN_PARALLEL_ITEM_GAP.test(text.slice(justBefore.end, numberStart)))
    return justBefore.subject;
  // "…to be 4.2 per cent, higher than the forecast of 3.0 per cent": the forecast of the figure before's measure.
  if (subject && sentenceSubjectBefore && EN_FORECAST_ONLY.test(subject.trim())) return sentenceSubjectBefore;
  // "…of households with a Black householder, 7.5 percent with a Hispanic householder": the list's head, its modifier.
  const elliptic = ctx.spanEnd !== undefined ? EN_WITH_MODIFIER.exec(text.slice(ctx.spanEnd, ctx.spanEnd + 200)) : null;
  if (elliptic) {
    const previous = subjectJustBefore(ctx);
    const head = previous ? EN_HEAD_WITH.exec(previous) : null;
    if (head) return `${head[1]} ${elliptic[1].replace(/\s+/g, ' ').trim()}`;
  }
  // "Of the 400 cases …, 79 were discharged whiles 257 were granted bail": a part of the set counted before it, by what
  // befell it, measures what that set's figure measures (in its sentence).
  if (
    sentenceSubjectBefore &&
    ctx.spanEnd !== undefined &&
    EN_BARE_COUNT_SPAN.test(text.slice(numberStart, ctx.spanEnd)) &&
    EN_PART_PARTICIPLE_AFTER.test(text.slice(ctx.spanEnd, ctx.spanEnd + 40))
  )
    return sentenceSubjectBefore;
  // "an IDA credit of SDR 15.7 million ($20 million)": the same amount in another currency measures the same thing.
  if (
    justBefore?.subject &&
    EN_EQUIVALENT_IN_BRACKET_GAP.test(text.slice(justBefore.end, numberStart)) &&
    EN_MONEY_SPAN_START.test(text.slice(numberStart, numberStart + 24)) &&
    EN_MONEY_SPAN_START.test(text.slice(justBefore.start, justBefore.start + 24))
  )
    return justBefore.subject;
  // "Shootings showed a 12 percent decline, with 71 fewer cases": the difference restates the move of the figure before.
  if (
    justBefore?.subject &&
    ctx.spanEnd !== undefined &&
    EN_DIFFERENCE_SPAN.test(text.slice(numberStart, ctx.spanEnd)) &&
    EN_RESTATED_DIFFERENCE_GAP.test(text.slice(justBefore.end, numberStart))
  )
    return justBefore.subject;
  // "Rs. 434 billion (89.6 percent), capital expenditure …", "rose by 236,000 (0.2%)": a percentage in brackets right
  // after an amount is that amount's share or rate (not "(3.2 percent of GDP)", a share of something else).
  if (
    justBefore?.subject &&
    ctx.spanEnd !== undefined &&
    EN_EQUIVALENT_IN_BRACKET_GAP.test(text.slice(justBefore.end, numberStart)) &&
    EN_PERCENT_SPAN_END.test(text.slice(numberStart, ctx.spanEnd)) &&
    !EN_PERCENT_SPAN_END.test(text.slice(justBefore.start, justBefore.end)) &&
    EN_BRACKET_CLOSES_AFTER.test(text.slice(ctx.spanEnd, ctx.spanEnd + 4))
  )
    return justBefore.subject;
  // "19 million payments, with a total value of more than $26 billion": the value of what the figure before counts.
  if (EN_VALUE_OF_PREVIOUS.test(text.slice(Math.max(0, numberStart - 60), numberStart))) {
    const previous = subjectJustBefore(ctx);
    if (previous) return previous;
  }
  // "66% agree that …" after "88% of Europeans approve …": the people asked, named by the share before.
  if (ctx.spanEnd !== undefined && EN_OPINION_VERB_AFTER.test(text.slice(ctx.spanEnd, ctx.spanEnd + 30))) {
    const previous = subjectJustBefore(ctx);
    if (previous && (!subject || EN_OPINION_VERB_AFTER.test(` ${subject}`))) return previous;
  }
  // "…fewer crimes, accounting for a fall of 2.7 per cent": the restated figure's subject.
  if (subject && EN_RESTATING_PARTICIPLE.test(subject.trim())) return subjectJustBefore(ctx) ?? subject;
  if (subject && EN_SHOWING_CHANGE_END.test(subject.trim())) return subjectJustBefore(ctx) ?? subject;
  if (subject && EN_CONNECTIVE_ONLY.test(subject.trim())) return subjectJustBefore(ctx) ?? null;
  if (subject && EN_DATE_ONLY_SUBJECT.test(subject.trim())) return subjectJustBefore(ctx) ?? null;
  // "…, and they spent $80 billion": a pronoun alone points back at what the figure before measured.
  if (subject && (EN_PRONOUN.test(subject.trim()) || EN_THE_FIGURE_SUBJECT.test(subject.trim())))
    return subjectJustBefore(ctx) ?? null;
  const superlative = EN_SUPERLATIVE_PLACE_BEFORE.exec(text.slice(from, numberStart));
  if (superlative) {
    const measure = cleanEn(superlative[1]);
    if (measure) return measure;
  }
  if (subject && EN_RUNNING_TOTAL_ONLY.test(subject.trim())) return subjectJustBefore(ctx) ?? subject;
  // An article opens no subject ("The share of …" is the share of …).
  subject = subject?.replace(EN_LEADING_ARTICLE, '') ?? null;
  // "30,453 new houses, apartments, townhouses, and flats …, up 4.7 percent": a clause cut out of the list the figure
  // before counts is that list.
  const listBefore = subject?.includes(',') ? subjectJustBefore(ctx) : null;
  if (subject && listBefore?.includes(',') && listBefore.endsWith(` ${subject}`)) return listBefore;
  if (subject && EN_RECORD_LEVEL_ONLY.test(subject.trim())) return null;
  // "537 homicides, 21 fewer than in the previous year": no subject of its own; the figure before lends its.
  if (subject && EN_COMPARATIVE_ONLY.test(subject.trim())) return null;
  // "…is 89 percent for 2026, declines slowly to 77 percent": a verb phrase names nothing; the figure before lends.
  if (subject && EN_VERB_ONLY.test(subject.trim())) return null;
  // "compared with …" alone: the comparison of a figure whose subject the sentence leaves out.
  const comparedOnly = subject && EN_TAIL_ONLY.test(subject) ? subject : null;
  // "…and the change for February was revised up by 15,000": the change of what the one before names.
  if (subject && EN_BARE_RELATIONAL.test(subject)) {
    const paragraphStart = Math.max(lastIndexWithin(text, '\n\n', numberStart - 1) + 1, numberStart - ELLIPSIS_REACH);
    const fuller = earlierWithin(ctx.earlier, paragraphStart, numberStart).find((m) =>
      m.subject!.toLowerCase().startsWith(`${subject.toLowerCase()} `),
    );
    return fuller ? fuller.subject!.replace(EN_TAIL_AT_END, '') : subject;
  }
  if (subject && !comparedOnly) return subject;
  const opener =
    EN_PRONOUN_OPENER.test(text.slice(from, numberStart)) ||
    EN_PART_OF_LEAD.test(text.slice(Math.max(0, from - 30), from));
  if (!comparedOnly && !opener) return subject;
  // "This compared with 19,402 in 2005/06" reads back to the sentence before, even on the line before.
  const breakAt = opener
    ? lastIndexWithin(text, '\n\n', numberStart - 1)
    : lastIndexWithin(text, '\n', numberStart - 1);
  const paragraphStart = Math.max(breakAt + 1, numberStart - ELLIPSIS_REACH);
  // (A figure in words the report leaves out, "within four hours", is no figure to point back at.)
  const previous = earlierWithin(ctx.earlier, paragraphStart, numberStart).find((m) => !m.inWords)?.subject;
  // "Of these investigations, 46 were in agriculture": with no figure before, the set the lead names.
  const namedSet = EN_PART_OF_LEAD.exec(text.slice(Math.max(0, from - 30), from))?.[1];
  if (!previous && namedSet && !comparedOnly) return namedSet;
  // A basis alone ("compared with the prior year") names no subject; a share's whole still says what is measured.
  if (!previous) return comparedOnly && EN_SHARE_TAIL.test(comparedOnly) ? comparedOnly : null;
  if (comparedOnly && EN_SHARE_TAIL.test(comparedOnly))
    return `${previous.replace(EN_TAIL_AT_END, '')} ${comparedOnly}`;
  return comparedOnly ? previous.replace(EN_TAIL_AT_END, '') : previous;
}

/**
 * "… total collections were R353.8 billion … This is R42.9 billion (13.8%) higher than …": a difference a pronoun
 * states measures what the sentence before measured first; null otherwise.
 */
function pronounRestatedMeasure({ text, numberStart, spanEnd, earlier }: CompletionContext): string | null {
  if (spanEnd === undefined) return null;
  const sentenceStart = breakdownSentenceStart(text, numberStart);
  if (!EN_PRONOUN_COPULA_LEAD.test(text.slice(sentenceStart, numberStart))) return null;
  if (!EN_DIFFERENCE_AFTER.test(text.slice(spanEnd, spanEnd + 40))) return null;
  const previousStart = breakdownSentenceStart(text, Math.max(0, sentenceStart - 2));
  return earlierWithin(earlier, previousStart, sentenceStart).at(-1)?.subject ?? null;
}

/**
 * What the words after a figure name when the words before it name no measure: the purpose money funds, the set a share
 * or a place's share is of, what an amount after a fronted place is of.
 */
function namedAfterFigure(subject: string | null, ctx: CompletionContext): string | null {
  const { text, numberStart, spanEnd } = ctx;
  if (spanEnd === undefined) return null;
  // "this year's budget includes $7.5M for affordable and supportive housing": the money funds what follows "for".
  if (EN_FUNDING_VERB_BEFORE.test(text.slice(Math.max(0, numberStart - 60), numberStart))) {
    const funded = EN_FUNDED_PURPOSE_AFTER.exec(text.slice(spanEnd, spanEnd + 120))?.[1];
    if (funded) return funded;
  }
  const bare = subject?.trim();
  if (!bare) return null;
  if (EN_PARTITIVE_QUANTITY_ONLY.test(bare)) return setOfShare(ctx);
  // "Across the UK £6.2 billion of income came from …": the place fronted says where; what the amount is of, what.
  const place = EN_FRONTED_PLACE_ONLY.exec(bare);
  if (place && namesOnlyPlaces(place[1]))
    return EN_OF_NOUN_AFTER_AMOUNT.exec(text.slice(spanEnd, spanEnd + 80))?.[1] ?? null;
  // "Australia accounted for 855,900, or 37 per cent, of the overseas visitors": a place's share is of the visitors.
  if (namesOnlyPlaces(bare) && EN_PLACE_SHARE_VERB_BEFORE.test(text.slice(Math.max(0, numberStart - 40), numberStart)))
    return EN_PLACE_SHARE_OF_AFTER.exec(text.slice(spanEnd, spanEnd + 100))?.[1] ?? null;
  return null;
}

/**
 * "Over half (58.9%) of US residents visiting Canada …", "Of infants in classes with more than 30 pupils, the vast
 * majority (95.7%) …": a share read as its quantity word alone is of the set written after it or fronted before it.
 */
function setOfShare({ text, numberStart, spanEnd }: CompletionContext): string | null {
  if (spanEnd === undefined) return null;
  const after = EN_SET_OF_SHARE_AFTER.exec(text.slice(spanEnd, spanEnd + 120))?.[1];
  if (after) return after.trim();
  const sentenceStart = breakdownSentenceStart(text, numberStart);
  return EN_FRONTED_SET_OF_SHARE.exec(text.slice(sentenceStart, numberStart))?.[1].trim() ?? null;
}

/**
 * "… increased 0.4% when compared with February 2018. This followed monthly increases of 0.3%": the moves a pronoun says
 * came before are of what the sentence before measures; so is the share a pronoun says it corresponds to.
 */
function followedMeasure({ text, numberStart, earlier }: CompletionContext): string | null {
  const sentenceStart = breakdownSentenceStart(text, numberStart);
  const lead = text.slice(sentenceStart, numberStart);
  if (!EN_FOLLOWED_LEAD.test(lead) && !EN_CORRESPONDS_LEAD.test(lead)) return null;
  const previousStart = breakdownSentenceStart(text, Math.max(0, sentenceStart - 2));
  return earlierWithin(earlier, previousStart, sentenceStart).at(-1)?.subject ?? null;
}

/**
 * "6,695 additional dwellings from former offices, 564 from agricultural buildings": a later item of a list whose first
 * item wrote the counted noun is told apart by its object, as written.
 */
function ellipticalListObject({ text, numberStart, spanEnd }: CompletionContext): string | null {
  if (spanEnd === undefined) return null;
  const after = text.slice(spanEnd, spanEnd + 160);
  if (!isEllipticalListItem(text, numberStart, after, 0)) return null;
  const object = EN_ELLIPTICAL_LIST_OBJECT.exec(after)?.[1].replace(/\s+/g, ' ').trim() ?? null;
  // "… and 14 percent from a year ago": a basis in time is no object.
  return object && EN_PERIOD_ONLY.test(object) ? null : object;
}

/**
 * "The largest increases in payroll employment were in Quebec (+27,200; +0.8%)", "Increases were recorded in Other
 * Service Activities (1.0%)", "a decrease in Ontario (-20,800; -0.3%)": a figure in brackets after a place or a sector
 * of a breakdown measures what the breakdown is of (the GUIDE's subject is what is measured, not where): the measure
 * the lead names, else the subject of the nearest figure before the sentence.
 */
/**
 * "Germany (81.2 million residents), France (66.4 million) …": a sentence that opens with names, each with its figure
 * in brackets, measures one quantity per name (H11-3: the place is not the subject): the noun the figure counts, else
 * what the figure before it in the list measures.
 */
function placeListMeasure(ctx: CompletionContext, sentenceStart: number): string | null {
  const { text, numberStart } = ctx;
  const names = namesBeforeBracket(text.slice(sentenceStart, numberStart));
  if (!EN_NAMES_LIST.test(names)) return null;
  const noun = ctx.spanEnd !== undefined ? spanNoun(text, numberStart, ctx.spanEnd) : '';
  if (noun && !EN_NOT_COUNTED_NOUN_WORD.test(noun)) return noun;
  return earlierWithin(ctx.earlier, sentenceStart, numberStart)[0]?.subject ?? null;
}

/**
 * "The unemployment rate also declined by 0.1 percentage point in Ireland (to 8.9%), Italy (to 11.5%) …": a figure in
 * brackets after a place that a verb of the sentence moves (H11-3: the place is not the subject) measures what the
 * sentence's first figure measures, else the verb's subject.
 */
function verbBreakdownMeasure(ctx: CompletionContext): string | null {
  const { text, numberStart } = ctx;
  if (!EN_INSIDE_OPEN_BRACKET.test(text.slice(Math.max(0, numberStart - 41), numberStart))) return null;
  const sentenceStart = breakdownSentenceStart(text, numberStart);
  const sentence = text.slice(sentenceStart, numberStart);
  const lead = [...sentence.matchAll(EN_VERB_BREAKDOWN_LEAD)].at(-1);
  if (!lead) return null;
  const between = sentence.slice(lead.index + lead[0].length);
  const names = namesBeforeBracket(between);
  if (!EN_NAMES_LIST.test(names)) return null;
  const first = earlierWithin(ctx.earlier, sentenceStart, numberStart).at(-1);
  if (first?.subject) return first.subject;
  const verbSubject = cleanEn(sentence.slice(0, lead.index).split(',').at(-1) ?? '');
  return verbSubject || null;
}

/**
 * "…Counties-Manukau (up 22.6%), Waikato (16.5%)", "the lowest rate of inflation of 31.2 per cent, Greater Accra, 33.9
 * per cent": a named item of a list whose item before has its figure measures what that figure measures, when the
 * subject read for it is only the name.
 */
function namedItemMeasure(ctx: CompletionContext, subject: string | null): string | null {
  const { text, numberStart } = ctx;
  const previous = earlierWithin(ctx.earlier, Math.max(0, numberStart - ELLIPSIS_REACH), numberStart)[0];
  // The item before must have been read as a measure, not as its own name ("followed by United Airlines").
  if (!previous?.subject || EN_ENDS_WITH_NAME.test(previous.subject)) return null;
  const item = EN_NAMED_ITEM_GAP.exec(text.slice(previous.end, numberStart));
  if (!item?.groups) return null;
  const name = item.groups.name.toLowerCase();
  if (
    subject &&
    !name.includes(subject.toLowerCase().replace(EN_LEADING_ARTICLE, '')) &&
    !subject.toLowerCase().includes(name)
  )
    return null;
  return previous.subject;
}

/** Where the sentence of a breakdown's figure starts: after the last ". " or line break within the breakdown's reach. */
export function breakdownSentenceStart(text: string, numberStart: number): number {
  const floor = Math.max(0, numberStart - EN_BREAKDOWN_REACH);
  const window = text.slice(floor, numberStart);
  const fullStop = window.lastIndexOf('. ');
  return floor + Math.max(fullStop < 0 ? 0 : fullStop + 2, window.lastIndexOf('\n') + 1);
}

/** The names of a list before the figure's bracket, with the brackets of the items before taken out ('' with none). */
function namesBeforeBracket(before: string): string {
  const open = before.lastIndexOf('(');
  return open < 0 ? '' : before.slice(0, open).replace(EN_BREAKDOWN_ITEM_BRACKET, ' ');
}

/**
 * "The top six applicant countries last year were Nigeria (21.2%), Pakistan (9.6%)": names listed after a plural noun
 * phrase and its verb, each with its figure in brackets, measure what the noun phrase names (H11-3, H363-8).
 */
function listLeadMeasure(before: string): string | null {
  const lead = EN_NAMED_LIST_LEAD.exec(before);
  if (!lead) return null;
  const names = namesBeforeBracket(before.slice(lead.index + lead[0].length));
  if (!EN_NAMES_LIST.test(names)) return null;
  const measure = cleanEn(lead[1]);
  return measure && EN_PLURAL_HEAD.test(measure) ? measure : null;
}

function breakdownMeasure(ctx: CompletionContext): string | null {
  const { text, numberStart } = ctx;
  if (!EN_BRACKETED_FIGURE_BEFORE.test(text.slice(Math.max(0, numberStart - 40), numberStart))) return null;
  const sentenceStart = breakdownSentenceStart(text, numberStart);
  const lead = EN_BREAKDOWN_LEAD.exec(text.slice(sentenceStart, numberStart));
  if (!lead) return listLeadMeasure(text.slice(sentenceStart, numberStart)) ?? placeListMeasure(ctx, sentenceStart);
  // The names between the lead and the figure carry no verb of their own: only names, brackets and list words.
  const between = text.slice(sentenceStart + lead.index + lead[0].length, numberStart);
  const names = namesBeforeBracket(between);
  if (!EN_BREAKDOWN_NAMES.test(names) || EN_BREAKDOWN_VERB.test(names)) return null;
  // "increases were recorded for sugar, sweets, and desserts (4.5%)": categories in lower case (no names of places or
  // divisions) stay their own subjects.
  if (EN_LOWER_CASE_ITEM.test(bracketedMoveItem(text, sentenceStart, numberStart) ?? '')) return null;
  if (lead.groups?.measure) return lead.groups.measure;
  // "Job losses occurred in Leisure & Hospitality (-1,100)": the noun the change word heads names the measure.
  if (lead.groups?.head) return lead[0].replace(EN_BREAKDOWN_LEAD_TAIL, '');
  const previous = earlierWithin(ctx.earlier, Math.max(0, sentenceStart - ELLIPSIS_REACH), sentenceStart)[0];
  return previous?.subject ?? null;
}
