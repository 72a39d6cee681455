import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { lineLabel } from '../plan/describe.js';
import type { BudgetLine } from '../plan/schema.js';

export default defineRule({
  id: 'unapproved-spend',
  category: 'budget',
  severity: 'high',
  description: 'Money is spent only on approved budget lines, approved before the spending started.',
  fix: 'Get the line approved (approved: { by, on }) before more is spent on it.',
  messages: {
    unapproved: 'Budget line {{line}} has {{actual:money}} spent but no approval.',
    changeUndecided:
      'Budget line {{line}} has {{actual:money}} spent, but the change that raised it, {{change}}, {{state}}.',
    approvedLate:
      'Budget line {{line}} was approved on {{approved}}, after {{vendor}} started work on {{started}}{{others}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A budget line with `actual` spend above 0 and no approval: neither a complete `approved: { by, on }` of its own nor, through `change`, an approved change that raised it. And a vendor whose first task started (its actual start, else its planned start, on or before the as-of date) before any of the vendor's budget lines was approved. A vendor with several lines is judged by the earliest approval among them: which line pays for which task the plan does not say, so a line added later by a change (a UPS swap approved in March) is not held to the kit ordered in February.",
    why: 'Article 002: a PM "ensures that additional costs are approved before they are incurred. No surprises at the end." Spend before approval is exactly the "dozens of small, untracked additions" that put IT projects over budget.',
    sources: [cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix:
      "Get the sponsor's approval for the line and record it, or link the line to the approved change that raised it (`change: CR-02`). In future, approve the line before the purchase order goes out.",
    failing: `budget:\n  lines:\n    - { id: bandwidth, planned: 1300, actual: 1300 }`,
    fixed: `people: [{ id: ruth, role: sponsor }]\nbudget:\n  lines:\n    - { id: bandwidth, planned: 1300, actual: 1300, approved: { by: ruth, on: 2026-02-13 } }`,
  },
  check(ctx) {
    const lines = ctx.model.budgetLines;
    if (lines.length === 0) return ctx.notApplicable('the budget has no lines');
    const changes = new Map(ctx.model.changes.map(({ item }) => [item.id, item]));
    // A line's approval: its own, else that of the approved change it is linked to.
    const approvalOf = (line: BudgetLine): string | undefined => {
      if (line.approved?.by && line.approved.on) return line.approved.on;
      const change = line.change ? changes.get(line.change) : undefined;
      const decided = change && (change.status === 'approved' || change.status === 'implemented');
      return decided && change.approved?.by && change.approved.on ? change.approved.on : undefined;
    };
    // The first day each vendor's work started: when their spending can be said to begin.
    const firstWork = new Map<string, string>();
    for (const item of ctx.model.items.values()) {
      const v = item.kind === 'task' ? item.vendor?.id : undefined;
      const start = ctx.model.startOf(item);
      if (v && start && (!firstWork.has(v) || start < firstWork.get(v)!)) firstWork.set(v, start);
    }
    for (const { item: line, path } of lines) {
      if ((line.actual ?? 0) <= 0 || approvalOf(line)) continue;
      const change = line.change ? changes.get(line.change) : undefined;
      if (change)
        ctx.report({
          messageId: 'changeUndecided',
          path: [...path, 'change'],
          data: {
            line: lineLabel(line),
            actual: line.actual!,
            change: change.title ? `${change.id} ("${change.title}")` : change.id,
            state:
              change.status === 'approved' || change.status === 'implemented'
                ? `is marked ${change.status} but records no approval (approved: { by, on })`
                : change.status === 'rejected'
                  ? 'was rejected'
                  : `is ${change.status ?? 'undecided'}, not approved`,
          },
        });
      else
        ctx.report({
          messageId: 'unapproved',
          path: [...path, 'actual'],
          data: { line: lineLabel(line), actual: line.actual! },
        });
    }
    // Each vendor is judged by its earliest-approved line: the one that could have covered its
    // first work. Which later line pays for which task the plan does not say.
    const byVendor = new Map<string, typeof lines>();
    for (const l of lines) if (l.item.vendor) byVendor.set(l.item.vendor, [...(byVendor.get(l.item.vendor) ?? []), l]);
    for (const [vendor, own] of byVendor) {
      const started = firstWork.get(vendor);
      const approved = own.flatMap((l) => {
        const on = approvalOf(l.item);
        return on ? [{ ...l, on }] : [];
      });
      if (!started || started > ctx.asOf || approved.length === 0) continue;
      const first = approved.reduce((a, b) => (b.on < a.on ? b : a));
      if (first.on <= started) continue;
      ctx.report({
        messageId: 'approvedLate',
        path: [...first.path, first.item.approved?.on ? 'approved' : 'change'],
        data: {
          line: lineLabel(first.item),
          approved: first.on,
          vendor: ctx.model.vendorName(vendor),
          started,
          others: own.length > 1 ? ', and its other lines were approved later still' : '',
        },
      });
    }
  },
});
