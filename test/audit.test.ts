/** The pipeline as one function: as-of resolution, suppressions, crashed rules and the gate. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { auditPlan, defaultRules, type Gate, type PlainReport, resolveAsOf } from '../src/core/audit.js';
import { gateSummary, judge, worstFirst } from '../src/core/gate.js';
import { type Rating, scorePlan } from '../src/engine/score.js';
import { defineRule, type Severity } from '../src/engine/types.js';
import { readYamlPlan } from '../src/readers/yaml/index.js';
import { yaml } from './helpers/plan.js';

const audit = (text: string, extra: Parameters<typeof auditPlan>[1] = { today: '2026-06-01' }) =>
  auditPlan(readYamlPlan(text, 'plan.yaml'), extra);

describe('the as-of date', () => {
  it('comes from --as-of, then project.status_date, then today', () => {
    expect(resolveAsOf('2026-01-01', '2026-02-02', '2026-03-03')).toEqual({ asOf: '2026-01-01', source: 'option' });
    expect(resolveAsOf(undefined, '2026-02-02', '2026-03-03')).toEqual({ asOf: '2026-02-02', source: 'status_date' });
    expect(resolveAsOf(undefined, undefined, '2026-03-03')).toEqual({ asOf: '2026-03-03', source: 'today' });
  });
  it('reaches the rules: an actual start after the as-of date has not happened yet', () => {
    const text = yaml`
      pmcheck: 1
      project: { name: A, manager: p }
      people: [{ id: p, role: project-manager }]
      tasks: [{ id: t, actual_start: 2026-03-01 }]`;
    const signoff = (r: ReturnType<typeof audit>) =>
      r.findings.filter((f) => f.ruleId === 'work-before-signoff').map((f) => f.span.line);
    expect(signoff(audit(text, { today: '2026-02-01' }))).toEqual([]);
    expect(signoff(audit(text, { today: '2026-02-01', asOf: '2026-03-02' }))).toEqual([4]);
  });
});

describe('x-pmcheck-ignore', () => {
  const plan = (ignore: string) => yaml`
    pmcheck: 1
    project: { name: A, manager: p }
    people: [{ id: p, role: project-manager }]
    changes:
      - id: CR-1
        status: implemented
        ${ignore}
      - id: CR-2
        status: approved`;

  it('with a reason, suppresses the rule at and below its mapping, and counts as fixed', () => {
    const r = audit(
      plan('x-pmcheck-ignore: [{ rule: change-approved, reason: Approved by phone; minutes to follow }]'),
    );
    expect(r.findings.filter((f) => f.ruleId === 'change-approved').map((f) => `${f.ruleId} ${f.span.line}`)).toEqual([
      'change-approved 9',
    ]);
    expect(r.suppressed.map((f) => [f.ruleId, f.span.line, f.suppressed])).toEqual([
      ['change-approved', 6, { reason: 'Approved by phone; minutes to follow', line: 7 }],
    ]);
    expect(r.diagnostics).toEqual([]);
    const unsuppressed = audit(plan('x-note: none'));
    expect(r.score.exact).toBeGreaterThan(unsuppressed.score.exact);
  });

  it('without a reason suppresses nothing and is reported', () => {
    const r = audit(plan('x-pmcheck-ignore: [{ rule: change-approved }]'));
    expect(r.suppressed).toEqual([]);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '7:24 x-pmcheck-ignore for change-approved has no reason, so it suppresses nothing; say why the finding does not apply',
    ]);
  });

  it('for an unknown rule gets "did you mean", and one that matches nothing is reported as unused', () => {
    const r = audit(
      plan('x-pmcheck-ignore: [{ rule: change-aproved, reason: x }, { rule: dependency-cycle, reason: y }]'),
    );
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'x-pmcheck-ignore names unknown rule "change-aproved" (did you mean "change-approved"?)',
      'x-pmcheck-ignore for dependency-cycle matches no finding; remove it',
    ]);
  });
});

describe('a rule that throws', () => {
  const broken = defineRule({
    id: 'broken',
    category: 'schedule',
    severity: 'low',
    description: 'A rule with a bug, for the test.',
    fix: 'Nothing to fix in the plan.',
    docs: { catches: 'x', why: 'x', sources: [], howToFix: 'x', failing: 'x', fixed: 'x' },
    messages: { m: 'never' },
    options: z.object({}),
    check() {
      throw new Error('cannot read properties of undefined');
    },
  });

  it('is recorded as failed, left out of the score, the others still run, and the gate fails', () => {
    const text = 'pmcheck: 1\nproject: { name: A }\n';
    const r = audit(text, {
      today: '2026-06-01',
      rules: [...defaultRules(), { rule: broken, severity: 'low', options: {} }],
    });
    const outcome = r.outcomes.find((o) => o.ruleId === 'broken')!;
    expect(outcome.error).toBe('cannot read properties of undefined');
    expect(r.score.rules.find((s) => s.ruleId === 'broken')).toMatchObject({ applicable: false, pressure: 0 });
    expect(r.findings.map((f) => f.ruleId)).toContain('pm-assigned');
    expect(r.outcomes.filter((o) => o.error !== undefined).map((o) => o.ruleId)).toEqual(['broken']);
    const verdict = judge([r], { failOn: 'none' });
    expect(verdict).toEqual({
      passed: false,
      reasons: ['plan.yaml: rule broken failed to run (cannot read properties of undefined)'],
      failures: [
        {
          file: 'plan.yaml',
          failOn: 'none',
          over: [],
          broken: [{ rule: 'broken', error: 'cannot read properties of undefined' }],
        },
      ],
    });
  });
});

describe('the gate says why, in one line', () => {
  // A plan as the gate sees it: its gate, its score, its unsuppressed findings and its outcomes.
  const plan = (file: string, severities: Severity[], gate: Gate = { failOn: 'high' }): PlainReport => {
    const findings = severities.map((severity, i) => ({
      ruleId: `r${i}`,
      category: 'schedule' as const,
      messageId: 'm',
      severity,
      message: 'x',
      fix: 'y',
      path: ['tasks', i],
      span: { file, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 },
      data: {},
    }));
    const outcomes = findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      applicable: true,
      findings: [f],
      ms: 0,
    }));
    return { file, gate, findings, outcomes, score: scorePlan(outcomes) } as unknown as PlainReport;
  };
  const summary = (reports: PlainReport[], override?: Partial<Gate>) => {
    const verdict = judge(reports, override);
    return verdict.passed ? 'passed' : gateSummary(verdict, reports.length);
  };

  it('names the findings over the threshold, the score under the minimum, or both', () => {
    expect(summary([plan('a.yaml', ['high', 'medium'])])).toBe('1 high finding (fail-on high)');
    expect(summary([plan('a.yaml', ['critical', 'high', 'critical', 'low'])])).toBe(
      '2 critical and 1 high findings (fail-on high)',
    );
    expect(summary([plan('a.yaml', ['medium'], { failOn: 'high', minScore: 90 })])).toBe(
      'score 85 is below min-score 90',
    );
    expect(summary([plan('a.yaml', ['high'], { failOn: 'high', minScore: 71 })])).toBe(
      '1 high finding (fail-on high); score 70 is below min-score 71',
    );
    expect(summary([plan('a.yaml', ['medium', 'low'])])).toBe('passed');
    expect(summary([plan('a.yaml', ['medium', 'low'])], { failOn: 'low' })).toBe(
      '1 medium and 1 low findings (fail-on low)',
    );
  });

  it('with several plans, counts the plans that failed and names the thresholds they broke', () => {
    const reports = [
      plan('a.yaml', ['high']),
      plan('b.yaml', []),
      plan('c.yaml', ['critical']),
      ...Array.from({ length: 5 }, (_, i) => plan(`ok${i}.yaml`, ['low'])),
    ];
    expect(summary(reports)).toBe('2 of 8 plans (fail-on high)');
    expect(summary(reports, { minScore: 100 })).toBe('7 of 8 plans (fail-on high, min-score 100)');
    expect(judge(reports).reasons).toEqual([
      'a.yaml: 1 high finding (fail-on high)',
      'c.yaml: 1 critical finding (fail-on high)',
    ]);
  });
});

describe('the portfolio order', () => {
  it('puts the worst rating first, then the lowest score, then sorts by file', () => {
    const r = (file: string, rating: Rating, exact: number) =>
      ({ file, score: { rating, exact, score: Math.floor(exact) } }) as unknown as PlainReport;
    const order = worstFirst([
      r('g.yaml', 'green', 95),
      r('b.yaml', 'amber', 61),
      r('a.yaml', 'amber', 61),
      r('r.yaml', 'red', 30),
      r('c.yaml', 'amber', 60.5),
      r('ag.yaml', 'amber-green', 80),
    ]);
    expect(order.map((x) => x.file)).toEqual(['r.yaml', 'c.yaml', 'a.yaml', 'b.yaml', 'ag.yaml', 'g.yaml']);
  });
});
