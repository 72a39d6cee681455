/**
 * Change control evaded (issue 14, class 10): --base follows a plan renamed in the pull request,
 * a change-log entry covers only what it is about, and a plan broken at the base but fixed in the
 * pull request is judged as new instead of failing the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule from '../src/rules/undocumented-change.js';
import { pmcheck } from './helpers/cli.js';
import { runOn } from './helpers/rule-tester.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const healthy = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

/** A repository whose main branch has plans/ce.plan.yaml, and a branch `pr` checked out. */
function repo(text = healthy): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-base-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'ci@example.com');
  git(dir, 'config', 'user.name', 'CI');
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'ce.plan.yaml'), text);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'plan');
  git(dir, 'checkout', '-qb', 'pr');
  return dir;
}
const raise = (text: string) => text.replace('  total: 28000', '  total: 31000');
const cr = (entry: string) => (text: string) => text.replace('changes:\n', `changes:\n${entry}`);
const commit = (dir: string, message: string) => {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
};
const findings = (out: string) =>
  JSON.parse(out).plans[0].findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`);

describe('a plan renamed in the pull request is compared with its old self', () => {
  it('an undocumented budget raise under a new name still fails', () => {
    const dir = repo();
    git(dir, 'mv', 'plans/ce.plan.yaml', 'plans/cyber-essentials.plan.yaml');
    const p = join(dir, 'plans', 'cyber-essentials.plan.yaml');
    writeFileSync(p, raise(readFileSync(p, 'utf8')));
    commit(dir, 'rename, and raise the budget');
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans'], dir);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([
      'undocumented-change: budget.total changed from 28,000 to 31,000 since main, and no change request covers it.',
    ]);
  }, 30_000);

  it('renamed into another folder and edited, not committed yet (staged): still followed', () => {
    const dir = repo();
    mkdirSync(join(dir, 'archive'));
    git(dir, 'mv', 'plans/ce.plan.yaml', 'archive/ce-2026.plan.yaml');
    const p = join(dir, 'archive', 'ce-2026.plan.yaml');
    writeFileSync(p, raise(readFileSync(p, 'utf8')));
    git(dir, 'add', '-A');
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'archive'], dir);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toHaveLength(1);
  }, 30_000);

  it('and the same rename with a change request that covers the raise passes', () => {
    const dir = repo();
    git(dir, 'mv', 'plans/ce.plan.yaml', 'plans/renamed.plan.yaml');
    const p = join(dir, 'plans', 'renamed.plan.yaml');
    const documented = cr(
      '  - id: CR-003\n    title: Add the Hill Road kiosks to CE Plus\n    raised_on: 2026-03-16\n    requested_by: gemma\n    impact: { cost: 3000, days: 2 }\n    status: approved\n    approved: { by: helen, on: 2026-03-18 }\n    communicated_to: [tom, shield]\n',
    );
    writeFileSync(p, documented(raise(readFileSync(p, 'utf8'))));
    commit(dir, 'rename, raise, document');
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans'], dir);
    expect(findings(r.stdout).filter((f: string) => f.startsWith('undocumented-change'))).toEqual([]);
    expect(r.code).toBe(0);
  }, 30_000);
});

describe('an unrelated change entry no longer documents a change', () => {
  it("the issue's case: a budget raise with a new entry about something else fails", () => {
    const dir = repo();
    const p = join(dir, 'plans', 'ce.plan.yaml');
    const unrelated = cr(
      '  - id: CR-003\n    title: New kiosk wallpaper\n    raised_on: 2026-03-16\n    requested_by: gemma\n    impact: { days: 0 }\n    status: approved\n    approved: { by: helen, on: 2026-03-18 }\n    communicated_to: [tom]\n',
    );
    writeFileSync(p, unrelated(raise(readFileSync(p, 'utf8'))));
    commit(dir, 'raise, with an unrelated entry');
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans'], dir);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([
      'undocumented-change: budget.total changed from 28,000 to 31,000 since main, and no change request covers it.',
    ]);
  }, 30_000);

  // What covers what, generated: each kind of drift against each way an entry can name things.
  const base = [
    'pmcheck: 1',
    'project: { name: Move }',
    'scope:',
    '  in_scope: [Cabling]',
    'vendors:',
    '  - id: netco',
    '    deliveries: [{ id: switches, due: 2026-02-02 }]',
    'tasks:',
    '  - { id: cabling, start: 2026-01-20, finish: 2026-01-30 }',
    'milestones:',
    '  - { id: golive, due: 2026-03-02 }',
    'budget:',
    '  total: 85000',
    '  contingency: 5000',
    '  lines: [{ id: hardware, planned: 18000 }]',
    'changes:',
    '  - { id: CR-1, title: Hot desks }',
    '',
  ].join('\n');
  const DRIFTS = {
    'task date': { edit: ['finish: 2026-01-30', 'finish: 2026-02-06'], ids: ['cabling'], plan: null },
    'milestone date': { edit: ['due: 2026-03-02', 'due: 2026-03-09'], ids: ['golive'], plan: null },
    'delivery date': { edit: ['due: 2026-02-02', 'due: 2026-02-09'], ids: ['switches', 'netco'], plan: null },
    'budget line': { edit: ['planned: 18000', 'planned: 21000'], ids: ['hardware'], plan: null },
    'budget total': { edit: ['total: 85000', 'total: 95000'], ids: [], plan: 'cost' },
    contingency: { edit: ['contingency: 5000', 'contingency: 8000'], ids: [], plan: 'cost' },
    scope: { edit: ['in_scope: [Cabling]', 'in_scope: [Cabling, Wi-Fi]'], ids: [], plan: 'scope' },
  } as const;
  const ENTRIES = {
    'lists the item': (ids: readonly string[]) => (ids[0] ? `items: [${ids[0]}]` : 'items: [nothing]'),
    "lists the item's parent": (ids: readonly string[]) => (ids[1] ? `items: [${ids[1]}]` : 'items: [nothing]'),
    'names the item in its title': (ids: readonly string[]) => `title: Move ${ids[0] ?? 'things'} along`,
    'names it in upper case, in its scope impact': (ids: readonly string[]) =>
      `impact: { scope: ${ids[0]?.toUpperCase() ?? 'MORE'} slips }`,
    'has a cost impact': () => 'impact: { cost: 3000 }',
    'has a scope impact': () => 'impact: { scope: Wi-Fi }',
    'is about something else': () => 'title: Kiosk wallpaper, impact: { days: 0 }',
  } as const;
  const covered = (drift: keyof typeof DRIFTS, entry: keyof typeof ENTRIES) => {
    const d = DRIFTS[drift];
    switch (entry) {
      case 'lists the item':
      case 'names the item in its title':
      case 'names it in upper case, in its scope impact':
        return d.ids.length > 0 || (entry === 'names it in upper case, in its scope impact' && d.plan === 'scope');
      case "lists the item's parent":
        return d.ids.length > 1;
      case 'has a cost impact':
        return d.plan === 'cost';
      case 'has a scope impact':
        return d.plan === 'scope';
      default:
        return false;
    }
  };

  it('generated: a finding exactly when no new or edited entry covers the drift', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(DRIFTS) as (keyof typeof DRIFTS)[])),
        fc.constantFrom(...(Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])),
        fc.boolean(),
        (drift, entry, asEdit) => {
          const d = DRIFTS[drift];
          const fields = ENTRIES[entry](d.ids);
          const changed = base.replace(d.edit[0], d.edit[1]);
          // The entry is either new, or CR-1 edited to say it.
          const plan = asEdit
            ? changed.replace(
                '{ id: CR-1, title: Hot desks }',
                `{ id: CR-1, ${fields.startsWith('title') ? '' : 'title: Hot desks, '}${fields} }`,
              )
            : `${changed}  - { id: CR-2, ${fields} }\n`;
          const outcome = runOn(rule, plan, '2026-06-01', undefined, base);
          expect(outcome.error).toBeUndefined();
          expect(outcome.findings.length, `${drift} / ${entry}`).toBe(covered(drift, entry) ? 0 : 1);
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

describe('a plan broken at the base but fixed in the pull request', () => {
  it('is judged as new, says the base could not be read, and passes', () => {
    const dir = repo(healthy.replace('  total: 28000', '  total: "28k"'));
    const p = join(dir, 'plans', 'ce.plan.yaml');
    writeFileSync(p, healthy);
    commit(dir, 'fix the budget');
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout).plans[0];
    expect(plan.rules.find((x: { id: string }) => x.id === 'undocumented-change').notApplicableBecause).toMatch(
      /^the plan at main does not load \(main:plans\/ce\.plan\.yaml:\d+:10: budget\.total: expected an amount as a plain number .*\), so it is judged as new$/,
    );
    expect(plan.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'base',
        message: expect.stringMatching(/^the plan at main does not load, so it is judged as new/),
      }),
    ]);
    const table = pmcheck(['audit', '--base', 'main', 'plans'], dir);
    expect(table.stdout).toContain('warning 1:1 the plan at main does not load');
  }, 30_000);
});
