import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isComplete } from '../plan/model/index.js';
import { indexAgainst } from '../text.js';
import { baselined } from './dcma/baselined.js';
import { DCMA_CONTEXT, named, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-bei',
  category: 'schedule',
  severity: 'medium',
  optIn: 'dcma',
  description: 'DCMA check 14: tasks completed are at least 0.95 of those baselined to finish by now.',
  fix: 'Close out what is done (actual finishes) and recover the named tasks, or re-baseline through change control.',
  messages: {
    low: 'DCMA check 14 (baseline execution index): {{done}} tasks are complete against {{due}} baselined to finish by {{asOf}}, an index of {{bei}} ({{done}} / {{due}}), below {{min}}. Baselined but not done: {{names}}. Counted from {{working}}.',
  },
  options: z
    .object({
      minIndex: z
        .number()
        .min(0)
        .max(1)
        .default(0.95)
        .describe('Lowest baseline execution index allowed (PAM 200.1: 0.95).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'The baseline execution index: the tasks complete by the as-of date (every one, whenever its baseline finish), divided by the tasks whose `baseline_finish` is on or before it. Tasks that are level of effort or dropped are left out, as are milestones. Below `minIndex` (0.95), one finding gives both counts, the index, the threshold and the first `show` tasks baselined but not done. Not applicable without baseline dates.',
    why: 'The index says how much of the work the baseline planned by now has really been done: 0.8 means a fifth of it is behind, however green the forecast looks. DCMA-EA PAM 200.1 (check 14) wants 0.95 or more.',
    sources: [cite('dcma-14', 'check 14 (baseline execution index)'), cite('evm')],
    howToFix:
      'Record what is finished; plan the recovery of what is not and report it. If the baseline no longer means anything, re-baseline through change control.',
    failing: `project:\n  name: Move\n  status_date: 2026-07-13\ntasks:\n  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-03 }\n  - { id: cabling, start: 2026-07-06, finish: 2026-07-10, baseline_start: 2026-07-06, baseline_finish: 2026-07-10, actual_start: 2026-07-06, progress: 0.5 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-07-13\ntasks:\n  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-03 }\n  - { id: cabling, start: 2026-07-06, finish: 2026-07-10, baseline_start: 2026-07-06, baseline_finish: 2026-07-10, actual_start: 2026-07-06, actual_finish: 2026-07-10 }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const base = baselined(ctx.model);
    if ('none' in base) return ctx.notApplicable(base.none);
    const pop = ctx.model.dcma;
    const done = pop.work.filter((item) => isComplete(item, ctx.asOf)).length;
    const due = base.due.length;
    const index = done / due;
    if (index >= ctx.options.minIndex) return;
    const late = base.due.filter((item) => !isComplete(item, ctx.asOf)).map((item) => ({ item }));
    ctx.report({
      messageId: 'low',
      path: ['tasks'],
      data: {
        done,
        due,
        index,
        bei: indexAgainst(index, ctx.options.minIndex),
        min: ctx.options.minIndex,
        asOf: ctx.asOf,
        ...named(late, ctx.options.show),
        ...working(pop, ctx.asOf, 'all'),
      },
    });
  },
});
