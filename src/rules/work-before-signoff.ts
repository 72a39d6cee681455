import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'work-before-signoff',
  category: 'scope',
  severity: 'critical',
  description: 'No work starts before the scope is signed off; scoping tasks are exempt.',
  fix: 'Move the task after scope.signed_off.on, or get the scope signed off first.',
  messages: {
    beforeSignoff: 'Task "{{task}}" {{verb}} on {{start}}, before the scope was signed off on {{signoff}}.',
    unsigned: 'Task "{{task}}" has started ({{evidence}}) but the scope has not been signed off.',
  },
  options: z.object({}).strict(),
  needs: ['scope'],
  docs: {
    catches:
      'A task whose start (the actual start if there is one, else the planned start) falls before `scope.signed_off.on`. If the scope has not been signed off at all, any task that has already started counts: one with an `actual_start` on or before the as-of date, or with progress above zero. Tasks of `kind: scoping` are exempt, because they are how the scope gets agreed.',
    why: 'Article 002 lists "starting work before scope is agreed" among the common mistakes: "beginning technical work before requirements are documented and agreed is a guaranteed path to rework. Every hour spent on scoping saves three to five hours of rework later."',
    sources: [cite('tpm-guide', 'Starting work before scope is agreed')],
    howToFix:
      'Get the scope signed off (record `scope.signed_off` with the person and date) before build work starts, or move the task to start on or after the sign-off date. If early work really is scoping, mark it `kind: scoping`.',
    failing: `people:\n  - { id: alice, role: sponsor }\nscope:\n  signed_off: { by: alice, on: 2026-01-12 }\ntasks:\n  - id: cabling\n    kind: build\n    start: 2026-01-05`,
    fixed: `people:\n  - { id: alice, role: sponsor }\nscope:\n  signed_off: { by: alice, on: 2026-01-12 }\ntasks:\n  - id: cabling\n    kind: build\n    start: 2026-01-19`,
  },
  check(ctx) {
    const tasks = (ctx.plan.tasks ?? []).map((task, i) => ({ task, i })).filter(({ task }) => task.kind !== 'scoping');
    if (tasks.length === 0) return ctx.notApplicable('the plan has no tasks other than scoping');
    const signoff = ctx.plan.scope?.signed_off?.on ?? undefined;
    for (const { task, i } of tasks) {
      const name = task.name ?? task.id;
      if (signoff) {
        const start = task.actual_start ?? task.start;
        if (start && start < signoff) {
          ctx.report({
            messageId: 'beforeSignoff',
            path: ['tasks', i, task.actual_start ? 'actual_start' : 'start'],
            data: { task: name, verb: task.actual_start ? 'started' : 'is planned to start', start, signoff },
          });
        }
      } else if (task.actual_start && task.actual_start <= ctx.asOf) {
        ctx.report({
          messageId: 'unsigned',
          path: ['tasks', i, 'actual_start'],
          data: { task: name, evidence: `actual start ${task.actual_start}` },
        });
      } else if ((task.progress ?? 0) > 0) {
        ctx.report({
          messageId: 'unsigned',
          path: ['tasks', i, 'progress'],
          data: { task: name, evidence: `${Math.round((task.progress ?? 0) * 100)}% done` },
        });
      }
    }
  },
});
