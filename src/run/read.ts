/**
 * Reading plan and config files from disk and standard input: the only place that does, with
 * the size cap on every route. Only regular files are read: a device (/dev/zero), a pipe or a
 * socket never ends, so it is refused before a byte is read, and every read stops one byte past
 * the cap whatever the file claims its size to be (a file can grow while it is read).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';
import { decodePlanBytes } from '../readers/bytes.js';

/**
 * The largest file pmcheck reads. A 50,000-task plan is about 11 MB; parsing YAML with
 * positions costs roughly 100 bytes of memory per byte of text, so far larger files would
 * take minutes and gigabytes. They are refused up front, with advice.
 */
export const MAX_BYTES = 16 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A file or stream over the cap. */
export class FileTooLarge extends InputError {}

/** The refusal of a file over the cap; `size` is undefined when only "more than the cap" is known. */
export function tooLarge(file: string, size?: number): FileTooLarge {
  const what = file === '<stdin>' ? 'standard input' : 'the file';
  const is = size === undefined ? 'is more than' : `is ${mb(size)}, more than`;
  return new FileTooLarge(`${what} ${is} the ${mb(MAX_BYTES)} pmcheck reads; split it into smaller plans`, { file });
}

/** What a file that is not a regular file is, in a user's words. */
function kindOf(stat: Stats): string {
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why a file could not be opened or read, from its error code. */
export function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    case 'EISDIR':
      return 'is a folder, not a plan file';
    default:
      return `cannot read the file (${code ?? String(err)})`;
  }
}

/**
 * A regular file's bytes, refused with a reason when it is a folder, a device, a pipe, over the
 * cap or unreadable. The file is opened without blocking (a FIFO would otherwise wait for a
 * writer), then checked on the open descriptor, so it cannot be swapped between check and read.
 */
export function readPlanBytes(file: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a folder, not a plan file', { file });
    if (!stat.isFile())
      throw new InputError(`is ${kindOf(stat)}, not a regular file; only regular files are plans`, { file });
    if (stat.size > MAX_BYTES) throw tooLarge(file, stat.size);
    return readCapped(fd, file, stat.size);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const dangling = (err as NodeJS.ErrnoException).code === 'ENOENT' && isLink(file);
    throw new InputError(dangling ? 'a symbolic link whose target does not exist' : readProblem(err), { file });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The first `n` bytes of a regular file (for a file over the cap: does it look like a plan?). */
export function readHead(file: string, n: number): Uint8Array {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) return new Uint8Array(0);
    const buf = Buffer.alloc(n);
    let got = 0;
    for (let r = 1; r > 0 && got < n; got += r) r = readSync(fd, buf, got, n - got, null);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Sleeps the thread briefly: standard input can be a non-blocking pipe that is not ready yet. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a descriptor to its end, but never more than MAX_BYTES: one byte past the cap is
 * refused. `hint` sizes the first buffer (a regular file's size), so most files are one read.
 */
export function readCapped(fd: number, file: string, hint = 64 * 1024): Uint8Array {
  let buf = Buffer.alloc(Math.min(MAX_BYTES + 1, Math.max(1, hint + 1)));
  let got = 0;
  for (;;) {
    if (got === buf.length) {
      if (got > MAX_BYTES) throw tooLarge(file);
      const bigger = Buffer.alloc(Math.min(MAX_BYTES + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, got);
      buf = bigger;
    }
    let n: number;
    try {
      n = readSync(fd, buf, got, buf.length - got, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause(5);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break; // Windows: a closed pipe
      throw err;
    }
    if (n === 0) break;
    got += n;
  }
  if (got > MAX_BYTES) throw tooLarge(file);
  return buf.subarray(0, got);
}

/** All of standard input (`audit -`), with the same cap as a file: never the whole of /dev/zero. */
export function readStdin(fd = 0): Uint8Array {
  try {
    return readCapped(fd, '<stdin>');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read standard input (${(err as NodeJS.ErrnoException).code ?? String(err)})`, {
      file: '<stdin>',
    });
  }
}

/** A text file pmcheck reads (a config file), as UTF-8. */
export function readTextFile(file: string): string {
  return decodePlanBytes(readPlanBytes(file), file);
}
