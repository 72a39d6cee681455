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
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

/** `mode`: the new file's permissions (default 0644), e.g. 0600 for a cache entry. */
export function writeFileAtomic(path: string, content: string, fs: WriteFs = nodeFs, mode = 0o644): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
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
