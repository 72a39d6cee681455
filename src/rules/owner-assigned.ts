import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'owner-assigned',
  category: 'governance',
  severity: 'medium',
  needs: ['tasks[].owner'],
  description: 'Every task and milestone has an owner, and every change a requester.',
  fix: 'Name an owner (a person id) for the item.',
  messages: {
    noOwner: '{{kind}} "{{name}}" has no owner.',
    noRequester: 'Change {{id}} has no requester (requested_by).',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A task or milestone without `owner`, and a change without `requested_by`. Risks without owners are `risk-owner`'s job; an owner that is not a known person is already a validation error.",
    why: 'Article 002: "Tasks fall through the cracks because everyone assumes someone else is handling it." Article 003 makes ownership of each piece of work the basis of escalation. An unowned item is one nobody will chase.',
    sources: [cite('tpm-guide', 'No single point of accountability'), cite('msp-operational-pm', 'ownership')],
    howToFix: 'Give every task and milestone an `owner`, and every change a `requested_by`, using ids from `people`.',
    failing: `people:\n  - { id: sam }\ntasks:\n  - { id: cabling, name: Install cabling }`,
    fixed: `people:\n  - { id: sam }\ntasks:\n  - { id: cabling, name: Install cabling, owner: sam }`,
  },
  check(ctx) {
    const { tasks = [], milestones = [], changes = [] } = ctx.plan;
    const total = (tasks?.length ?? 0) + (milestones?.length ?? 0) + (changes?.length ?? 0);
    if (total === 0) return ctx.notApplicable('the plan has no tasks, milestones or changes');
    tasks?.forEach((t, i) => {
      if (!t.owner)
        ctx.report({ messageId: 'noOwner', path: ['tasks', i, 'owner'], data: { kind: 'Task', name: t.name ?? t.id } });
    });
    milestones?.forEach((m, i) => {
      if (!m.owner)
        ctx.report({
          messageId: 'noOwner',
          path: ['milestones', i, 'owner'],
          data: { kind: 'Milestone', name: m.name ?? m.id },
        });
    });
    changes?.forEach((c, i) => {
      if (!c.requested_by)
        ctx.report({ messageId: 'noRequester', path: ['changes', i, 'requested_by'], data: { id: c.id } });
    });
  },
});
