import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { calendarDaysBetween } from '../plan/calendar.js';
import { count } from '../text.js';

export default defineRule({
  id: 'delivery-overdue',
  category: 'vendors',
  severity: 'high',
  description: 'No vendor delivery is past its due date without having arrived.',
  fix: 'Chase the vendor for a committed date, record received_on when it arrives, and re-plan what depends on it.',
  messages: {
    overdue:
      '{{item}} from {{vendor}} was due {{due}} and has not arrived ({{days}} days late as of {{asOf}}).{{need}}',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A vendor delivery whose `due` date is before the as-of date and which has no `received_on` (or one after the as-of date). The message says when the work that waits for it starts. With a week or more in hand before that work starts, or within `project.tolerance.days`, it counts one level lower (medium); with both, two (low): chase it, but it is not yet a slip. When the work starts within days, delivery-blocks-work reports that too.',
    why: 'Article 002: a PM coordinates vendors, "holding vendors accountable to their commitments and escalating before delays cascade". An overdue delivery nobody has flagged is the next task\'s slip, and the one after.',
    sources: [cite('tpm-guide', 'Vendor and supplier coordination')],
    howToFix:
      'Escalate with the vendor now. Record the new expected date as `due` (and the slip in the change log if it moves a milestone), and `received_on` once it arrives.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nvendors:\n  - id: fibrelink\n    deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09 }]`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nvendors:\n  - id: fibrelink\n    deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09, received_on: 2026-02-09 }]`,
  },
  check(ctx) {
    const { model } = ctx;
    const dated = [...model.items.values()].filter((i) => i.kind === 'delivery' && i.delivery?.due);
    if (dated.length === 0) return ctx.notApplicable('no vendor delivery has a due date');
    const tolerance = ctx.plan.project.tolerance?.days ?? undefined;
    const cal = model.calendar;
    for (const { item, path } of model.problemsAt(ctx.asOf).overdueDeliveries) {
      const due = item.delivery!.due!;
      const late = model.lateBy(due, ctx.asOf);
      // When is it needed? The earliest planned start of the work waiting for it.
      const waiting = model.graph
        .successors(item.id)
        .map((e) => model.items.get(e.to)!)
        .filter((s) => s.kind === 'task' && !s.actualStart && s.start && s.task?.status !== 'dropped');
      const needed = waiting.map((s) => s.start!).sort()[0];
      const away = needed ? Math.max(0, cal.workingDaysBetween(ctx.asOf, needed) - 1) : undefined;
      // A couple of days late, and nothing needs it for a week or more: chase it, but it is not
      // yet the slip article 002 warns of. Within the tolerance and with a week in hand: low.
      const inHand = away === undefined || away >= 5;
      const withinTolerance = tolerance !== undefined && late <= tolerance;
      const lower = inHand && withinTolerance ? 2 : inHand || withinTolerance ? 1 : 0;
      const need =
        needed === undefined
          ? ' Nothing waits for it yet.'
          : needed <= ctx.asOf
            ? ' The work waiting for it is already held up.'
            : ` It is needed on ${needed} ("${waiting.find((s) => s.start === needed)!.name}"), ${count(away!, 'working day')} away.`;
      ctx.report({
        messageId: 'overdue',
        path,
        data: {
          item: item.name,
          vendor: item.vendor ? model.vendorName(item.vendor.id) : 'the vendor',
          due,
          days: calendarDaysBetween(due, ctx.asOf),
          asOf: ctx.asOf,
          need,
          workingDaysLate: late,
          ...(away !== undefined ? { workingDaysAway: away } : {}),
        },
        ...(lower > 0 ? { lower } : {}),
      });
    }
  },
});
