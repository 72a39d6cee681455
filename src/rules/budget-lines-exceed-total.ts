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
    exceeds:
      'The planned lines and {{contingencyText}} add up to {{sum:money}}, {{over:money}} more than the budget total of {{total:money}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A budget whose lines' `planned` amounts plus `budget.contingency` add up to more than `budget.total`. A line of `category: contingency` counts as the contingency, so it is not added twice. With `budget.drawdowns`, only the contingency left after them is added: the money drawn sits on the lines that spend it.",
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
    // Money drawn from the contingency now sits on the lines that spend it: count what is left of
    // the contingency, or a drawdown would be counted twice.
    const drawn = (b.drawdowns ?? []).reduce((s, d) => s + d.amount, 0);
    const left = hasContingencyLine ? 0 : Math.max(0, (b.contingency ?? 0) - drawn);
    const sum = b.lines.reduce((s, l) => s + (l.planned ?? 0), 0) + left;
    if (sum > b.total) {
      ctx.report({
        messageId: 'exceeds',
        path: ['budget', 'total'],
        data: {
          sum,
          over: sum - b.total,
          total: b.total,
          contingencyText:
            drawn > 0 && !hasContingencyLine ? `the contingency left after drawdowns (${money(left)})` : 'contingency',
        },
      });
    }
  },
});
