import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'unapproved-spend',
  category: 'budget',
  severity: 'high',
  description: 'Money is spent only on approved budget lines, approved before the spending started.',
  fix: 'Get the line approved (approved: { by, on }) before more is spent on it.',
  messages: {
    unapproved: 'Budget line {{line}} has {{actual}} spent but no approval.',
    approvedLate: 'Budget line {{line}} was approved on {{approved}}, after {{vendor}} started work on {{started}}.',
  },
  options: z.object({}).strict(),
  needs: ['budget'],
  docs: {
    catches:
      "A budget line with `actual` spend above 0 and no complete `approved: { by, on }`; and a vendor's line approved after that vendor's first task started (its actual start, else its planned start).",
    why: 'Article 002: a PM "ensures that additional costs are approved before they are incurred. No surprises at the end." Spend before approval is exactly the "dozens of small, untracked additions" that put IT projects over budget.',
    sources: [cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix:
      "Get the sponsor's approval for the line and record it. In future, approve the line before the purchase order goes out.",
    failing: `budget:\n  lines:\n    - { id: bandwidth, planned: 1300, actual: 1300 }`,
    fixed: `people: [{ id: ruth, role: sponsor }]\nbudget:\n  lines:\n    - { id: bandwidth, planned: 1300, actual: 1300, approved: { by: ruth, on: 2026-02-13 } }`,
  },
  check(ctx) {
    const lines = ctx.plan.budget?.lines ?? [];
    if (lines.length === 0) return ctx.notApplicable('the budget has no lines');
    // The first day each vendor's work started: when their spending can be said to begin.
    const firstWork = new Map<string, string>();
    for (const item of ctx.model.items.values()) {
      const v = item.kind === 'task' ? item.vendor?.id : undefined;
      const start = ctx.model.startOf(item);
      if (v && start && (!firstWork.has(v) || start < firstWork.get(v)!)) firstWork.set(v, start);
    }
    lines.forEach((line, i) => {
      const a = line.approved;
      if ((line.actual ?? 0) > 0 && (!a?.by || !a.on)) {
        ctx.report({
          messageId: 'unapproved',
          path: ['budget', 'lines', i, 'actual'],
          data: { line: line.id, actual: money(line.actual!) },
        });
        return;
      }
      const started = line.vendor ? firstWork.get(line.vendor) : undefined;
      if (a?.on && started && started <= ctx.asOf && a.on > started) {
        ctx.report({
          messageId: 'approvedLate',
          path: ['budget', 'lines', i, 'approved'],
          data: { line: line.id, approved: a.on, vendor: ctx.model.vendorName(line.vendor!), started },
        });
      }
    });
  },
});
