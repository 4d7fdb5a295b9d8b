// `policy-lens tag`: set a claim's verification status in the report's sidecar file,
// through the same store code the editor uses.
import { promises as fs } from 'node:fs';
import { openReview, saveReview, tag, TagError } from '../../core/annotations/review';
import { DEFAULT_STATUSES, parseStatuses, sourceFromText, type StatusDef } from '../../core/annotations/model';
import { SidecarError } from '../../core/annotations/sidecar';
import { ReportReadError } from '../../core/text/report-file';
import { parseArgs } from '../args';
import { EXIT_CONFLICT, EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliIO } from '../io';
import { reportStoreError } from '../store-errors';

export const TAG_USAGE = `usage: policy-lens tag <file> (--at OFFSET | --claim ID) --status S [options]

Sets the verification status of the claim at OFFSET (UTF-16, as the editor counts) or
with claim id ID, in <file>.annotations.json beside the report.
  --status S            unverified, verified, needs-source, disputed, false (or --statuses)
  --source URL|TEXT     a source: a URL, or a citation
  --quote TEXT          a passage of that source
  --note TEXT           a note
  --author NAME         who tagged it (default: the OS user)
  --statuses FILE       a JSON list of {id, label, color}: the newsroom's own statuses
  --sidecar-dir DIR     keep sidecars in DIR (relative to the report) instead of beside it
`;

export async function readStatuses(file: string | undefined): Promise<readonly StatusDef[]> {
  if (!file) return DEFAULT_STATUSES;
  try {
    return parseStatuses(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch (err) {
    throw new UsageError(`--statuses ${file}: ${(err as Error).message}`);
  }
}

export async function runTag(argv: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    at: { value: true },
    claim: { value: true },
    status: { value: true },
    source: { value: true },
    quote: { value: true },
    note: { value: true },
    author: { value: true },
    statuses: { value: true },
    'sidecar-dir': { value: true },
    help: {},
  });
  if (flags.has('help')) {
    io.stdout.write(TAG_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('tag needs exactly one report file');
  if (flags.has('at') === flags.has('claim')) throw new UsageError('give either --at OFFSET or --claim ID');
  const status = flags.get('status');
  if (typeof status !== 'string') throw new UsageError('--status is required');
  const offset = flags.has('at') ? Number(flags.get('at')) : undefined;
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0))
    throw new UsageError('--at takes a non-negative whole number');
  const statuses = await readStatuses(flags.get('statuses') as string | undefined);
  if (!statuses.some((s) => s.id === status))
    throw new UsageError(`unknown status "${status}" (one of: ${statuses.map((s) => s.id).join(', ')})`);
  const sourceText = flags.get('source') as string | undefined;
  const quote = flags.get('quote') as string | undefined;
  if (quote && !sourceText) throw new UsageError('--quote needs --source');
  let source;
  try {
    source = sourceText ? sourceFromText(sourceText, quote) : undefined;
  } catch (err) {
    throw new UsageError(`--source: ${(err as Error).message}`);
  }

  const file = positionals[0];
  try {
    const review = await openReview(file, {
      sidecarDir: flags.get('sidecar-dir') as string | undefined,
      analyze: { onWarning: (m) => io.stderr.write(`${m}\n`) },
    });
    const a = tag(review, {
      offset,
      claimId: flags.get('claim') as string | undefined,
      status,
      source,
      note: flags.get('note') as string | undefined,
      author: flags.get('author') as string | undefined,
      statuses,
    });
    const saved = await saveReview(review);
    for (const c of saved.conflicts)
      io.stderr.write(
        `policy-lens: ${review.sidecar.file}: annotation ${c.id} was changed elsewhere too; kept the version on disk, yours was: ${JSON.stringify(c.ours)}\n`,
      );
    if (saved.conflicts.length) return EXIT_CONFLICT;
    io.stdout.write(
      `${a.id} ${a.status} ${a.claimId} ${JSON.stringify(a.anchor.quote.exact.slice(0, 60))} → ${review.sidecar.file}\n`,
    );
    return EXIT_OK;
  } catch (err) {
    if (err instanceof TagError || err instanceof ReportReadError) {
      io.stderr.write(`policy-lens: ${file}: ${err.message}\n`);
      return EXIT_INPUT_FAILED;
    }
    if (err instanceof SidecarError) return reportStoreError(err, io);
    throw err;
  }
}
