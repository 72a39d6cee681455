/**
 * The CI integrations as a team would paste them: each README snippet's pmcheck command runs
 * in a temporary git repository with a pull-request-like change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The YAML code block that follows a <!-- ci:NAME --> marker in the README. */
function snippet(name: string): string {
  const at = readme.indexOf(`<!-- ci:${name} -->`);
  const block = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at))!;
  return block[1]!;
}

/** A repository on a feature branch whose plan raised its budget without a change request. */
function pullRequest(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-pr-'));
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  mkdirSync(join(dir, 'plans'));
  const plan = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
  writeFileSync(join(dir, 'plans', 'ce.plan.yaml'), plan);
  git('add', '.');
  git('commit', '-qm', 'plan');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD'); // as after actions/checkout with fetch-depth 0
  git('checkout', '-qb', 'feature');
  writeFileSync(join(dir, 'plans', 'ce.plan.yaml'), plan.replace('  total: 28000', '  total: 31000'));
  return dir;
}

/** Runs a snippet's command in bash, with npx pmcheck standing for this checkout's CLI. */
function runCommand(command: string, cwd: string, env: Record<string, string>) {
  const local = command.replace('npx --yes pmcheck', `node ${bin}`);
  return spawnSync('bash', ['-c', local], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
}

describe('README: GitHub Actions', () => {
  const workflow = parse(snippet('github'));
  const step = workflow.jobs.pmcheck.steps.find((s: { run?: string }) => s.run?.includes('pmcheck audit'));

  it('is a workflow with a pmcheck step and a SARIF upload', () => {
    expect(step.run).toContain('--base "origin/$GITHUB_BASE_REF"');
    expect(workflow.jobs.pmcheck.steps.at(-1).uses).toBe('github/codeql-action/upload-sarif@v3');
  });

  it('its command fails the pull request on the undocumented budget raise, and writes valid SARIF', () => {
    const dir = pullRequest();
    const summary = join(dir, 'summary.md');
    const r = runCommand(step.run, dir, { GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error file=plans/ce.plan.yaml,line=364,col=10,endLine=364,title=pmcheck undocumented-change (high)::budget.total changed from 28,000 to 31,000 since origin/main',
    );
    const sarif = JSON.parse(readFileSync(join(dir, 'pmcheck.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['undocumented-change']);
    expect(readFileSync(summary, 'utf8')).toContain('## pmcheck: gate ❌ failed');
  }, 30_000);
});

describe('README: GitLab CI', () => {
  const job = parse(snippet('gitlab')).pmcheck;

  it('its commands fail the merge request and write Code Quality and JUnit reports', () => {
    const dir = pullRequest();
    const env = { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    const audit = job.script.find((l: string) => l.includes('pmcheck audit'));
    const r = runCommand(audit, dir, env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('undocumented-change');
    for (const file of [job.artifacts.reports.codequality, job.artifacts.reports.junit])
      expect(existsSync(join(dir, file))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'gl-code-quality.json'), 'utf8'))[0].check_name).toBe(
      'undocumented-change',
    );
  }, 30_000);
});

// The Action itself runs under the runner's rules in test/action.test.ts.
describe('pre-commit', () => {
  it('pre-commit hooks name the pmcheck entry point', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks[0]).toMatchObject({ id: 'pmcheck', entry: 'pmcheck audit --quiet', language: 'node' });
    expect(new RegExp(hooks[0].files).test('plans/office.plan.yaml')).toBe(true);
  });

  // test/integration/pre-commit.sh runs the hook through the real pre-commit framework.
  it('its entry (audit --quiet) names each finding that blocks the commit, one line each, and nothing when it passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-hook-'));
    const plan = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
    writeFileSync(join(dir, 'ok.plan.yaml'), plan);
    writeFileSync(join(dir, 'bad.plan.yaml'), plan.replace('  sponsor: helen\n', '').replace('  manager: priya\n', ''));
    const hook = (...files: string[]) =>
      spawnSync(process.execPath, [bin, 'audit', '--quiet', ...files], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
    const blocked = hook('ok.plan.yaml', 'bad.plan.yaml');
    expect(blocked.status).toBe(1);
    // stdout: the summary line of each plan, as before; stderr: what fails the gate (fail-on high).
    expect(blocked.stdout).toMatch(
      /^ok\.plan\.yaml: 100\/100 green · no findings.*\nbad\.plan\.yaml: \d+\/100 .*1 medium/,
    );
    const lines = blocked.stderr.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^bad\.plan\.yaml:8:1 critical pm-assigned No project manager: /);
    expect(lines[1]).toBe(
      'bad.plan.yaml:8:1 high sponsor-assigned No sponsor: project.sponsor is not set, so nobody on the client side owns decisions.',
    );
    expect(lines[2]).toBe('');
    const passed = hook('ok.plan.yaml');
    expect(passed.status).toBe(0);
    expect(passed.stderr).toBe('');
  }, 30_000);
});
