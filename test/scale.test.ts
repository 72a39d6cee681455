/**
 * Many plans: the worker pool gives the same output as one thread, in the same order, and the
 * opt-in cache gives the same output as a fresh audit, invalidated by any change that matters.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../src/tools/generate-plan.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const pmcheck = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    // The cache's secret goes to a cache folder of the test's own, not the user's.
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const cacheHome = mkdtempSync(join(tmpdir(), 'pmcheck-cache-home-'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pmcheck-scale-'));
  mkdirSync(join(dir, 'plans'));
  for (let i = 0; i < 10; i++)
    writeFileSync(join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`), generatePlan(60 + 10 * i, i + 1));
  writeFileSync(join(dir, 'plans', 'broken.plan.yaml'), 'pmcheck: 1\nproject:\n  name: A\n  start: 2026-02-30\n');
});

describe('the worker pool', () => {
  it('gives byte-identical output to a single thread, in input order, with load errors in place', () => {
    const one = pmcheck(['audit', '--format', 'json', '--as-of', '2026-03-01', '--jobs', '1', 'plans'], dir);
    const two = pmcheck(['audit', '--format', 'json', '--as-of', '2026-03-01', '--jobs', '2', 'plans'], dir);
    expect(two.code).toBe(2); // the broken plan
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const files = JSON.parse(two.stdout).plans.map((p: { file: string }) => p.file);
    expect(files).toEqual([...files].sort());
    expect(files).toHaveLength(10);
  }, 60_000);

  it('--jobs must be a whole number', () => {
    expect(pmcheck(['audit', '--jobs', '0', 'plans'], dir).stderr).toBe(
      'pmcheck: --jobs must be a whole number from 1 to 64, got "0"\n',
    );
  });
});

describe('--cache', () => {
  it('reuses results for unchanged plans, and re-audits a plan or config that changed', () => {
    const work = mkdtempSync(join(tmpdir(), 'pmcheck-cache-'));
    const plan = join(work, 'p.yaml');
    writeFileSync(plan, generatePlan(80, 7));
    const args = [
      'audit',
      '--format',
      'json',
      '--as-of',
      '2026-03-01',
      '--cache',
      '--cache-location',
      'cache',
      'p.yaml',
    ];
    const fresh = pmcheck(args, work);
    expect(readdirSync(join(work, 'cache'))).toHaveLength(1);
    const cached = pmcheck(args, work);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(readdirSync(join(work, 'cache'))).toHaveLength(1);

    writeFileSync(plan, `${generatePlan(80, 7)}# a comment changes the text\n`);
    pmcheck(args, work);
    expect(readdirSync(join(work, 'cache'))).toHaveLength(2);

    writeFileSync(join(work, '.pmcheck.yaml'), 'rules:\n  escalation-path: off\n');
    const withConfig = pmcheck(args, work);
    expect(readdirSync(join(work, 'cache'))).toHaveLength(3);
    expect(JSON.parse(withConfig.stdout).plans[0].rules.map((r: { id: string }) => r.id)).not.toContain(
      'escalation-path',
    );

    pmcheck([...args.slice(0, 3), '2026-03-02', ...args.slice(4)], work);
    expect(readdirSync(join(work, 'cache'))).toHaveLength(4); // another as-of date, another result
  }, 60_000);
});
