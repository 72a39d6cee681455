import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'change-approver',
  category: 'change',
  severity: 'medium',
  description: 'Changes are approved by the sponsor, the PM, or someone listed in the approvers option.',
  fix: 'Have the sponsor or the PM approve the change, or add the approver to the approvers option.',
  messages: {
    wrongApprover: 'Change {{id}} was approved by {{approver}}, who is neither the sponsor nor the project manager.',
  },
  options: z
    .object({ approvers: z.array(z.string()).default([]).describe('Further person ids allowed to approve changes.') })
    .strict(),
  docs: {
    catches:
      'A change whose `approved.by` is not `project.sponsor`, not `project.manager`, and not in the option `approvers`.',
    why: 'Article 002: a change must be "approved by the right person". A change approved by an engineer or a vendor commits the client\'s money and time without the client\'s decision maker.',
    sources: [cite('tpm-guide', 'Change control')],
    howToFix:
      'Get the sponsor (or the PM, within delegated authority) to approve the change. If your governance names other approvers, such as a finance director, list them: `rules: { change-approver: { approvers: [cfo] } }`.',
    failing: `project:\n  name: Move\n  sponsor: alice\npeople:\n  - { id: alice, role: sponsor }\n  - { id: sam, role: engineer }\nchanges:\n  - { id: CR-1, status: approved, approved: { by: sam, on: 2026-02-03 } }`,
    fixed: `project:\n  name: Move\n  sponsor: alice\npeople:\n  - { id: alice, role: sponsor }\n  - { id: sam, role: engineer }\nchanges:\n  - { id: CR-1, status: approved, approved: { by: alice, on: 2026-02-03 } }`,
  },
  check(ctx) {
    const allowed = new Set(
      [ctx.plan.project.sponsor, ctx.plan.project.manager, ...ctx.options.approvers].filter(Boolean),
    );
    const approved = (ctx.plan.changes ?? [])
      .map((change, i) => ({ change, i }))
      .filter(({ change }) => change.approved?.by && change.status !== 'rejected');
    if (approved.length === 0) return ctx.notApplicable('no change records an approver');
    for (const { change, i } of approved) {
      const by = change.approved!.by!;
      if (!allowed.has(by)) {
        const person = ctx.model.people.get(by);
        ctx.report({
          messageId: 'wrongApprover',
          path: ['changes', i, 'approved', 'by'],
          data: { id: change.id, approver: person?.name ? `${person.name} (${by})` : by },
        });
      }
    }
  },
});
