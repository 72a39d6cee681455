import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isComplete } from '../plan/model/index.js';
import { baselined } from './dcma/baselined.js';
import { DCMA_CONTEXT, named, type Offender, ratio, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-missed-tasks',
  category: 'schedule',
  severity: 'medium',
  optIn: 'dcma',
  description: 'DCMA check 11: at most 5% of the tasks baselined to finish by now finished late or not at all.',
  fix: 'Find why the named tasks missed their baseline, recover what is still open, and report the slip.',
  messages: {
    missed:
      'DCMA check 11 (missed tasks): {{count}} of {{total}} tasks baselined to finish by {{asOf}} ({{share:percent1}}) finished after their baseline finish or not at all, more than the {{max:percent}} allowed: {{names}}. Counted from {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(
        0.05,
        'Largest share of the tasks baselined to finish by now that may miss it (PAM 200.1: 5%).',
      ),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Takes the tasks (not level of effort, not dropped, complete or not) whose `baseline_finish` is on or before the as-of date, and counts those that finished after it (`actual_finish` later) or are not complete. When they are more than `maxShare` (5%), one finding gives the count, the total, the share, the threshold and the first `show` tasks. Not applicable without baseline dates.',
    why: 'A task that missed its baseline finish is a slip that has already happened; many of them mean the plan is not being delivered as agreed, whatever the forecast says. DCMA-EA PAM 200.1 (check 11) allows 5%. Article 002 wants slips to "surface early rather than in the final week".',
    sources: [cite('dcma-14', 'check 11 (missed tasks)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix:
      'Record actual finishes; for what is still open, plan the recovery and say so in the next status report. Re-baseline only through change control.',
    failing: `project:\n  name: Move\n  status_date: 2026-07-13\ntasks:\n  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-08 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-07-13\ntasks:\n  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-03 }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const base = baselined(ctx.model);
    if ('none' in base) return ctx.notApplicable(base.none);
    const offenders: Offender[] = [];
    for (const item of base.due) {
      const t = item.task!;
      if (!isComplete(item, ctx.asOf)) offenders.push({ item, note: `baseline ${t.baseline_finish}, not done` });
      else if (t.actual_finish && t.actual_finish > t.baseline_finish!)
        offenders.push({ item, note: `baseline ${t.baseline_finish}, finished ${t.actual_finish}` });
    }
    const r = ratio(offenders.length, base.due.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'missed',
      path: ['tasks'],
      data: {
        ...r,
        asOf: ctx.asOf,
        max: ctx.options.maxShare,
        ...named(offenders, ctx.options.show),
        ...working(ctx.model.dcma, ctx.asOf, 'all'),
      },
    });
  },
});
