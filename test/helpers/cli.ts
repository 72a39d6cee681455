/** The real CLI as a user runs it: the committed bundle through bin/pmcheck.js, in a fresh process. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const BIN = join(ROOT, 'bin', 'pmcheck.js');

/** Runs `pmcheck args…` in `cwd` with a bare environment (PATH, no colour): its exit code and output. */
export function pmcheck(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
