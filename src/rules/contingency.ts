import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money, percent } from '../text.js';

export default defineRule({
  id: 'contingency',
  category: 'budget',
  severity: 'medium',
  description: 'The budget holds a contingency of at least a minimum share of the total.',
  fix: 'Set budget.contingency to at least the minimum share, sized against the risk register.',
  messages: {
    none: 'The budget has no contingency.',
    small: 'The contingency of {{amount}} is {{share}} of the budget, below the minimum {{min}}.',
  },
  options: z
    .object({
      minShare: z.number().min(0).max(1).default(0.05).describe('Minimum contingency as a share of the budget total.'),
    })
    .strict(),
  docs: {
    catches:
      'A budget with no `contingency` (and no line of `category: contingency`), or one below the option `minShare` (default 5%) of `budget.total`.',
    why: 'Article 002: "70% of IT projects exceed their original budget without formal project management." Every project has risks; a budget with no contingency has already decided that none of them will happen.',
    sources: [
      cite(
        'tpm-guide',
        'Budget tracking and cost control, and its figure: 70% of IT projects exceed their original budget',
      ),
    ],
    howToFix:
      'Hold a contingency sized against the risks in the register, typically 5% to 10% of the total, released by the sponsor through change control.',
    failing: `budget:\n  total: 64000\n  contingency: 1000`,
    fixed: `budget:\n  total: 64000\n  contingency: 4000`,
  },
  check(ctx) {
    const b = ctx.plan.budget;
    if (b?.total == null) return ctx.notApplicable('the budget has no total');
    const amount =
      (b.contingency ?? 0) +
      (b.lines ?? []).filter((l) => l.category === 'contingency').reduce((s, l) => s + (l.planned ?? 0), 0);
    if (amount === 0) return ctx.report({ messageId: 'none', path: ['budget', 'contingency'] });
    if (b.total > 0 && amount / b.total < ctx.options.minShare) {
      ctx.report({
        messageId: 'small',
        path: ['budget', b.contingency != null ? 'contingency' : 'lines'],
        data: { amount: money(amount), share: percent(amount / b.total, 1), min: percent(ctx.options.minShare, 1) },
      });
    }
  },
});
