// An HTML source, parsed with htmlparser2: tables become table figures; the rest becomes text, one line per
// block element, read by the report engine.
import { parseDocument, DomUtils } from 'htmlparser2';
import { hasChildren, isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Segmenter } from '../text/segmenter';
import { figuresFromTable } from './table-source';
import { figuresFromText } from './text-source';
import type { SourceFigure } from './types';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'tr',
  'table',
  'blockquote',
  'pre',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'head', 'table']);

function textOf(nodes: ChildNode[], out: string[]): void {
  for (const n of nodes) {
    if (isText(n)) out.push(n.data.replace(/[ \t\r\n]+/gu, ' '));
    else if (isTag(n)) {
      const el = n;
      if (SKIP.has(el.name)) {
        if (el.name === 'table') out.push('\n');
        continue;
      }
      if (BLOCK.has(el.name)) out.push('\n');
      textOf(el.children, out);
      if (BLOCK.has(el.name)) out.push('\n');
    } else if (hasChildren(n)) textOf(n.children, out);
  }
}

export interface HtmlText {
  /** The page's <title>. */
  title: string;
  text: string;
  tables: string[][][];
}

export function readHtml(html: string): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true });
  const parts: string[] = [];
  textOf(doc.children, parts);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  const titleElement = DomUtils.getElementsByTagName('title', doc.children)[0];
  const title = titleElement ? DomUtils.textContent(titleElement).trim() : '';
  const tables = DomUtils.getElementsByTagName('table', doc.children).map((table) =>
    DomUtils.getElementsByTagName('tr', table.children).map((tr) =>
      tr.children
        .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
        .map((cell) => DomUtils.textContent(cell).replace(/\s+/gu, ' ').trim()),
    ),
  );
  return { title, text, tables };
}

export function figuresFromHtml(
  html: string,
  segmenter: Segmenter | null,
): { title: string; text: string; figures: SourceFigure[] } {
  const { title, text, tables } = readHtml(html);
  const figures = [
    ...figuresFromText(text, segmenter),
    ...tables.flatMap((rows, i) => figuresFromTable(rows, { table: i + 1 })),
  ];
  return { title, text, figures };
}
