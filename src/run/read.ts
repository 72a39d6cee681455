/** Reading plan and config files from disk: the only place that does, with the size cap. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { decodePlanBytes } from '../readers/bytes.js';

/**
 * The largest file pmcheck reads. A 50,000-task plan is about 11 MB; parsing YAML with
 * positions costs roughly 100 bytes of memory per byte of text, so far larger files would
 * take minutes and gigabytes. They are refused up front, with advice.
 */
export const MAX_BYTES = 16 * 1024 * 1024;

/** A file's bytes, refused with a reason when it is a folder, too large or unreadable. */
export function readPlanBytes(file: string): Uint8Array {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError('is a folder, not a plan file', { file });
    if (stat.size > MAX_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new InputError(
        `the file is ${mb(stat.size)}, more than the ${mb(MAX_BYTES)} pmcheck reads; split it into smaller plans`,
        { file },
      );
    }
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ELOOP'
            ? 'too many symbolic links (a link loop?)'
            : `cannot read the file (${code ?? String(err)})`;
    throw new InputError(why, { file });
  }
  return bytes;
}

/** A text file pmcheck reads (a config file), as UTF-8. */
export function readTextFile(file: string): string {
  return decodePlanBytes(readPlanBytes(file), file);
}
