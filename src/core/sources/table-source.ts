// Figures of a table (CSV, TSV, an HTML table): a numeric cell is named by its row header and column header,
// and read by the report engine from a phrase built of those headers ("财政收入比上年增长5.2%").
import { analyzeSync } from '../analyze';
import type { SourceFigure } from './types';

const NUMERIC_CELL = /^[-−+]?\d[\d,，]*(?:\.\d+)?\s*%?$/u;
/** 单位：亿元 / (亿元) / （%）: the unit a header or caption gives its numbers. */
const UNIT_IN_HEADER = /(?:单位[:：]\s*([^\s,，;；)）]+))|[（(]\s*([^（()）]{1,6})\s*[)）]/u;
const CHANGE_HEADER = /增长|增速|增幅|比上年|同比|change|growth/iu;

function isNumeric(cell: string): boolean {
  return NUMERIC_CELL.test(cell.trim());
}

function unitOf(...headers: string[]): string {
  for (const h of headers) {
    const m = UNIT_IN_HEADER.exec(h);
    const unit = (m?.[1] ?? m?.[2] ?? '').trim();
    if (unit && !/^\d/u.test(unit)) return unit;
  }
  return '';
}

function stripUnit(header: string): string {
  return header.replace(UNIT_IN_HEADER, '').trim();
}

/** The column of levels a change column is the change of (not the row header, the unit, a code or a change). */
function levelColumnHeader(
  header: string[],
  changeColumn: number,
  rowHeaderAt: number,
  unitColumn: number,
  codeColumns: Set<number>,
): string | null {
  const isLevel = (x: string, i: number) =>
    i !== rowHeaderAt && i !== unitColumn && !codeColumns.has(i) && x !== '' && !CHANGE_HEADER.test(x);
  // The nearest level column to the left is the level the change is of (执行数 before 比上年决算数增长%);
  // failing that, the first level column.
  const left = header
    .slice(0, changeColumn)
    .map((x, i) => ({ x, i }))
    .reverse()
    .find(({ x, i }) => isLevel(x, i));
  const h = left?.x ?? header.find(isLevel);
  return h ? stripUnit(h) : null;
}

export interface TableOptions {
  /** A caption or a line above the table (may give 单位：亿元). */
  caption?: string;
  /** The table's 1-based number in its document (HTML table, Excel sheet). */
  table?: number;
  /** An Excel sheet's name. */
  sheet?: string;
}

const UNIT_CELL = /^\s*(?:单位|單位)\s*[:：]/u;

/** Columns of codes and serial numbers (科目编码 101): numbers that are not figures. */
const CODE_HEADER = /编码|代码|序号|编号|^code$|^no\.?$/iu;

function filled(row: string[]): string[] {
  return row.filter((c) => c !== '');
}

/**
 * A data row has at least as many numeric cells as text cells besides its own header (产量 | 万吨 | 5.2); a header
 * row may carry a stray number (a hidden helper column) among its many texts.
 */
function isDataRow(row: string[]): boolean {
  const cells = filled(row);
  const numeric = cells.filter(isNumeric).length;
  return numeric > 0 && numeric >= cells.length - numeric - 1;
}

/**
 * The header rows are those just above the first data row; a row holding one text only (a title, 单位：万元,
 * a merged cell repeated across) is a caption. A column's header joins its header rows (2025年 + 执行数).
 */
function headerOf(rows: string[][]): { header: string[]; caption: string; firstData: number } {
  const firstData = rows.findIndex(isDataRow);
  const above = rows.slice(0, firstData < 0 ? 0 : firstData);
  // A 单位：万元 cell beside a table number (表一) is the caption's, not a column's header.
  const unitCells = above.flatMap((r) => filled(r).filter((c) => UNIT_CELL.test(c)));
  const rest = above.map((r) => r.map((c) => (UNIT_CELL.test(c) ? '' : c)));
  const captionRows = rest.filter((r) => new Set(filled(r)).size === 1);
  const headerRows = rest.filter((r) => new Set(filled(r)).size > 1);
  const width = Math.max(0, ...headerRows.map((r) => r.length));
  const header = Array.from({ length: width }, (_, c) =>
    [...new Set(filled(headerRows.map((r) => r[c] ?? '')))].join(' '),
  );
  return { header, caption: [...captionRows.map((r) => filled(r)[0]), ...unitCells].join(' '), firstData };
}

/** The header rows sit above the first data row; the first non-numeric cell of a row is its header. */
export function figuresFromTable(rows: string[][], options: TableOptions = {}): SourceFigure[] {
  const cleaned = rows.map((r) => r.map((c) => c.replace(/\s+/gu, ' ').trim()));
  const { header, caption: tableCaption, firstData } = headerOf(cleaned);
  const headerIndex = firstData - 1;
  const caption = [options.caption ?? '', tableCaption].filter((c) => c !== '').join(' ');
  const codeColumns = new Set(header.flatMap((h, c) => (CODE_HEADER.test(h) ? [c] : [])));
  // A 单位 column gives each row its own unit (万吨, 万千升).
  const unitColumn = header.findIndex((h) => /^(?:单位|計量單位|计量单位|unit)$/iu.test(h.replace(/\s/gu, '')));
  const out: SourceFigure[] = [];
  cleaned.forEach((row, r) => {
    if (firstData < 0 || r <= headerIndex) return;
    const rowHeaderAt = row.findIndex((c, i) => c !== '' && !isNumeric(c) && !codeColumns.has(i));
    if (rowHeaderAt < 0) return;
    const rowHeader = row[rowHeaderAt];
    row.forEach((cell, c) => {
      if (c === rowHeaderAt || c === unitColumn || codeColumns.has(c) || !isNumeric(cell)) return;
      const colHeader = header[c] ?? '';
      const number = cell.replace(/[,，\s]/gu, '').replace('−', '-');
      const isChange = CHANGE_HEADER.test(colHeader);
      const rowUnit = unitColumn >= 0 ? (row[unitColumn] ?? '') : '';
      const unit = cell.endsWith('%') || isChange ? '' : rowUnit || unitOf(colHeader, rowHeader, caption);
      const name = stripUnit(rowHeader);
      const phrase = isChange ? `${name}比上年增长${number.replace(/%$/u, '')}%` : `${name}为${number}${unit}`;
      const metric = analyzeSync(phrase, { segmenter: null }).metrics.find((m) => /\d/u.test(m.text));
      if (!metric) return;
      // A change column (比上年增长) is the change of the row's level column (产量), so it takes that name.
      const levelHeader = isChange
        ? (levelColumnHeader(header, c, rowHeaderAt, unitColumn, codeColumns) ?? '')
        : stripUnit(colHeader);
      const subject = levelHeader ? `${name} ${levelHeader}` : name;
      out.push({
        subject,
        metric: { ...metric, subject, text: cell + (unit && !cell.endsWith('%') ? unit : '') },
        quote: `${rowHeader} | ${colHeader}: ${cell}`,
        context: `${caption} ${rowHeader} ${colHeader}`,
        location: {
          row: r + 1,
          column: c + 1,
          ...(options.table !== undefined ? { table: options.table } : {}),
          ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
        },
      });
    });
  });
  return out;
}
