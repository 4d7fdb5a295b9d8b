// A PDF source, its text read with unpdf (PDF.js built for servers, pure JS): one text per page, read by the
// report engine like a PDF-extracted .txt, each figure located by its page and its line on that page.
import { extractText, getDocumentProxy } from 'unpdf';
import type { Segmenter } from '../text/segmenter';
import { figuresFromText } from './text-source';
import type { SourceFigure } from './types';

/** The text of each page, lines as PDF.js puts them (hard wraps kept: the engine reads soft wraps). */
export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  // PDF.js may detach the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

export interface PdfText {
  text: string;
  figures: SourceFigure[];
}

/** The pages joined by line breaks; a figure's location is its page and the line on that page (both 1-based). */
export function figuresFromPdfPages(pages: string[], segmenter: Segmenter | null): PdfText {
  const pageOfLine: Array<{ page: number; line: number }> = [];
  pages.forEach((page, p) => {
    page.split('\n').forEach((_, l) => pageOfLine.push({ page: p + 1, line: l + 1 }));
  });
  const text = pages.join('\n');
  const figures = figuresFromText(text, segmenter, (line) => pageOfLine[line] ?? { line: line + 1 });
  return { text, figures };
}
