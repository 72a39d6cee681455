import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'budget-lines-exceed-total',
  category: 'budget',
  severity: 'medium',
  description: 'The planned lines, contingency included, fit within the budget total.',
  fix: 'Raise the total through change control, or trim the lines to fit it.',
  messages: {
    exceeds: 'The planned lines and contingency add up to {{sum}}, {{over}} more than the budget total of {{total}}.',
  },
  options: z.object({}).strict(),
  needs: ['budget'],
  docs: {
    catches:
      "A budget whose lines' `planned` amounts plus `budget.contingency` add up to more than `budget.total`. A line of `category: contingency` counts as the contingency, so it is not added twice.",
    why: 'A budget whose parts exceed its whole was never really approved: the sponsor signed the total, and the plan spends more. Article 002: "additional costs are approved before they are incurred."',
    sources: [cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix: 'Either get the higher total approved, or reduce the lines until they fit.',
    failing: `budget:\n  total: 50000\n  contingency: 5000\n  lines:\n    - { id: kit, planned: 48000 }`,
    fixed: `budget:\n  total: 53000\n  contingency: 5000\n  lines:\n    - { id: kit, planned: 48000 }`,
  },
  check(ctx) {
    const b = ctx.plan.budget;
    if (b?.total == null || !b.lines?.length) return ctx.notApplicable('the budget has no total or no lines');
    const hasContingencyLine = b.lines.some((l) => l.category === 'contingency');
    const sum = b.lines.reduce((s, l) => s + (l.planned ?? 0), 0) + (hasContingencyLine ? 0 : (b.contingency ?? 0));
    if (sum > b.total) {
      ctx.report({
        messageId: 'exceeds',
        path: ['budget', 'total'],
        data: { sum: money(sum), over: money(sum - b.total), total: money(b.total) },
      });
    }
  },
});
