import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'rollback-plan',
  category: 'schedule',
  severity: 'high',
  description: 'Every migration and cutover task has a rollback plan.',
  fix: "Write the task's rollback_plan: how to get back, who decides, and by when.",
  messages: {
    none: '{{kind}} task "{{task}}" has no rollback plan.',
  },
  options: z.object({}).strict(),
  needs: ['tasks[].kind'],
  docs: {
    catches: 'A task of kind `migration` or `cutover` with no `rollback_plan` text.',
    why: 'Article 002\'s cloud migration: a PM "sequences the migration so that each phase is tested and validated before the next begins. They ensure rollback plans exist and that users know what is changing and when." A cutover without a way back turns a bad night into a lost week.',
    sources: [cite('tpm-guide', 'Cloud migration from on-premise servers')],
    howToFix:
      'Describe how to reverse the change (what is kept, for how long, and the decision point for rolling back) and test it before the cutover.',
    failing: `tasks:\n  - { id: email-cutover, kind: cutover }`,
    fixed: `tasks:\n  - id: email-cutover\n    kind: cutover\n    rollback_plan: Revert MX records; Exchange 2016 stays live for 14 days.`,
  },
  check(ctx) {
    const risky = (ctx.plan.tasks ?? [])
      .map((task, i) => ({ task, i }))
      .filter(({ task }) => task.kind === 'migration' || task.kind === 'cutover');
    if (risky.length === 0) return ctx.notApplicable('no migration or cutover tasks');
    for (const { task, i } of risky) {
      if (!task.rollback_plan?.trim()) {
        ctx.report({
          messageId: 'none',
          path: ['tasks', i, 'rollback_plan'],
          data: { kind: task.kind === 'cutover' ? 'Cutover' : 'Migration', task: task.name ?? task.id },
        });
      }
    }
  },
});
