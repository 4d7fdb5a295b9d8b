// Splits a normalised report into the units a fact-checker reads: sentences (ending at
// 。！？；, English . ! ? or a paragraph end), headings and photo captions. PDF-extracted
// reports break sentences with page breaks and captions; a paragraph that stops without
// terminal punctuation continues in the next prose paragraph, past any caption between.

import { furnitureLines, runningHeadShapes } from './furniture';
import { inLabelCountRun } from './label-rows';
import {
  EN_ABBREVIATION_END,
  EN_CAPITAL_START,
  EN_OPEN_WORD_END,
  EN_ENTITY_CLOSER,
  EN_FULL_STOP_END,
  EN_NEXT_SENTENCE_START,
  EN_UNIT_AFTER_SEMICOLON,
} from '../rules/en/sentences';
import { ZH_CHARACTERS } from '../rules/zh/sentences';

/** One white-space character. */
const WHITE_SPACE_CHAR = /\s/;
/** A Markdown heading mark. */
const MARKDOWN_HEADING = /^#{1,6}\s/;
/** A Markdown heading this long that holds a sentence end and goes on is a paragraph. */
const MARKDOWN_PROSE_MIN = 120;
const EN_SENTENCE_INSIDE = /[a-z%\d)][.;] [A-Z]|[。；]./u;
/** A sentence ending inside a line of prose: a word or a percentage, a full stop, a capitalised word. */
const EN_SENTENCE_END_INSIDE = /[a-z%)\d]\. [A-Z][a-z]/;
/** A numbered title ("Table 2. Employment by sector …"), whose full stop ends no sentence. */
const NUMBERED_TITLE_START = /^(?:Table|Figure|Fig|Chart|Section|Annex|Box|Appendix|Part|Chapter|Exhibit)\b/i;
/** Words a line holding such an end has at least to be prose (not "Dept. Of Labor"). */
const EN_WRAPPED_PROSE_MIN_WORDS = 8;
/** A line opened by a long dash (a subtitle). */
const DASH_HEADING = /^——|^--\s?/;
/** Sentence punctuation of Chinese and English text. */
const SENTENCE_PUNCTUATION = /[。！？；!?;]/;
/** A line that ends in sentence punctuation. */
const SENTENCE_PUNCTUATION_END = /[。！？；!?]$/;
/** A line that ends in a comma or colon goes on. */
const CLAUSE_PUNCTUATION_END = /[，,：:]$/;
/** A run of white space. */
const WHITE_SPACE_RUN = /\s+/;
/** A clause comma of Chinese or English text. */
const CLAUSE_COMMA = /[，,]/;
/** A digit. */
const DIGIT = /\d/;
/** Punctuation of prose: a line with it is no heading. */
const PROSE_PUNCTUATION = /[。！？；，、,;]/;

/** table: a row of a pipe-delimited table (`| Receipts | 2,472 | 2,300 |`): its cells are no metrics, the row no claim. */
export type UnitKind = 'sentence' | 'heading' | 'caption' | 'furniture' | 'table';

/** A row of a table written with pipes (Markdown or plain text): opens and closes with | and has three of them. */
// (or without the leading bar, as a web page copied as text writes it: `Extortion | 17,390 | 6,689 | $12.5 M |`)
export const PIPE_TABLE_ROW = /^(?:\|(?:[^|\n]*\|){2,}|[^|\n]+(?:\|[^|\n]*){3,})$/;
/**
 * A row of a table laid out with spaces or tabs: a short label ("January", "Feb-16", "地区生产总值") and two or more
 * figure cells, nothing else ("January 82,327 102,545 24.5", "Sales & Use 2,688 2,612 -77 -2.8% | 26,954 27,124"), or a
 * longer label with brackets or commas and three or more ("Chained (2009) dollars 0.2 0.3 0.1", "PCE, excluding food and
 * energy 0.2 0.2 0.1", "Total Assets -2.2 % 2,875,207 2,940,483"). Prose never ends in two bare figures without a word.
 */
