// Tables of counts copied as text without their cells' tabs ("Investigations Closed 232⏎Arrests 51", "1960: 12,000"):
// a row is one line of a label and its count, and a run of two such lines or more is a table. The text layer keeps the
// rows apart, the sentence splitter makes each a unit, and the English unit and subject readers take its label.
import { EN_LABEL_COUNT_ROW } from '../rules/en/sentences';

/** Is the line (its text) a label-and-count row? */
export function isLabelCountLine(line: string): boolean {
  return EN_LABEL_COUNT_ROW.test(line);
}

/** Is the line [lineStart, lineEnd) of `text` a label-and-count row with another such row right before or after it? */
export function inLabelCountRun(text: string, lineStart: number, lineEnd: number): boolean {
  if (!isLabelCountLine(text.slice(lineStart, lineEnd))) return false;
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  if (previousStart >= 0 && isLabelCountLine(text.slice(previousStart, lineStart - 1))) return true;
  const newline = text.indexOf('\n', lineEnd);
  if (newline < 0) return false;
  const nextEnd = text.indexOf('\n', newline + 1);
  return isLabelCountLine(text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd));
}

/**
 * The label of the table row a figure ends ("Investigations Closed 232": "Investigations Closed"), the bullet and the
 * colon left out, when the row is one of a run; else null.
 */
export function labelOfCountRow(text: string, figureStart: number, figureEnd: number): string | null {
  const lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  const newline = text.indexOf('\n', figureEnd);
  if (!inLabelCountRun(text, lineStart, newline < 0 ? text.length : newline)) return null;
  return (
    text
      .slice(lineStart, figureStart)
      .replace(/\s+/g, ' ')
      .replace(/^\s*[-•*]\s*|\s*:\s*$/g, '')
      .trim() || null
  );
}
