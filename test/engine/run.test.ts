/** The engine running one rule: a finding may carry its own, lower severity than its rule. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { relaxSeverity } from '../../src/engine/run.js';
import { defineRule } from '../../src/engine/types.js';
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
