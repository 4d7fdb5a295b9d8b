// Reads a source document of any supported format into figures, with a clear error for the rest.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeBytes } from '../text/report-file';
import type { Segmenter } from '../text/segmenter';
import { figuresFromHtml } from './html-source';
import { figuresFromPdfPages, readPdfPages } from './pdf-source';
import { figuresFromTable } from './table-source';
import { figuresFromText } from './text-source';
import type { SourceDocument, SourceFormat } from './types';
import { figuresFromWorkbook } from './xlsx-source';

export class SourceReadError extends Error {}

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.xlsx': 'xlsx',
  '.pdf': 'pdf',
};
const NOT_YET: Record<string, string> = {
  '.xls': 'old Excel workbooks (.xls) are not read: save the workbook as .xlsx or the sheet as CSV',
  '.docx': 'Word documents are not read: save as .txt or .html',
};

export const SOURCE_EXTENSIONS = Object.keys(FORMATS);

export function sourceFormatOf(file: string): SourceFormat {
  const ext = path.extname(file).toLowerCase();
  const format = FORMATS[ext];
  if (format) return format;
  throw new SourceReadError(
    `${file}: ${NOT_YET[ext] ?? `unsupported source format "${ext || '(none)'}"`} (supported: ${SOURCE_EXTENSIONS.join(', ')})`,
  );
}

const OPENING = 400;

/** The year a source reports on: the year named most often in its opening (title, date line). */
export function documentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.slice(0, OPENING).matchAll(/((?:19|20)\d{2})\s*年/gu)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts)
    if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y < best)) best = y;
  return best;
}

/** Parses a source already in memory (decoded text; Excel and PDF need their bytes: see sourceFromBytes). */
export function sourceFromText(
  file: string,
  format: SourceFormat,
  text: string,
  segmenter: Segmenter | null,
): SourceDocument {
  switch (format) {
    case 'text':
    case 'markdown':
      return { path: file, format, figures: figuresFromText(text, segmenter), year: documentYear(text) };
    case 'html': {
      const html = figuresFromHtml(text, segmenter);
      return { path: file, format, figures: html.figures, year: documentYear(html.title + html.text) };
    }
    case 'csv':
    case 'tsv': {
      let rows: string[][];
      try {
        rows = parseCsv(text, {
          delimiter: format === 'tsv' ? '\t' : ',',
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: true,
          bom: true,
        });
      } catch (err) {
        throw new SourceReadError(`${file}: not a readable ${format.toUpperCase()} table (${(err as Error).message})`);
      }
      const figures = figuresFromTable(rows).map((f) => ({ ...f, location: { ...f.location, line: f.location.row } }));
      return { path: file, format, figures };
    }
    case 'xlsx':
    case 'pdf':
      throw new SourceReadError(`${file}: ${format.toUpperCase()} is read from its bytes, not from text`);
  }
}

/** Parses a source from its bytes, whatever its format (text formats are decoded first: UTF-8, UTF-16, GBK). */
export async function sourceFromBytes(
  file: string,
  format: SourceFormat,
  bytes: Uint8Array,
  segmenter: Segmenter | null,
): Promise<SourceDocument> {
  if (format === 'xlsx') {
    try {
      return { path: file, format, figures: await figuresFromWorkbook(bytes) };
    } catch (err) {
      throw new SourceReadError(`${file}: not a readable Excel workbook (${(err as Error).message})`);
    }
  }
  if (format === 'pdf') {
    let pages: string[];
    try {
      pages = await readPdfPages(bytes);
    } catch (err) {
      throw new SourceReadError(`${file}: not a readable PDF (${(err as Error).message})`);
    }
    const pdf = figuresFromPdfPages(pages, segmenter);
    if (!/\d/u.test(pdf.text))
      throw new SourceReadError(`${file}: the PDF has no text layer with figures (a scan needs OCR first)`);
    return { path: file, format, figures: pdf.figures, year: documentYear(pdf.text) };
  }
  let text: string;
  try {
    text = decodeBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).text;
  } catch (err) {
    throw new SourceReadError(`${file}: ${(err as Error).message}`);
  }
  return sourceFromText(file, format, text, segmenter);
}

export async function readSource(file: string, segmenter: Segmenter | null): Promise<SourceDocument> {
  const format = sourceFormatOf(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceReadError(`${file}: ${code === 'ENOENT' ? 'no such source file' : (err as Error).message}`);
  }
  return sourceFromBytes(file, format, bytes, segmenter);
}
