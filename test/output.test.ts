/**
 * Output that cannot crash or interleave: a reader that closes the pipe early (`| head`) ends
 * the run quietly with the exit code it would have had, and what went wrong is on stderr before
 * any of the report. Real pipes through a shell, with the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../src/tools/generate-plan.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const dir = mkdtempSync(join(tmpdir(), 'pmcheck-output-'));
// A report of several megabytes: far more than a pipe holds, so the writer meets the closed end.
const big = join(dir, 'big.plan.yaml');
writeFileSync(big, generatePlan(1000, 20261122));

let runs = 0;
/**
 * Runs `pmcheck args | reader` in bash: the CLI's exit code, its stderr (kept in a file, apart
 * from anything the shell says), and the reader's output; with `merged`, stderr goes into the
 * pipe too.
 */
function piped(args: string, reader: string, merged = false) {
  const errors = join(dir, `stderr-${runs++}.txt`);
  writeFileSync(errors, '');
  const r = spawnSync(
    'bash',
    [
      '--norc',
      '--noprofile',
      '-c',
      `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${args} ${merged ? '2>&1' : `2>>${JSON.stringify(errors)}`} | ${reader}; exit \${PIPESTATUS[0]}`,
    ],
    { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '80' } },
  );
  return { code: r.status, stdout: r.stdout, stderr: readFileSync(errors, 'utf8') };
}

describe('a reader that closes the pipe early', () => {
  it.each([
    ['json, a failed gate', `audit --format json ${big}`, 1],
    ['json, a passed gate', `audit --fail-on none --format json ${big}`, 0],
    ['the table', `audit ${big}`, 1],
  ])('%s: no crash, nothing on stderr, the exit code unchanged', (_what, args, code) => {
    const r = piped(args, 'head -c 20');
    expect(r.stderr).toBe('');
    expect(r.stdout).toHaveLength(20);
    expect(r.code).toBe(code);
  });

  it('with both streams in the pipe, still quiet', () => {
    const r = piped(`audit --format json ${big}`, 'head -n 2', true);
    expect(r.stdout).toBe('{\n  "schemaVersion": 2,\n');
    expect(r.code).toBe(1);
  });
});

describe('errors come before the report', () => {
  it('a file that cannot be read is on stderr ahead of the report, in a shared stream', () => {
    const r = piped(`audit --format json ${big} ${join(dir, 'missing.yaml')}`, 'cat', true);
    expect(r.code).toBe(2);
    const first = r.stdout.split('\n')[0]!;
    expect(first).toMatch(/^pmcheck: .*missing\.yaml/);
    expect(JSON.parse(r.stdout.slice(first.length + 1)).plans).toHaveLength(1);
  });
});
