import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isFinished } from '../plan/model/index.js';

export default defineRule({
  id: 'milestone-done-incomplete',
  category: 'schedule',
  severity: 'high',
  description: 'A milestone is marked done only when the work it depends on is complete.',
  fix: 'Record the milestone as not done (a forecast instead of done_on) until the work before it is complete.',
  messages: {
    incomplete: 'Milestone "{{milestone}}" is marked done on {{done}}, but "{{item}}", which it depends on, {{state}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A milestone with `done_on` (on or before the as-of date) that has a finish-to-start or finish-to-finish dependency on a task that is not complete (no `actual_finish` and `progress` below 1, and not dropped), a delivery not yet received, or a milestone not yet done.',
    why: 'A milestone is a claim that a phase is finished. Marked done while its work is 60% complete, it tells the sponsor the go/no-go decision was passed when it was not - the "progressing well" report article 002 warns about, in the schedule itself.',
    sources: [
      cite('tpm-guide', 'Timeline and milestone management'),
      cite('tpm-guide', 'Poor communication between technical and non-technical stakeholders'),
    ],
    howToFix:
      'Take `done_on` off the milestone and give it a `forecast` instead, or finish (or drop, with a change) the work it depends on and record its `actual_finish`.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\ntasks:\n  - { id: vlans, name: Configure VLANs, start: 2026-02-02, finish: 2026-02-13, progress: 0.6 }\nmilestones:\n  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13, depends_on: [vlans] }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\ntasks:\n  - { id: vlans, name: Configure VLANs, start: 2026-02-02, finish: 2026-02-13, progress: 1, actual_finish: 2026-02-13 }\nmilestones:\n  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13, depends_on: [vlans] }`,
  },
  check(ctx) {
    const { model } = ctx;
    const done = [...model.items.values()].filter(
      (i) => i.kind === 'milestone' && i.actualFinish && i.actualFinish <= ctx.asOf,
    );
    if (done.length === 0) return ctx.notApplicable('no milestone is marked done');
    for (const m of done) {
      for (const edge of model.graph.predecessors(m.id)) {
        if (edge.type !== 'FS' && edge.type !== 'FF') continue;
        const pred = model.items.get(edge.from)!;
        let state: string | undefined;
        if (pred.kind === 'task') {
          const t = pred.task!;
          if (!isFinished(pred, ctx.asOf))
            state =
              t.actual_start || (t.progress ?? 0) > 0
                ? `is only ${Math.round((t.progress ?? 0) * 100)}% done`
                : 'has not started';
        } else if (!(pred.actualFinish && pred.actualFinish <= ctx.asOf)) {
          state = pred.kind === 'delivery' ? 'has not been delivered' : 'is not done';
        }
        if (state) {
          ctx.report({
            messageId: 'incomplete',
            path: [...m.path, 'done_on'],
            data: { milestone: m.name, done: m.actualFinish!, item: pred.name, state },
          });
          break;
        }
      }
    }
  },
});
