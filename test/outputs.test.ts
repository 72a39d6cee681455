/**
 * Writing over the plan (issue 14, class 5): -o, --format name:file, --write-baseline and
 * review -o refuse, with exit 2 and before anything is written, a target that is an input of
 * the run (a plan, a config, the baseline), however it is spelt: ./, .., //, an absolute path,
 * a symbolic link to it, a hard link, or a folder reached through a link.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CliIO, main } from '../src/cli/program.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const officeMove = readFileSync(join(root, 'examples/office-move.plan.yaml'), 'utf8');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { NO_COLOR: '1' },
    colorSupport: 0,
    readStdin: () => new Uint8Array(),
  };
  const code = await main(['node', 'pmcheck', ...args], io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'pmcheck-inputs-'));
const plan = join(dir, 'plans', 'p.plan.yaml');
const config = join(dir, 'plans', '.pmcheck.yaml');
const baseline = join(dir, 'baseline.json');
mkdirSync(join(dir, 'plans', 'sub'), { recursive: true });
writeFileSync(plan, officeMove);
writeFileSync(config, 'rules:\n  escalation-path: off\n');
symlinkSync(plan, join(dir, 'link.yaml'));
symlinkSync(join(dir, 'plans'), join(dir, 'linked-folder'));
linkSync(plan, join(dir, 'hard.yaml'));
const digest = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const before = { plan: digest(plan), config: digest(config) };

/** Ways to name the plan that are not its own path. */
const SPELLINGS: [string, string][] = [
  ['as given', plan],
  ['with ./', `${join(dir, 'plans')}/./p.plan.yaml`],
  ['with //', `${join(dir, 'plans')}//p.plan.yaml`],
  ['through ..', `${join(dir, 'plans', 'sub')}/../p.plan.yaml`],
  ['relative to the working directory', relative(process.cwd(), plan)],
  ['a symbolic link to it', join(dir, 'link.yaml')],
  ['a hard link to it', join(dir, 'hard.yaml')],
  ['through a linked folder', join(dir, 'linked-folder', 'p.plan.yaml')],
];
/** Every option that writes a file, aimed at `target`. */
const WRITERS: [string, (target: string) => string[]][] = [
  ['-o', (t) => ['audit', '--format', 'json', '-o', t, plan]],
  ['--format json:', (t) => ['audit', '--format', `json:${t}`, plan]],
  ['--format sarif: with another to stdout', (t) => ['audit', '--format', 'table', '--format', `sarif:${t}`, plan]],
  ['--write-baseline', (t) => ['audit', '--write-baseline', t, plan]],
  ['a folder audit, -o', (t) => ['audit', '--quiet', '-o', t, join(dir, 'plans')]],
  ['review -o', (t) => ['review', plan, '-o', t]],
];

describe('nothing pmcheck writes can replace what it reads', () => {
  it('generated: every writer, every spelling of the plan: exit 2, one line, the plan untouched', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITERS), fc.constantFrom(...SPELLINGS), async ([, writer], [, target]) => {
        const r = await cli(...writer(target));
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(
          /^pmcheck: (-o |--format \w+:|--write-baseline ).* would write over the plan .*p\.plan\.yaml, which this run reads; pmcheck never writes to its inputs, so choose another file\n$/,
        );
        expect(digest(plan)).toBe(before.plan);
      }),
      { numRuns: 48, seed: 20261122 },
    );
  }, 120_000);

  it("the plan's config, found or given with -c, and the baseline are inputs too", async () => {
    const r = await cli('audit', '-o', config, plan);
    expect(r.stderr).toBe(
      `pmcheck: -o ${config} would write over the config ${config}, which this run reads; pmcheck never writes to its inputs, so choose another file\n`,
    );
    expect((await cli('audit', '-c', config, '--format', `junit:${config}`, plan)).code).toBe(2);
    expect(digest(config)).toBe(before.config);
    writeFileSync(baseline, '{"schemaVersion":1,"entries":[]}\n');
    const b = await cli('audit', '--baseline', baseline, '-o', baseline, plan);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/would write over the baseline/);
  });

  it('--write-baseline over --baseline is still the way to prune it', async () => {
    writeFileSync(baseline, '{"schemaVersion":1,"entries":[]}\n');
    const r = await cli('audit', '--baseline', baseline, '--write-baseline', baseline, plan);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).entries.length).toBeGreaterThan(0);
  });

  it('two outputs to one file are refused rather than one silently lost', async () => {
    const out = join(dir, 'out', 'r.txt');
    mkdirSync(join(dir, 'out'), { recursive: true });
    const r = await cli(
      'audit',
      '--format',
      `json:${out}`,
      '--format',
      `sarif:${join(dir, 'out', '.', 'r.txt')}`,
      plan,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is also written by --format json:.*r\.txt; give each output its own file\n$/);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('an ordinary output next to the plan is written as before', async () => {
    const out = join(dir, 'plans', 'report.json');
    const r = await cli('audit', '--format', 'json', '-o', out, plan);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).plans[0].file).toBe(plan);
    expect(digest(plan)).toBe(before.plan);
  });
});
