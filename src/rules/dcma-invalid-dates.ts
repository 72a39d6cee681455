import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { DCMA_CONTEXT, named, type Offender, ratio, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-invalid-dates',
  category: 'schedule',
  severity: 'high',
  optIn: 'dcma',
  description: 'DCMA check 9: no task has a forecast date before the as-of date or an actual date after it.',
  fix: 'Status the schedule: record what really started and finished, and move what has not to dates after the as-of date.',
  messages: {
    invalid:
      'DCMA check 9 (invalid dates): {{count}} of {{total}} tasks ({{share:percent1}}) have a forecast date before {{asOf}} or an actual date after it, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(0, 'Largest share of the tasks counted that may have invalid dates (PAM 200.1: none).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Counts the tasks that are not level of effort or dropped, complete or not, with a date that cannot be true as of the as-of date (`project.status_date`, or --as-of): a planned start before it with no `actual_start`, a planned finish before it with the work not done, or an `actual_start` or `actual_finish` after it. One finding gives the count, the total, the share, the threshold (none) and the first `show` tasks with what is wrong.',
    why: 'A forecast in the past or an actual in the future means the schedule was not statused: its forecast finish and its float are computed from dates that are already wrong. DCMA-EA PAM 200.1 (check 9) allows none. Under the dcma preset it takes over from overdue-task, which reports the same past finishes one by one.',
    sources: [cite('dcma-14', 'check 9 (invalid dates)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix:
      'Record `actual_start`, `actual_finish` and `progress` for what has happened, and re-plan what has not to start or finish after the as-of date.',
    failing: `project:\n  name: Move\n  status_date: 2026-07-06\ntasks:\n  - { id: racks, start: 2026-06-29, finish: 2026-07-03 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-07-06\ntasks:\n  - { id: racks, start: 2026-06-29, finish: 2026-07-03, actual_start: 2026-06-29, actual_finish: 2026-07-03 }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.work.length === 0) return ctx.notApplicable('no tasks to count');
    const asOf = ctx.asOf;
    const offenders: Offender[] = [];
    for (const item of pop.work) {
      const t = item.task!;
      const done = (t.progress ?? 0) >= 1;
      const why =
        t.actual_start && t.actual_start > asOf
          ? `actual start ${t.actual_start}`
          : t.actual_finish && t.actual_finish > asOf
            ? `actual finish ${t.actual_finish}`
            : !t.actual_start && !done && item.start && item.start < asOf
              ? `starts ${item.start}, not started`
              : !t.actual_finish && !done && item.finish && item.finish < asOf
                ? `finishes ${item.finish}, not done`
                : undefined;
      if (why) offenders.push({ item, note: why });
    }
    const r = ratio(offenders.length, pop.work.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'invalid',
      path: ['tasks'],
      data: {
        ...r,
        asOf,
        max: ctx.options.maxShare,
        ...named(offenders, ctx.options.show),
        ...working(pop, asOf, 'all'),
      },
    });
  },
});
