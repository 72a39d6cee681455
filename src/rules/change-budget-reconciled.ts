import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'change-budget-reconciled',
  category: 'change',
  severity: 'medium',
  description:
    'Approved change costs are funded: drawn from the contingency, or matched by a raise in the budget total.',
  fix: 'Record the draw on the contingency for each approved change (budget.drawdowns), or raise budget.total (keeping baseline_total), or re-plan.',
  messages: {
    unreconciled:
      'Approved changes add {{cost:money}}, {{excess:money}} more than the contingency of {{contingency:money}}, and the budget total was {{raise}}.',
    unfunded:
      'Approved changes cost {{cost:money}}; drawdowns from the contingency cover {{covered:money}}{{raised}}, leaving {{uncovered:money}} unfunded ({{changes:list}}).',
    undecidedDrawdown:
      'Contingency was drawn for change {{change}}, which is {{status}}: nothing has approved spending it.',
  },
  options: z.object({}).strict(),
  needs: ['changes', 'budget'],
  docs: {
    catches:
      'With `budget.drawdowns` recorded: an approved or implemented change whose cost is not covered by the drawdowns linked to it (or by a raise in the total), and any drawdown for a change that is not approved. Without drawdowns: approved change costs that add up to more than `budget.contingency` (the contingency as planned) while the total was not raised to cover the excess. A raise is the difference between `budget.total` and `budget.baseline_total` (the total as first approved); with no baseline, the total counts as never raised. Keep `budget.contingency` at the amount planned: lowering it as it is spent would count each change twice.',
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
    const decided = ctx.model.decidedChanges.filter(({ item }) => (item.impact?.cost ?? 0) > 0);
    const cost = decided.reduce((s, { item }) => s + item.impact!.cost!, 0);
    const drawdowns = budget.drawdowns ?? [];
    if (cost === 0 && drawdowns.length === 0) return ctx.notApplicable('no approved change has a cost');
    const raised = budget.baseline_total != null ? budget.total - budget.baseline_total : 0;
    const status = new Map(ctx.model.changes.map(({ item }) => [item.id, item.status ?? 'proposed']));
    drawdowns.forEach((d, i) => {
      const st = status.get(d.change)!;
      if (st !== 'approved' && st !== 'implemented') {
        ctx.report({
          messageId: 'undecidedDrawdown',
          path: ['budget', 'drawdowns', i, 'change'],
          data: { change: d.change, status: st },
        });
      }
    });
    if (drawdowns.length > 0) {
      // Drawdowns name the change they fund: each change is covered up to its own cost.
      const drawnFor = new Map<string, number>();
      for (const d of drawdowns) drawnFor.set(d.change, (drawnFor.get(d.change) ?? 0) + d.amount);
      const short = decided
        .map(({ item }) => ({
          id: item.id,
          gap: item.impact!.cost! - Math.min(item.impact!.cost!, drawnFor.get(item.id) ?? 0),
        }))
        .filter((c) => c.gap > 0);
      const covered = cost - short.reduce((s, c) => s + c.gap, 0);
      const uncovered = cost - covered - Math.max(0, raised);
      if (uncovered > 0) {
        ctx.report({
          messageId: 'unfunded',
          path: ['budget', 'drawdowns'],
          data: {
            cost,
            covered,
            uncovered,
            raised: raised > 0 ? ` and the total was raised by ${money(raised)}` : '',
            changes: short.map((c) => c.id),
          },
        });
      }
      return;
    }
    // No drawdowns recorded: the changes are funded from the contingency as planned, and what
    // goes beyond it needs a raise in the total.
    const contingency = budget.contingency ?? 0;
    const excess = cost - contingency;
    if (excess > 0 && raised < excess) {
      ctx.report({
        messageId: 'unreconciled',
        path: ['budget', 'total'],
        data: {
          cost,
          excess,
          contingency,
          raise: raised > 0 ? `raised by only ${money(raised)}` : 'never raised',
        },
      });
    }
  },
});
