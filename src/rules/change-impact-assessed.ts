import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'change-impact-assessed',
  category: 'change',
  severity: 'medium',
  description: 'Every change that is not rejected has its cost or schedule impact recorded.',
  fix: 'Record impact: { cost, days } for the change, even when it is zero.',
  messages: {
    unassessed: 'Change {{id}} ("{{title}}") has no cost or days impact recorded.',
  },
  options: z.object({}).strict(),
  needs: ['changes'],
  docs: {
    catches:
      'A change whose status is not `rejected` and which has neither `impact.cost` nor `impact.days`. Write 0 when the impact really is nil.',
    why: 'Article 002: every change must be "documented, assessed for impact, approved by the right person, and communicated"; "Each addition seems small, but collectively they push the timeline out by weeks and the budget up by thousands." An approval given without the impact on the table is not an informed decision.',
    sources: [cite('tpm-guide', 'Change control'), cite('tpm-guide', 'Scope creep disguised as improvement')],
    howToFix: "Estimate the change's cost and its effect on the schedule in working days, and record both in `impact`.",
    failing: `changes:\n  - id: CR-3\n    title: Add Intune\n    status: proposed`,
    fixed: `changes:\n  - id: CR-3\n    title: Add Intune\n    status: proposed\n    impact: { cost: 4200, days: 6 }`,
  },
  check(ctx) {
    const live = (ctx.plan.changes ?? [])
      .map((change, i) => ({ change, i }))
      .filter(({ change }) => change.status !== 'rejected');
    if (live.length === 0) return ctx.notApplicable('the change log has no live changes');
    for (const { change, i } of live) {
      if (change.impact?.cost == null && change.impact?.days == null) {
        ctx.report({
          messageId: 'unassessed',
          path: ['changes', i, 'impact'],
          data: { id: change.id, title: change.title ?? change.id },
        });
      }
    }
  },
});
