// The heading shapes that rank a report's sections (both languages), for the plan sections of claims/plan-sections.ts.

/** A figure or table title: no rank, it opens no section. */
export const CAPTION_HEADING = /^(?:图|表|圖|Figure|Table|Chart)\s*\d/iu;

/** Rank 1: 一、, a Markdown `#`, Part 2, Section 3. */
export const RANK_1_HEADING = /^(?:[一二三四五六七八九十]+、|#\s|(?:Part|Section)\s+\d)/iu;

/** Rank 2: （一）, a Markdown `##` (unnumbered headings are rank 2 too). */
export const RANK_2_HEADING = /^(?:[（(][一二三四五六七八九十]+[）)]|##\s)/u;

/** Rank 3: 1．, 1. and a Markdown `###` or deeper. */
export const RANK_3_HEADING = /^(?:\d{1,2}\s*[．.、]|#{3,}\s)/u;

/**
 * A heading that looks back (预算执行情况, 回顾, Assessment and Outlook, Recent Developments) or names the whole report
 * does not open a plan section: what it opens reports first.
 */
export const LOOKS_BACK_HEADING = /报告$|执行|回顾|成就|完成|总结|review|results|assessment|developments|performance/iu;
