// What a linked source's findings look like in the editor: a match as information and a difference as a
// warning (with a link to the source line), hover lines with the source's quote and place, and the Quick Fixes
// "Accept: verified against SOURCE" / "Mark disputed: source says X" that write the claim's tag in one click.
import { pathToFileURL } from 'node:url';
import { t } from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node';
import { capText, escapeMarkdown } from '../core/output/markdown-text';
import type { SourceLocation, SourceMatch } from '../core/sources/types';
import type { AnalysisResult, Metric, TextRange } from '../core/types';
import type { LinkedSourceView, ReviewSource } from '../shared/protocol';

/** A source file linked to a report (or to one claim: its metrics only). */
export interface SourceLink {
  /** As the sidecar names it, relative to the report's folder. */
  file: string;
  path: string;
  scope: LinkedSourceView['scope'];
  /** A claim's link covers the metrics of its tagged text only. */
  range: TextRange | null;
}

/** A report metric found in a linked source (matching it or not). */
export interface SourceFinding {
  link: SourceLink;
  metric: Metric;
  match: SourceMatch;
}

/** Where a figure stands in its source, in words. */
export function sourcePlace(loc: SourceLocation): string {
  if (loc.row !== undefined && loc.column !== undefined)
    return loc.table !== undefined
      ? t('table {0}, row {1}, column {2}', loc.table, loc.row, loc.column)
      : t('row {0}, column {1}', loc.row, loc.column);
  return loc.line !== undefined ? t('line {0}', loc.line) : t('the source');
}

function messageOf(f: SourceFinding): string {
  const src = f.match.source!;
  const where = sourcePlace(src.location);
  return f.match.outcome === 'matches'
    ? t('matches {0} at {1}: “{2}”', f.link.file, where, capText(src.quote, 120))
    : t('{0}: the source says {1} at {2}; the report says {3}', f.link.file, src.text, where, f.metric.text);
}

function lineRange(loc: SourceLocation): Range {
  const line = Math.max(0, (loc.line ?? 1) - 1);
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/** A match as information, a difference as a warning, each with a link to its line in the source. */
export function findingDiagnostics(doc: TextDocument, findings: SourceFinding[]): Diagnostic[] {
  return findings.map((f) => ({
    range: { start: doc.positionAt(f.metric.range.start), end: doc.positionAt(f.metric.range.end) },
    severity: f.match.outcome === 'matches' ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning,
    source: 'Policy Lens',
    code: `source.${f.match.outcome}`,
    message: messageOf(f),
    relatedInformation: f.match.source
      ? [
          {
            location: {
              uri: pathToFileURL(f.link.path).href,
              range: lineRange(f.match.source.location),
            },
            message: capText(f.match.source.quote, 200),
          },
        ]
      : [],
  }));
}

/** Hover lines for the source findings of the metric under `offset`. */
export function findingHoverRows(findings: SourceFinding[], offset: number): string[] {
  const here = findings.filter((f) => f.metric.range.start <= offset && offset < f.metric.range.end);
  return here.flatMap((f) => {
    const src = f.match.source!;
    const head =
      f.match.outcome === 'matches'
        ? `✓ **${escapeMarkdown(t('Matches {0}', f.link.file), 200)}** (${escapeMarkdown(sourcePlace(src.location), 80)})`
        : `⚠ **${escapeMarkdown(t('The source differs'), 80)}**: ${escapeMarkdown(messageOf(f), 400)}`;
    return ['', head, '', `> ${escapeMarkdown(src.quote, 400)}`];
  });
}

/** "Accept: verified against SOURCE" and "Mark disputed: source says X", each on the claim of its figure. */
export function findingActions(
  doc: TextDocument,
  range: Range,
  analysis: AnalysisResult,
  findings: SourceFinding[],
  alreadyTagged: (claimId: string, status: string, source: ReviewSource) => boolean,
): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = Math.max(start + 1, doc.offsetAt(range.end));
  return findings
    .filter((f) => f.metric.range.start < end && start < f.metric.range.end)
    .flatMap((f): CodeAction[] => {
      const claim = analysis.claims.find(
        (c) => c.range.start <= f.metric.range.start && f.metric.range.end <= c.range.end,
      );
      const src = f.match.source;
      if (!claim || !src) return [];
      const source: ReviewSource = {
        citation: f.link.file,
        file: f.link.file,
        ...(src.location.line !== undefined ? { line: src.location.line } : {}),
        quote: src.quote,
      };
      const accept = f.match.outcome === 'matches';
      if (alreadyTagged(claim.id, accept ? 'verified' : 'disputed', source)) return [];
      return [
        {
          title: accept
            ? t('Accept: verified against {0}', f.link.file)
            : t('Mark disputed: source says {0}', src.text),
          kind: CodeActionKind.QuickFix,
          command: {
            title: accept ? t('Accept') : t('Mark disputed'),
            command: 'policyLens.tagClaim',
            arguments: [
              {
                uri: doc.uri,
                claimId: claim.id,
                status: accept ? 'verified' : 'disputed',
                source,
                ...(accept ? {} : { note: messageOf(f) }),
              },
            ],
          },
        },
      ];
    });
}
