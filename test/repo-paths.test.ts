/**
 * What CI systems match findings on: the file, named from the repository's root, and the
 * fingerprint. GitHub resolves SARIF URIs and annotation files against the checkout, GitLab
 * resolves location.path against the repository, and a baseline is matched on every run: none
 * of them may change with the folder pmcheck ran in, with how the plan was named on the command
 * line, or with a task inserted above a finding.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pmcheck } from './helpers/cli.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const officeMove = readFileSync(join(root, 'examples/office-move.plan.yaml'), 'utf8');

/** A repository with the office move two folders down: plans/facilities/move.plan.yaml. */
function repository(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pmcheck-repo-')));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  mkdirSync(join(dir, 'plans', 'facilities'), { recursive: true });
  writeFileSync(join(dir, 'plans', 'facilities', 'move.plan.yaml'), officeMove);
  return dir;
}

interface Seen {
  sarifUris: string[];
  sarifBase: string;
  sarifPrints: string[];
  gitlabPaths: string[];
  gitlabPrints: string[];
  githubFiles: string[];
  baselineFiles: string[];
}

/** Runs every machine format, then writes a baseline, from `cwd`, naming the plan as `plan`. */
function observe(cwd: string, plan: string, out: string): Seen {
  const r = pmcheck(
    [
      'audit',
      '--as-of',
      '2026-02-16',
      '--format',
      'github',
      '--format',
      `sarif:${join(out, 'r.sarif')}`,
      '--format',
      `gitlab:${join(out, 'gl.json')}`,
      plan,
    ],
    cwd,
  );
  expect(r.code).toBe(1);
  const write = pmcheck(['audit', '--as-of', '2026-02-16', '--write-baseline', join(out, 'baseline.json'), plan], cwd);
  expect(write.stderr).toMatch(/^pmcheck: wrote 12 findings to the baseline/);
  const sarif = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).runs[0];
  const gitlab = JSON.parse(readFileSync(join(out, 'gl.json'), 'utf8'));
  type Loc = { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } };
  const results: { locations: Loc[]; partialFingerprints: { primaryLocationLineHash: string } }[] = sarif.results;
  return {
    sarifUris: [
      ...new Set(
        results.map(
          (x) =>
            `${x.locations[0]!.physicalLocation.artifactLocation.uriBaseId}:${x.locations[0]!.physicalLocation.artifactLocation.uri}`,
        ),
      ),
    ],
    sarifBase: sarif.originalUriBaseIds['%SRCROOT%'].uri,
    sarifPrints: results.map((x) => x.partialFingerprints.primaryLocationLineHash).sort(),
    gitlabPaths: [...new Set(gitlab.map((i: { location: { path: string } }) => i.location.path))] as string[],
    gitlabPrints: gitlab.map((i: { fingerprint: string }) => i.fingerprint).sort(),
    githubFiles: [...new Set(r.stdout.match(/(?<=^::(?:error|warning) file=)[^,]+/gm) ?? [])],
    baselineFiles: [
      ...new Set(
        JSON.parse(readFileSync(join(out, 'baseline.json'), 'utf8')).entries.map((e: { file: string }) => e.file),
      ),
    ] as string[],
  };
}

describe('paths from the repository root', () => {
  it('are the same run from the root, from a subfolder, and with an absolute argument', () => {
    const repo = repository();
    const out = mkdtempSync(join(tmpdir(), 'pmcheck-out-'));
    const fromRoot = observe(repo, 'plans/facilities/move.plan.yaml', out);
    expect(fromRoot).toMatchObject({
      sarifUris: ['%SRCROOT%:plans/facilities/move.plan.yaml'],
      sarifBase: pathToFileURL(`${repo}/`).href,
      gitlabPaths: ['plans/facilities/move.plan.yaml'],
      githubFiles: ['plans/facilities/move.plan.yaml'],
      baselineFiles: ['plans/facilities/move.plan.yaml'],
    });
    expect(fromRoot.sarifPrints).toHaveLength(12);
    expect(observe(join(repo, 'plans'), 'facilities/move.plan.yaml', out)).toEqual(fromRoot);
    expect(observe(join(repo, 'plans', 'facilities'), 'move.plan.yaml', out)).toEqual(fromRoot);
    expect(observe(join(repo, 'plans'), join(repo, 'plans', 'facilities', 'move.plan.yaml'), out)).toEqual(fromRoot);
    // A plan outside the repository pmcheck runs in has no path from its root: it stays absolute.
    const other = repository();
    const outside = observe(other, join(repo, 'plans', 'facilities', 'move.plan.yaml'), out);
    expect(outside.githubFiles).toEqual([join(repo, 'plans', 'facilities', 'move.plan.yaml')]);
    expect(outside.sarifUris).toEqual([
      `undefined:${pathToFileURL(join(repo, 'plans', 'facilities', 'move.plan.yaml')).href}`,
    ]);
  }, 30_000);

  it('a baseline written from a subfolder matches a run from the root', () => {
    const repo = repository();
    const out = mkdtempSync(join(tmpdir(), 'pmcheck-out-'));
    observe(join(repo, 'plans'), 'facilities/move.plan.yaml', out);
    const r = pmcheck(
      ['audit', '--as-of', '2026-02-16', '--format', 'json', '--baseline', join(out, 'baseline.json'), 'plans'],
      repo,
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.plans[0].known).toHaveLength(12);
    expect(json.baseline.stale).toEqual([]);
  }, 30_000);

  it('outside a repository, they are relative to the working directory', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pmcheck-norepo-')));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'move.plan.yaml'), officeMove);
    const seen = observe(dir, join(dir, 'plans', 'move.plan.yaml'), dir);
    expect(seen.sarifUris).toEqual(['%SRCROOT%:plans/move.plan.yaml']);
    expect(seen.sarifBase).toBe(pathToFileURL(`${dir}/`).href);
    expect(seen.gitlabPaths).toEqual(['plans/move.plan.yaml']);
  }, 30_000);
});

describe('fingerprints', () => {
  it('a task inserted at the top of the plan leaves every SARIF and GitLab fingerprint and baseline match unchanged', () => {
    const repo = repository();
    const plan = join(repo, 'plans', 'facilities', 'move.plan.yaml');
    const before = observe(repo, plan, repo);
    const inserted = [
      '  - id: induction',
      '    name: Induction for the move team',
      '    owner: pat',
      '    kind: scoping',
      '    start: 2026-01-05',
      '    finish: 2026-01-05',
      '    actual_start: 2026-01-05',
      '    actual_finish: 2026-01-05',
      '    progress: 1',
    ];
    writeFileSync(plan, officeMove.replace('tasks:\n', `tasks:\n${inserted.join('\n')}\n`));
    const r = pmcheck(
      ['audit', '--as-of', '2026-02-16', '--format', 'json', '--baseline', join(repo, 'baseline.json'), plan],
      repo,
    );
    const json = JSON.parse(r.stdout);
    // The findings moved down by the inserted lines, and some of them sit on tasks below it.
    expect(json.plans[0].known.some((f: { pathText: string }) => f.pathText.startsWith('tasks[id='))).toBe(true);
    expect(json.plans[0].known).toHaveLength(12);
    expect(json.baseline.stale).toEqual([]);
    const after = observe(repo, plan, mkdtempSync(join(tmpdir(), 'pmcheck-out-')));
    expect(after.sarifPrints).toEqual(before.sarifPrints);
    expect(after.gitlabPrints).toEqual(before.gitlabPrints);
    expect(new Set(after.gitlabPrints).size).toBe(12);
  }, 30_000);
});
