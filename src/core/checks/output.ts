// The `policy-lens check` JSON contract (documented by schema/check.schema.json) and its CSV form.
import { csvRow, CSV_BOM } from '../output/csv';
import type { SourceFormat, SourceMatch } from '../sources/types';
import { GENERATOR } from '../version';
import type { Finding } from './types';

export const CHECK_FORMAT_VERSION = 1;

export interface SourceResultJson {
  path: string;
  format: SourceFormat;
  /** "report" for a source given for the whole report, else the id of the claim it was linked to. */
  scope: 'report' | { claimId: string | null; annotationId: string };
  matches: SourceMatch[];
}

export interface CheckedReportJson {
  path: string;
  sha256: string;
  findings: Finding[];
  sources: SourceResultJson[];
}

export interface CheckSummary {
  reports: number;
  findings: number;
  inconsistent: number;
  sourceMatches: number;
  sourceDiffers: number;
  notInSource: number;
}

export interface CheckJson {
  version: number;
  generator: string;
  summary: CheckSummary;
  reports: CheckedReportJson[];
}

export function checkJson(reports: CheckedReportJson[]): CheckJson {
  const findings = reports.flatMap((r) => r.findings);
  const matches = reports.flatMap((r) => r.sources.flatMap((s) => s.matches));
  return {
    version: CHECK_FORMAT_VERSION,
    generator: GENERATOR,
    summary: {
      reports: reports.length,
      findings: findings.length,
      inconsistent: findings.filter((f) => f.status === 'inconsistent').length,
      sourceMatches: matches.filter((m) => m.outcome === 'matches').length,
      sourceDiffers: matches.filter((m) => m.outcome === 'differs').length,
      notInSource: matches.filter((m) => m.outcome === 'not-in-source').length,
    },
    reports,
  };
}

/** A gate fails on an inconsistency inside a report or a figure its source contradicts. */
export function failsGate(json: CheckJson): boolean {
  return json.summary.inconsistent > 0 || json.summary.sourceDiffers > 0;
}

const CSV_HEADER = ['path', 'kind', 'check', 'status', 'line', 'start', 'end', 'figures', 'message'];

/** One row per finding and per source match found or differing (not-in-source rows are left out). */
export function checkCsv(json: CheckJson): string {
  let out = CSV_BOM + csvRow(CSV_HEADER);
  for (const r of json.reports) {
    for (const f of r.findings) {
      const figures = f.figures.map((g) => `${g.role}=${g.text}`).join('; ');
      out += csvRow([r.path, 'check', f.check, f.status, f.line + 1, f.range.start, f.range.end, figures, f.message]);
    }
    for (const s of r.sources)
      for (const m of s.matches) {
        if (m.outcome === 'not-in-source') continue;
        const m0 = m.metric;
        out += csvRow([
          r.path,
          'source',
          s.path,
          m.outcome,
          m0.line + 1,
          m0.range.start,
          m0.range.end,
          m0.text,
          m.message,
        ]);
      }
  }
  return out;
}
