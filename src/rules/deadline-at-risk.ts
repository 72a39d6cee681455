import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { describeHolidayGroups, fromDayNumber, toDayNumber } from '../plan/calendar.js';

export default defineRule({
  id: 'deadline-at-risk',
  category: 'schedule',
  severity: 'critical',
  description: 'The earliest finish the schedule logic allows is on or before the project deadline.',
  fix: 'Shorten the critical chain named in the message, or agree a new deadline through change control.',
  messages: {
    late: 'The earliest finish is {{finish}}{{finishNote}}, {{lateText}} after the deadline {{deadline}}{{deadlineNote}}{{holidays}}. Critical chain: {{chain}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A forward pass through the dependencies (FS, SS, FF, SF, with lags, over working days) gives every item its earliest dates: unfinished work cannot finish before the as-of date, in-progress work needs its remaining share of days, and planned starts are kept as \"no earlier than\". When the last item finishes after `project.deadline` (negative float), the finding names the critical chain that drives the finish. Calendars: each item is scheduled on its own working calendar, and dependencies on the successor's. A task with `calendar: 7-day` (or with no `calendar` and its own planned start or finish on a weekend or holiday, read as planned to work then) works every day, so a weekend cutover may finish on a Sunday deadline. Bank and public holidays (`project.calendar.public_holidays`) and the plan's own `holidays` are not working days: the lateness is counted in working days of the last item's calendar, and the holidays between the deadline and the finish are named.",
    why: 'Article 002: "When milestones slip, it surfaces early rather than in the final week." The plan\'s own logic often already shows the deadline cannot be met: a late delivery pushes the build, which pushes the cutover. The DCMA assessment checks critical path integrity and negative float (checks 7 and 13) for this reason.',
    sources: [
      cite('dcma-14', 'checks 7 (negative float) and 13 (critical path length index)'),
      cite('tpm-guide', 'Timeline and milestone management'),
    ],
    howToFix:
      'Work on the chain in the message: bring a delivery forward, add a crew, overlap work that can safely overlap (SS with a lag). If none of that is possible, agree a new deadline with the sponsor through change control.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-20\n  deadline: 2026-03-06\ntasks:\n  - { id: build, start: 2026-02-23, duration: 10d }\n  - { id: test, duration: 3d, depends_on: [build] }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-20\n  deadline: 2026-03-13\ntasks:\n  - { id: build, start: 2026-02-23, duration: 10d }\n  - { id: test, duration: 3d, depends_on: [build] }`,
  },
  check(ctx) {
    const deadline = ctx.plan.project.deadline;
    if (!deadline) return ctx.notApplicable('the project has no deadline');
    if (ctx.model.graph.cycles().length > 0)
      return ctx.notApplicable(
        'the dependencies contain a loop, so no finish date can be computed (dependency-cycle reports it)',
      );
    const { finish, criticalChain } = ctx.model.forecast;
    if (!finish) return ctx.notApplicable('no item has enough dates to schedule');
    if (finish.date <= deadline) return;
    // Late by the working days of the last item's own calendar (a 7-day cutover loses its weekend).
    const cal = ctx.model.calendarFor(ctx.model.items.get(finish.id)!);
    const late = cal.workingDaysAfter(deadline, finish.date);
    // A summary, not a list: the message names a few (issue 14, class 7).
    const off = cal.holidaySummary(fromDayNumber(toDayNumber(deadline) + 1), finish.date);
    // The chain by name, as the PM and the sponsor know the work; a long one by its ends.
    const names = criticalChain.map((id) => `"${ctx.model.items.get(id)?.name ?? id}"`);
    const chain =
      names.length > 6
        ? [...names.slice(0, 2), `… ${names.length - 4} more …`, ...names.slice(-2)].join(' → ')
        : names.join(' → ');
    ctx.report({
      messageId: 'late',
      path: ['project', 'deadline'],
      data: {
        finish: finish.date,
        finishNote: ctx.model.dayNote(cal, finish.date),
        late,
        lateText: `${late} working day${late === 1 ? '' : 's'}`,
        deadline,
        deadlineNote: ctx.model.dayNote(ctx.model.calendar, deadline),
        holidays: off.length > 0 ? `; ${describeHolidayGroups([off])}` : '',
        chain,
        chainIds: criticalChain,
      },
    });
  },
});
