import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { count } from '../text.js';

export default defineRule({
  id: 'delivery-blocks-work',
  category: 'vendors',
  severity: 'high',
  description: 'No overdue delivery is needed by work that is about to start.',
  fix: 'Get a committed date from the vendor today, and move the dependent work (and tell whoever is booked for it) if it will not arrive in time.',
  messages: {
    blocks: '{{item}} from {{vendor}} was due {{due}} and has not arrived, and "{{task}}", which needs it, {{when}}.',
  },
  options: z
    .object({
      withinDays: z
        .number()
        .int()
        .nonnegative()
        .default(5)
        .describe('Working days ahead of the as-of date in which a dependent start counts as imminent.'),
    })
    .strict(),
  needs: ['vendors'],
  docs: {
    catches:
      'A vendor delivery past its `due` date and not received, on which a task depends (finish-to-start or start-to-start) that has not started and is planned to start within the option `withinDays` working days of the as-of date (default 5), or should already have started.',
    why: 'Article 002\'s office move: "the cabling contractor finishes before the network switches arrive". An overdue delivery is delivery-overdue\'s; this rule is about its consequence arriving this week - contractors booked, engineers on site, nothing to install. The PM\'s job is "escalating before delays cascade".',
    sources: [
      cite('tpm-guide', 'Office relocation with IT infrastructure'),
      cite('tpm-guide', 'Vendor and supplier coordination'),
    ],
    howToFix:
      'Chase the vendor for a committed date. If it will not arrive in time, re-plan the dependent task now and tell whoever is booked for it, rather than on the day.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nvendors:\n  - id: netsupply\n    deliveries: [{ id: switches, item: Core switches, due: 2026-02-12 }]\ntasks:\n  - { id: install, name: Install switches, start: 2026-02-18, depends_on: [switches] }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nvendors:\n  - id: netsupply\n    deliveries: [{ id: switches, item: Core switches, due: 2026-02-12 }]\ntasks:\n  # re-planned after NetSupply committed to 2026-02-27\n  - { id: install, name: Install switches, start: 2026-03-02, depends_on: [switches] }`,
  },
  check(ctx) {
    const { model } = ctx;
    const overdue = model.problemsAt(ctx.asOf).overdueDeliveries;
    const needed = overdue.filter(({ item }) =>
      model.graph.successors(item.id).some((e) => model.items.get(e.to)?.kind === 'task'),
    );
    if (needed.length === 0) return ctx.notApplicable('no overdue delivery is needed by a task');
    const cal = model.calendar;
    const horizon = cal.addWorkingDays(ctx.asOf, ctx.options.withinDays);
    for (const { item, path } of needed) {
      for (const edge of model.graph.successors(item.id)) {
        if (edge.type !== 'FS' && edge.type !== 'SS') continue;
        const task = model.items.get(edge.to)!;
        if (task.kind !== 'task' || task.actualStart || !task.start || task.task?.status === 'dropped') continue;
        if (task.start > horizon) continue;
        const days =
          cal.workingDaysBetween(
            task.start < ctx.asOf ? task.start : ctx.asOf,
            task.start < ctx.asOf ? ctx.asOf : task.start,
          ) - 1;
        const when =
          task.start < ctx.asOf
            ? `was due to start on ${task.start}`
            : task.start === ctx.asOf
              ? `is due to start today (${task.start})`
              : `starts on ${task.start}, in ${count(days, 'working day')}`;
        ctx.report({
          messageId: 'blocks',
          path,
          data: {
            item: item.name,
            vendor: item.vendor ? model.vendorName(item.vendor.id) : 'the vendor',
            due: item.delivery!.due!,
            task: task.name,
            when,
          },
        });
        break;
      }
    }
  },
});
