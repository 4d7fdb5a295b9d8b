// `policy-lens explain`: which rules made or refused the metric and claim at an offset.
import { explainAt, formatExplanation } from '../../core/explain';
import { loadSegmenter } from '../../core/text/segmenter';
import { readReport, ReportReadError } from '../../core/text/report-file';
import { parseArgs } from '../args';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliIO } from '../io';

export const EXPLAIN_USAGE = `usage: policy-lens explain <file> --at OFFSET [--format text|json] [--lang zh|en]

Says which rules made (or refused) the metric and the claim at OFFSET (UTF-16 code units,
as the editor counts) of <file>.
`;

export async function runExplain(argv: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    at: { value: true },
    format: { value: true },
    lang: { value: true },
    help: {},
  });
  if (flags.has('help')) {
    io.stdout.write(EXPLAIN_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('explain needs exactly one report file');
  const at = Number(flags.get('at'));
  if (!flags.has('at') || !Number.isInteger(at) || at < 0)
    throw new UsageError('--at takes a non-negative whole number');
  const format = (flags.get('format') as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format is text or json');
  const lang = flags.get('lang') as string | undefined;
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError('--lang is zh or en');
  let text: string;
  try {
    text = (await readReport(positionals[0])).text;
  } catch (err) {
    if (err instanceof ReportReadError) {
      io.stderr.write(`policy-lens: ${err.message}\n`);
      return EXIT_INPUT_FAILED;
    }
    throw err;
  }
  if (at >= text.length) throw new UsageError(`--at ${at} is past the end of the report (${text.length} code units)`);
  const e = explainAt(text, at, { segmenter: loadSegmenter((m) => io.stderr.write(`policy-lens: ${m}\n`)), lang });
  io.stdout.write(format === 'json' ? `${JSON.stringify(e, null, 2)}\n` : formatExplanation(e));
  return EXIT_OK;
}
