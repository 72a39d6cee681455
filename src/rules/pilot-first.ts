import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'pilot-first',
  category: 'schedule',
  severity: 'medium',
  description: 'A rollout to many users is preceded by a pilot.',
  fix: 'Add a pilot task with a small group and make the rollout depend on it.',
  messages: {
    noPilot: 'Rollout "{{task}}" affects {{users}} users but no pilot precedes it.',
  },
  options: z
    .object({
      minUsers: z
        .number()
        .int()
        .nonnegative()
        .default(20)
        .describe('Rollouts affecting more users than this need a pilot.'),
    })
    .strict(),
  docs: {
    catches:
      'A task of kind `rollout` with `users_affected` above the option `minUsers` (default 20) that has no task of kind `pilot` among its predecessors, directly or further back. Computed in one pass over the dependency graph in topological order.',
    why: 'Article 003: validate with a pilot group before an organisation-wide rollout, so that problems are found by ten people rather than two hundred. Article 002: "each phase is tested and validated before the next begins."',
    sources: [
      cite('msp-operational-pm', 'validating before an organisation-wide rollout'),
      cite('tpm-guide', 'Cloud migration from on-premise servers'),
    ],
    howToFix: 'Add a `kind: pilot` task with a small, representative group, and make the rollout depend on it.',
    failing: `tasks:\n  - { id: mfa-rollout, kind: rollout, users_affected: 45 }`,
    fixed: `tasks:\n  - { id: mfa-pilot, kind: pilot, users_affected: 5 }\n  - { id: mfa-rollout, kind: rollout, users_affected: 45, depends_on: [mfa-pilot] }`,
  },
  check(ctx) {
    const { model } = ctx;
    const rollouts = [...model.items.values()].filter(
      (i) => i.task?.kind === 'rollout' && (i.task.users_affected ?? 0) > ctx.options.minUsers,
    );
    if (rollouts.length === 0) return ctx.notApplicable(`no rollout affects more than ${ctx.options.minUsers} users`);
    // afterPilot: the item is a pilot or some predecessor of it is (propagated in dependency order).
    const afterPilot = new Set<string>();
    for (const id of model.graph.topologicalOrder()) {
      if (
        model.items.get(id)!.task?.kind === 'pilot' ||
        model.graph.predecessors(id).some((e) => afterPilot.has(e.from))
      )
        afterPilot.add(id);
    }
    for (const item of rollouts) {
      const pilotBefore = model.graph.predecessors(item.id).some((e) => afterPilot.has(e.from));
      if (!pilotBefore)
        ctx.report({
          messageId: 'noPilot',
          path: [...item.path, 'users_affected'],
          data: { task: item.name, users: item.task!.users_affected! },
        });
    }
  },
});
