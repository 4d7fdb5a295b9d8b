// Tables of counts copied as text without their cells' tabs ("Investigations Closed 232⏎Arrests 51", "1960: 12,000"):
// a row is one line of a label and its count, and a run of two such lines or more is a table. The text layer keeps the
// rows apart, the sentence splitter makes each a unit, and the English unit and subject readers take its label.
import { EN_LABEL_COUNT_ROW, EN_LABEL_COUNT_ROW_MAX } from '../rules/en/sentences';

/** Is the line (its text) a label-and-count row? */
export function isLabelCountLine(line: string): boolean {
  return line.length <= EN_LABEL_COUNT_ROW_MAX && EN_LABEL_COUNT_ROW.test(line);
}

/**
 * Where the line holding `from` starts (scanning back at most a row's length), or -1 when it starts further back: a
 * line that long is no row, and a bounded scan keeps a megabyte of one line linear.
 */
function rowStartBefore(text: string, from: number): number {
  const floor = Math.max(0, from - EN_LABEL_COUNT_ROW_MAX - 1);
  const newline = text.slice(floor, from).lastIndexOf('\n');
  if (newline >= 0) return floor + newline + 1;
  return floor === 0 ? 0 : -1;
}

/** Where the line holding `from` ends (scanning on at most a row's length), or -1 when it ends further on. */
function rowEndAfter(text: string, from: number): number {
  const newline = text.slice(from, from + EN_LABEL_COUNT_ROW_MAX + 1).indexOf('\n');
  if (newline >= 0) return from + newline;
  return text.length - from <= EN_LABEL_COUNT_ROW_MAX ? text.length : -1;
}

/** Is the line [lineStart, lineEnd) of `text` a label-and-count row with another such row right before or after it? */
export function inLabelCountRun(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart > EN_LABEL_COUNT_ROW_MAX || !isLabelCountLine(text.slice(lineStart, lineEnd))) return false;
  const previousStart = lineStart > 0 ? rowStartBefore(text, lineStart - 1) : -1;
  if (previousStart >= 0 && isLabelCountLine(text.slice(previousStart, lineStart - 1))) return true;
  if (lineEnd >= text.length) return false;
  const nextEnd = rowEndAfter(text, lineEnd + 1);
  return nextEnd >= 0 && isLabelCountLine(text.slice(lineEnd + 1, nextEnd));
}

/**
 * The label of the table row a figure ends ("Investigations Closed 232": "Investigations Closed"), the bullet and the
 * colon left out, when the row is one of a run; else null.
 */
export function labelOfCountRow(text: string, figureStart: number, figureEnd: number): string | null {
  const lineStart = rowStartBefore(text, figureStart);
  const lineEnd = rowEndAfter(text, figureEnd);
  if (lineStart < 0 || lineEnd < 0 || !inLabelCountRun(text, lineStart, lineEnd)) return null;
  return (
    text
      .slice(lineStart, figureStart)
      .replace(/\s+/g, ' ')
      .replace(/^\s*[-•*]\s*|\s*:\s*$/g, '')
      .trim() || null
  );
}
