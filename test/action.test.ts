/**
 * The GitHub Action (action.yml) run as the runner runs a composite action: each step's `if:`
 * evaluated by the runner's rules (test/helpers/actions-runner.ts), the bash steps run with a
 * fake GITHUB_* environment, and the upload step checked for what it would be given. The
 * workspace holds plans at several depths, and RUNNER_TEMP lies outside it, as on a runner.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, hashFiles, runCompositeAction } from './helpers/actions-runner.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const action = readFileSync(join(root, 'action.yml'), 'utf8');
const healthy = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
const failing = readFileSync(join(root, 'examples/office-move.plan.yaml'), 'utf8');

/** A checkout with five plans, one to four folders deep, and a runner's temp folder beside it. */
function runner(plans: Record<string, string>) {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'pmcheck-runner-')));
  const workspace = join(base, 'work', 'repo', 'repo');
  const runnerTemp = join(base, 'work', '_temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  for (const [path, text] of Object.entries(plans)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const summary = join(runnerTemp, '_runner_file_commands', 'step_summary');
  mkdirSync(join(summary, '..'), { recursive: true });
  writeFileSync(summary, '');
  return { workspace, actionPath: root, runnerTemp, summary, env: { GITHUB_RUN_ID: '42', GITHUB_ACTION: 'pmcheck' } };
}

const portfolio = {
  'top.plan.yaml': healthy,
  'plans/a.plan.yaml': healthy,
  'plans/facilities/move.plan.yaml': failing,
  'plans/facilities/2027/b.plan.yaml': healthy,
  'plans/facilities/2027/q1/c.plan.yaml': healthy,
};

/** The plan files a SARIF log has results or rules for: here, the plans that were audited. */
function auditedIn(stdout: string): string[] {
  return [...new Set(stdout.match(/(?<=^::(?:error|warning) file=)[^,]+/gm) ?? [])].sort();
}

describe("the runner's rules, as the test runner implements them", () => {
  it('hashFiles sees only files under GITHUB_WORKSPACE', () => {
    const env = runner({ 'in.plan.yaml': healthy });
    writeFileSync(join(env.runnerTemp, 'out.sarif'), '{}');
    expect(hashFiles(env.workspace, ['in.plan.yaml'])).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFiles(env.workspace, ['**/*.plan.yaml'])).toBe(hashFiles(env.workspace, ['in.plan.yaml']));
    expect(hashFiles(env.workspace, [join(env.runnerTemp, 'out.sarif')])).toBe(''); // outside: ignored
    expect(hashFiles(env.workspace, ['nothing-here'])).toBe('');
  });

  it('compares loosely, as documented: strings ignoring case, null equal to the empty string', () => {
    const scope = {
      contexts: { inputs: { 'upload-sarif': 'TRUE' }, steps: { audit: { outputs: {} } } },
      status: { failed: false },
      workspace: '/nowhere',
    };
    expect(evaluate("inputs.upload-sarif == 'true'", scope)).toBe(true);
    expect(evaluate("steps.audit.outputs.sarif != ''", scope)).toBe(false);
    expect(evaluate("always() && steps.audit.outputs.sarif == ''", scope)).toBe(true);
    expect(evaluate("format('{0}/x.sarif', 'a') == 'A/X.SARIF'", scope)).toBe(true);
    expect(() => evaluate('contains(inputs.x, 1)', scope)).toThrow(/does not support contains/);
  });
});

describe('action.yml under the runner', () => {
  it('audits plans at every depth for **/*.plan.yaml, uploads the SARIF even though the gate failed, then fails the job', () => {
    const env = runner(portfolio);
    const run = runCompositeAction(action, { paths: '**/*.plan.yaml' }, env);
    const [audit, upload, fail] = run.steps;
    expect(audit).toMatchObject({ name: 'Audit the plans', ran: true, outcome: 'success' });
    // Every plan reached pmcheck, however deep: bash did not expand the glob one level down.
    const sarifFile = upload!.with?.sarif_file ?? '';
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${env.workspace}/`);
    expect(auditedIn(audit!.stdout!)).toEqual(['plans/facilities/move.plan.yaml']);
    expect(readFileSync(env.summary, 'utf8')).toContain('| `plans/facilities/2027/q1/c.plan.yaml` |');
    expect(audit!.stdout).toContain('pmcheck: 5 plans, gate failed');
    expect(upload).toMatchObject({
      name: 'Upload SARIF to code scanning',
      ran: true,
      uses: 'github/codeql-action/upload-sarif@v3',
      with: { sarif_file: join(env.runnerTemp, 'pmcheck-42-pmcheck.sarif'), category: 'pmcheck' },
    });
    expect(sarif.runs[0].results.length).toBe(12);
    expect(fail).toMatchObject({ name: 'Fail when the gate failed', ran: true, outcome: 'failure' });
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.failed).toBe(true);
  });

  it('takes several space-separated paths, and passes the job when the gate passes', () => {
    const env = runner(portfolio);
    const run = runCompositeAction(action, { paths: 'top.plan.yaml  plans/facilities/2027 plans/a.plan.yaml' }, env);
    expect(run.steps.map((s) => [s.name, s.ran, s.outcome])).toEqual([
      ['Audit the plans', true, 'success'],
      ['Upload SARIF to code scanning', true, 'success'],
      ['Fail when the gate failed', true, 'success'],
    ]);
    expect(run.steps[0]!.stdout).toContain('pmcheck: 4 plans, gate passed');
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.failed).toBe(false);
  });

  it('skips the upload when asked, and still fails on a gate failure', () => {
    const env = runner(portfolio);
    const run = runCompositeAction(action, { paths: 'plans', 'upload-sarif': 'false' }, env);
    expect(run.steps.map((s) => s.ran)).toEqual([true, false, true]);
    expect(run.failed).toBe(true);
  });

  it('a plan that cannot be read: exit 2 fails the job, and the SARIF (with the error) is still uploaded', () => {
    const env = runner({
      ...portfolio,
      'plans/broken.plan.yaml': 'pmcheck: 1\nproject:\n  name: A\n  start: 2026-02-30\n',
    });
    const run = runCompositeAction(action, { paths: '.' }, env);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.steps[1]!.ran).toBe(true);
    expect(run.steps[2]!.stdout).toContain('pmcheck could not complete the audit (exit 2)');
    expect(run.failed).toBe(true);
  });

  it('the action.yml of 0.1.0, under the same rules: deeper plans never audited, and the upload always skipped', () => {
    const old = readFileSync(join(root, 'test/fixtures/action/action-0.1.0.yml'), 'utf8')
      // Its install step would reinstall this checkout's node_modules; dist/ is there already.
      .replace(/run: npm ci --prefix .*/, 'run: "true"');
    const env = runner(portfolio);
    const run = runCompositeAction(old, { paths: '**/*.plan.yaml' }, env);
    const upload = run.steps.find((s) => s.name === 'Upload SARIF to code scanning')!;
    expect(upload.ran).toBe(false); // hashFiles() of a file in RUNNER_TEMP is always ''
    const audit = run.steps.find((s) => s.name === 'Audit the plans')!;
    expect(audit.stdout).toContain('pmcheck: 1 plan, gate passed'); // bash expanded **/ to one level: plans/a.plan.yaml
  });
});