export const ALIGNED_TABLE_ROW =
  /^(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?(?:[ \t]+[-+−]?\$?\(?\d(?:[\d,.]*\d)?\)?(?:[ \t]?%)?){3,}$|^[A-Za-z\u3400-\u9fff][\w\u3400-\u9fff&/’'()-]*(?:[ \t]+[A-Za-z&\u3400-\u9fff][\w\u3400-\u9fff&/’'()-]*){0,3}(?:[ \t]+(?:[-+−]?\$?\(?\d(?:[\d,.]*\d)?\)?(?:[ \t]?%)?|\|(?=[ \t]))){2,}$|^[A-Za-z\u3400-\u9fff(][^\n.;:!?。；：！？]{0,60}?(?:[ \t]+[-+−]?\$?\(?(?:\d(?:[\d,.]*\d)?|\.\d+)\)?(?:[ \t]?%)?){3,}$/u;

/**
 * A row of a table written as a label and cells parted by slashes ("* Bus: 20.70 M / 21.27 M / 2.8%"): three or more
 * figures, each with at most a short unit, and nothing else.
 */
export const SLASHED_TABLE_ROW =
  /^(?:[*•·\-–]\s+)?[A-Za-z\u3400-\u9fff][^:：\n]{0,40}[:：]\s*[-+−]?\(?\d[\d,.]*\)?\s*(?:[A-Za-z%]{1,3}\s*)?(?:\/\s*[-+−]?\(?\d[\d,.]*\)?\s*(?:[A-Za-z%]{1,3}\s*)?){2,}$/u;

export interface TextUnit {
  kind: UnitKind;
  /** Offsets in the normalised text; a sentence continued across a break spans the break. */
  start: number;
  end: number;
  /** The unit's own text pieces (a continued sentence has two or more, captions excluded). */
  pieces: Array<{ start: number; end: number }>;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const TERMINAL = new Set(['。', '！', '？', '；', '!', '?', ';', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
/** The same sets by UTF-16 code: `sentenceEnds` reads every character of the text. */
function isTerminalCode(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 33: // !
    case 63: // ?
    case 59: // ;
    case 0x2026: // …
      return true;
    default:
      return false;
  }
}
const CLOSER_CODES = new Set(Array.from(CLOSERS, (ch) => ch.charCodeAt(0)));
const FULL_STOP = 46;
const QUESTION_MARK = 63;
const SEMICOLON = 59;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
/** How far after its "(" a semicolon still counts as inside the parentheses (a stray "(" must not hold a page open). */
const PAREN_PAIR_REACH = 60;
const ELLIPSIS = 0x2026;
const CAPTION_END = /(摄|供图|图片来源[:：].*|\(摄影[^)]*\)|（摄影[^）]*）|图\/[^\s]+|Photo:.*|Photograph by .*)$/u;
const CAPTION_START = /^(图为|图：|图:|▲|△|\[图|【图|Photo:|Pictured:|!?\[?(?:Figure|Chart|Table) [A-Z0-9]{1,3}[:.])/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && WHITE_SPACE_CHAR.test(text[start])) start++;
  while (end > start && WHITE_SPACE_CHAR.test(text[end - 1])) end--;
  return [start, end];
}

/** A figure or table title, however long (a Markdown image link carries its URL). */
const FIGURE_TITLE = /^[\W]{0,3}(?:Figure|Chart|Table) [A-Z0-9]{1,3}[:.]/;

export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (FIGURE_TITLE.test(t) && t.length <= 400) return true;
  if (t.length > 80) return false;
  return CAPTION_END.test(t) || CAPTION_START.test(t);
}

/** A list item of this many words or more that states a figure is no heading. */
const LIST_ITEM_MIN_WORDS = 4;
const DIGIT_ANYWHERE = /\d/;
/** A line opening on a figure (not a year) that goes on in lower-case words. */
const FIGURE_LED_LINE = /^(?!(?:19|20)\d\d\b)[-+−]?[$£€]?\d[\d,.]*(?:\s*%|[kmb]n?|\s+(?:million|billion))?\s+[a-z]/;

/**
 * A list item (- , * , • , · , ◦ , 1. , (a) , and the "o " a word processor writes for a second-level bullet) is a
 * unit of its own.
 */
export const LIST_ITEM = /^(?:[-*•▪·◦●‣]\s|o\s(?=\S)|\d{1,2}[.)]\s|\([a-z0-9]{1,2}\)\s)/;
/** A line opened by a bullet glyph, glued to its text in Chinese reports (■造林632.45万公顷, ◆, ▲, ★): an item of its own. */
const BULLET_GLYPH_ITEM = /^[■□◆◇▲△★☆►▶◎]/u;
/** "* 25,436" on a line of its own, its description on the next ("The number of cases handled during the year."). */
const FIGURE_ONLY_ITEM = /^(?:[-*•▪·◦●‣]|o)\s+[-+−]?[$£€]?\d[\d,.]*\s*%?$/;
const FIGURE_ONLY_ITEM_MAX = 32;

/**
 * An English line that starts a new unit rather than continuing an open sentence: a list
 * item, or a capitalised line after a line of Latin text (a field such as `Headline 1: …`,
 * a new paragraph). Chinese has no capitals; its page-broken sentences continue as before.
 */
