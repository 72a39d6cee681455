import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { describeSlip } from '../plan/describe.js';
import { count } from '../text.js';

export default defineRule({
  id: 'milestone-slipped',
  category: 'schedule',
  severity: 'high',
  description: 'No milestone is forecast after its due date, or past due and not done.',
  fix: 'Recover the slip or re-baseline the milestone through change control, and tell the sponsor.',
  messages: {
    slipped: 'Milestone "{{milestone}}" has slipped: {{why}}.{{tolerance}}',
    logicLater:
      'Milestone "{{milestone}}" is {{recorded}}, but the work before it cannot be done until {{logic}} ("{{driver}}" drives it).',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A milestone whose `forecast` is after its `due` date, or whose `due` date has passed (as of the as-of date) with no `done_on`; and a milestone whose recorded forecast (or due date) the logic cannot meet: the forward pass, from the work it depends on, puts it later. With `project.tolerance.days`, the message says whether the slip is within tolerance, and a slip within it counts one level lower (medium).',
    why: 'Article 002: good PM means that "when milestones slip, it surfaces early rather than in the final week", and warns that status updates saying "progressing well" can "hide the fact that a critical dependency has slipped by three weeks". The DCMA assessment tracks missed baseline dates (check 11).',
    sources: [cite('tpm-guide', 'Timeline and milestone management'), cite('dcma-14', 'check 11 (missed tasks)')],
    howToFix:
      'Report the slip, with its cause and a recovery plan. If the date really has moved, agree a new baseline with the sponsor and record it in the change log.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13 }`,
    context:
      "PRINCE2 tolerances: with `project.tolerance.days`, a slip within the tolerance is reported one level lower, as the PM's to manage; beyond it, at full severity, as an exception for the sponsor. Off under the presale preset (nothing has started) and the closed preset (nothing is left to slip).",
  },
  check(ctx) {
    const { model } = ctx;
    const dated = (ctx.plan.milestones ?? []).filter((m) => m.due);
    if (dated.length === 0) return ctx.notApplicable('no milestone has a due date');
    const tolerance = ctx.plan.project.tolerance?.days ?? undefined;
    for (const slip of model.problemsAt(ctx.asOf).slippedMilestones) {
      // Within tolerance a slip is the PM's to manage (PRINCE2); beyond it, the sponsor's.
      const within = tolerance !== undefined && slip.days <= tolerance;
      const late = count(slip.days, 'working day');
      const note =
        tolerance === undefined
          ? ''
          : within
            ? ` It is ${late} late, within the ${tolerance}-day tolerance: the PM's to manage, and to report.`
            : ` It is ${late} late, beyond the ${tolerance}-day tolerance: an exception for the sponsor to decide.`;
      ctx.report({
        messageId: 'slipped',
        path: slip.path,
        data: { milestone: slip.item.name, why: describeSlip(slip), tolerance: note, days: slip.days },
        ...(within ? { lower: 1 } : {}),
      });
    }
    // A recorded date the logic cannot meet: the forward pass puts the milestone later.
    for (const item of model.items.values()) {
      const m = item.milestone;
      if (!m || (m.done_on && m.done_on <= ctx.asOf)) continue;
      const recorded = m.forecast ?? m.due;
      if (!recorded || recorded < ctx.asOf) continue; // past due: reported as slipped above
      const f = model.forecast.dates.get(item.id);
      if (!f?.drivenBy || f.finish <= recorded) continue;
      ctx.report({
        messageId: 'logicLater',
        path: [...item.path, m.forecast ? 'forecast' : 'due'],
        data: {
          milestone: item.name,
          recorded: m.forecast ? `forecast for ${recorded}` : `due ${recorded} (no forecast recorded)`,
          logic: f.finish,
          driver: model.items.get(f.drivenBy.from)?.name ?? f.drivenBy.from,
        },
      });
    }
  },
});
