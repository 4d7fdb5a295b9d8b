// Review-store errors as the CLI reports them: one line on stderr and the exit code of their kind.
import type { SidecarError } from '../core/annotations/store-error';
import { EXIT_BUSY, EXIT_INPUT_FAILED, EXIT_UNSAFE_PATH, EXIT_WRITE_FAILED, type CliIO } from './io';

export function exitCodeOf(err: SidecarError): number {
  switch (err.code) {
    case 'io':
      return EXIT_WRITE_FAILED;
    case 'locked':
    case 'changed-while-writing':
      return EXIT_BUSY;
    case 'unsafe-path':
      return EXIT_UNSAFE_PATH;
    default:
      return EXIT_INPUT_FAILED;
  }
}

/** Writes the error as a single line (no stack) and returns its exit code. */
export function reportStoreError(err: SidecarError, io: CliIO): number {
  io.stderr.write(`policy-lens: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
  return exitCodeOf(err);
}
