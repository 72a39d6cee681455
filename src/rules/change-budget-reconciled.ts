import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'change-budget-reconciled',
  category: 'change',
  severity: 'medium',
  description: 'Approved change costs beyond the contingency are matched by a raise in the budget total.',
  fix: 'Raise budget.total by the approved change costs beyond contingency (and record baseline_total), or re-plan.',
  messages: {
    unreconciled:
      'Approved changes add {{cost}}, {{excess}} more than the contingency of {{contingency}}, and the budget total was {{raise}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'The cost impacts of approved and implemented changes add up to more than `budget.contingency`, and the budget total was not raised to cover the excess. A raise is the difference between `budget.total` and `budget.baseline_total` (the total as first approved); with no baseline, the total counts as never raised.',
    why: 'Article 002: change control "ensures that additional costs are approved before they are incurred", and without it "projects drift in ways that nobody notices until the invoice arrives". Approving changes one by one past the contingency without re-baselining the budget is how that happens.',
    sources: [cite('tpm-guide', 'Budget tracking and cost control'), cite('tpm-guide', 'Change control')],
    howToFix:
      'When approved changes exceed the contingency, agree a new total with the sponsor: keep the original in `baseline_total` and raise `total`. Otherwise de-scope something.',
    failing: `people:\n  - { id: alice }\nbudget:\n  total: 50000\n  contingency: 2000\nchanges:\n  - { id: CR-1, status: approved, impact: { cost: 5000 }, approved: { by: alice, on: 2026-02-03 } }`,
    fixed: `people:\n  - { id: alice }\nbudget:\n  baseline_total: 50000\n  total: 53000\n  contingency: 2000\nchanges:\n  - { id: CR-1, status: approved, impact: { cost: 5000 }, approved: { by: alice, on: 2026-02-03 } }`,
  },
  check(ctx) {
    const budget = ctx.plan.budget;
    if (!budget || budget.total == null) return ctx.notApplicable('the plan has no budget total');
    const cost = (ctx.plan.changes ?? [])
      .filter((c) => c.status === 'approved' || c.status === 'implemented')
      .reduce((s, c) => s + Math.max(0, c.impact?.cost ?? 0), 0);
    if (cost === 0) return ctx.notApplicable('no approved change has a cost');
    const contingency = budget.contingency ?? 0;
    const excess = cost - contingency;
    const raised = budget.baseline_total != null ? budget.total - budget.baseline_total : 0;
    if (excess > 0 && raised < excess) {
      ctx.report({
        messageId: 'unreconciled',
        path: ['budget', 'total'],
        data: {
          cost: money(cost),
          excess: money(excess),
          contingency: money(contingency),
          raise: raised > 0 ? `raised by only ${money(raised)}` : 'never raised',
        },
      });
    }
  },
});
