import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { HARD_CONSTRAINTS } from '../plan/schema.js';
import { DCMA_CONTEXT, named, ratio, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-hard-constraints',
  category: 'schedule',
  severity: 'medium',
  optIn: 'dcma',
  description: 'DCMA check 5: at most 5% of unfinished tasks have a hard date constraint.',
  fix: 'Let the logic set the date: remove the constraint, and put a fixed date on a milestone as its deadline.',
  messages: {
    hard: 'DCMA check 5 (hard constraints): {{count}} of {{total}} tasks ({{share:percent1}}) have a hard constraint, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(
        0.05,
        'Largest share of the tasks counted that may have a hard constraint (PAM 200.1: 5%).',
      ),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      "Counts the unfinished tasks (not level of effort, not dropped) whose `constraint` holds a date the logic cannot move past: must-start-on, must-finish-on, start-no-later-than and finish-no-later-than (the PAM's hard constraints), and P6's start-on and finish-on, which fix the late date the same way. Start- and finish-no-earlier-than only hold work back and are not counted. One finding gives the count, the total, the share, the threshold and the first `show` tasks with their constraint.",
    why: 'A hard constraint pins a date whatever happens before it: when a predecessor slips, the constrained task does not move and the slip disappears from the forecast, or shows only as negative float. DCMA-EA PAM 200.1 (check 5) allows them on at most 5% of tasks.',
    sources: [cite('dcma-14', 'check 5 (hard constraints)')],
    howToFix:
      'Remove the constraint and link the task to what really drives it. A date the customer needs is a milestone `deadline` (or `project.deadline`): it shows the risk as negative float without hiding the slip.',
    failing: `tasks:\n  - { id: cutover, start: 2026-07-04, duration: 1d, constraint: { type: must-start-on, date: 2026-07-04 } }`,
    fixed: `milestones:\n  - { id: live, due: 2026-07-06, deadline: 2026-07-06, depends_on: [cutover] }\ntasks:\n  - { id: cutover, start: 2026-07-04, duration: 1d }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable('no unfinished tasks to count');
    const offenders = pop.tasks.flatMap((item) => {
      const c = item.task?.constraint;
      return c && HARD_CONSTRAINTS.has(c.type) ? [{ item, note: `${c.type}${c.date ? ` ${c.date}` : ''}` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'hard',
      path: ['tasks'],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) },
    });
  },
});
