import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { DCMA_CONTEXT, named, ratio, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-logic',
  category: 'schedule',
  severity: 'high',
  optIn: 'dcma',
  description: 'DCMA check 1: at most 5% of unfinished tasks lack a predecessor or a successor.',
  fix: 'Link each named task into the schedule: what must finish before it starts, and what waits for it.',
  messages: {
    dangling:
      'DCMA check 1 (logic): {{count}} of {{total}} tasks ({{share:percent1}}) lack a predecessor or a successor, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(
        0.05,
        'Largest share of the tasks counted that may lack a predecessor or a successor (PAM 200.1: 5%).',
      ),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Counts the unfinished tasks (not level of effort, not dropped; milestones and summary tasks are not tasks) that have no predecessor, no successor, or neither, among all tasks, milestones and deliveries. When they are more than `maxShare` (5%) of the tasks counted, one finding gives the count, the total, the share, the threshold and the first `show` tasks by name.',
    why: 'A task without a predecessor can start any time; one without a successor drives nothing, so its slip never reaches the finish. DCMA-EA PAM 200.1 (check 1) allows at most 5% of them: beyond that the critical path and the float the schedule shows cannot be trusted. Article 002: dependencies should be "mapped weeks in advance".',
    sources: [cite('dcma-14', 'check 1 (logic)'), cite('tpm-guide', 'Office relocation with IT infrastructure')],
    howToFix:
      'Give each named task a predecessor (often the milestone that starts its phase) and a successor (the next task, or the milestone its work feeds). A start and a finish milestone tie the loose ends of a schedule.',
    failing: `tasks:\n  - { id: racks, start: 2026-07-01, duration: 5d }\n  - { id: cabling, start: 2026-07-01, duration: 5d }`,
    fixed: `milestones:\n  - { id: kickoff, due: 2026-06-30 }\n  - { id: ready, due: 2026-07-14, depends_on: [cabling] }\ntasks:\n  - { id: racks, start: 2026-07-01, duration: 5d, depends_on: [kickoff] }\n  - { id: cabling, duration: 5d, depends_on: [racks] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable('no unfinished tasks to count');
    const { graph } = ctx.model;
    const offenders = pop.tasks.flatMap((item) => {
      const noPred = graph.predecessors(item.id).length === 0;
      const noSucc = graph.successors(item.id).length === 0;
      if (!noPred && !noSucc) return [];
      return [
        { item, note: noPred && noSucc ? 'no predecessor or successor' : noPred ? 'no predecessor' : 'no successor' },
      ];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'dangling',
      path: ['tasks'],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) },
    });
  },
});
