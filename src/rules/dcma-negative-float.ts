import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { DCMA_CONTEXT, named, ratio, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-negative-float',
  category: 'schedule',
  severity: 'high',
  optIn: 'dcma',
  description: 'DCMA check 7: no unfinished task has negative total float.',
  fix: 'Recover the named tasks: shorten or overlap the work before them, or agree a new date through change control.',
  messages: {
    negative:
      'DCMA check 7 (negative float): {{count}} of {{total}} tasks ({{share:percent1}}) have negative total float, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(0, 'Largest share of the tasks counted that may have negative float (PAM 200.1: none).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      "Counts the unfinished tasks (not level of effort, not dropped) whose total float is below zero: work the logic cannot finish by a date it must meet. pmcheck's backward pass runs from the forecast finish or, when that is later, from `project.deadline`, and each task's `deadline` and no-later-than, must and on constraints cap its late dates; float is in working days of each task's own calendar. One finding gives the count, the total, the share, the threshold (none) and the first `show` tasks with their float.",
    why: 'Negative float is a date already lost on paper: the deadline or constraint cannot be met unless something changes. DCMA-EA PAM 200.1 (check 7) allows none. Article 002: "When milestones slip, it surfaces early rather than in the final week."',
    sources: [cite('dcma-14', 'check 7 (negative float)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix:
      'Work on the chain before the named tasks: bring a delivery forward, add a crew, overlap what can safely overlap. If none of that is possible, agree a new date with the sponsor through change control.',
    failing: `tasks:\n  - { id: build, start: 2026-07-01, duration: 10d }\n  - { id: test, duration: 5d, depends_on: [build], deadline: 2026-07-17 }`,
    fixed: `tasks:\n  - { id: build, start: 2026-07-01, duration: 10d }\n  - { id: test, duration: 5d, depends_on: [build], deadline: 2026-07-24 }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable('no unfinished tasks to count');
    const { dates } = ctx.model.forecast;
    const offenders = pop.tasks.flatMap((item) => {
      const float = dates.get(item.id)?.totalFloat;
      return float !== undefined && float < 0 ? [{ item, note: `${float} days of float` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'negative',
      path: ['tasks'],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) },
    });
  },
});
