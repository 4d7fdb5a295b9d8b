// A small, strict argument parser: known flags only, clear usage errors (exit 2).
import { UsageError } from './io';

export interface FlagSpec {
  /** Takes a value (`--format json` or `--format=json`). */
  value?: boolean;
  /** Allowed values, when the flag takes one. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq >= 0 ? eq : undefined);
      const s = spec[name];
      if (!s) throw new UsageError(`unknown option --${name}`);
      if (!s.value) {
        if (eq >= 0) throw new UsageError(`--${name} takes no value`);
        flags.set(name, true);
        continue;
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (s.choices && !s.choices.includes(value))
        throw new UsageError(`--${name} must be one of ${s.choices.join(', ')} (got "${value}")`);
      flags.set(name, value);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    positionals.push(arg);
  }
  return { positionals, flags };
}

/** "50MB", "200k", "1048576" → bytes. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`--max-size: cannot read "${s}" (try 50MB)`);
  const mult: Record<string, number> = {
    b: 1,
    k: 1024,
    kb: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
  };
  return Math.round(Number(m[1]) * mult[(m[2] ?? 'b').toLowerCase()]);
}
