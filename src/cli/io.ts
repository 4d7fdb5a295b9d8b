// What a CLI command may touch besides the file system: its streams and the exit code contract.
// Exit codes: 0 ok, 1 some input failed, 2 usage error, 3 a file could not be written,
// 4 the sidecar is busy (another writer), 5 a write was refused as unsafe (a link, outside the
// report's folder), 6 a tag conflicted with one changed elsewhere (the version on disk was kept).
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_WRITE_FAILED = 3;
export const EXIT_BUSY = 4;
export const EXIT_UNSAFE_PATH = 5;
export const EXIT_CONFLICT = 6;

export class UsageError extends Error {}

export function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}
