import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'budget-overrun',
  category: 'budget',
  severity: 'high',
  description: 'No budget line, and not the total, has actual plus committed spend above its plan.',
  fix: 'Explain the variance to the sponsor and approve it through change control, or recover it.',
  messages: {
    overrun: 'Spend on {{label}} is {{spent}} (actual plus committed) against {{planned}} planned: {{over}} over.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A budget line whose `actual` plus `committed` is more than its `planned`, and the whole budget when the lines' spend adds up to more than `budget.total`.",
    why: 'Article 002: "IT projects are notorious for running over budget. Usually this is not because of a single large expense, but because of dozens of small, untracked additions." A PM "tracks spend against budget in real time, flags variances early".',
    sources: [cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix:
      'Find what drove the variance. If it is an agreed change, put it through change control and re-plan the line; if not, raise it with the sponsor now.',
    failing: `budget:\n  lines:\n    - { id: cabling, planned: 22000, actual: 23800 }`,
    fixed: `budget:\n  lines:\n    - { id: cabling, planned: 23800, actual: 23800 }`,
  },
  check(ctx) {
    const lines = ctx.plan.budget?.lines ?? [];
    if (!lines.some((l) => l.planned != null && (l.actual != null || l.committed != null)))
      return ctx.notApplicable('no budget line has both a plan and spend');
    for (const o of ctx.model.problemsAt(ctx.asOf).overruns) {
      ctx.report({
        messageId: 'overrun',
        path: o.path,
        data: { label: o.label, spent: money(o.spent), planned: money(o.planned), over: money(o.spent - o.planned) },
      });
    }
  },
});
