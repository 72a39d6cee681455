import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'overdue-task',
  category: 'schedule',
  severity: 'medium',
  description: 'No task is past its finish date with work still to do.',
  fix: "Update the task's progress and actual dates, or re-plan its finish and what depends on it.",
  messages: {
    overdue: 'Task "{{task}}" was due to finish {{finish}} and is {{progress}} done as of {{asOf}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches: 'A task whose planned finish is before the as-of date, with `progress` below 1 and no `actual_finish`.',
    why: 'An overdue task is a slip already happening. The DCMA assessment counts them (checks 9 and 14, the baseline execution index); article 002 wants slips to surface "early rather than in the final week", while something can still be done.',
    sources: [
      cite('dcma-14', 'checks 9 (invalid dates) and 14 (baseline execution index)'),
      cite('tpm-guide', 'Timeline and milestone management'),
    ],
    howToFix:
      'If the work is done, record `actual_finish` and `progress: 1`. If not, set a realistic new finish, check what depends on it, and say so in the next status report.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\ntasks:\n  - { id: switch-config, start: 2026-02-09, finish: 2026-02-13, progress: 0.6 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\ntasks:\n  - { id: switch-config, start: 2026-02-09, finish: 2026-02-13, actual_finish: 2026-02-13, progress: 1 }`,
  },
  check(ctx) {
    const dated = [...ctx.model.items.values()].filter((i) => i.kind === 'task' && i.finish);
    if (dated.length === 0) return ctx.notApplicable('no task has a finish date');
    for (const { item, path } of ctx.model.problemsAt(ctx.asOf).overdueTasks) {
      ctx.report({
        messageId: 'overdue',
        path,
        data: {
          task: item.name,
          finish: item.finish!,
          progress: `${Math.round((item.task?.progress ?? 0) * 100)}%`,
          asOf: ctx.asOf,
        },
      });
    }
  },
});
