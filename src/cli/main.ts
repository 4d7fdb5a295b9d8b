// `policy-lens`: the command-line front end over the engine.
import { defaultIO, EXIT_USAGE, UsageError, type CliIO } from './io';
import { runExtract, EXTRACT_USAGE } from './commands/extract';
import { VERSION } from '../core/version';

const USAGE = `Policy Lens ${VERSION}: metrics and check-worthy claims in policy reports.

usage: policy-lens <command> [options]

commands:
  extract <file|dir|-> ...   find metrics and claims (json, table or csv)
  tag <file> ...             set a claim's verification status (kept in <file>.annotations.json)
  check <file|dir> ...       check the arithmetic in reports and their figures against sources (exit 1 if not)
  export <file|dir> ...      reports with their review annotations (json, w3c or csv)
  explain <file> --at N      which rules made or refused the metric and claim at offset N
  help [command]             show help

Run \`policy-lens <command> --help\` for a command's options.
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'extract':
      return runExtract;
    case 'export':
      return (await import('./commands/export')).runExport;
    case 'tag':
      return (await import('./commands/tag')).runTag;
    case 'check':
      return (await import('./commands/check')).runCheck;
    case 'explain':
      return (await import('./commands/explain')).runExplain;
    default:
      return null;
  }
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    if (rest[0] === 'extract') io.stdout.write(EXTRACT_USAGE);
    else io.stdout.write(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr.write(`policy-lens: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`policy-lens ${name}: ${err.message}\n(see \`policy-lens ${name} --help\`)\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/** Runs the CLI on this process's arguments and sets the exit code. */
export function runCli(): void {
  // `policy-lens extract … | head`: the reader closed the pipe; what it read is all that was wanted, so stop quietly
  // (an unhandled EPIPE would print a crash).
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `policy-lens: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 70;
    },
  );
}

if (require.main === module) runCli();
