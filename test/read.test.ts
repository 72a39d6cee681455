/**
 * Unbounded input (issue 14, class 8): only regular files are read, and the size cap holds on
 * every route, a path, a folder, a glob and standard input, whatever a file claims its size is.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { MAX_BYTES, readCapped, readPlanBytes, readStdin } from '../src/run/read.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const healthy = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');

function pmcheck(args: string[], cwd: string, stdin?: number | string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    ...(typeof stdin === 'number' ? { stdio: [stdin, 'pipe', 'pipe'] } : { input: stdin }),
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('only regular files are plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-regular-'));

  it('a device, a pipe or a folder named on the command line is refused before a byte is read', () => {
    expect(() => readPlanBytes('/dev/zero')).toThrow('is a device, not a regular file; only regular files are plans');
    spawnSync('mkfifo', [join(dir, 'pipe.plan.yaml')]);
    // Opened without blocking: a FIFO with no writer would otherwise hang the run.
    expect(() => readPlanBytes(join(dir, 'pipe.plan.yaml'))).toThrow('is a pipe (FIFO), not a regular file');
    expect(() => readPlanBytes(dir)).toThrow('is a folder, not a plan file');
  });

  it('/dev/zero linked into a plans folder is refused, with bounded memory', () => {
    writeFileSync(join(dir, 'good.plan.yaml'), healthy);
    symlinkSync('/dev/zero', join(dir, 'zero.plan.yaml'));
    const r = pmcheck(['audit', '--quiet', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('good.plan.yaml: 100/100 green');
    expect(r.stderr).toContain(
      'pmcheck: zero.plan.yaml: is a device, not a regular file; only regular files are plans\n',
    );
  }, 30_000);

  it('a link whose target is missing says so', () => {
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.plan.yaml'));
    expect(() => readPlanBytes(join(dir, 'dangling.plan.yaml'))).toThrow('a symbolic link whose target does not exist');
    expect(() => readPlanBytes(join(dir, 'gone.yaml'))).toThrow('no such file');
  });
});

describe('the size cap on every route', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-cap-'));
  const big = `${healthy}${'# padding\n'.repeat(1_700_000)}`; // 16.2 MB

  it('a 17 MB plan in a folder, or matched by a glob, is refused as it is by path', () => {
    writeFileSync(join(dir, 'big.plan.yaml'), big);
    const line =
      'pmcheck: big.plan.yaml: the file is 16.2 MB, more than the 16.0 MB pmcheck reads; split it into smaller plans\n';
    for (const arg of ['.', '*.plan.yaml', 'big.plan.yaml']) {
      const r = pmcheck(['audit', arg], dir);
      expect(r.code).toBe(2);
      expect(r.stderr.endsWith(line), r.stderr).toBe(true);
    }
  }, 60_000);

  it('standard input is read with the cap: never the whole of /dev/zero', () => {
    const zero = openSync('/dev/zero', 'r');
    const r = pmcheck(['audit', '-'], dir, zero);
    closeSync(zero);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pmcheck: <stdin>: standard input is more than the 16.0 MB pmcheck reads; split it into smaller plans\n',
    );
    const piped = pmcheck(['audit', '-'], dir, big);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/^pmcheck: <stdin>: standard input is more than the 16\.0 MB/);
  }, 30_000);

  it('generated sizes around the cap: every size up to it is read whole, every size past it is refused', () => {
    const file = join(dir, 'sized.bin');
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 4096, 65_537, MAX_BYTES - 1, MAX_BYTES, MAX_BYTES + 1, MAX_BYTES + 65_536),
        fc.nat(1 << 20),
        (size, hint) => {
          writeFileSync(file, Buffer.alloc(size, 0x61));
          const fd = openSync(file, 'r');
          try {
            // The size hint is wrong on purpose: a file that grew after its stat is still capped.
            const read = () => readCapped(fd, 'sized.bin', hint);
            if (size <= MAX_BYTES) expect(read().length).toBe(size);
            else expect(read).toThrow(InputError);
          } finally {
            closeSync(fd);
          }
        },
      ),
      { numRuns: 16, seed: 20261122 },
    );
  }, 60_000);

  it('readStdin stops one read past the cap on an endless stream', () => {
    const fd = openSync('/dev/zero', 'r');
    try {
      expect(() => readStdin(fd)).toThrow('standard input is more than the 16.0 MB pmcheck reads');
    } finally {
      closeSync(fd);
    }
  });
});
