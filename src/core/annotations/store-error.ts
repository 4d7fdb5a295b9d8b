// The one error type of the review store: a sentence naming the file and the cause, and a code the CLI maps to an exit code.

export type SidecarErrorCode =
  | 'corrupt'
  | 'invalid'
  | 'future-version'
  | 'io'
  | 'would-lose-annotations'
  | 'unsafe-path'
  | 'locked'
  | 'changed-while-writing';

export class SidecarError extends Error {
  constructor(
    message: string,
    readonly code: SidecarErrorCode,
    readonly file: string,
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EBUSY: 'resource busy',
};

/** A file-system error as a short cause ("read-only file system"), without the stack or the path repeated. */
export function fsCause(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  if (code) return code;
  return err instanceof Error ? err.message : String(err);
}

/** Wraps a file-system failure as a one-line store error. */
export function ioError(file: string, action: string, err: unknown): SidecarError {
  if (err instanceof SidecarError) return err;
  return new SidecarError(`${file}: cannot ${action}: ${fsCause(err)}`, 'io', file);
}
