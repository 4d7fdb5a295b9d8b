// Reading a report from disk: size guard, encoding detection, and the content hash that
// exports and annotation anchors carry.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { decodeReport, DecodeError } from './decode';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReportFile {
  text: string;
  encoding: string;
  /** sha256 of the decoded text as UTF-8: the same whether the file was GBK or UTF-8, and what the editor can compute from its buffer. */
  sha256: string;
}

export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class ReportReadError extends Error {
  constructor(
    message: string,
    readonly code: 'missing' | 'not-a-file' | 'too-large' | 'binary' | 'undecodable' | 'io',
  ) {
    super(message);
  }
}

export async function readReport(path: string, opts: { maxBytes?: number } = {}): Promise<ReportFile> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReportReadError('no such file', 'missing');
    throw new ReportReadError((err as Error).message, 'io');
  }
  if (!stat.isFile()) throw new ReportReadError('not a regular file', 'not-a-file');
  if (stat.size > maxBytes) {
    throw new ReportReadError(
      `file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`,
      'too-large',
    );
  }
  const bytes = await fs.readFile(path);
  return decodeBytes(bytes, maxBytes);
}

export function decodeBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReportFile {
  try {
    const { text, encoding } = decodeReport(bytes, { maxBytes });
    return { text, encoding, sha256: textSha256(text) };
  } catch (err) {
    if (err instanceof DecodeError) {
      const code = err.code === 'too-large' ? 'too-large' : err.code === 'binary' ? 'binary' : 'undecodable';
      throw new ReportReadError(err.message, code);
    }
    throw err;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
