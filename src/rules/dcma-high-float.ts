import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { DCMA_CONTEXT, named, ratio, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-high-float',
  category: 'schedule',
  severity: 'medium',
  optIn: 'dcma',
  description: 'DCMA check 6: at most 5% of unfinished tasks have more than 44 working days of total float.',
  fix: 'Find the missing successor that float hides: link the task to the work that really needs it.',
  messages: {
    highFloat:
      'DCMA check 6 (high float): {{count}} of {{total}} tasks ({{share:percent1}}) have more than {{days}} working days of total float, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}.',
  },
  options: z
    .object({
      maxDays: z
        .number()
        .int()
        .min(0)
        .default(44)
        .describe('Most working days of total float a task may have (PAM 200.1: 44, two months).'),
      maxShare: shareOption(0.05, 'Largest share of the tasks counted that may have more float (PAM 200.1: 5%).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      "Counts the unfinished tasks (not level of effort, not dropped) whose total float is more than `maxDays` (44) working days. Float is pmcheck's own: the backward pass, from the forecast finish (or `project.deadline` when it is earlier), in working days of each task's own calendar. When they are more than `maxShare` (5%) of the tasks counted, one finding gives the count, the total, the share, the thresholds and the first `show` tasks with their float.",
    why: 'Two months of float nearly always means a missing successor: the work drives nothing, so its slip would never show. DCMA-EA PAM 200.1 (check 6) allows it on at most 5% of tasks.',
    sources: [cite('dcma-14', 'check 6 (high float)')],
    howToFix:
      'Ask what waits for the task and link it there. If nothing does, it may not belong in this project, or it is level of effort (`level_of_effort: true`), which the checks leave out.',
    failing: `milestones:\n  - { id: live, due: 2026-10-30, depends_on: [migrate] }\ntasks:\n  - { id: migrate, start: 2026-07-01, finish: 2026-10-30 }\n  - { id: docs, start: 2026-07-01, duration: 5d, depends_on: [] }\n  - { id: train, duration: 5d, depends_on: [docs] }`,
    fixed: `milestones:\n  - { id: live, due: 2026-10-30, depends_on: [migrate, train] }\ntasks:\n  - { id: migrate, start: 2026-07-01, finish: 2026-10-30 }\n  - { id: docs, start: 2026-09-21, duration: 5d }\n  - { id: train, duration: 5d, depends_on: [docs] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable('no unfinished tasks to count');
    const { dates } = ctx.model.forecast;
    const offenders = pop.tasks.flatMap((item) => {
      const float = dates.get(item.id)?.totalFloat;
      return float !== undefined && float > ctx.options.maxDays ? [{ item, note: `${float} days of float` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'highFloat',
      path: ['tasks'],
      data: {
        ...r,
        days: ctx.options.maxDays,
        max: ctx.options.maxShare,
        ...named(offenders, ctx.options.show),
        ...working(pop, ctx.asOf),
      },
    });
  },
});
