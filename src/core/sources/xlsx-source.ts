// An Excel workbook (.xlsx) source, read with exceljs: every sheet is a table whose cells are shown as Excel
// shows them (percent formats as percentages, decimals as formatted), then named by their row and column headers.
import { Workbook, type Cell, type CellValue } from 'exceljs';
import { figuresFromTable } from './table-source';
import type { SourceFigure } from './types';

/** Digits after the point that a number format shows (0.0% → 1, #,##0.00 → 2, General → null). */
function formatDecimals(numFmt: string): number | null {
  const section = numFmt.split(';')[0];
  if (!/[0#]/u.test(section)) return null;
  const point = /\.([0#]+)/u.exec(section);
  return point ? point[1].length : 0;
}

/** A formula's cached result, a rich text's text, a hyperlink's label: what the cell shows. */
function plainValue(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) {
    const result = value.result;
    return typeof result === 'number' || typeof result === 'string' ? result : null;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** A number shown with its format's decimals; a percentage format shows the fraction times 100 with %. */
export function shownNumber(value: number, numFmt: string): string {
  const percent = /%/u.test(numFmt.split(';')[0] ?? '');
  const shown = percent ? value * 100 : value;
  const decimals = formatDecimals(numFmt);
  // General: as many digits as Excel keeps, without the float noise of 0.1 + 0.2.
  const text = decimals === null ? String(Number(shown.toPrecision(12))) : shown.toFixed(decimals);
  return percent ? `${text}%` : text;
}

function cellText(cell: Cell): string {
  const value = plainValue(cell.value);
  if (value === null) return '';
  if (typeof value === 'number') return shownNumber(value, cell.numFmt ?? '');
  return value;
}

export interface Sheet {
  name: string;
  rows: string[][];
}

/** The visible sheets of a workbook as rows of shown cell texts (merged cells repeat their value in every cell). */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new Workbook();
  // exceljs declares its own Buffer type; a Node Buffer over the same bytes is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheets: Sheet[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state !== 'visible') return;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      // Hidden rows and columns are the workbook's own helpers (check sums, print flags), not the table.
      if (row.hidden) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = sheet.getColumn(column).hidden ? '' : cellText(cell);
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
    });
    sheets.push({ name: sheet.name, rows });
  });
  return sheets;
}

/** Figures of every visible sheet; a cell's location names its sheet, row and column. */
export async function figuresFromWorkbook(bytes: Uint8Array): Promise<SourceFigure[]> {
  const sheets = await readWorkbook(bytes);
  return sheets.flatMap((sheet, i) => figuresFromTable(sheet.rows, { table: i + 1, sheet: sheet.name }));
}
