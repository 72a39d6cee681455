import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { AGILE_METHODOLOGIES } from '../plan/schema.js';

export default defineRule({
  id: 'contingency',
  category: 'budget',
  severity: 'medium',
  description: 'The budget holds a contingency of at least a minimum share of the total.',
  fix: 'Set budget.contingency to at least the minimum share, sized against the risk register.',
  messages: {
    none: 'The budget has no contingency.',
    small:
      'The contingency of {{amount:money}} is {{share:percent1}} of the budget, below the minimum {{min:percent1}}.',
    overdrawn:
      'The contingency of {{amount:money}} has had {{drawn:money}} drawn from it ({{changes:list}}): {{over:money}} more than it held.',
  },
  options: z
    .object({
      minShare: z.number().min(0).max(1).default(0.05).describe('Minimum contingency as a share of the budget total.'),
    })
    .strict(),
  needs: ['budget'],
  docs: {
    catches:
      'A budget with no `contingency` (and no line of `category: contingency`), or one below the option `minShare` (default 5%) of `budget.total`; and a contingency whose recorded `drawdowns` add up to more than it held. `budget.contingency` is the contingency as planned: draws on it are recorded in `drawdowns`, each linked to its change, rather than by lowering the figure.',
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
    context:
      'On an agile project (methodology agile, scrum or kanban), Could-have scope recorded in `scope.moscow.could` is a contingency: the team drops it before the date or the budget moves. It satisfies the rule, unless `could_share` says it is below the minimum share.',
  },
  check(ctx) {
    const p = ctx.plan;
    const b = p.budget;
    // Agile teams hold contingency in scope: Could-have items are dropped before a date or a
    // budget moves (DSDM's MoSCoW). Recorded, they stand in for a money contingency.
    const moscow = p.scope?.moscow;
    const scopeHeld =
      AGILE_METHODOLOGIES.has(p.project.methodology ?? '') &&
      (moscow?.could?.length ?? 0) > 0 &&
      (moscow?.could_share == null || moscow.could_share >= ctx.options.minShare);
    if (b?.total == null) {
      if (scopeHeld) return;
      return ctx.notApplicable('the budget has no total');
    }
    const amount =
      (b.contingency ?? 0) +
      (b.lines ?? []).filter((l) => l.category === 'contingency').reduce((s, l) => s + (l.planned ?? 0), 0);
    const drawdowns = b.drawdowns ?? [];
    const drawn = drawdowns.reduce((s, d) => s + d.amount, 0);
    if (drawn > amount) {
      ctx.report({
        messageId: 'overdrawn',
        path: ['budget', 'drawdowns'],
        data: { amount, drawn, over: drawn - amount, changes: [...new Set(drawdowns.map((d) => d.change))] },
      });
    }
    if (scopeHeld) return;
    if (amount === 0) return ctx.report({ messageId: 'none', path: ['budget', 'contingency'] });
    if (b.total > 0 && amount / b.total < ctx.options.minShare) {
      ctx.report({
        messageId: 'small',
        path: ['budget', b.contingency != null ? 'contingency' : 'lines'],
        data: { amount, share: amount / b.total, min: ctx.options.minShare },
      });
    }
  },
});
