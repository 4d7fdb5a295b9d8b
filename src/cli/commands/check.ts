// `policy-lens check`: the arithmetic inside reports and their figures against source documents; exit 1 gates
// a publishing pipeline on any inconsistency.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeSync } from '../../core/analyze';
import { runChecks } from '../../core/checks/run';
import {
  checkCsv,
  checkJson,
  failsGate,
  type CheckedReportJson,
  type CheckJson,
  type SourceResultJson,
} from '../../core/checks/output';
import { openReview, type Review } from '../../core/annotations/review';
import { resolveLinkedSource } from '../../core/annotations/linked-sources';
import { matchReport } from '../../core/sources/match';
import { readSource, SOURCE_EXTENSIONS, SourceReadError } from '../../core/sources/read';
import type { SourceDocument } from '../../core/sources/types';
import { loadSegmenter, type Segmenter } from '../../core/text/segmenter';
import { readReport, ReportReadError, DEFAULT_MAX_BYTES } from '../../core/text/report-file';
import type { AnalysisResult, Metric } from '../../core/types';
import { parseArgs } from '../args';
import { expandInputs } from '../inputs';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { displayWidth, padEnd } from '../format/width';

export const CHECK_USAGE = `usage: policy-lens check <report|dir> ... [--source FILE]... [options]

Checks the arithmetic inside reports (stated changes against their levels, parts against the whole,
shares against 100 %, rates against numerator and denominator, repeated figures) and, with --source,
looks each metric up in a source document. Sources linked in the report's annotations are used too:
those linked to the whole report (Link Source File in the editor) for every figure, those linked to a
claim (a source naming a file) for that claim's figures.
  --source FILE             a source for every report (repeatable): ${SOURCE_EXTENSIONS.join(' ')}
  --format json|table|csv   output format (default: table on a terminal, json otherwise)
  --out FILE                write the output to FILE instead of stdout
  --all                     table: also list consistent findings and figures found in the source
  --lang zh|en|auto         the reports' language (default auto)
  --no-segmenter            skip Chinese word segmentation (faster; coarser subjects)

exit codes: 0 consistent, 1 an inconsistency or a figure the source contradicts, 2 usage error,
3 a report or source could not be read
`;

export const EXIT_INCONSISTENT = 1;
export const EXIT_UNREADABLE = 3;

const FLAGS = {
  format: { value: true, choices: ['json', 'table', 'csv'] },
  out: { value: true },
  all: {},
  lang: { value: true, choices: ['zh', 'en', 'auto'] },
  'no-segmenter': {},
  help: {},
} as const;

/** --source may be given many times; the shared parser keeps one value per flag. */
function takeSources(argv: string[]): { sources: string[]; rest: string[] } {
  const sources: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--source') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--source needs a file');
      sources.push(value);
      i++;
    } else if (arg.startsWith('--source=')) sources.push(arg.slice('--source='.length));
    else rest.push(arg);
  }
  return { sources, rest };
}

