// `policy-lens extract`: metrics and claims of reports as JSON, a table or CSV.
import { promises as fs } from 'node:fs';
import { analyzeText } from '../../core/analyze';
import { documentJson, type DocumentJson } from '../../core/output/document';
import { batched, extractJsonChunks } from '../../core/output/json-stream';
import { readReport, decodeBytes, DEFAULT_MAX_BYTES, ReportReadError } from '../../core/text/report-file';
import { parseArgs, parseSize } from '../args';
import { expandInputs, readStdin, StdinTooLargeError } from '../inputs';
import { BudgetedAnalyzer, OverBudgetError } from '../budgeted-analysis';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliIO } from '../io';
import { formatTable } from '../format/table';
import { metricsCsv } from '../../core/output/metrics-csv';
import { verdictsFromDisk, type ClaimVerdict } from '../../core/annotations/verdict';
import { formatClaimsTable, type ClaimsTableDoc } from '../format/claims-table';

export const EXTRACT_USAGE = `usage: policy-lens extract <file|dir|-> ... [options]

Finds the metrics and check-worthy claims of reports (.txt, .md; directories are walked).
  --format json|table|csv   output format (default: table on a terminal, json otherwise)
  --out FILE                write the output to FILE instead of stdout
  --numbers                 also list every numeric expression (dates and codes included)
  --lang zh|en|auto         the reports' language (default auto)
  --max-size SIZE           skip files larger than SIZE (default 50MB)
  --no-segmenter            skip Chinese word segmentation (faster; coarser subjects)
  --claims                  list the claims (id, line, offset, review status from the sidecar)
                            instead of the metrics in the table; add status to JSON claims
  --sidecar-dir DIR         where the sidecars are, with --claims (relative to each report)
  --time-budget SECONDS     stop analysing a file after SECONDS, report it and go on (default
                            60 when several files are given or a directory is walked; 0: none)
`;

const FLAGS = {
  format: { value: true, choices: ['json', 'table', 'csv'] },
  out: { value: true },
  numbers: {},
  lang: { value: true, choices: ['zh', 'en', 'auto'] },
  'max-size': { value: true },
  'no-segmenter': {},
  claims: {},
  'sidecar-dir': { value: true },
  'time-budget': { value: true },
  help: {},
} as const;

const DEFAULT_TIME_BUDGET_S = 60;

export async function runExtract(argv: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (flags.has('help')) {
    io.stdout.write(EXTRACT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('extract needs at least one file, directory or -');
  const outFile = flags.get('out') as string | undefined;
  const format = (flags.get('format') as string | undefined) ?? (io.stdout.isTTY && !outFile ? 'table' : 'json');
  const maxBytes = flags.has('max-size') ? parseSize(flags.get('max-size') as string) : DEFAULT_MAX_BYTES;
  const lang = (flags.get('lang') as 'zh' | 'en' | 'auto' | undefined) ?? 'auto';
  const withNumbers = flags.has('numbers');
  const useSegmenter = !flags.has('no-segmenter');

  const budgetFlag = flags.get('time-budget') as string | undefined;
  const budgetS = budgetFlag === undefined ? undefined : Number(budgetFlag);
  if (budgetS !== undefined && !(budgetS >= 0 && Number.isFinite(budgetS)))
    throw new UsageError('--time-budget takes a number of seconds (0 for none)');

  const items = await expandInputs(positionals);
  const several = items.filter((i) => i.kind !== 'error').length > 1;
  const effectiveBudgetS = budgetS ?? (several ? DEFAULT_TIME_BUDGET_S : 0);
  const budgeted = effectiveBudgetS > 0 ? new BudgetedAnalyzer(effectiveBudgetS * 1000) : null;
  let failed = 0;
  const fail = (path: string, message: string) => {
    failed++;
    io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}policy-lens: ${path}: ${message}\n`);
  };
  const files = items.filter((i) => i.kind !== 'error').length;
  const showProgress = !!io.stderr.isTTY && files > 3;
  const docs: DocumentJson[] = [];
  const withClaims = flags.has('claims');
  const claimTables: ClaimsTableDoc[] = [];
  let done = 0;
  for (const item of items) {
    if (item.kind === 'error') {
      fail(item.path, item.message);
      continue;
    }
    const label = item.kind === 'stdin' ? '<stdin>' : item.path;
    if (showProgress) io.stderr.write(`\r\x1b[K[${++done}/${files}] ${label}`);
    try {
      const file =
        item.kind === 'stdin'
          ? decodeBytes(await readStdin(io.stdin, maxBytes), maxBytes)
          : await readReport(item.path, { maxBytes });
      const options = { lang, useSegmenter, onWarning: (msg: string) => io.stderr.write(`${msg}\n`) };
      const result = budgeted ? await budgeted.analyze(file.text, options) : await analyzeText(file.text, options);
      const doc = documentJson(label, file, result, { numbers: withNumbers });
      docs.push(doc);
      if (withClaims) {
        let verdicts: Map<string, ClaimVerdict> | null = new Map();
        if (item.kind !== 'stdin') {
          try {
            verdicts = await verdictsFromDisk(
              item.path,
              file,
              result.claims,
              flags.get('sidecar-dir') as string | undefined,
            );
          } catch (err) {
            verdicts = null;
            io.stderr.write(`policy-lens: ${label}: review statuses unknown: ${(err as Error).message}\n`);
          }
        }
        claimTables.push({ doc, text: file.text, verdicts });
        for (const c of doc.claims) {
          const v = verdicts?.get(c.id);
          Object.assign(c, { status: verdicts ? (v?.status ?? 'unverified') : null, changed: v?.changed ?? false });
        }
      }
    } catch (err) {
      if (err instanceof ReportReadError || err instanceof StdinTooLargeError || err instanceof OverBudgetError)
        fail(label, err.message);
      else fail(label, `analysis failed: ${(err as Error).message}`);
    }
  }
  budgeted?.stop();
  if (showProgress) io.stderr.write('\r\x1b[K');

  const columns = (io.stdout as NodeJS.WriteStream).columns;
  // JSON goes out in pieces: one string of a large result (millions of metrics) exceeds V8's limit.
  const output: Iterable<string> =
    format === 'json'
      ? batched(extractJsonChunks(docs))
      : [
          format === 'csv'
            ? metricsCsv(docs)
            : withClaims
              ? formatClaimsTable(claimTables, { columns })
              : formatTable(docs, { columns, numbers: withNumbers }),
        ];
  if (outFile) {
    try {
      await writeToFile(outFile, output);
    } catch (err) {
      fail(outFile, `cannot write output: ${(err as Error).message}`);
    }
  } else {
    await writeToStream(io.stdout, output);
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** Writes the pieces to a new file (replacing it), one write per piece. */
async function writeToFile(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    for (const piece of pieces) await handle.write(piece, null, 'utf8');
  } finally {
    await handle.close();
  }
}

/** Writes the pieces to a stream, waiting for it to drain when its buffer is full. */
async function writeToStream(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
}
