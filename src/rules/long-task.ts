import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'long-task',
  category: 'schedule',
  severity: 'low',
  description: 'No task runs longer than maxDays working days.',
  fix: 'Break the task into pieces of a few weeks each, with their own owners and finish dates.',
  messages: {
    long: 'Task "{{task}}" runs {{days}} working days, more than {{max}}.',
  },
  options: z
    .object({
      maxDays: z
        .number()
        .int()
        .positive()
        .default(44)
        .describe('Longest task in working days (44 is about two months).'),
    })
    .strict(),
  docs: {
    catches:
      'A task whose planned span (start to finish, or its duration) is more than the option `maxDays` (default 44) working days.',
    why: 'The DCMA 14-point assessment (check 8) flags tasks over 44 working days: progress on a two-month block cannot be measured until it is late. Article 002: breaking work "into phases with clear deliverables, review points" is what "makes progress visible".',
    sources: [cite('dcma-14', 'check 8 (high duration)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix: 'Split the task into parts that each finish within a few weeks and can be checked off.',
    failing: `tasks:\n  - { id: migrate-all, start: 2026-01-05, finish: 2026-04-30 }`,
    fixed: `tasks:\n  - { id: migrate-finance, start: 2026-01-05, finish: 2026-02-13 }\n  - { id: migrate-sales, start: 2026-02-16, finish: 2026-03-27, depends_on: [migrate-finance] }\n  - { id: migrate-rest, start: 2026-03-30, finish: 2026-04-30, depends_on: [migrate-sales] }`,
  },
  check(ctx) {
    // The project calendar, not the task's: the limit stands for elapsed time that progress
    // cannot be seen in (two months of reporting), so a 7-day task is not flagged sooner.
    const cal = ctx.model.calendar;
    const spans = [...ctx.model.items.values()].filter((i) => i.kind === 'task' && i.start && i.finish);
    if (spans.length === 0) return ctx.notApplicable('no task has dates');
    for (const item of spans) {
      const days = cal.workingDaysBetween(item.start!, item.finish!);
      if (days > ctx.options.maxDays) {
        ctx.report({
          messageId: 'long',
          path: [...item.path, item.task?.finish ? 'finish' : 'duration'],
          data: { task: item.name, days, max: ctx.options.maxDays },
        });
      }
    }
  },
});
