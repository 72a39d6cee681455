/**
 * The files a run reads (plans, configs, the baseline), so that nothing it writes (-o,
 * --format name:file, --write-baseline, review -o) can replace one of them. Files are compared
 * by what they are, not how they are spelt: the real path through links and `./`, and, when the
 * file exists, its device and inode (a hard link, or another case on a case-insensitive disk).
 */
import { realpathSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

function stat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The real path a file has, or would have once written: its folder resolved through links. */
export function realTarget(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

export class RunFiles {
  private readonly byPath = new Map<string, string>();
  private readonly byInode = new Map<string, string>();
  private readonly outputs = new Map<string, string>();

  /** A file the run reads; `what` names it in a refusal ("the plan p.yaml"). */
  input(file: string, what: string): void {
    const real = realTarget(file);
    if (!this.byPath.has(real)) this.byPath.set(real, what);
    const s = stat(real);
    if (s && !this.byInode.has(`${s.dev}:${s.ino}`)) this.byInode.set(`${s.dev}:${s.ino}`, what);
  }

  /**
   * Refuses to write `file` (the option that names it: `-o report.json`) when it is an input of
   * the run, or (unless `append`) another output of it. `allowed` is the one input this output
   * may replace: --write-baseline over --baseline, the documented way to prune a baseline.
   */
  output(file: string, option: string, { allowed, append }: { allowed?: string; append?: boolean } = {}): void {
    const real = realTarget(file);
    const s = stat(real);
    const hit = this.byPath.get(real) ?? (s ? this.byInode.get(`${s.dev}:${s.ino}`) : undefined);
    if (hit && !(allowed !== undefined && realTarget(allowed) === real)) {
      throw new UsageError(
        `${option} would write over ${hit}, which this run reads; pmcheck never writes to its inputs, so choose another file`,
      );
    }
    if (append) return;
    const other = this.outputs.get(real);
    if (other !== undefined)
      throw new UsageError(`${option} is also written by ${other}; give each output its own file`);
    this.outputs.set(real, option);
  }
}
