import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { calendarDaysBetween } from '../plan/calendar.js';

export default defineRule({
  id: 'delivery-overdue',
  category: 'vendors',
  severity: 'high',
  description: 'No vendor delivery is past its due date without having arrived.',
  fix: 'Chase the vendor for a committed date, record received_on when it arrives, and re-plan what depends on it.',
  messages: {
    overdue: '{{item}} from {{vendor}} was due {{due}} and has not arrived ({{days}} days late as of {{asOf}}).',
  },
  options: z.object({}).strict(),
  needs: ['vendors'],
  docs: {
    catches:
      'A vendor delivery whose `due` date is before the as-of date and which has no `received_on` (or one after the as-of date).',
    why: 'Article 002: a PM coordinates vendors, "holding vendors accountable to their commitments and escalating before delays cascade". An overdue delivery nobody has flagged is the next task\'s slip, and the one after.',
    sources: [cite('tpm-guide', 'Vendor and supplier coordination')],
    howToFix:
      'Escalate with the vendor now. Record the new expected date as `due` (and the slip in the change log if it moves a milestone), and `received_on` once it arrives.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nvendors:\n  - id: fibrelink\n    deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09 }]`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nvendors:\n  - id: fibrelink\n    deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09, received_on: 2026-02-09 }]`,
  },
  check(ctx) {
    const dated = [...ctx.model.items.values()].filter((i) => i.kind === 'delivery' && i.delivery?.due);
    if (dated.length === 0) return ctx.notApplicable('no vendor delivery has a due date');
    for (const { item, path } of ctx.model.problemsAt(ctx.asOf).overdueDeliveries) {
      const due = item.delivery!.due!;
      ctx.report({
        messageId: 'overdue',
        path,
        data: {
          item: item.name,
          vendor: item.vendor ? ctx.model.vendorName(item.vendor.id) : 'the vendor',
          due,
          days: calendarDaysBetween(due, ctx.asOf),
          asOf: ctx.asOf,
        },
      });
    }
  },
});
