import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import type { ScheduleItem } from '../plan/model/index.js';
import { DCMA_CONTEXT, named, ratio, shareOption, showOption, working } from './dcma/shared.js';

/**
 * A task's duration for the check, on its own calendar: its baseline's; else the duration
 * written (for an imported schedule, the one the tool shows: P6's original duration, MS
 * Project's Duration), which can differ from the span of its dates once work has moved; else
 * the span of its dates.
 */
function durationOf(item: ScheduleItem): { days: number; baseline: boolean } | undefined {
  const t = item.task!;
  if (t.baseline_start && t.baseline_finish)
    return { days: item.calendar.workingDaysBetween(t.baseline_start, t.baseline_finish), baseline: true };
  if (t.duration != null) return { days: t.duration, baseline: false };
  if (item.start && item.finish)
    return { days: item.calendar.workingDaysBetween(item.start, item.finish), baseline: false };
  return undefined;
}

export default defineRule({
  id: 'dcma-high-duration',
  category: 'schedule',
  severity: 'low',
  optIn: 'dcma',
  description: 'DCMA check 8: at most 5% of unfinished tasks run longer than 44 working days.',
  fix: 'Break each named task into pieces of a few weeks, each with its own finish that progress can be measured against.',
  messages: {
    long: "DCMA check 8 (high duration): {{count}} of {{total}} tasks ({{share:percent1}}) run more than {{days}} working days, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}; durations are the baseline's for {{fromBaseline}} of them, else as planned.",
  },
  options: z
    .object({
      maxDays: z
        .number()
        .int()
        .min(1)
        .default(44)
        .describe('Longest task in working days (PAM 200.1: 44, two months).'),
      maxShare: shareOption(0.05, 'Largest share of the tasks counted that may run longer (PAM 200.1: 5%).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      "Counts the unfinished tasks (not level of effort, not dropped) whose duration is more than `maxDays` (44) working days: the baseline's (`baseline_start` to `baseline_finish`), as the PAM asks, else the `duration` written (for an imported schedule, the one the tool shows), else the span of its dates, on the task's own calendar. When they are more than `maxShare` (5%) of the tasks counted, one finding gives the count, the total, the share, the thresholds and the first `show` tasks with their durations.",
    why: 'Progress on a two-month block cannot be measured until it is late. DCMA-EA PAM 200.1 (check 8) allows such tasks at most 5% of the time. Article 002: breaking work "into phases with clear deliverables, review points" is what "makes progress visible".',
    sources: [cite('dcma-14', 'check 8 (high duration)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix: 'Split the work into parts that each finish within a few weeks and can be checked off.',
    failing: `tasks:\n  - { id: migrate-all, start: 2026-07-01, finish: 2026-10-30 }`,
    fixed: `tasks:\n  - { id: migrate-finance, start: 2026-07-01, finish: 2026-08-14 }\n  - { id: migrate-sales, start: 2026-08-17, finish: 2026-09-25, depends_on: [migrate-finance] }\n  - { id: migrate-rest, start: 2026-09-28, finish: 2026-10-30, depends_on: [migrate-sales] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable('no unfinished tasks to count');
    let fromBaseline = 0;
    const offenders = pop.tasks.flatMap((item) => {
      const d = durationOf(item);
      if (d?.baseline) fromBaseline++;
      return d && d.days > ctx.options.maxDays
        ? [{ item, note: `${d.days} days${d.baseline ? ' in the baseline' : ''}` }]
        : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'long',
      path: ['tasks'],
      data: {
        ...r,
        days: ctx.options.maxDays,
        max: ctx.options.maxShare,
        fromBaseline,
        ...named(offenders, ctx.options.show),
        ...working(pop, ctx.asOf),
      },
    });
  },
});