function startsNewEnglishUnit(text: string, open: TextUnit, line: string): boolean {
  if (LIST_ITEM.test(line) || BULLET_GLYPH_ITEM.test(line)) return true;
  // (A bullet and a figure are short: a long open line is never one, and is not copied to be tested.)
  if (
    open.pieces.length === 1 &&
    open.end - open.start <= FIGURE_ONLY_ITEM_MAX &&
    FIGURE_ONLY_ITEM.test(text.slice(open.start, open.end))
  )
    return false;
  const last = text.charCodeAt(open.end - 1);
  const latinBefore = !(last >= 0x3000 && last <= 0x9fff) && !(last >= 0xff00 && last <= 0xffef);
  return latinBefore && EN_CAPITAL_START.test(line);
}

/**
 * An infographic's figure on a line of its own (`26,105,822`, `866%`, `481 schools`), not a year: its label follows on
 * the next line or after one blank line.
 */
const INFOGRAPHIC_FIGURE_LINE =
  /^(?!(?:19|20)\d\d$)[-+−]?[$£€]?\d[\d,.]*(?:\s*%|[kmb]n?|\s+(?:million|billion))?(?:\s+[a-z]+)?$/;
/** The label under an infographic's figure opens in lower case (`meals provided to families across NSW & ACT`). */
const INFOGRAPHIC_LABEL_LINE = /^[a-z]/;
const INFOGRAPHIC_LABEL_MAX = 160;

/** The index of the label line under an infographic's figure line `li`, or -1. */
function infographicLabelLine(text: string, lines: Line[], furniture: boolean[], li: number, line: string): number {
  if (!INFOGRAPHIC_FIGURE_LINE.test(line)) return -1;
  const next = isBlankLine(text, lines[li + 1]) ? li + 2 : li + 1;
  const candidate = lines[next];
  if (!candidate || furniture[next]) return -1;
  const label = text.slice(candidate.start, candidate.end).trim();
  return label.length <= INFOGRAPHIC_LABEL_MAX && INFOGRAPHIC_LABEL_LINE.test(label) ? next : -1;
}

/** A line opening on its figure that goes on in lower-case words, of a few words at least. */
function isFigureLedLine(line: string): boolean {
  return (
    FIGURE_LED_LINE.test(line) &&
    !SENTENCE_MARK_OUTSIDE_FIGURES.test(line) &&
    line.split(WHITE_SPACE_RUN).length >= LIST_ITEM_MIN_WORDS
  );
}
/** A sentence's or a clause's mark that is no decimal point or thousands separator (the line is one sentence or more). */
const SENTENCE_MARK_OUTSIDE_FIGURES = /[!?;:。！？；]|[.,](?!\d)/;

/** A line with nothing on it (or none: the text's edge). */
function isBlankLine(text: string, line: { start: number; end: number } | undefined): boolean {
  return !line || text.slice(line.start, line.end).trim() === '';
}

/** A line that opens a list of the lines after it: it ends with a colon. */
const LIST_LEAD_END = /[:：]$/;
/** Words of an item stating a figure ("England grew at 3.0% to £251.9bn"), not a label alone. */
const COLON_LIST_ITEM_MIN_WORDS = 3;

/** An item of a list a colon opened: a line of a few words that states a figure. */
function isColonListItem(line: string): boolean {
  // "Capital Expenditure (…): Rs. 336.39 billion" is a label and its value, not an item that states something.
  return (
    DIGIT_ANYWHERE.test(line) &&
    !LABEL_COLON.test(line) &&
    line.split(WHITE_SPACE_RUN).length >= COLON_LIST_ITEM_MIN_WORDS
  );
}
const LABEL_COLON = /[:：]/;

