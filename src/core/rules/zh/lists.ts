// Lists of bare figures that share the unit written after the last one: 分别拉动0.6、2.0、3.4个百分点.
import { ZH_MOVE_VERBS_BEFORE_LEVEL } from './numbers';

/**
 * After a bare figure: the rest of its list up to the last figure (、2.0、3.4 / 和150亿 / 、-5.64、1.34: a signed item
 * too), that figure's scale word in group 1; the unit is read right after the match.
 */
export const ZH_BARE_LIST_AFTER =
  /^(?:[、和及与][-−－]?\d+(?:\.\d+)?(?:万亿|万|亿)?)*[、和及与][-−－]?\d+(?:\.\d+)?(万亿|万|亿)?/u;
/**
 * 包含新北市1843、台北4、南投105…及高雄3129人: a list of places (or kinds), each a short name and a bare figure, the unit
 * written once after the last; the rest of the list after a figure, with at least one more named item.
 */
export const ZH_NAMED_LIST_AFTER =
  /^(?:、[\u3400-\u9fff]{1,5}?\d+(?:\.\d+)?)*(?:、|及|和|与)[\u3400-\u9fff]{1,5}?\d+(?:\.\d+)?(?=[\u3400-\u9fff%])/u;
/** The named item's lead: its short name, after a list joiner or the word that opens the list (包含, 包括, 其中, 分别为). */
export const ZH_NAMED_ITEM_BEFORE = /(?:、|(?:包含|包括|其中|分别为|分别是|依次为|依序为|[：:]))[\u3400-\u9fff]{1,5}$/u;
/** A figure written in Arabic digits with no scale word of its own (the last one's distributes). */
export const ZH_BARE_DIGITS = /^\d+(?:\.\d+)?$/u;
export const ZH_LIST_SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
/**
 * After a figure with its own scale word: the high end of a range that writes its scale again (610亿至632亿美元,
 * 六一〇亿至六三二亿美元); the unit is read right after the match.
 */
export const ZH_SCALED_RANGE_HIGH_END_AFTER =
  /^(?:至|到|~|～|-|—|–)(?:\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千两]+(?:点[〇零一二三四五六七八九]+)?)(?:万亿|万|亿)/u;
/**
 * 由23,100增至26,600人, 从2.31万增至2.66万人: the start of a movement written bare, its end with the unit. The start is
 * read after 由/从; what follows it is the move's verb (or none) and 至/到, then the end figure (group 1: its scale).
 */
// 平均輪候時間上升了0.2至5.8年: the size of a move before the level it reached takes that level's unit too.
export const ZH_MOVEMENT_START_BEFORE = new RegExp(`(?:由|从|${ZH_MOVE_VERBS_BEFORE_LEVEL})\\s*$`, 'u');
export const ZH_MOVEMENT_END_AFTER =
  /^\s*(?:增加|减少|下降|上升|增长|提高|降低|回落|回升|扩大|缩小|增|减|降|升|跌|涨)?(?:至|到)\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(万亿|万|亿)?/u;
/** A figure that ends on a scale word of its own. */
export const ZH_SCALE_END = /(?:万亿|万|亿)$/u;
/** 高于规上工业15.5个、8.6个和3.6个百分点: 个 before a list that ends in 个百分点 is 百分点 written once. */
export const ZH_POINTS_LIST_AFTER = /^(?:[、和及与]\s*\d+(?:\.\d+)?个)*[、和及与]\s*\d+(?:\.\d+)?个百分点/u;

/** 依序為英語5.9%、數學5.4%: a clause that opens an ordered list (依序為, 依次為, 分別為) before its first item. */
export const ZH_LIST_ORDER_OPENED =
  /(?:依序|依次|分别|分別|(?:减少|增加|下降|上升|增长)(?:最多|最大|最快)(?:的|者)?)(?:为|為|是)/u;
/** 、數學, ，其次為台北市: the gap before the next item of such a list, its short name only (after its rank word). */
export const ZH_ORDERED_LIST_ITEM_GAP =
  /^\s*[、，,]\s*(?:(?:再)?其次(?:为|為|是)|第[二三四五](?:名)?(?:为|為|是)?)?[\u3400-\u9fff]{1,6}\s*$/u;

/**
 * 港島七份、九龍十一份及新界五份, 3間旺角分店、一間大埔分店: a small numeral is a count, not a descriptor, in a list whose
 * other items count the same things. The joiner that must stand between it and such an item, the sibling's figure (digits
 * or two numerals and more), and how far the sibling is looked for within the clause.
 */
export const ZH_LIST_ITEM_JOINER = /[、及和与與]/u;
export const ZH_LIST_SIBLING_FIGURE = String.raw`(?:\d[\d,.]*|[〇零一二三四五六七八九十百千两兩]{2,}|十)`;
export const ZH_LIST_SIBLING_REACH = 40;
export const ZH_CLAUSE_END = /[。；！？\n]/u;

/** 分别减少受理数75件及财损金额…: 分别 and a move before a list's first item (its short name between). */
export const ZH_RESPECTIVE_MOVE_BEFORE =
  /分别(?:减少|增加|增长|下降|上升|提高|降低|减|增|降|升)了?[\u3400-\u9fff]{0,8}$/u;
/** The gap to the list's next item: a joiner and the item's short name. */
export const ZH_RESPECTIVE_ITEM_GAP = /^\s*[、和及与]\s*[\u3400-\u9fff]{0,8}\s*$/u;
