import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isComplete } from '../plan/model/index.js';
import { DCMA_CONTEXT, named, type Offender, showOption } from './dcma/shared.js';

export default defineRule({
  id: 'float-mismatch',
  category: 'schedule',
  severity: 'low',
  optIn: 'dcma',
  description: "The float and critical flags the scheduling tool stored agree with pmcheck's backward pass.",
  fix: "Reschedule the file in its tool (F9 in MS Project, F9 in P6) and check the named tasks' constraints, calendars and links.",
  messages: {
    mismatch:
      "{{count}} of {{total}} unfinished tasks and milestones disagree with pmcheck's backward pass on their float or whether they are critical: {{names}}. The file's figures are the tool's at its last scheduling; pmcheck's are from the logic as of {{asOf}}, in working days of each item's calendar.",
  },
  options: z
    .object({
      toleranceDays: z
        .number()
        .min(0)
        .default(1)
        .describe('Working days of float by which the two may differ before it is reported (hours round to days).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      "For every unfinished task and milestone whose `as_scheduled` gives the float or the critical flag the scheduling tool computed (pmcheck import fills them from MS Project and P6), compares them with pmcheck's own backward pass: a float that differs by more than `toleranceDays` (1), or a critical flag that pmcheck's float contradicts (critical with float above zero, or not critical at zero or below). One finding gives the count, the total and the first `show` items with both figures.",
    why: "The DCMA float checks use pmcheck's float, computed the same way on every file; where the tool's own figures differ, the file was not rescheduled since its last change, or dates are held by something the logic does not show (a constraint, a manual date, a resource level). Either way the critical path the team is watching may not be the real one. DCMA-EA PAM 200.1 (checks 6, 7 and 12) rests on float that follows from the logic.",
    sources: [cite('dcma-14', 'checks 6, 7 and 12 (float and the critical path)')],
    howToFix:
      'Reschedule in the tool and export again. If they still disagree, look at the named tasks: a manually scheduled date, a hard constraint or a resource calendar can hold a task where the logic would not.',
    failing: `tasks:\n  - { id: build, start: 2026-07-01, duration: 10d, as_scheduled: { total_float: 0, critical: true } }\n  - { id: docs, start: 2026-07-01, duration: 2d, as_scheduled: { total_float: 0, critical: true } }`,
    fixed: `tasks:\n  - { id: build, start: 2026-07-01, duration: 10d, as_scheduled: { total_float: 0, critical: true } }\n  - { id: docs, start: 2026-07-01, duration: 2d, as_scheduled: { total_float: 8, critical: false } }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const { dates } = ctx.model.forecast;
    const stored = [...ctx.model.items.values()].filter(
      (item) => (item.task ?? item.milestone)?.as_scheduled && !isComplete(item, ctx.asOf) && !item.milestone?.done_on,
    );
    if (stored.length === 0)
      return ctx.notApplicable('no unfinished task or milestone says what float the scheduling tool gave it');
    const offenders: Offender[] = [];
    for (const item of stored) {
      const own = (item.task ?? item.milestone)!.as_scheduled!;
      const float = dates.get(item.id)?.totalFloat;
      if (float === undefined) continue;
      const file = own.total_float ?? undefined;
      if (file !== undefined && Math.abs(file - float) > ctx.options.toleranceDays)
        offenders.push({ item, note: `float ${file} in the file, ${float} by pmcheck` });
      else if (own.critical === true && float > 0)
        offenders.push({ item, note: `critical in the file, ${float} days of float by pmcheck` });
      else if (own.critical === false && float <= 0)
        offenders.push({ item, note: `not critical in the file, critical by pmcheck (float ${float})` });
    }
    if (offenders.length === 0) return;
    ctx.report({
      messageId: 'mismatch',
      path: ['tasks'],
      data: { count: offenders.length, total: stored.length, asOf: ctx.asOf, ...named(offenders, ctx.options.show) },
    });
  },
});
