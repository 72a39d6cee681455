import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { AGILE_METHODOLOGIES } from '../plan/schema.js';
import { count, listOf, money } from '../text.js';

export default defineRule({
  id: 'change-approver',
  category: 'change',
  severity: 'medium',
  description: 'Changes are approved by the sponsor, the PM, or someone listed in the approvers option.',
  fix: 'Have the sponsor or the PM approve the change, or add the approver to the approvers option.',
  messages: {
    wrongApprover: 'Change {{id}} was approved by {{approver}}, who is neither the sponsor nor the project manager.',
    ownerBeyondBacklog:
      "Change {{id}} was approved by the product owner, {{approver}}, but it moves {{impact}}: a backlog swap is theirs, a change to the budget or the date is the sponsor's.",
  },
  options: z
    .object({ approvers: z.array(z.string()).default([]).describe('Further person ids allowed to approve changes.') })
    .strict(),
  needs: ['changes'],
  docs: {
    catches:
      'A change whose `approved.by` is not `project.sponsor`, not `project.manager`, and not in the option `approvers`.',
    why: 'Article 002: a change must be "approved by the right person". A change approved by an engineer or a vendor commits the client\'s money and time without the client\'s decision maker.',
    sources: [cite('tpm-guide', 'Change control')],
    howToFix:
      'Get the sponsor (or the PM, within delegated authority) to approve the change. If your governance names other approvers, such as a finance director, list them: `rules: { change-approver: { approvers: [cfo] } }`.',
    context:
      'On an agile project (methodology agile, scrum or kanban), a person with role `product-owner` may approve a change with no cost and no days impact: swapping backlog items of the same size is theirs to decide. A change that adds cost or time still needs the sponsor or the PM.',
    failing: `project:\n  name: Move\n  sponsor: alice\npeople:\n  - { id: alice, role: sponsor }\n  - { id: sam, role: engineer }\nchanges:\n  - { id: CR-1, status: approved, approved: { by: sam, on: 2026-02-03 } }`,
    fixed: `project:\n  name: Move\n  sponsor: alice\npeople:\n  - { id: alice, role: sponsor }\n  - { id: sam, role: engineer }\nchanges:\n  - { id: CR-1, status: approved, approved: { by: alice, on: 2026-02-03 } }`,
  },
  check(ctx) {
    const allowed = new Set(
      [ctx.plan.project.sponsor, ctx.plan.project.manager, ...ctx.options.approvers].filter(Boolean),
    );
    const agile = AGILE_METHODOLOGIES.has(ctx.plan.project.methodology ?? '');
    const approved = ctx.model.changes.filter(({ item }) => item.approved?.by && item.status !== 'rejected');
    if (approved.length === 0) return ctx.notApplicable('no change records an approver');
    for (const { item: change, path } of approved) {
      const by = change.approved!.by!;
      if (allowed.has(by)) continue;
      const person = ctx.model.people.get(by);
      const approver = ctx.model.personName(by);
      // On an agile project the product owner runs the backlog: swapping items of the same size
      // is their call. A change that adds cost or time is not a backlog swap.
      if (agile && person?.role === 'product-owner') {
        const cost = change.impact?.cost ?? 0;
        const days = change.impact?.days ?? 0;
        if (cost <= 0 && days <= 0) continue;
        const impact = [cost > 0 && `${money(cost)} of budget`, days > 0 && count(days, 'working day')].filter(
          (x): x is string => Boolean(x),
        );
        ctx.report({
          messageId: 'ownerBeyondBacklog',
          path: [...path, 'approved', 'by'],
          data: { id: change.id, approver: person.name ?? by, impact: listOf(impact), cost, days },
        });
        continue;
      }
      ctx.report({ messageId: 'wrongApprover', path: [...path, 'approved', 'by'], data: { id: change.id, approver } });
    }
  },
});
