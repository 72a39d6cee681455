/**
 * Config from outside (issue 14, class 9): the search for .pmcheck.yaml stops at the top of the
 * plan's repository (outside a repository, at the plan's own folder), and every output format
 * names the config each plan was judged by.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { findConfig, searchRoot } from '../src/run/config-files.js';
import { pmcheck } from './helpers/cli.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const officeMove = readFileSync(join(root, 'examples/office-move.plan.yaml'), 'utf8');
const permissive = 'fail-on: none\nrules:\n  vendor-sequencing: off\n  change-approved: off\n';

function repoUnder(parent: string): string {
  const repo = join(parent, 'repo');
  mkdirSync(join(repo, 'plans', 'team'), { recursive: true });
  spawnSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(join(repo, 'plans', 'team', 'move.plan.yaml'), officeMove);
  return repo;
}

describe('the config search stops at the repository', () => {
  it("the issue's case: a permissive .pmcheck.yaml one folder above the repository is not applied", () => {
    const outside = mkdtempSync(join(tmpdir(), 'pmcheck-above-'));
    writeFileSync(join(outside, '.pmcheck.yaml'), permissive);
    const repo = repoUnder(outside);
    const r = pmcheck(['audit', '--format', 'json', 'plans'], repo);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.plans[0].config).toEqual({ file: null, presets: ['recommended'] });
    expect(out.gate.passed).toBe(false);
  }, 30_000);

  it('a config at the top of the repository applies to plans any depth below it', () => {
    const repo = repoUnder(mkdtempSync(join(tmpdir(), 'pmcheck-top-')));
    writeFileSync(join(repo, '.pmcheck.yaml'), permissive);
    expect(findConfig(join(repo, 'plans', 'team'))).toBe(join(repo, '.pmcheck.yaml'));
    const r = pmcheck(['audit', '--quiet', 'plans'], repo);
    expect(r.code).toBe(0);
  }, 30_000);

  it('a worktree or submodule (.git is a file) is a repository top too', () => {
    const parent = mkdtempSync(join(tmpdir(), 'pmcheck-worktree-'));
    writeFileSync(join(parent, '.pmcheck.yaml'), permissive);
    mkdirSync(join(parent, 'wt', 'plans'), { recursive: true });
    writeFileSync(join(parent, 'wt', '.git'), 'gitdir: /elsewhere/.git/worktrees/wt\n');
    expect(searchRoot(join(parent, 'wt', 'plans'))).toBe(join(parent, 'wt'));
    expect(findConfig(join(parent, 'wt', 'plans'))).toBeUndefined();
  });

  it("outside a repository, only the plan's own folder is searched", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-norepo-'));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, '.pmcheck.yaml'), permissive);
    expect(findConfig(join(dir, 'plans'))).toBeUndefined();
    writeFileSync(join(dir, 'plans', '.pmcheck.yml'), 'fail-on: low\n');
    expect(findConfig(join(dir, 'plans'))).toBe(join(dir, 'plans', '.pmcheck.yml'));
  });

  it('generated: a config is found exactly when it is the nearest at or below the top of the repository', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }), // folders from the repository's top to the plan
        fc.array(fc.integer({ min: -2, max: 4 }), { maxLength: 4 }), // where configs are: <0 above the top
        fc.boolean(), // in a repository at all
        (depth, places, inRepo) => {
          const base = mkdtempSync(join(tmpdir(), 'pmcheck-gen-'));
          const top = join(base, 'a', 'b');
          const folders = Array.from({ length: depth + 1 }, (_, i) =>
            join(top, ...Array.from({ length: i }, (_, k) => `d${k}`)),
          );
          mkdirSync(folders.at(-1)!, { recursive: true });
          if (inRepo) mkdirSync(join(top, '.git'));
          const at = (p: number) =>
            p >= 0 ? folders[Math.min(p, depth)]! : resolve(top, ...Array.from({ length: -p }, () => '..'));
          for (const p of places) writeFileSync(join(at(p), '.pmcheck.yaml'), 'fail-on: low\n');
          const planDir = folders.at(-1)!;
          const lowest = inRepo ? 0 : depth; // the highest folder searched, as an index
          const eligible = places.filter((p) => p >= lowest).map((p) => Math.min(p, depth));
          const expected = eligible.length > 0 ? join(folders[Math.max(...eligible)]!, '.pmcheck.yaml') : undefined;
          expect(findConfig(planDir)).toBe(expected);
        },
      ),
      { seed: 20261122, numRuns: 120 },
    );
  });
});

describe('every output format names the config', () => {
  const repo = repoUnder(mkdtempSync(join(tmpdir(), 'pmcheck-named-')));
  writeFileSync(join(repo, 'plans', '.pmcheck.yaml'), 'rules:\n  escalation-path: off\n');
  const cfg = 'plans/.pmcheck.yaml';
  const run = (format: string) => pmcheck(['audit', '--format', format, 'plans'], repo).stdout;

  it('table, JSON, SARIF, JUnit, Markdown and GitHub', () => {
    expect(run('table')).toContain(`Config: ${join(repo, cfg)}`);
    expect(JSON.parse(run('json')).plans[0].config.file).toBe(join(repo, cfg));
    expect(JSON.parse(run('sarif')).runs[0].properties.configs).toEqual([
      { plan: 'plans/team/move.plan.yaml', config: cfg, presets: ['recommended'] },
    ]);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run('junit'));
    expect(junit.testsuites.testsuite.properties.property).toContainEqual({ name: 'config', value: join(repo, cfg) });
    expect(run('markdown')).toContain(`· config \`${join(repo, cfg)}\``);
    expect(run('github').trimEnd().split('\n').at(-1)).toMatch(
      /^pmcheck: 1 plan, gate failed: .* \(config: plans\/\.pmcheck\.yaml\)$/,
    );
  }, 60_000);

  it('and says so when there is none', () => {
    const bare = repoUnder(mkdtempSync(join(tmpdir(), 'pmcheck-unnamed-')));
    expect(pmcheck(['audit', 'plans'], bare).stdout).toContain("Config: none (pmcheck's defaults)");
    expect(pmcheck(['audit', '--format', 'markdown', 'plans'], bare).stdout).toContain('· no config file');
  }, 60_000);
});
