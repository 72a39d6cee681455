import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import type { ScheduleItem } from '../plan/model/index.js';
import { DCMA_CONTEXT, named, ratio, shareOption, showOption, working } from './dcma/shared.js';

/** Who or what does the task, or what it costs: any of them loads it. */
const loaded = (item: ScheduleItem): boolean => {
  const t = item.task!;
  return Boolean(t.resources?.length || t.owner || t.vendor || t.cost != null);
};

export default defineRule({
  id: 'dcma-resources',
  category: 'schedule',
  severity: 'low',
  optIn: 'dcma',
  description: 'DCMA check 10: every unfinished task has resources (people, a vendor) or a cost.',
  fix: 'Assign who does each named task (a resource or an owner, or the vendor) or its cost.',
  messages: {
    unresourced:
      'DCMA check 10 (resources): {{count}} of {{total}} tasks ({{share:percent1}}) have no resource, owner, vendor or cost, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(0, 'Largest share of the tasks counted that may have no resources (PAM 200.1: none).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Counts the unfinished tasks (not level of effort, not dropped) with no `resources`, no `owner`, no `vendor` and no `cost`. The check applies only to a resource-loaded schedule: when no task has any of them, it is not applicable. One finding gives the count, the total, the share, the threshold (none) and the first `show` tasks.',
    why: 'Work nobody is assigned to is work nobody is planning to do, and a schedule whose tasks carry no hours or cost cannot be checked against the budget. DCMA-EA PAM 200.1 (check 10) wants every task resourced once the schedule is resource-loaded.',
    sources: [cite('dcma-14', 'check 10 (resources)'), cite('tpm-guide', 'No single point of accountability')],
    howToFix: 'Name an `owner` (or the `resources` the tool assigns), or the `vendor` doing the work, or its `cost`.',
    failing: `people:\n  - { id: sam, name: Sam }\ntasks:\n  - { id: racks, start: 2026-07-01, duration: 2d, owner: sam }\n  - { id: cabling, duration: 3d, depends_on: [racks] }`,
    fixed: `people:\n  - { id: sam, name: Sam }\ntasks:\n  - { id: racks, start: 2026-07-01, duration: 2d, owner: sam }\n  - { id: cabling, duration: 3d, depends_on: [racks], owner: sam }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable('no unfinished tasks to count');
    if (!pop.work.some(loaded))
      return ctx.notApplicable(
        'the schedule is not resource-loaded: no task has resources, an owner, a vendor or a cost',
      );
    const offenders = pop.tasks.filter((item) => !loaded(item)).map((item) => ({ item }));
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'unresourced',
      path: ['tasks'],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) },
    });
  },
});
