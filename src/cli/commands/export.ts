// `policy-lens export`: reports with their review annotations, re-anchored against the
// current text exactly as the editor does, as JSON, W3C Web Annotation or CSV.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openReview } from '../../core/annotations/review';
import { exportCsv, exportDocument, exportJson, exportW3c, type ExportDocument } from '../../core/annotations/export';
import { SidecarError } from '../../core/annotations/sidecar';
import { ReportReadError } from '../../core/text/report-file';
import { parseArgs } from '../args';
import { expandInputs } from '../inputs';
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_WRITE_FAILED, UsageError, type CliIO } from '../io';
import { fsCause } from '../../core/annotations/store-error';

export const EXPORT_USAGE = `usage: policy-lens export <file|dir> ... [options]

Exports reports with their metrics, claims and review annotations (from the sidecar
files), re-anchored against the current text.
  --format json|w3c|csv   json: the documented format (schema/export.schema.json); w3c: W3C
                          Web Annotation JSON-LD; csv: one row per claim (default json)
  --out FILE              write to FILE instead of stdout
  --sidecar-dir DIR       sidecars are kept in DIR (relative to each report)
`;

export async function runExport(argv: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    format: { value: true, choices: ['json', 'w3c', 'csv'] },
    out: { value: true },
    'sidecar-dir': { value: true },
    help: {},
  });
  if (flags.has('help')) {
    io.stdout.write(EXPORT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('export needs at least one file or directory');
  if (positionals.includes('-'))
    throw new UsageError('export reads files (their annotations live beside them), not stdin');
  const format = (flags.get('format') as string | undefined) ?? 'json';
  let failed = 0;
  const docs: ExportDocument[] = [];
  let warned = false;
  for (const item of await expandInputs(positionals)) {
    if (item.kind !== 'file') {
      if (item.kind === 'error') io.stderr.write(`policy-lens: ${item.path}: ${item.message}\n`);
      failed++;
      continue;
    }
    try {
      const review = await openReview(item.path, {
        sidecarDir: flags.get('sidecar-dir') as string | undefined,
        analyze: {
          onWarning: (m) => {
            if (!warned) io.stderr.write(`${m}\n`);
            warned = true;
          },
        },
      });
      docs.push(exportDocument(review, item.path));
      const orphans = review.items.filter((i) => i.anchor.state === 'orphaned').length;
      if (orphans)
        io.stderr.write(
          `policy-lens: ${item.path}: ${orphans} annotation(s) could not be re-anchored and are exported as orphaned\n`,
        );
    } catch (err) {
      if (err instanceof ReportReadError || err instanceof SidecarError) {
        io.stderr.write(`policy-lens: ${err instanceof SidecarError ? '' : `${item.path}: `}${err.message}\n`);
        failed++;
        continue;
      }
      throw err;
    }
  }
  const output =
    format === 'csv'
      ? exportCsv(docs)
      : format === 'w3c'
        ? exportW3c(docs, (p) => pathToFileURL(path.resolve(io.cwd, p)).href)
        : exportJson(docs);
  const outFile = flags.get('out') as string | undefined;
  if (outFile) {
    try {
      await fs.writeFile(outFile, output, 'utf8');
    } catch (err) {
      io.stderr.write(`policy-lens: ${outFile}: cannot write: ${fsCause(err)}\n`);
      return EXIT_WRITE_FAILED;
    }
  } else io.stdout.write(output);
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}
