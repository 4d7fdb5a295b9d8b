// `policy-lens tag`: set a claim's verification status in the report's sidecar file,
// through the same store code the editor uses.
import { promises as fs } from 'node:fs';
import { openReview, saveReview, tag, TagError } from '../../core/annotations/review';
import { DEFAULT_STATUSES, parseStatuses, sourceFromText, type StatusDef } from '../../core/annotations/model';
import { SidecarError } from '../../core/annotations/sidecar';
import { ReportReadError } from '../../core/text/report-file';
import { LineIndex } from '../../core/text/lines';
import type { Claim } from '../../core/types';
import { parseArgs } from '../args';
import { EXIT_CONFLICT, EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliIO } from '../io';
import { reportStoreError } from '../store-errors';

export const TAG_USAGE = `usage: policy-lens tag <file> (--at OFFSET | --claim ID | --line N | --match TEXT) --status S [options]

Sets the verification status of one claim in <file>.annotations.json beside the report.
The claim is the one at OFFSET (UTF-16 code units into the decoded text, as the editor
counts: not bytes), with claim id ID (\`policy-lens extract --claims\` lists them), the only
claim on line N (1-based), or the only claim whose text contains TEXT.
  --status S            unverified, verified, needs-source, disputed, false (or --statuses);
                        any case, or the status's label
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

/** The status id for what the user typed: an id or a label, in any case. */
function statusId(typed: string, statuses: readonly StatusDef[]): string {
  const want = typed.trim().toLowerCase();
  const found = statuses.find((s) => s.id.toLowerCase() === want || s.label.toLowerCase() === want);
  if (!found) throw new UsageError(`unknown status "${typed}" (one of: ${statuses.map((s) => s.id).join(', ')})`);
  return found.id;
}

const listed = (claims: Claim[]) =>
  claims.map((c) => `  ${c.id}  ${c.text.replace(/\s+/g, ' ').slice(0, 50)}`).join('\n');

/** The only claim that starts on 1-based `line`; several or none is an error that lists what is there. */
function claimOnLine(claims: Claim[], text: string, line: number): string {
  const lines = new LineIndex(text);
  const on = claims.filter((c) => lines.lineOf(c.range.start) === line - 1);
  if (on.length === 1) return on[0].id;
  if (on.length === 0) throw new TagError(`no claim starts on line ${line}`);
  throw new TagError(`${on.length} claims start on line ${line}; pick one with --claim ID:\n${listed(on)}`);
}

/** The only claim whose text contains `words` (spaces and line breaks ignored). */
function claimMatching(claims: Claim[], words: string): string {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const want = squash(words);
  const found = claims.filter((c) => squash(c.text).includes(want));
  if (found.length === 1) return found[0].id;
  if (found.length === 0) throw new TagError(`no claim contains "${words}"`);
  throw new TagError(`${found.length} claims contain "${words}"; pick one with --claim ID:\n${listed(found)}`);
}

export async function runTag(argv: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    at: { value: true },
    claim: { value: true },
    line: { value: true },
    match: { value: true },
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
  const targets = ['at', 'claim', 'line', 'match'].filter((f) => flags.has(f));
  if (targets.length !== 1) throw new UsageError('give one of --at OFFSET, --claim ID, --line N or --match TEXT');
  const statusArg = flags.get('status');
  if (typeof statusArg !== 'string') throw new UsageError('--status is required');
  const line = flags.has('line') ? Number(flags.get('line')) : undefined;
  if (line !== undefined && (!Number.isInteger(line) || line < 1))
    throw new UsageError('--line takes a line number from 1');
  const match = flags.get('match') as string | undefined;
  if (match !== undefined && !match.trim()) throw new UsageError('--match needs some text');
  const offset = flags.has('at') ? Number(flags.get('at')) : undefined;
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0))
    throw new UsageError('--at takes a non-negative whole number');
  const statuses = await readStatuses(flags.get('statuses') as string | undefined);
  const status = statusId(statusArg, statuses);
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
    const claimId =
      line !== undefined
        ? claimOnLine(review.analysis.claims, review.report.text, line)
        : match !== undefined
          ? claimMatching(review.analysis.claims, match)
          : (flags.get('claim') as string | undefined);
    if (offset !== undefined && !review.analysis.claims.some((c) => c.range.start <= offset && offset < c.range.end))
      throw new TagError(
        `no claim at offset ${offset}: offsets are UTF-16 code units into the decoded text (this file has ` +
          `${review.report.text.length}), not bytes; use --line N or --match TEXT to pick a claim by line or words`,
      );
    const a = tag(review, {
      offset,
      claimId,
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
