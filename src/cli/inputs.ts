// Expands the CLI's inputs: files as given, directories walked for reports, `-` for stdin.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const REPORT_EXTENSIONS = ['.txt', '.md'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export type InputItem =
  { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; message: string };

export function isReportPath(p: string): boolean {
  const lower = p.toLowerCase();
  return REPORT_EXTENSIONS.some((e) => lower.endsWith(e)) && !lower.endsWith('.annotations.json');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full, out);
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
      try {
        await walk(arg, found);
      } catch (err) {
        items.push({ kind: 'error', path: arg, message: `cannot read directory: ${(err as Error).message}` });
        continue;
      }
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

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
