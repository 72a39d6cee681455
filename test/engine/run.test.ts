/** The engine running one rule: a finding may carry its own, lower severity than its rule. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { relaxSeverity, runRule } from '../../src/engine/run.js';
import { defineRule } from '../../src/engine/types.js';
import { isPlanSection, unrecordedSection } from '../../src/plan/loaded.js';
import { PlanModel } from '../../src/plan/model/index.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import { runOn, testRule } from '../helpers/rule-tester.js';

// A stand-in for milestone-slipped with a tolerance: a slip within `days` is one level lower.
const slipped = defineRule({
  id: 'slip-with-tolerance',
  category: 'schedule',
  severity: 'high',
  description: 'A milestone slipped; within tolerance it counts one level lower.',
  fix: 'Recover the slip.',
  docs: { catches: 'x', why: 'x', sources: [], howToFix: 'x', failing: 'x', fixed: 'x' },
  messages: { slipped: 'Milestone {{id}} slipped {{days}} days.' },
  options: z.object({ tolerance: z.number().default(5), relax: z.number().default(0) }),
  check(ctx) {
    for (const [i, m] of (ctx.plan.milestones ?? []).entries()) {
      const days = Number(m.name);
      ctx.report({
        messageId: 'slipped',
        path: ['milestones', i],
        data: { id: m.id, days },
        ...(days <= ctx.options.tolerance ? { lower: 1 } : {}),
      });
    }
    if (ctx.options.relax > 0) ctx.relax(ctx.options.relax);
  },
});

const plan = `pmcheck: 1
project: { name: A }
milestones:
  - { id: m1, name: "3" }
  - { id: m2, name: "12" }
`;

testRule(slipped, {
  valid: [{ name: 'no milestones', plan: 'pmcheck: 1\nproject: { name: A }\n' }],
  invalid: [
    {
      name: 'a slip within tolerance is one level below the rule; one beyond it keeps the rule severity',
      plan,
      errors: [
        { messageId: 'slipped', line: 4, column: 5, severity: 'medium', data: { days: 3 } },
        { messageId: 'slipped', line: 5, column: 5, severity: 'high', data: { days: 12 } },
      ],
    },
  ],
});

describe("a finding's own severity", () => {
  it('is lowered from the rule severity after the rule relaxes itself, even when relax comes last', () => {
    const o = runOn(slipped, plan, '2026-06-01', { relax: 1 });
    expect(o.severity).toBe('medium');
    expect(o.findings.map((f) => f.severity)).toEqual(['low', 'medium']);
  });

  it('never goes below low, and a nonsense level lowers nothing', () => {
    expect(relaxSeverity('high', 1)).toBe('medium');
    expect(relaxSeverity('medium', 5)).toBe('low');
    expect(relaxSeverity('critical', Number.POSITIVE_INFINITY)).toBe('low');
    expect(relaxSeverity('critical', -2)).toBe('critical');
    expect(relaxSeverity('critical', Number.NaN)).toBe('critical');
    expect(relaxSeverity('critical', 1.7)).toBe('high');
  });
});

describe('sections a file cannot record', () => {
  const register = defineRule({
    id: 'needs-risks',
    category: 'risk',
    severity: 'high',
    description: 'Stands for risk-register.',
    fix: 'Keep a register.',
    docs: { catches: 'x', why: 'x', sources: [], howToFix: 'x', failing: 'x', fixed: 'x' },
    messages: { none: 'No risk register.' },
    options: z.object({}),
    needs: ['risks'],
    check(ctx) {
      if (!ctx.plan.risks?.length) ctx.report({ messageId: 'none', path: ['risks'] });
    },
  });
  const text = 'pmcheck: 1\nproject: { name: A }\n';

  it('a rule that judges an unrecorded section is not applicable, and says where it is not recorded', () => {
    const loaded = readYamlPlan(text, 'plan.yaml');
    const model = new PlanModel(loaded.plan, { asOf: '2026-06-01' });
    const outcome = runRule(
      { rule: register, severity: 'high', options: {} },
      { ...loaded, unrecorded: { sections: ['scope', 'risks'], source: 'an MS Project file' } },
      model,
    );
    expect(outcome).toMatchObject({
      applicable: false,
      reason: 'risks is not recorded in an MS Project file; a sidecar plan can add it',
      findings: [],
    });
  });

  it('a section below an unrecorded one is unrecorded too; others are judged as usual', () => {
    expect(unrecordedSection('tasks[].kind', { sections: ['tasks[].kind'], source: 'x' })).toBe('tasks[].kind');
    expect(unrecordedSection('scope.signed_off', { sections: ['scope'], source: 'x' })).toBe('scope');
    expect(unrecordedSection('scopes', { sections: ['scope'], source: 'x' })).toBeUndefined();
    expect(runOn(register, text).findings.map((f) => f.messageId)).toEqual(['none']);
  });

  it('knows the plan sections a rule may name', () => {
    for (const s of ['risks', 'project.manager', 'tasks[].kind', 'milestones[].gate', 'scope.signed_off'])
      expect(isPlanSection(s), s).toBe(true);
    for (const s of ['risk', 'project.pm', 'tasks.kind', 'tasks[].nope']) expect(isPlanSection(s), s).toBe(false);
  });
});
