import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { DCMA_CONTEXT, linkOffender, named, shareOption, showOption, working } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-relationship-types',
  category: 'schedule',
  severity: 'low',
  optIn: 'dcma',
  description: 'DCMA check 4: at least 90% of dependencies are finish-to-start.',
  fix: 'Turn the start-to-start and finish-to-finish pairs into finish-to-start links between smaller pieces of work; never use start-to-finish.',
  messages: {
    notFinishToStart:
      'DCMA check 4 (relationship types): {{fs}} of {{total}} dependencies ({{share:percent1}}) are finish-to-start, fewer than the {{min:percent}} required; the other {{count}}: {{names}}. Counted: the dependencies into {{working}}.',
  },
  options: z
    .object({
      minShare: shareOption(
        0.9,
        'Smallest share of the dependencies counted that must be finish-to-start (PAM 200.1: 90%).',
      ),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Counts the dependencies into the unfinished tasks (not level of effort, not dropped) by type. When fewer than `minShare` (90%) are finish-to-start, one finding gives the finish-to-start count, the total, the share, the threshold and the first `show` other dependencies by their successor.',
    why: 'Finish-to-start says plainly what must be done before what; start-to-start and finish-to-finish links let work overlap on assumptions the schedule cannot check, and start-to-finish is almost always a mistake. DCMA-EA PAM 200.1 (check 4) wants at least 90% finish-to-start.',
    sources: [cite('dcma-14', 'check 4 (relationship types)')],
    howToFix:
      'Break the overlapping work into pieces and link them finish-to-start: "Cable floor 1" before "Patch floor 1", rather than cabling and patching start-to-start.',
    failing: `tasks:\n  - { id: cable, start: 2026-07-01, duration: 10d }\n  - { id: patch, duration: 10d, depends_on: [{ id: cable, type: SS, lag: 2d }] }`,
    fixed: `tasks:\n  - { id: cable, start: 2026-07-01, duration: 10d }\n  - { id: patch, duration: 10d, depends_on: [cable] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    const total = pop.relationships.length;
    if (total === 0) return ctx.notApplicable('no dependencies into the unfinished tasks');
    const others = pop.relationships.filter((e) => e.type !== 'FS');
    const fs = total - others.length;
    const share = fs / total;
    if (share >= ctx.options.minShare) return;
    const offenders = others.map((e) => linkOffender(e, ctx.model.items.get(e.to)!));
    ctx.report({
      messageId: 'notFinishToStart',
      path: ['tasks'],
      data: {
        fs,
        count: others.length,
        total,
        share,
        min: ctx.options.minShare,
        ...named(offenders, ctx.options.show),
        ...working(pop, ctx.asOf),
      },
    });
  },
});
