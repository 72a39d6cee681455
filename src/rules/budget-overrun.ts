import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { describeOverrun } from '../plan/describe.js';
import { money, percent } from '../text.js';

export default defineRule({
  id: 'budget-overrun',
  category: 'budget',
  severity: 'high',
  description: 'No budget line, and not the total, has actual plus committed spend above its plan.',
  fix: 'Explain the variance to the sponsor and approve it through change control, or recover it.',
  messages: {
    overrun:
      'Spend on {{label}} is {{spent:money}} (actual plus committed) against {{planned:money}} planned: {{over:money}} over.{{tolerance}}',
  },
  options: z.object({}).strict(),
  needs: ['budget'],
  docs: {
    catches:
      "A budget line whose `actual` plus `committed` is more than its `planned`, and the whole budget when the lines' spend adds up to more than `budget.total`.",
    why: 'Article 002: "IT projects are notorious for running over budget. Usually this is not because of a single large expense, but because of dozens of small, untracked additions." A PM "tracks spend against budget in real time, flags variances early".',
    sources: [cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix:
      'Find what drove the variance. If it is an agreed change, put it through change control and re-plan the line; if not, raise it with the sponsor now.',
    failing: `budget:\n  lines:\n    - { id: cabling, planned: 22000, actual: 23800 }`,
    fixed: `budget:\n  lines:\n    - { id: cabling, planned: 23800, actual: 23800 }`,
    context:
      'With `project.tolerance.cost` (a share of `budget.total`), the message says whether the overrun is within tolerance, and one within it counts one level lower (medium). Off under the presale preset: nothing has been spent.',
  },
  check(ctx) {
    const budget = ctx.plan.budget;
    const lines = budget?.lines ?? [];
    if (!lines.some((l) => l.planned != null && (l.actual != null || l.committed != null)))
      return ctx.notApplicable('no budget line has both a plan and spend');
    // PRINCE2's cost tolerance is a share of the whole budget: an overrun within it is the PM's
    // to absorb and report; beyond it, the sponsor decides.
    const share = ctx.plan.project.tolerance?.cost ?? undefined;
    const allowance = share !== undefined && budget?.total != null ? share * budget.total : undefined;
    for (const o of ctx.model.problemsAt(ctx.asOf).overruns) {
      const over = o.spent - o.planned;
      const within = allowance !== undefined && over <= allowance;
      const tolerance =
        allowance === undefined
          ? ''
          : ` That is ${within ? 'within' : 'beyond'} the cost tolerance of ${percent(share!, 1)} of the budget (${money(allowance)})${within ? ": the PM's to manage, and to report." : ': an exception for the sponsor to decide.'}`;
      ctx.report({
        messageId: 'overrun',
        path: o.path,
        data: { label: describeOverrun(o), spent: o.spent, planned: o.planned, over, tolerance },
        ...(within ? { lower: 1 } : {}),
      });
    }
  },
});
