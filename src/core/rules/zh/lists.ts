// Lists of bare figures that share the unit written after the last one: 分别拉动0.6、2.0、3.4个百分点.

/**
 * After a bare figure: the rest of its list up to the last figure (、2.0、3.4 / 和150亿), that
 * figure's scale word in group 1; the unit is read right after the match.
 */
export const ZH_BARE_LIST_AFTER = /^(?:[、和及与]\d+(?:\.\d+)?(?:万亿|万|亿)?)*[、和及与]\d+(?:\.\d+)?(万亿|万|亿)?/u;
/** A figure written in Arabic digits with no scale word of its own (the last one's distributes). */
export const ZH_BARE_DIGITS = /^\d+(?:\.\d+)?$/u;
export const ZH_LIST_SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
