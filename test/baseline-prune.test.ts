/**
 * Baselines that ate other files' entries (issue 14, class 11): --write-baseline replaces only
 * the entries of plans this run audited successfully, keeps the rest, and credits each entry to
 * its own file, from a warm cache too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CliIO, main } from '../src/cli/program.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const EXAMPLES = ['office-move', 'cloud-migration', 'network-refresh'] as const;
const text = (name: string) => readFileSync(join(root, 'examples', `${name}.plan.yaml`), 'utf8');
const BROKEN = 'pmcheck: 1\nproject:\n  name: A\n  start: 2026-02-30\n';

async function cli(cwd: string, ...args: string[]) {
  let stderr = '';
  const io: CliIO = {
    stdout: () => {},
    stderr: (t) => {
      stderr += t;
    },
    env: { NO_COLOR: '1' },
    colorSupport: 0,
    readStdin: () => new Uint8Array(),
  };
  const abs = args.map((a) => (a.startsWith('plans') || a.endsWith('.json') ? join(cwd, a) : a));
  return { code: await main(['node', 'pmcheck', 'audit', '--as-of', '2026-03-01', ...abs], io), stderr };
}

type Entry = { rule: string; file: string; path: unknown[] };
const entries = (file: string): Entry[] => JSON.parse(readFileSync(file, 'utf8')).entries;
const byFile = (list: Entry[]) => {
  const out: Record<string, string[]> = {};
  for (const e of list) out[e.file] = [...(out[e.file] ?? []), JSON.stringify([e.rule, e.path])];
  return out;
};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-prune-'));
  mkdirSync(join(dir, 'plans'));
  for (const name of EXAMPLES) writeFileSync(join(dir, 'plans', `${name}.plan.yaml`), text(name));
  return dir;
}

describe('--write-baseline prunes only what it audited', () => {
  it("a run on a subset keeps the other plans' entries, and says so", async () => {
    const dir = workspace();
    expect((await cli(dir, '--write-baseline', 'b.json', 'plans')).code).toBe(0);
    const all = byFile(entries(join(dir, 'b.json')));
    // Named from the repository's root, or in full outside one (src/run/repo.ts).
    expect(Object.keys(all).sort()).toEqual(EXAMPLES.map((n) => join(dir, 'plans', `${n}.plan.yaml`)).sort());
    const r = await cli(dir, '--write-baseline', 'b.json', 'plans/office-move.plan.yaml');
    expect(r.stderr).toMatch(
      /^pmcheck: wrote \d+ findings to the baseline .*b\.json \(and kept \d+ entries for plans not audited in this run\)\n$/,
    );
    expect(byFile(entries(join(dir, 'b.json')))).toEqual(all);
  });

  it("the README's prune command, with one plan failing to load, keeps that plan's entries", async () => {
    const dir = workspace();
    await cli(dir, '--write-baseline', 'b.json', 'plans');
    const before = byFile(entries(join(dir, 'b.json')));
    writeFileSync(join(dir, 'plans', 'network-refresh.plan.yaml'), BROKEN);
    const r = await cli(dir, '--baseline', 'b.json', '--write-baseline', 'b.json', 'plans');
    expect(r.code).toBe(2); // the broken plan
    const key = join(dir, 'plans', 'network-refresh.plan.yaml');
    expect(before[key]).toBeDefined();
    expect(byFile(entries(join(dir, 'b.json')))[key]).toEqual(before[key]);
  });

  it('generated: whatever subset is audited and whichever plans fail, only audited plans change', async () => {
    const dir = workspace();
    await cli(dir, '--write-baseline', 'b.json', 'plans');
    const original = byFile(entries(join(dir, 'b.json')));
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...EXAMPLES], { minLength: 1 }),
        fc.subarray([...EXAMPLES]),
        async (given, broken) => {
          // Plans are unchanged or broken, so after every run each plan's entries must be as they began.
          for (const name of EXAMPLES)
            writeFileSync(join(dir, 'plans', `${name}.plan.yaml`), broken.includes(name) ? BROKEN : text(name));
          await cli(dir, '--write-baseline', 'b.json', ...given.map((n) => `plans/${n}.plan.yaml`));
          const after = byFile(entries(join(dir, 'b.json')));
          for (const name of EXAMPLES) {
            const key = join(dir, 'plans', `${name}.plan.yaml`);
            // Audited successfully: its current findings (unchanged plan, so the same). Otherwise: kept as it was.
            expect(after[key], key).toEqual(original[key]);
          }
        },
      ),
      { seed: 20261122, numRuns: 25 },
    );
  }, 120_000);

  it('a file that is not a baseline is refused, not overwritten', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'notes.json'), '{"my": "notes"}');
    const r = await cli(dir, '--write-baseline', 'notes.json', 'plans');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.json: not a pmcheck baseline .*--write-baseline replaces only a pmcheck baseline/);
    expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe('{"my": "notes"}');
  });
});

describe('with a warm cache', () => {
  it('entries are credited to the right files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-prune-cache-'));
    const home = mkdtempSync(join(tmpdir(), 'pmcheck-prune-home-'));
    for (const team of ['north', 'south']) {
      mkdirSync(join(dir, team));
      writeFileSync(join(dir, team, 'move.plan.yaml'), text('office-move'));
    }
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'audit', '--cache', '--jobs', '1', ...args, '.'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', XDG_CACHE_HOME: home },
      });
    run('--quiet'); // warm the cache
    run('--write-baseline', 'b.json');
    const warm = byFile(entries(join(dir, 'b.json')));
    expect(Object.keys(warm)).toEqual(['north/move.plan.yaml', 'south/move.plan.yaml']);
    expect(warm['north/move.plan.yaml']).toEqual(warm['south/move.plan.yaml']);
    rmSync(join(dir, 'b.json'));
    rmSync(home, { recursive: true });
    run('--write-baseline', 'b.json');
    expect(byFile(entries(join(dir, 'b.json')))).toEqual(warm);
  }, 60_000);
});
