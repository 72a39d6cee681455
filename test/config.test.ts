/** .pmcheck.yaml: validation at the line, presets, per-rule settings, discovery and the gate. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigText, resolveRules } from '../src/config/resolve.js';
import { judge } from '../src/core/gate.js';
import { InputError } from '../src/errors.js';
import { RULES } from '../src/rules/index.js';
import { auditSource } from '../src/run/audit.js';
import { ConfigResolver, findConfig } from '../src/run/config-files.js';
import { yaml } from './helpers/plan.js';

function configError(text: string): string {
  try {
    loadConfigText(text, '.pmcheck.yaml');
  } catch (err) {
    if (err instanceof InputError) return err.render();
    throw err;
  }
  throw new Error('expected the config to be refused');
}

const severities = (text: string, phase?: string) =>
  Object.fromEntries(
    resolveRules(loadConfigText(text, '.pmcheck.yaml'), { phase }).rules.map((r) => [r.rule.id, r.severity]),
  );

describe('validation: exit 2 at the line, with "did you mean"', () => {
  it('an unknown rule id', () => {
    expect(configError('rules:\n  vendor-sequenceing: off\n')).toBe(
      '.pmcheck.yaml:2:3: unknown rule "vendor-sequenceing"; did you mean "vendor-sequencing"?',
    );
  });
  it('an unknown option of a rule', () => {
    expect(configError('rules:\n  pm-allocation: [high, { minimum: 0.5 }]\n')).toBe(
      '.pmcheck.yaml:2:27: rule pm-allocation has no option "minimum"; its options are min',
    );
    expect(configError('rules:\n  risk-review-stale: { maxDay: 10 }\n')).toBe(
      '.pmcheck.yaml:2:24: rule risk-review-stale has no option "maxDay"; did you mean "maxDays"?',
    );
  });
  it('a rule that takes no options', () => {
    expect(configError('rules:\n  pm-assigned: { min: 1 }\n')).toBe(
      '.pmcheck.yaml:2:18: rule pm-assigned takes no options, got "min"',
    );
  });
  it('an option of the wrong type, at its value', () => {
    expect(configError('rules:\n  pm-allocation:\n    - medium\n    - min: lots\n')).toMatch(
      /^\.pmcheck\.yaml:4:12: rule pm-allocation, option min: /,
    );
  });
  it('a bad severity, preset, fail-on or unknown key', () => {
    expect(configError('rules:\n  pm-assigned: severe\n')).toMatch(/^\.pmcheck\.yaml:2:16: rules\.pm-assigned: /);
    expect(configError('extends: recomended\n')).toBe(
      '.pmcheck.yaml:1:10: extends: "recomended" is not one of recommended | strict | presale | closed | small-job (did you mean "recommended"?)',
    );
    expect(configError('fail-on: hgh\n')).toMatch(
      /^\.pmcheck\.yaml:1:10: fail-on: "hgh" is not one of critical \| high \| medium \| low \| none \(did you mean "high"\?\)$/,
    );
    expect(configError('rule:\n  pm-assigned: off\n')).toBe(
      '.pmcheck.yaml:1:1: (top level): unknown key "rule" (did you mean "rules"?)',
    );
  });
  it('YAML errors, as for plans', () => {
    expect(configError('rules:\n  a: 1\n  a: 2\n')).toMatch(/^\.pmcheck\.yaml:3:3: Map keys must be unique/);
  });
});

describe('resolving the rules for a plan', () => {
  it('recommended is every rule at its default', () => {
    expect(severities('{}\n')).toEqual(Object.fromEntries(RULES.map((r) => [r.id, r.severity])));
  });
  it('a severity, off, and options with or without a severity', () => {
    const loaded = loadConfigText(
      yaml`
        rules:
          vendor-contact: off
          pm-assigned: high
          pm-allocation: [high, { min: 0.5 }]
          change-approver: { approvers: [cfo] }`,
      '.pmcheck.yaml',
    );
    const byId = new Map(resolveRules(loaded).rules.map((r) => [r.rule.id, r]));
    expect(byId.has('vendor-contact')).toBe(false);
    expect(byId.get('pm-assigned')!.severity).toBe('high');
    expect([byId.get('pm-allocation')!.severity, byId.get('pm-allocation')!.options]).toEqual(['high', { min: 0.5 }]);
    expect([byId.get('change-approver')!.severity, byId.get('change-approver')!.options]).toEqual([
      'medium',
      { approvers: ['cfo'] },
    ]);
    expect(byId.get('risk-review-stale')!.options).toEqual({ maxDays: 30 });
  });
  it('strict raises medium and low one level', () => {
    const s = severities('extends: strict\n');
    expect([s['escalation-path'], s['owner-assigned'], s['budget-overrun'], s['pm-assigned']]).toEqual([
      'medium',
      'high',
      'high',
      'critical',
    ]);
  });
  it('presale turns off progress rules and raises scope readiness, and is automatic for a presale plan', () => {
    const explicit = severities('extends: presale\n');
    const automatic = severities('{}\n', 'presale');
    expect(automatic).toEqual(explicit);
    for (const off of [
      'overdue-task',
      'milestone-slipped',
      'cost-performance',
      'schedule-performance',
      'status-stale',
      'watermelon-status',
      'scope-signed-off',
    ])
      expect(explicit[off]).toBeUndefined();
    expect([explicit['success-criteria'], explicit['pm-budgeted'], explicit['risk-register']]).toEqual([
      'high',
      'critical',
      'critical',
    ]);
  });
  it("a plan's own settings win over the presets", () => {
    expect(severities('rules:\n  overdue-task: low\n', 'presale')['overdue-task']).toBe('low');
  });
});

describe('discovery and the gate', () => {
  const root = mkdtempSync(join(tmpdir(), 'pmcheck-config-'));
  // A repository: the config search looks above the plan's folder up to its top level.
  spawnSync('git', ['init', '-q'], { cwd: root });
  const team = join(root, 'team', 'plans');
  mkdirSync(team, { recursive: true });
  writeFileSync(
    join(root, 'team', '.pmcheck.yaml'),
    'fail-on: critical\nmin-score: 50\nrules:\n  sponsor-assigned: off\npm-warranted: { users: 100 }\n',
  );
  const plan = join(team, 'p.yaml');
  writeFileSync(plan, 'pmcheck: 1\nproject: { name: P, users_affected: 40 }\n');

  it('finds the nearest .pmcheck.yaml above the plan', () => {
    expect(findConfig(team)).toBe(join(root, 'team', '.pmcheck.yaml'));
    expect(findConfig(root)).toBeUndefined();
  });

  it("applies the config's rules, thresholds and gate to the plan", () => {
    const report = auditSource({ file: plan }, { today: '2026-06-01' });
    expect(report.config.file).toBe(join(root, 'team', '.pmcheck.yaml'));
    expect(report.outcomes.map((o) => o.ruleId)).not.toContain('sponsor-assigned');
    expect(report.pm.warranted).toBe(false); // 40 users is under the configured 100
    expect(report.gate).toEqual({ failOn: 'critical', minScore: 50 });
  });

  it('command-line gate settings win over the config', () => {
    const report = auditSource({ file: plan }, { today: '2026-06-01', gate: { failOn: 'low' } });
    expect(report.gate).toEqual({ failOn: 'low', minScore: 50 });
    expect(judge([report]).passed).toBe(false);
  });

  it('-c names the config for every plan, and a folder reads its config once', () => {
    const other = join(root, 'other.yaml');
    writeFileSync(other, 'extends: strict\n');
    const resolver = new ConfigResolver(other);
    expect(resolver.forPlan(plan).config.extends).toBe('strict');
    expect(resolver.forPlan(plan)).toBe(resolver.forPlan(join(team, 'q.yaml')));
  });
});
