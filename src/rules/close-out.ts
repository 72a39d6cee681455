import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isFinished } from '../plan/model/index.js';

export default defineRule({
  id: 'close-out',
  category: 'governance',
  severity: 'medium',
  description:
    'A closed project leaves nothing open: every change decided, every risk closed or handed over, all work done or dropped.',
  fix: 'Decide or withdraw the change, close the risk or hand it over to its new owner, and complete or drop the task.',
  messages: {
    undecided: 'The project is closed, but change {{change}} ("{{title}}") is still proposed: nobody decided it.',
    openRisk:
      'The project is closed, but risk {{risk}} ("{{title}}") is still open: close it or hand it over to whoever runs the service now.',
    unfinished:
      'The project is closed, but task "{{task}}" is {{state}}: record it as complete, or as dropped with the reason.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'Only on a plan whose `project.phase` is `closed`: a change still `proposed`, a risk still `open` (neither `closed`, `occurred` nor `handed-over`), or a task that is neither complete (`actual_finish`, or `progress: 1`) nor `status: dropped`.',
    why: 'A project that closes with loose ends hands its problems to whoever runs the service next without telling them. Article 002: a PM "maintains a risk register, assigns owners to each risk" and makes sure every change is "documented, assessed for impact, approved by the right person, and communicated to everyone affected" - a closure that leaves risks without an owner and changes without a decision undoes both.',
    sources: [cite('tpm-guide', 'Risk identification and mitigation'), cite('tpm-guide', 'Change control')],
    howToFix:
      'Before recording the project as closed, walk the change log, the risk register and the task list. Every change gets a decision (approved, rejected or implemented); every risk is closed or `handed-over` (say to whom in its mitigation); every task is complete or `status: dropped`.',
    failing: `project:\n  name: Move\n  phase: closed\nrisks:\n  - { id: R-1, title: ISP lead time, status: open }`,
    fixed: `project:\n  name: Move\n  phase: closed\nrisks:\n  - { id: R-1, title: ISP lead time, status: handed-over, mitigation: Service desk owns the ISP relationship now }`,
    context:
      'Applies only when `project.phase` is `closed` (the `closed` preset turns off the rules about progress, forecasts and reporting instead). A plan that says `closed` while work is still planned is reported by phase-contradicted, and gets no `closed` preset.',
  },
  check(ctx) {
    if (ctx.plan.project.phase !== 'closed') return ctx.notApplicable('the project is not closed');
    const tasks = [...ctx.model.items.values()].filter((i) => i.task);
    if (ctx.model.changes.length + ctx.model.risks.length + tasks.length === 0)
      return ctx.notApplicable('the plan has no tasks, changes or risks to close out');
    for (const { item: change, path } of ctx.model.changes) {
      if (change.status === 'proposed')
        ctx.report({
          messageId: 'undecided',
          path: [...path, 'status'],
          data: { change: change.id, title: change.title ?? change.id },
        });
    }
    for (const { item: risk, path } of ctx.model.openRisks) {
      ctx.report({
        messageId: 'openRisk',
        path: [...path, risk.status ? 'status' : 'id'],
        data: { risk: risk.id, title: risk.title ?? risk.id },
      });
    }
    for (const item of tasks) {
      const t = item.task!;
      if (isFinished(item)) continue;
      const state =
        t.actual_start || (t.progress ?? 0) > 0 ? `${Math.round((t.progress ?? 0) * 100)}% done` : 'not started';
      ctx.report({
        messageId: 'unfinished',
        path: [...item.path, t.progress != null ? 'progress' : 'id'],
        data: { task: item.name, state },
      });
    }
  },
});
