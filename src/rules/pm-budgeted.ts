import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'pm-budgeted',
  category: 'governance',
  severity: 'high',
  description: 'The budget has a project-management line of at least a minimum share of the total.',
  fix: 'Add a project-management budget line sized to the PM effort, or restore the one cut to hit a price.',
  messages: {
    missing: 'The budget has no project-management line: nobody is paid to manage this project.',
    small:
      'Project management is {{share:percent1}} of the budget ({{amount:money}} of {{total:money}}{{excluding}}), below the minimum {{min:percent1}}.',
  },
  options: z
    .object({ minShare: z.number().min(0).max(1).default(0.05).describe('Minimum share of the budget total, 0 to 1.') })
    .strict(),
  docs: {
    catches:
      'A budget with no line of `category: project-management`, or whose project-management lines add up to less than the option `minShare` (default 5%) of `budget.total` (or of the lines, when there is no total), leaving out lines marked `pass_through`: hardware passed through at cost is not work to manage.',
    why: 'Article 000, mistake 1: project management is "the first thing to be cut from the scope ... usually when trying to hit a customer price point", and the saving "simply shifts the cost into delays, rework, escalations, and lost customer confidence". Article 002: "Unless project management is explicitly scoped, resourced, and paid for, it is not happening."',
    sources: [
      cite('partner-pm-mistakes', 'Mistake 1: cutting project management to save costs'),
      cite('tpm-guide', 'Assuming the IT provider will manage the project'),
    ],
    howToFix:
      "Add a budget line with `category: project-management` for the PM's days. Typical IT infrastructure projects carry 8% to 15% for PM.",
    failing: `budget:\n  total: 100000\n  lines:\n    - { id: kit, category: hardware, planned: 100000 }`,
    fixed: `budget:\n  total: 100000\n  lines:\n    - { id: pm, category: project-management, planned: 10000 }\n    - { id: kit, category: hardware, planned: 90000 }`,
  },
  check(ctx) {
    const pm = ctx.model.pmBudget;
    if (!pm) return ctx.notApplicable('the plan has no budget');
    const { lines: pmLines, amount, total } = pm;
    if (pmLines.length === 0)
      return ctx.report({
        messageId: 'missing',
        path: ctx.plan.budget?.lines?.length ? ['budget', 'lines'] : ['budget'],
      });
    if (total > 0 && amount / total < ctx.options.minShare) {
      ctx.report({
        messageId: 'small',
        path: ['budget', 'lines', pmLines[0]!.index, 'planned'],
        data: {
          share: amount / total,
          amount,
          total,
          min: ctx.options.minShare,
          excluding: pm.passThrough > 0 ? `, leaving out ${money(pm.passThrough)} of pass-through hardware` : '',
        },
      });
    }
  },
});
