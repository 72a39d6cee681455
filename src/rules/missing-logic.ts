import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isFinished } from '../plan/model/index.js';
import { count } from '../text.js';

export default defineRule({
  id: 'missing-logic',
  category: 'schedule',
  severity: 'medium',
  description: 'Almost every unfinished task has both a predecessor and a successor.',
  fix: 'Link the task into the schedule: what must happen before it, and what it enables.',
  messages: {
    dangling:
      'Task "{{task}}" has no {{missing}}; {{count}} of {{total}} unfinished tasks ({{share:percent}}) lack logic, above the {{max:percent}} allowed.',
  },
  options: z
    .object({
      maxShare: z
        .number()
        .min(0)
        .max(1)
        .default(0.05)
        .describe('Largest share of unfinished tasks allowed to lack a predecessor or successor.'),
      minTasks: z
        .number()
        .int()
        .min(1)
        .default(10)
        .describe('Fewest unfinished tasks for a share to mean anything: below it, the rule does not judge.'),
    })
    .strict(),
  docs: {
    catches:
      "More than the option `maxShare` (default 5%) of unfinished tasks have no predecessor or no successor among tasks, milestones and deliveries. Each such task is then reported. With fewer than `minTasks` (default 10) unfinished tasks the rule does not judge: a share of three tasks is noise. Milestones are exempt, so the project's start and finish milestones need no logic of their own; link the first task after a start milestone and the last before a finish milestone.",
    why: 'A task with no predecessor can start any time; one with no successor drives nothing, so its slip stays invisible. The DCMA 14-point assessment (check 1) allows at most 5% of such tasks. Article 002: dependencies should be "mapped weeks in advance".',
    sources: [cite('dcma-14', 'check 1 (logic)'), cite('tpm-guide', 'Office relocation with IT infrastructure')],
    howToFix:
      'Add `depends_on` to the task, and make something later depend on it. A milestone is a fine successor for the last piece of work in a phase.',
    failing: `tasks:\n${Array.from({ length: 10 }, (_, i) => `  - { id: t${i}, start: 2026-03-0${(i % 5) + 2} }`).join('\n')}`,
    fixed: `milestones:\n  - { id: start, due: 2026-02-27 }\n  - { id: done, due: 2026-03-20, depends_on: [t9] }\ntasks:\n${Array.from({ length: 10 }, (_, i) => `  - { id: t${i}, start: 2026-03-0${(i % 5) + 2}, depends_on: [${i === 0 ? 'start' : `t${i - 1}`}] }`).join('\n')}`,
  },
  check(ctx) {
    const { model } = ctx;
    const open = [...model.items.values()].filter((i) => i.kind === 'task' && !isFinished(i));
    if (open.length === 0) return ctx.notApplicable('no unfinished tasks');
    // DCMA's 5% is a statistic of schedules with hundreds of tasks: one loose end in a
    // three-task job is 33%, and says nothing about whether the job is planned.
    if (open.length < ctx.options.minTasks)
      return ctx.notApplicable(
        `only ${count(open.length, 'unfinished task')}: a share of so few says nothing (the rule judges ${ctx.options.minTasks} or more)`,
      );
    const dangling = open
      .map((item) => {
        const noPred = model.graph.predecessors(item.id).length === 0;
        const noSucc = model.graph.successors(item.id).length === 0;
        return {
          item,
          missing: noPred && noSucc ? 'predecessor or successor' : noPred ? 'predecessor' : noSucc ? 'successor' : '',
        };
      })
      .filter((d) => d.missing);
    const share = dangling.length / open.length;
    if (share <= ctx.options.maxShare) return;
    for (const { item, missing } of dangling) {
      ctx.report({
        messageId: 'dangling',
        path: [...item.path, 'id'],
        data: {
          task: item.name,
          missing,
          count: dangling.length,
          total: open.length,
          share,
          max: ctx.options.maxShare,
        },
      });
    }
  },
});