/** A claim's source that names a local file (a relative path or a file: URL), resolved from the report's folder. */
function localSourceFile(reportPath: string, url: string | undefined): string | null {
  if (!url) return null;
  const file = url.startsWith('file://')
    ? decodeURIComponent(new URL(url).pathname)
    : /^[a-z]+:/iu.test(url)
      ? null
      : url;
  if (!file) return null;
  const resolved = path.resolve(path.dirname(reportPath), file);
  return SOURCE_EXTENSIONS.includes(path.extname(resolved).toLowerCase()) ? resolved : null;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

interface ClaimSource {
  file: string;
  annotationId: string;
  claimId: string | null;
  range: { start: number; end: number };
}

/** The sources the report's sidecar links: to the whole report (its `sources` list) and to single claims. */
async function linkedSources(
  reportPath: string,
  segmenterOff: boolean,
  warn: (m: string) => void,
): Promise<{ report: string[]; claims: ClaimSource[] }> {
  try {
    const review = await openReview(reportPath, { analyze: { useSegmenter: !segmenterOff } });
    const report = (review.sidecar.data.sources ?? []).map((s) => resolveLinkedSource(reportPath, s.file));
    return { report, claims: await claimSources(review, reportPath) };
  } catch (err) {
    warn(`${reportPath}: linked sources not read (${(err as Error).message})`);
    return { report: [], claims: [] };
  }
}

/** Claims whose tag names a local source file (its `file`, or a url or citation that is a path to one). */
async function claimSources(review: Review, reportPath: string): Promise<ClaimSource[]> {
  const out: ClaimSource[] = [];
  for (const item of review.items) {
    if (item.anchor.state !== 'anchored') continue;
    for (const s of item.annotation.sources) {
      const file = localSourceFile(reportPath, s.file ?? s.url ?? s.citation);
      // A citation that merely looks like a file name is not a linked source unless the file is there.
      if (file && (await exists(file)))
        out.push({
          file,
          annotationId: item.annotation.id,
          claimId: item.annotation.claimId,
          range: item.anchor.range,
        });
    }
  }
  return out;
}

function table(json: CheckJson, showAll: boolean): string {
  let out = '';
  for (const r of json.reports) {
    const shown = r.findings.filter((f) => showAll || f.status === 'inconsistent');
    out += `${r.path}: ${r.findings.filter((f) => f.status === 'inconsistent').length} inconsistent of ${r.findings.length} checked\n`;
    for (const f of shown) {
      const mark = f.status === 'inconsistent' ? '✗' : '✓';
      out += `  ${mark} line ${String(f.line + 1).padStart(4)}  ${padEnd(f.check, 8)} ${f.message}\n`;
    }
    for (const s of r.sources) {
      const counts = { matches: 0, differs: 0, 'not-in-source': 0 };
      for (const m of s.matches) counts[m.outcome]++;
      const scope = s.scope === 'report' ? '' : ` (claim ${s.scope.claimId ?? s.scope.annotationId})`;
      out += `  source ${s.path}${scope}: ${counts.matches} match, ${counts.differs} differ, ${counts['not-in-source']} not in the source\n`;
      for (const m of s.matches) {
        if (m.outcome === 'differs' || (showAll && m.outcome === 'matches')) {
          const mark = m.outcome === 'differs' ? '✗' : '✓';
          const label = `${m.metric.text} (${m.metric.subject ?? ''})`;
          out += `  ${mark} line ${String(m.metric.line + 1).padStart(4)}  ${label}${' '.repeat(Math.max(1, 24 - displayWidth(label)))}${m.message}\n`;
        }
      }
    }
  }
  return out;
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { sources: sourceArgs, rest } = takeSources(argv);
  const { positionals, flags } = parseArgs(rest, FLAGS);
  if (flags.has('help')) {
    io.stdout.write(CHECK_USAGE);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('check needs at least one report file or directory');
  const outFile = flags.get('out') as string | undefined;
  const format = (flags.get('format') as string | undefined) ?? (io.stdout.isTTY && !outFile ? 'table' : 'json');
  const lang = (flags.get('lang') as 'zh' | 'en' | 'auto' | undefined) ?? 'auto';
  const noSegmenter = flags.has('no-segmenter');
  const segmenter: Segmenter | null = noSegmenter ? null : loadSegmenter((m) => io.stderr.write(`${m}\n`));
  let unreadable = 0;
  const fail = (what: string, message: string) => {
    unreadable++;
    io.stderr.write(`policy-lens check: ${what}: ${message}\n`);
  };

  const sourceCache = new Map<string, SourceDocument | null>();
  const loadSource = async (file: string): Promise<SourceDocument | null> => {
    if (!sourceCache.has(file)) {
      try {
        sourceCache.set(file, await readSource(file, segmenter));
      } catch (err) {
        if (!(err instanceof SourceReadError)) throw err;
        fail('source', err.message);
        sourceCache.set(file, null);
      }
    }
    return sourceCache.get(file) ?? null;
  };
  for (const s of sourceArgs) await loadSource(s);

  const reports: CheckedReportJson[] = [];
  for (const item of await expandInputs(positionals)) {
    if (item.kind !== 'file') {
      fail(
        item.kind === 'error' ? item.path : '-',
        item.kind === 'error' ? item.message : 'check reads files, not stdin',
      );
      continue;
    }
    let text: string;
    let sha256: string;
    try {
      const file = await readReport(item.path, { maxBytes: DEFAULT_MAX_BYTES });
      text = file.text;
      sha256 = file.sha256;
    } catch (err) {
      if (!(err instanceof ReportReadError)) throw err;
      fail(item.path, err.message);
      continue;
    }
    const analysis: AnalysisResult = analyzeSync(text, { lang, segmenter });
    const sources: SourceResultJson[] = [];
    for (const s of sourceArgs) {
      const doc = sourceCache.get(s);
      if (doc)
        sources.push({
          path: s,
          format: doc.format,
          scope: 'report',
          matches: matchReport(text, analysis.metrics, doc),
        });
    }
    const linked = await linkedSources(item.path, noSegmenter, (m) => io.stderr.write(`policy-lens check: ${m}\n`));
    // a source linked in the sidecar counts like --source for this report (once, if also given)
    for (const file of linked.report) {
      if (sourceArgs.some((a) => path.resolve(io.cwd, a) === file)) continue;
      const doc = await loadSource(file);
      if (doc)
        sources.push({
          path: path.relative(io.cwd, file) || file,
          format: doc.format,
          scope: 'report',
          matches: matchReport(text, analysis.metrics, doc),
        });
    }
    for (const c of linked.claims) {
      const doc = await loadSource(c.file);
      if (!doc) continue;
      const inClaim: Metric[] = analysis.metrics.filter(
        (m) => m.range.start >= c.range.start && m.range.end <= c.range.end,
      );
      sources.push({
        path: path.relative(io.cwd, c.file) || c.file,
        format: doc.format,
        scope: { claimId: c.claimId, annotationId: c.annotationId },
        matches: matchReport(text, inClaim, doc),
      });
    }
    reports.push({ path: item.path, sha256, findings: runChecks(text, analysis), sources });
  }

  const json = checkJson(reports);
  const output =
    format === 'json'
      ? JSON.stringify(json, null, 2) + '\n'
      : format === 'csv'
        ? checkCsv(json)
        : table(json, flags.has('all'));
  if (outFile) {
    try {
      await fs.writeFile(outFile, output, 'utf8');
    } catch (err) {
      fail(outFile, `cannot write output: ${(err as Error).message}`);
    }
  } else io.stdout.write(output);
  if (unreadable > 0) return EXIT_UNREADABLE;
  return failsGate(json) ? EXIT_INCONSISTENT : EXIT_OK;
}
