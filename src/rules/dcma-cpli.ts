import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { chainOf, indexAgainst } from '../text.js';
import { DCMA_CONTEXT } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-cpli',
  category: 'schedule',
  severity: 'high',
  optIn: 'dcma',
  description: 'DCMA check 13: the critical path length index is at least 0.95.',
  fix: 'Shorten the critical chain named in the message, or agree a new date through change control.',
  messages: {
    low: 'DCMA check 13 (CPLI): the critical path length index is {{cpli}}, below {{min}}: {{cpl}} working days from {{asOf}} to the forecast finish {{finish}}, and {{float}} working days of float to {{target}} ({{targetIs}}), so ({{cpl}} {{plusFloat}}) / {{cpl}}. Critical chain: {{chain}}.',
  },
  options: z
    .object({
      minIndex: z
        .number()
        .min(0)
        .default(0.95)
        .describe('Lowest critical path length index allowed (PAM 200.1: 0.95).'),
    })
    .strict(),
  docs: {
    catches:
      "The critical path length index: (CPL + TF) / CPL, where CPL is the working days from the as-of date to the forecast finish (pmcheck's forward pass) and TF the float of that finish against the target: `project.deadline`, else the latest baseline finish (`baseline_finish`, or a milestone's `due`). Both are counted on the calendar of the item that finishes last. Below `minIndex` (0.95), one finding gives the index, its arithmetic and the critical chain. Not applicable without a deadline or a baseline, or when the forecast finish is not after the as-of date.",
    why: 'The index says how efficiently the rest of the critical path must be worked to finish on time: 0.9 means a tenth faster than planned, which rarely happens. DCMA-EA PAM 200.1 (check 13) wants 0.95 or more. Under the dcma preset it takes over from deadline-at-risk, which reports the same late finish as a date; the message names the same critical chain.',
    sources: [
      cite('dcma-14', 'check 13 (critical path length index)'),
      cite('tpm-guide', 'Timeline and milestone management'),
    ],
    howToFix:
      'Work on the chain in the message: bring a delivery forward, add a crew, overlap what can safely overlap. If none of that is possible, agree a new deadline with the sponsor through change control.',
    failing: `project:\n  name: Move\n  status_date: 2026-06-29\n  deadline: 2026-07-10\ntasks:\n  - { id: build, start: 2026-07-01, duration: 10d }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-06-29\n  deadline: 2026-07-17\ntasks:\n  - { id: build, start: 2026-07-01, duration: 10d }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const { model } = ctx;
    const { finish, criticalChain, loops } = model.forecast;
    if (loops)
      return ctx.notApplicable(
        'the dependencies contain a loop, so no finish can be forecast (dependency-cycle reports it)',
      );
    if (!finish) return ctx.notApplicable('no item has enough dates to schedule');
    const deadline = ctx.plan.project.deadline ?? undefined;
    let target = deadline;
    if (!target) {
      for (const item of model.items.values()) {
        const b = item.task?.baseline_finish ?? item.milestone?.due ?? undefined;
        if (b && (!target || b > target)) target = b;
      }
    }
    if (!target)
      return ctx.notApplicable('no project.deadline and no baseline finish to measure the critical path against');
    const cal = model.items.get(finish.id)!.calendar;
    const cpl = cal.workingDaysAfter(ctx.asOf, finish.date);
    if (cpl <= 0) return ctx.notApplicable(`the forecast finish, ${finish.date}, is not after the as-of date`);
    const float = cal.workingDaysAfter(finish.date, target);
    const index = (cpl + float) / cpl;
    if (index >= ctx.options.minIndex) return;
    ctx.report({
      messageId: 'low',
      path: deadline ? ['project', 'deadline'] : ['tasks'],
      data: {
        cpli: indexAgainst(index, ctx.options.minIndex),
        index,
        min: ctx.options.minIndex,
        cpl,
        float,
        plusFloat: float < 0 ? `− ${-float}` : `+ ${float}`,
        asOf: ctx.asOf,
        finish: finish.date,
        target,
        targetIs: deadline ? 'the deadline' : 'the latest baseline finish',
        chain: chainOf(criticalChain.map((id) => `"${model.items.get(id)?.name ?? id}"`)),
      },
    });
  },
});
