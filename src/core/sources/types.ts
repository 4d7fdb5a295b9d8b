// A source document's figures (from text, HTML, tables) and the outcome of looking a report's metric up in it.
import type { Metric, TextRange } from '../types';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'csv' | 'tsv' | 'xlsx' | 'pdf';

export interface SourceLocation {
  /** 1-based line of the source's text (text, Markdown, HTML as text, CSV row; PDF: the line on its page). */
  line?: number;
  /** PDF: the 1-based page. */
  page?: number;
  /** Excel: the sheet's name (its 1-based position is `table`). */
  sheet?: string;
  /** Table cells: the row and column headers that name the cell, and its 1-based row and column. */
  row?: number;
  column?: number;
  table?: number;
}

export interface SourceFigure {
  /** The quantity's name: the metric's subject, or a table cell's row and column headers. */
  subject: string;
  /** Text sources: the name the figure's own clause gives it (see clauseName), tried beside the subject. */
  name?: string;
  metric: Metric;
  /** The passage the figure stands in (a sentence, or "row header | column header: cell"). */
  quote: string;
  /** What sets the figure's scope: its sentence up to the figure and its section heading. */
  context: string;
  location: SourceLocation;
}

export interface SourceDocument {
  path: string;
  format: SourceFormat;
  figures: SourceFigure[];
  /** The year the source reports on (2025 for 2025年…统计公报), from its opening; null when it names none. */
  year?: number | null;
}

export type SourceOutcome = 'matches' | 'differs' | 'not-in-source';

export interface SourceMatch {
  outcome: SourceOutcome;
  /** The report's metric. */
  metric: Pick<Metric, 'id' | 'text' | 'value' | 'unit' | 'subject' | 'line'> & { range: TextRange };
  /** The source figure compared with (null when none names the same quantity). */
  source: {
    path: string;
    text: string;
    value: number;
    unit: string;
    subject: string;
    quote: string;
    location: SourceLocation;
  } | null;
  /** Subject similarity in [0, 1] of the pair compared. */
  similarity: number;
  /** e.g. "the source says 131起 at line 42". */
  message: string;
}
