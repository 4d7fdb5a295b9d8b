// Expands the CLI's inputs: files as given, directories walked for reports, `-` for stdin.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fsCause } from '../core/annotations/store-error';

export const REPORT_EXTENSIONS = ['.txt', '.md'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export type InputItem =
  { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; message: string };

export function isReportPath(p: string): boolean {
  const lower = p.toLowerCase();
  return REPORT_EXTENSIONS.some((e) => lower.endsWith(e)) && !lower.endsWith('.annotations.json');
}

/** Walks `dir` for reports; a subfolder that cannot be read is reported in `errors` and skipped, not fatal. */
async function walk(dir: string, out: string[], errors: InputItem[], top = true): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (top) throw err;
    errors.push({ kind: 'error', path: dir, message: `cannot read directory, skipped: ${fsCause(err)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full, out, errors, false);
    } else if (e.isFile() && isReportPath(e.name)) {
      out.push(full);
    }
  }
}

export async function expandInputs(args: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin' });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      items.push({ kind: 'error', path: arg, message: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      const unreadable: InputItem[] = [];
      try {
        await walk(arg, found, unreadable);
      } catch (err) {
        items.push({ kind: 'error', path: arg, message: `cannot read directory: ${(err as Error).message}` });
        continue;
      }
      items.push(...unreadable);
      if (found.length === 0)
        items.push({
          kind: 'error',
          path: arg,
          message: `no reports (${REPORT_EXTENSIONS.join(', ')}) in this directory`,
        });
      for (const f of found) items.push({ kind: 'file', path: f });
    } else {
      items.push({ kind: 'file', path: arg });
    }
  }
  return items;
}

export class StdinTooLargeError extends Error {}

/**
 * Reads standard input up to `maxBytes`: one byte more and the read stops (the stream is
 * released, nothing more is buffered) with an error, so `cat /dev/zero | policy-lens extract -`
 * ends at once instead of filling memory.
 */
export async function readStdin(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new StdinTooLargeError(
        `standard input is over the ${maxBytes} byte limit (raise it with --max-size); stopped reading`,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
