import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'milestone-slipped',
  category: 'schedule',
  severity: 'high',
  description: 'No milestone is forecast after its due date, or past due and not done.',
  fix: 'Recover the slip or re-baseline the milestone through change control, and tell the sponsor.',
  messages: {
    slipped: 'Milestone "{{milestone}}" has slipped: {{why}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A milestone whose `forecast` is after its `due` date, or whose `due` date has passed (as of the as-of date) with no `done_on`.',
    why: 'Article 002: good PM means that "when milestones slip, it surfaces early rather than in the final week", and warns that status updates saying "progressing well" can "hide the fact that a critical dependency has slipped by three weeks". The DCMA assessment tracks missed baseline dates (check 11).',
    sources: [cite('tpm-guide', 'Timeline and milestone management'), cite('dcma-14', 'check 11 (missed tasks)')],
    howToFix:
      'Report the slip, with its cause and a recovery plan. If the date really has moved, agree a new baseline with the sponsor and record it in the change log.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13 }`,
  },
  check(ctx) {
    const dated = (ctx.plan.milestones ?? []).filter((m) => m.due);
    if (dated.length === 0) return ctx.notApplicable('no milestone has a due date');
    for (const { item, why, path } of ctx.model.problemsAt(ctx.asOf).slippedMilestones) {
      ctx.report({ messageId: 'slipped', path, data: { milestone: item.name, why } });
    }
  },
});
