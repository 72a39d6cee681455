/**
 * Every file pmcheck writes goes through a temp file in the same folder and a rename,
 * so an interrupted write leaves the old file whole. Plans are never written to.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/** The file-system calls a write needs; tests pass one whose rename fails. */
export type WriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'statSync' | 'fchmodSync'
>;

/**
 * Writes `content` to `path` atomically. A file written over keeps its permissions (a report
 * kept 0600 stays 0600, not the temp file's 0644); `mode` sets them instead (0600 for a cache
 * entry); a new file is 0644, less the umask.
 */
export function writeFileAtomic(path: string, content: string, fs: WriteFs = nodeFs, mode?: number): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let keep: number | undefined;
  try {
    keep = mode ?? fs.statSync(path, { throwIfNoEntry: false })?.mode;
  } catch {
    // A path that cannot be stat-ed is written as a new file; the write says what is wrong.
  }
  try {
    const fd = fs.openSync(tmp, 'wx', 0o644);
    try {
      // Set exactly, not through the umask: the permissions are the old file's, or asked for.
      if (keep !== undefined) fs.fchmodSync(fd, keep & 0o7777);
      fs.writeSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write the file (${code ?? String(err)}); any earlier version is unchanged`, {
      file: path,
    });
  }
}