/** A heading: a short line with no sentence punctuation, or numbered/markdown-marked. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  // A paragraph a converter marked as a heading ("# Preliminary … cash was $1.041 billion above …. Revenues …") is prose.
  if (MARKDOWN_HEADING.test(t)) return !(t.length > MARKDOWN_PROSE_MIN && EN_SENTENCE_INSIDE.test(t));
  if (FIGURE_ONLY_ITEM.test(t)) return false;
  if (DASH_HEADING.test(t) && t.length <= 60) return true;
  if (SENTENCE_PUNCTUATION.test(t.slice(0, -1)) || SENTENCE_PUNCTUATION_END.test(t)) return false;
  if (CLAUSE_PUNCTUATION_END.test(t)) return false;
  // An English line of several words ending in a full stop is a sentence; so is one a sentence ends inside, hard-wrapped
  // ("Real wage compensation has grown by 1.4 percent. Real median household income rose by").
  if (EN_FULL_STOP_END.test(t) && t.split(WHITE_SPACE_RUN).length >= 4) return false;
  if (
    EN_SENTENCE_END_INSIDE.test(t) &&
    !NUMBERED_TITLE_START.test(t) &&
    t.split(WHITE_SPACE_RUN).length >= EN_WRAPPED_PROSE_MIN_WORDS
  )
    return false;
  // Prose broken off mid-sentence (a page break) has clause commas; headings rarely do at length.
  if (CLAUSE_COMMA.test(t) && t.length > 24) return false;
  // "Broadband connections rise to 816 million in September 2022 from⏎⏎61 million …": a line left on a lower-case
  // function word is prose broken off, no title.
  if (EN_OPEN_WORD_END.test(t)) return false;
  // "- Banking entities: 149 organizations receiving $267.1 million": a list item stating a figure is content.
  if (LIST_ITEM.test(t) && DIGIT_ANYWHERE.test(t) && t.split(WHITE_SPACE_RUN).length >= LIST_ITEM_MIN_WORDS)
    return false;
  // "■造林632.45万公顷": so is an item a bullet glyph opens.
  if (BULLET_GLYPH_ITEM.test(t) && DIGIT_ANYWHERE.test(t)) return false;
  const cjk = (t.match(ZH_CHARACTERS) ?? []).length;
  const limit = cjk > t.length / 3 ? 40 : 90;
  return t.length <= limit;
}

function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && (CLOSERS.has(text[i]) || WHITE_SPACE_CHAR.test(text[i]))) i--;
  if (i < start) return true;
  const ch = text[i];
  if (TERMINAL.has(ch)) return true;
  if (ch === '.') return !EN_ABBREVIATION_END.test(text.slice(Math.max(start, i - 6), i + 1));
  return false;
}

/** Sentence boundaries inside one piece of prose: offsets just past each terminator (and its closing quotes). */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  // The last "(" not yet closed: a semicolon inside parentheses separates a pair, "(+27,200; +0.8%)", not sentences.
  let openParen = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) openParen = i;
    else if (c === CLOSE_PAREN) openParen = -1;
    let boundary = false;
    if (c === SEMICOLON && openParen >= 0 && i - openParen <= PAREN_PAIR_REACH) continue;
    if (c === SEMICOLON && !EN_UNIT_AFTER_SEMICOLON.test(text.slice(i + 1, Math.min(end, i + 12)))) continue;
    // "women aged 15?44": a question mark between digits is a dash lost to a wrong encoding, not a sentence's end.
    if (c === QUESTION_MARK && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue;
    if (isTerminalCode(c)) {
      boundary = true;
      if (c === ELLIPSIS && text.charCodeAt(i + 1) === ELLIPSIS) continue;
    } else if (c === FULL_STOP) {
      // English full stop (with its closing quotes or bracket): followed by space and a capital/quote/digit, or the end of the piece.
      const next = text[i + 1];
      const isDecimal = DIGIT.test(text[i - 1] ?? '') && DIGIT.test(next ?? '');
      let after = i + 1;
      while (after < end && CLOSER_CODES.has(text.charCodeAt(after))) after++;
      const entity = EN_ENTITY_CLOSER.exec(text.slice(after, after + 6));
      if (entity) after += entity[0].length;
      if (
        !isDecimal &&
        (after >= end ||
          (WHITE_SPACE_CHAR.test(text[after]) && EN_NEXT_SENTENCE_START.test(text.slice(after, after + 10))))
      ) {
        boundary = !EN_ABBREVIATION_END.test(text.slice(Math.max(start, i - 6), i + 1));
      }
    }
    if (!boundary) continue;
    let j = i + 1;
    while (j < end && (CLOSER_CODES.has(text.charCodeAt(j)) || isTerminalCode(text.charCodeAt(j)))) j++;
    if (c === FULL_STOP) j += EN_ENTITY_CLOSER.exec(text.slice(j, j + 6))?.[0].length ?? 0;
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

/**
 * Splits normalised text into units. Offsets are into `text`.
 */
export function splitUnits(text: string, runningHeads: ReadonlySet<string> = runningHeadShapes(text)): TextUnit[] {
  const lines = splitLines(text);
  const furniture = furnitureLines(
    lines.map((l) => l.text),
    runningHeads,
  );
  const units: TextUnit[] = [];
  // A sentence left open at the end of a paragraph, waiting for its continuation.
  let open: TextUnit | null = null;

  const closeOpen = () => {
    if (open) units.push(open);
    open = null;
  };
  /** Pushes the sentences that end between `from` and `to` (the first one closes the open unit); where the rest starts. */
  const pushSentences = (from: number, to: number): number => {
    let pos = from;
    for (const e of sentenceEnds(text, from, to)) {
      const [s, en] = trimRange(text, pos, e);
      if (s < en) {
        if (open) {
          const o: TextUnit = open;
          o.end = en;
          o.pieces.push({ start: s, end: en });
          units.push(o);
          open = null;
        } else {
          units.push({ kind: 'sentence', start: s, end: en, pieces: [{ start: s, end: en }] });
        }
      }
      pos = e;
    }
    return trimRange(text, pos, to)[0];
  };

  // After a line that opens a list ("goods exports from:"), its unpunctuated items stating figures are sentences.
  let inColonList = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const [ls, le] = trimRange(text, line.start, line.end);
    if (ls === le) continue;
    const t = text.slice(ls, le);
    const colonListItem: boolean = inColonList && isColonListItem(t);
    inColonList = colonListItem || (!furniture[li] && LIST_LEAD_END.test(t));
    if (open && !furniture[li] && startsNewEnglishUnit(text, open, t)) closeOpen();
    if (furniture[li]) {
      units.push({ kind: 'furniture', start: ls, end: le, pieces: [{ start: ls, end: le }] });
      continue;
    }
    if (PIPE_TABLE_ROW.test(t) || ALIGNED_TABLE_ROW.test(t) || SLASHED_TABLE_ROW.test(t)) {
      // A paragraph the text layer ran into a flattened table ("…性别比 102.87。 2023年年末…人口数 | 比重 |"): its
      // sentences before the first bar are prose, the rest the table.
      const bar = t.indexOf('|');
      const tableStart = bar > 0 && PIPE_TABLE_ROW.test(t) ? pushSentences(ls, ls + bar) : ls;
      closeOpen();
      units.push({ kind: 'table', start: tableStart, end: le, pieces: [{ start: tableStart, end: le }] });
      continue;
    }
    // "Investigations Closed 232⏎Arrests 51": each row of a run of label-and-count rows states its count.
    if (inLabelCountRun(text, line.start, line.end)) {
      closeOpen();
      units.push({ kind: 'sentence', start: ls, end: le, pieces: [{ start: ls, end: le }] });
      continue;
    }
    // "26,105,822⏎⏎meals provided to families": an infographic's figure and its label are one statement.
    const labelLine = open ? -1 : infographicLabelLine(text, lines, furniture, li, t);
    if (labelLine >= 0) {
      const me = trimRange(text, lines[labelLine].start, lines[labelLine].end)[1];
      // One piece: the figure's context reaches its label (a change named there: `866%⏎⏎increase on total hampers`).
      units.push({ kind: 'sentence', start: ls, end: me, pieces: [{ start: ls, end: me }] });
      li = labelLine;
      inColonList = false;
      continue;
    }
    // "27 individuals charged in criminal proceedings", "$145.8m in civil penalties imposed by the courts": a line of
    // its own (blank lines around it) that opens on its figure and goes on in lower case states it, unpunctuated.
    if (isFigureLedLine(t) && isBlankLine(text, lines[li - 1]) && isBlankLine(text, lines[li + 1])) {
      closeOpen();
      units.push({ kind: 'sentence', start: ls, end: le, pieces: [{ start: ls, end: le }] });
      continue;
    }
    if (isCaptionLine(t)) {
      units.push({ kind: 'caption', start: ls, end: le, pieces: [{ start: ls, end: le }] });
      continue;
    }
    if (isHeadingLine(t) && !(open && isContinuation(t)) && !colonListItem) {
      closeOpen();
      units.push({ kind: 'heading', start: ls, end: le, pieces: [{ start: ls, end: le }] });
      continue;
    }
    const pos = pushSentences(ls, le);
    const [rs, re] = trimRange(text, pos, le);
    if (rs < re) {
      const pending: TextUnit = open ?? { kind: 'sentence', start: rs, end: re, pieces: [] };
      pending.end = re;
      pending.pieces.push({ start: rs, end: re });
      open = null;
      if (endsSentence(text, rs, re)) units.push(pending);
      else open = pending;
    }
  }
  closeOpen();
  units.sort((a, b) => a.start - b.start);
  return units;
}

/**
 * A line right after a sentence left open by a page break reads as its continuation unless
 * it looks like a real heading: short, with no punctuation or figures at all.
 */
function isContinuation(line: string): boolean {
  if (PROSE_PUNCTUATION.test(line) || DIGIT.test(line)) return true;
  return line.length > 15;
}
